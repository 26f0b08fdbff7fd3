// BLAKE2b over secret input (key ids, checksums of keys and key files), computed in the
// arena (arena.ts) so that no copy of the input stays behind in WASM memory.
import { assert } from "../assert.js";
import { arenaBase } from "./arena.js";
import { rawLib } from "./sodium.js";

/** secretHash returns the `outBytes`-byte BLAKE2b of `input`, keyed with `key` when given (16 to 64 bytes). */
export function secretHash(outBytes: number, input: Uint8Array, key: Uint8Array | null = null): Uint8Array {
  const keyLength = key?.length ?? 0;
  const raw = rawLib();
  const base = arenaBase(raw, input.length + keyLength + outBytes);
  const heap = raw.HEAPU8;
  const keyAt = base + input.length;
  const outAt = keyAt + keyLength;
  heap.set(input, base);
  if (key !== null) heap.set(key, keyAt);
  const rc = raw._crypto_generichash(
    outAt,
    outBytes,
    base,
    input.length,
    0,
    key === null ? 0 : keyAt,
    keyLength,
  );
  const out = heap.slice(outAt, outAt + outBytes);
  heap.fill(0, base, outAt + outBytes);
  assert(rc === 0, "crypto_generichash failed");
  return out;
}
