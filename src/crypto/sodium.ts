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
 * The parts of libsodium's raw WebAssembly module that keel calls directly, on scratch memory
 * it keeps in the WASM heap (arena.ts): the wrapper functions allocate, copy and free every
 * argument on every call, which costs more than the cipher on a small record, and leave
 * copies of keys behind in freed memory.
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
  /** (m, mlen_p, nsec, c, clen (low, high), ad, adlen (low, high), npub, k) → 0 when authentic, else -1. */
  _crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: number,
    mlenP: number,
    nsec: number,
    c: number,
    clenLow: number,
    clenHigh: number,
    ad: number,
    adlenLow: number,
    adlenHigh: number,
    npub: number,
    k: number,
  ): number;
  _crypto_generichash_statebytes(): number;
  /** (state, key, keylen, outlen) → 0 on success. */
  _crypto_generichash_init(state: number, key: number, keylen: number, outlen: number): number;
  /** (state, in, inlen (low, high)) → 0 on success. */
  _crypto_generichash_update(state: number, input: number, inlenLow: number, inlenHigh: number): number;
  /** (state, out, outlen) → 0 on success; the state is spent. */
  _crypto_generichash_final(state: number, out: number, outlen: number): number;
  /** (out, outlen, in, inlen (low, high), key, keylen) → 0 on success. */
  _crypto_generichash(
    out: number,
    outlen: number,
    input: number,
    inlenLow: number,
    inlenHigh: number,
    key: number,
    keylen: number,
  ): number;
}

/** Returns libsodium's raw module; calling before cryptoReady() is a bug. */
export function rawLib(): RawSodium {
  assert(ready, "cryptoReady() must be awaited before using src/crypto");
  return (sodium as unknown as { libsodium: RawSodium }).libsodium;
}
