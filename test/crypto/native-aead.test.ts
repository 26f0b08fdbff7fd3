// The OpenSSL path for large records must be libsodium's XChaCha20-Poly1305, byte for byte, in
// both directions; and an envelope sealed by either path must be what the format says. fast-check
// prints the seed and path of a failure; pass them back in the fc.assert options to replay it.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import sodium from "libsodium-wrappers";
import { beforeAll, describe, expect, test } from "vitest";
import { NoncePool } from "../../src/crypto/entropy.js";
import { RecordKind, open, parseEnvelope, seal } from "../../src/crypto/envelope.js";
import type { RecordPlace } from "../../src/crypto/envelope.js";
import { SecretKey } from "../../src/crypto/keys.js";
import {
  nativeAeadBytesMin,
  nativeOpen,
  nativeSealInto,
  nativeTagBytes,
} from "../../src/crypto/native-aead.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { codeOf, entropy } from "./helpers.js";

beforeAll(async () => {
  await cryptoReady();
  await sodium.ready;
});

const bytes = (min: number, max: number): fc.Arbitrary<Uint8Array> =>
  fc.uint8Array({ minLength: min, maxLength: max });

function libsodiumSeal(key: Uint8Array, nonce: Uint8Array, ad: Uint8Array, m: Uint8Array): Uint8Array {
  return sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(m, ad, null, nonce, key);
}

function nativeSeal(key: Uint8Array, nonce: Uint8Array, ad: Uint8Array, m: Uint8Array): Uint8Array {
  const out = new Uint8Array(m.length + nativeTagBytes);
  nativeSealInto(key, nonce, ad, m, out, 0);
  return out;
}

