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

/**
 * SecretDigest is a streaming BLAKE2b over secret input (a snapshot, chunk by chunk). Each
 * update copies its input into the arena and wipes it there; the state, which buffers up to
 * two blocks of input, lives in its own allocation (the arena is reused between updates) and
 * is wiped by digest() or dispose(). Call dispose() in a finally: it is idempotent.
 */
export class SecretDigest {
  readonly #raw = rawLib();
  readonly #outBytes: number;
  #allocation = 0;
  #allocationBytes = 0;
  #state = 0;

  constructor(outBytes: number) {
    const raw = this.#raw;
    this.#outBytes = outBytes;
    // libsodium wants the state 64-byte aligned; malloc promises less.
    this.#allocationBytes = raw._crypto_generichash_statebytes() + 63;
    this.#allocation = raw._malloc(this.#allocationBytes);
    assert(this.#allocation !== 0, "libsodium out of memory");
    this.#state = (this.#allocation + 63) & ~63;
    assert(raw._crypto_generichash_init(this.#state, 0, 0, outBytes) === 0, "crypto_generichash_init failed");
  }

  update(input: Uint8Array): void {
    assert(this.#state !== 0, "SecretDigest used after digest() or dispose()");
    const raw = this.#raw;
    const base = arenaBase(raw, input.length);
    raw.HEAPU8.set(input, base);
    const rc = raw._crypto_generichash_update(this.#state, base, input.length, 0);
    raw.HEAPU8.fill(0, base, base + input.length);
    assert(rc === 0, "crypto_generichash_update failed");
  }

  /** digest returns the hash and wipes the state; the object is done. */
  digest(): Uint8Array {
    assert(this.#state !== 0, "SecretDigest used after digest() or dispose()");
    const raw = this.#raw;
    const outAt = arenaBase(raw, this.#outBytes);
    const rc = raw._crypto_generichash_final(this.#state, outAt, this.#outBytes);
    const out = raw.HEAPU8.slice(outAt, outAt + this.#outBytes);
    raw.HEAPU8.fill(0, outAt, outAt + this.#outBytes);
    this.dispose();
    assert(rc === 0, "crypto_generichash_final failed");
    return out;
  }

  dispose(): void {
    if (this.#allocation === 0) return;
    this.#raw.HEAPU8.fill(0, this.#allocation, this.#allocation + this.#allocationBytes);
    this.#raw._free(this.#allocation);
    this.#allocation = 0;
    this.#state = 0;
  }
}
