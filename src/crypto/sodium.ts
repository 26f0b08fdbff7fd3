// libsodium is WebAssembly and must be initialised before use. Every exported crypto entry
// point that needs it is either async (and awaits this) or asserts it has been awaited.
import sodium from "libsodium-wrappers";
import { assert } from "../assert.js";

let ready = false;

/** cryptoReady resolves once libsodium is usable; call (and await) it once at start-up. */
export async function cryptoReady(): Promise<void> {
  await sodium.ready;
  ready = true;
}

/** Returns the initialised libsodium module; calling before cryptoReady() is a bug. */
export function lib(): typeof sodium {
  assert(ready, "cryptoReady() must be awaited before using src/crypto");
  return sodium;
}

/**
 * The parts of libsodium's raw WebAssembly module that the record sealer calls directly, with
 * buffers it keeps in WASM memory (see envelope.ts): the wrapper functions allocate, copy and
 * free every argument on every call, which costs more than the cipher on a small record.
 */
export interface RawSodium {
  readonly HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  /** (c, clen_p, m, mlen (low, high), ad, adlen (low, high), nsec, npub, k) → 0 on success. */
  _crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: number,
    clenP: number,
    m: number,
    mlenLow: number,
    mlenHigh: number,
    ad: number,
    adlenLow: number,
    adlenHigh: number,
    nsec: number,
    npub: number,
    k: number,
  ): number;
}

/** Returns libsodium's raw module; calling before cryptoReady() is a bug. */
export function rawLib(): RawSodium {
  assert(ready, "cryptoReady() must be awaited before using src/crypto");
  return (sodium as unknown as { libsodium: RawSodium }).libsodium;
}