describe("XChaCha20-Poly1305 through OpenSSL", () => {
  test("seals what libsodium seals, and opens what libsodium sealed", () => {
    fc.assert(
      fc.property(bytes(32, 32), bytes(24, 24), bytes(0, 300), bytes(0, 5000), (key, nonce, ad, m) => {
        const expected = libsodiumSeal(key, nonce, ad, m);
        expect(Buffer.from(nativeSeal(key, nonce, ad, m)).equals(Buffer.from(expected))).toBe(true);
        const opened = nativeOpen(key, nonce, ad, expected);
        expect(opened).not.toBeNull();
        expect(Buffer.from(opened!).equals(Buffer.from(m))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("refuses a sealed record with any byte changed, or under another nonce, key or associated data", () => {
    fc.assert(
      fc.property(
        bytes(32, 32),
        bytes(24, 24),
        bytes(1, 64),
        bytes(0, 2000),
        fc.nat(),
        (key, nonce, ad, m, at) => {
          const sealed = nativeSeal(key, nonce, ad, m);
          const flipped = Uint8Array.from(sealed);
          flipped[at % flipped.length]! ^= 0x01;
          expect(nativeOpen(key, nonce, ad, flipped)).toBeNull();
          const otherNonce = Uint8Array.from(nonce);
          otherNonce[at % 24]! ^= 0x80;
          expect(nativeOpen(key, otherNonce, ad, sealed)).toBeNull();
          const otherKey = Uint8Array.from(key);
          otherKey[at % 32]! ^= 0x80;
          expect(nativeOpen(otherKey, nonce, ad, sealed)).toBeNull();
          const otherAd = Uint8Array.from(ad);
          otherAd[at % ad.length]! ^= 0x80;
          expect(nativeOpen(key, nonce, otherAd, sealed)).toBeNull();
          expect(nativeOpen(key, nonce, ad, sealed.subarray(0, nativeTagBytes - 1))).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a 1 MiB record, as a snapshot chunk is", () => {
    const key = randomBytes(32);
    const nonce = randomBytes(24);
    const ad = randomBytes(80);
    const m = randomBytes(1 << 20);
    const expected = libsodiumSeal(key, nonce, ad, m);
    expect(Buffer.from(nativeSeal(key, nonce, ad, m)).equals(Buffer.from(expected))).toBe(true);
    expect(Buffer.from(nativeOpen(key, nonce, ad, expected)!).equals(Buffer.from(m))).toBe(true);
  });
});

// The associated data as proto/disk.proto and envelope.ts describe it, built here on its own.
function associatedData(keyId: Uint8Array, place: RecordPlace): Uint8Array {
  const u64 = (n: number): number[] => {
    const high = Math.floor(n / 2 ** 32);
    const low = n >>> 0;
    return [
      high >>> 24,
      (high >>> 16) & 255,
      (high >>> 8) & 255,
      high & 255,
      low >>> 24,
      (low >>> 16) & 255,
      (low >>> 8) & 255,
      low & 255,
    ];
  };
  const chunk = [
    place.chunk >>> 24,
    (place.chunk >>> 16) & 255,
    (place.chunk >>> 8) & 255,
    place.chunk & 255,
  ];
  return Uint8Array.from([
    ...new TextEncoder().encode("keel/record/v1"),
    1, // ALGORITHM_XCHACHA20_POLY1305
    place.kind,
    ...u64(place.index),
    ...u64(place.term),
    ...chunk,
    ...keyId,
    place.context.length,
    ...place.context,
  ]);
}

describe("envelopes of large records", () => {
  const place: RecordPlace = {
    kind: RecordKind.SnapshotChunk,
    index: 2 ** 40 + 5,
    term: 9,
    chunk: 3,
    context: new TextEncoder().encode("store-a"),
  };

  test("both paths seal the format: libsodium opens an envelope from either with the same associated data", () => {
    const key = SecretKey.generate(entropy(1));
    const nonces = new NoncePool(entropy(2));
    for (const size of [100, nativeAeadBytesMin - 1, nativeAeadBytesMin, 300_000]) {
      const m = randomBytes(size);
      const envelope = parseEnvelope(seal(key, place, m, nonces), "chunk");
      const opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        envelope.ciphertext,
        associatedData(key.idBytes, place),
        envelope.nonce,
        key.bytes,
      );
      expect(Buffer.from(opened).equals(Buffer.from(m))).toBe(true);
      expect(Buffer.from(open(envelope, key, "chunk")).equals(Buffer.from(m))).toBe(true);
    }
  });

  test("a tampered large envelope, or one moved to another place, is AUTH_FAILED", () => {
    const key = SecretKey.generate(entropy(3));
    const m = randomBytes(nativeAeadBytesMin + 10);
    const envelope = parseEnvelope(seal(key, place, m, new NoncePool(entropy(4))), "chunk");
    const ciphertext = Uint8Array.from(envelope.ciphertext);
    ciphertext[1000]! ^= 0x01;
    expect(codeOf(() => open({ ...envelope, ciphertext }, key, "chunk"))).toBe("AUTH_FAILED");
    expect(codeOf(() => open({ ...envelope, place: { ...place, chunk: 4 } }, key, "chunk"))).toBe(
      "AUTH_FAILED",
    );
    expect(codeOf(() => open(envelope, SecretKey.generate(entropy(5)), "chunk"))).toBe("KEY_UNKNOWN");
  });
});

describe("a plaintext on a SharedArrayBuffer (a node's own snapshot data, longLivedBytes)", () => {
  test("seals to what the same bytes on an ArrayBuffer seal to, through both paths, and opens", () => {
    const key = SecretKey.fromBytes(new Uint8Array(randomBytes(32)));
    const place: RecordPlace = {
      kind: RecordKind.SnapshotChunk,
      index: 7,
      term: 2,
      chunk: 0,
      context: new Uint8Array(16),
    };
    for (const length of [100, nativeAeadBytesMin + 100]) {
      const plain = new Uint8Array(randomBytes(length));
      const shared = new Uint8Array(new SharedArrayBuffer(length));
      shared.set(plain);
      // The same nonces for both: the two envelopes must be byte for byte the same.
      const fromShared = seal(key, place, shared, new NoncePool(entropy(9)));
      const fromPlain = seal(key, place, plain, new NoncePool(entropy(9)));
      expect(Buffer.from(fromShared).equals(Buffer.from(fromPlain))).toBe(true);
      const opened = open(parseEnvelope(fromShared, "chunk"), key, "chunk");
      expect(Buffer.from(opened).equals(Buffer.from(plain))).toBe(true);
    }
    key.wipe();
  });
});
