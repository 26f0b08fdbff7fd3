// XChaCha20-Poly1305 (libsodium's crypto_aead_xchacha20poly1305_ietf, the same bytes) through
// node's OpenSSL, for large records: a snapshot's 1 MiB chunks. libsodium here is WebAssembly
// and seals about 300 MB/s on this machine; OpenSSL's ChaCha20-Poly1305 about a gigabyte a
// second (a 29 MB snapshot: 101 ms against 32 ms, on every manager, at every snapshot). Small
// records stay with libsodium, which is faster below a few kB (no cipher object to set up).
//
// XChaCha20-Poly1305 is ChaCha20-Poly1305 (RFC 8439) under a subkey HChaCha20(key, nonce[0..16])
// with the nonce 0⁴ ‖ nonce[16..24] (draft-irtf-cfrg-xchacha §2.3). OpenSSL has the latter, not
// HChaCha20, and libsodium's WebAssembly build does not export its HChaCha20, so it is here:
// test/crypto/native-aead.test.ts checks both directions against libsodium, byte for byte.
import { createCipheriv, createDecipheriv } from "node:crypto";

const nativeKeyBytes = 32;
const nativeNonceBytes = 24;
export const nativeTagBytes = 16;

/**
 * Records from this many bytes are sealed and opened through OpenSSL. Measured here: at 4 KiB
 * libsodium's WASM is still faster (12.6 against 16.0 µs), at 1 MiB OpenSSL three times so.
 */
export const nativeAeadBytesMin = 64 * 1024;

const sigma = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574] as const;

// Scratch, reused: every caller is synchronous and wipes it before returning.
const state = new Uint32Array(16);
const subkey = new Uint8Array(nativeKeyBytes);
const ietfNonce = new Uint8Array(12);

function readU32LE(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function writeU32LE(target: Uint8Array, at: number, value: number): void {
  target[at] = value & 0xff;
  target[at + 1] = (value >>> 8) & 0xff;
  target[at + 2] = (value >>> 16) & 0xff;
  target[at + 3] = value >>> 24;
}

function quarterRound(s: Uint32Array, a: number, b: number, c: number, d: number): void {
  s[a] = (s[a]! + s[b]!) >>> 0;
  let x = s[d]! ^ s[a]!;
  s[d] = (x << 16) | (x >>> 16);
  s[c] = (s[c]! + s[d]!) >>> 0;
  x = s[b]! ^ s[c]!;
  s[b] = (x << 12) | (x >>> 20);
  s[a] = (s[a]! + s[b]!) >>> 0;
  x = s[d]! ^ s[a]!;
  s[d] = (x << 8) | (x >>> 24);
  s[c] = (s[c]! + s[d]!) >>> 0;
  x = s[b]! ^ s[c]!;
  s[b] = (x << 7) | (x >>> 25);
}

/** Writes HChaCha20(key, nonce[0..16]) into `subkey` and the IETF nonce into `ietfNonce`. */
function deriveSubkey(key: Uint8Array, nonce: Uint8Array): void {
  const s = state;
  for (let i = 0; i < 4; i++) s[i] = sigma[i]!;
  for (let i = 0; i < 8; i++) s[4 + i] = readU32LE(key, 4 * i);
  for (let i = 0; i < 4; i++) s[12 + i] = readU32LE(nonce, 4 * i);
  for (let round = 0; round < 10; round++) {
    quarterRound(s, 0, 4, 8, 12);
    quarterRound(s, 1, 5, 9, 13);
    quarterRound(s, 2, 6, 10, 14);
    quarterRound(s, 3, 7, 11, 15);
    quarterRound(s, 0, 5, 10, 15);
    quarterRound(s, 1, 6, 11, 12);
    quarterRound(s, 2, 7, 8, 13);
    quarterRound(s, 3, 4, 9, 14);
  }
  for (let i = 0; i < 4; i++) writeU32LE(subkey, 4 * i, s[i]!);
  for (let i = 0; i < 4; i++) writeU32LE(subkey, 16 + 4 * i, s[12 + i]!);
  s.fill(0);
  ietfNonce.fill(0, 0, 4);
  ietfNonce.set(nonce.subarray(16, 24), 4);
}

/**
 * Encrypts `plaintext` and writes the ciphertext and its tag into `target` at `at`
 * (plaintext.length + 16 bytes). The subkey is wiped before returning; OpenSSL's copy of it
 * is cleansed when the cipher context is freed.
 */
export function nativeSealInto(
  key: Uint8Array,
  nonce: Uint8Array,
  ad: Uint8Array,
  plaintext: Uint8Array,
  target: Uint8Array,
  at: number,
): void {
  deriveSubkey(key, nonce);
  try {
    const cipher = createCipheriv("chacha20-poly1305", subkey, ietfNonce, { authTagLength: nativeTagBytes });
    cipher.setAAD(ad, { plaintextLength: plaintext.length });
    const body = cipher.update(plaintext);
    target.set(body, at);
    const rest = cipher.final();
    target.set(rest, at + body.length);
    target.set(cipher.getAuthTag(), at + body.length + rest.length);
  } finally {
    subkey.fill(0);
  }
}

/** Decrypts `sealed` (ciphertext ‖ tag); null when it is not authentic (no plaintext is left behind). */
export function nativeOpen(
  key: Uint8Array,
  nonce: Uint8Array,
  ad: Uint8Array,
  sealed: Uint8Array,
): Uint8Array | null {
  const length = sealed.length - nativeTagBytes;
  if (length < 0 || nonce.length !== nativeNonceBytes) return null;
  deriveSubkey(key, nonce);
  let plaintext: Buffer | null = null;
  try {
    const decipher = createDecipheriv("chacha20-poly1305", subkey, ietfNonce, {
      authTagLength: nativeTagBytes,
    });
    decipher.setAAD(ad, { plaintextLength: length });
    decipher.setAuthTag(sealed.subarray(length));
    plaintext = decipher.update(sealed.subarray(0, length));
    decipher.final();
    return new Uint8Array(plaintext.buffer, plaintext.byteOffset, plaintext.length);
  } catch {
    // final() throws on a failed tag, after update() has written the unauthenticated plaintext.
    plaintext?.fill(0);
    return null;
  } finally {
    subkey.fill(0);
  }
}
