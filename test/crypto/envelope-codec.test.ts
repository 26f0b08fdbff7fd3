// The hand-written Envelope encoder (src/crypto/envelope.ts) against protobufjs: byte for byte
// over random places, key ids, nonces and payloads, for the bare encoder and for seal (both
// algorithms). And seal leaves neither the key nor the plaintext in libsodium's WASM memory.
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { NoncePool } from "../../src/crypto/entropy.js";
import {
  Algorithm,
  RecordKind,
  encodeEnvelope,
  open,
  parseEnvelope,
  seal,
  u64,
} from "../../src/crypto/envelope.js";
import type { RecordPlace } from "../../src/crypto/envelope.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady, lib, rawLib } from "../../src/crypto/sodium.js";
import { randomBytes, systemEntropy } from "../../src/entropy.js";
import { keel } from "../../src/gen/disk.js";
import { entropy, heapHolds } from "./helpers.js";

beforeAll(cryptoReady);

const pb = keel.disk;
const runs = Number(process.env.ENVELOPE_CODEC_RUNS ?? 300);

/** A plain Uint8Array copy, so that Buffer and Uint8Array results compare by bytes alone. */
function plain(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes);
}

/** Where two byte strings first differ ("length" if only in length), or "same": fast on 64 KiB, unlike toEqual. */
function firstDifference(a: Uint8Array, b: Uint8Array): string {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return `byte ${i}: ${a[i]} != ${b[i]}`;
  return a.length === b.length ? "same" : `length ${a.length} != ${b.length}`;
}

function expectSame(actual: Uint8Array, expected: Uint8Array): void {
  expect(firstDifference(actual, expected)).toBe("same");
}

function bytesArb(min: number, max: number): fc.Arbitrary<Uint8Array> {
  return fc.uint8Array({ minLength: min, maxLength: max });
}

/** Mostly short payloads, sometimes empty, sometimes 64 KiB. */
const payloadArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: bytesArb(0, 600) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((b) => new Uint8Array(65536).fill(b)) },
);

/** Integers that hit every varint length, the 32-bit boundaries and 2^53 - 1. */
const u53Arb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    1,
    127,
    128,
    16383,
    16384,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32 - 1,
    2 ** 32,
    2 ** 35,
    2 ** 53 - 1,
  ),
  fc.nat(),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);

const u32Arb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 1, 127, 128, 2 ** 31, 2 ** 32 - 1),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }),
);

const contextArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.constant(new Uint8Array(0)),
  bytesArb(255, 255),
  bytesArb(0, 255),
);

const kinds = Object.values(RecordKind);

const placeArb: fc.Arbitrary<RecordPlace> = fc.record({
  kind: fc.constantFrom(...kinds),
  index: u53Arb,
  term: u53Arb,
  chunk: u32Arb,
  context: contextArb,
});

/** The associated data as the format defines it, written independently of the sealer. */
function referenceAd(algorithm: number, keyId: Uint8Array, place: RecordPlace): Uint8Array {
  const magic = new TextEncoder().encode("keel/record/v1");
  const ad = new Uint8Array(magic.length + 1 + 1 + 8 + 8 + 4 + keyId.length + 1 + place.context.length);
  const view = new DataView(ad.buffer);
  ad.set(magic, 0);
  let at = magic.length;
  ad[at++] = algorithm;
  ad[at++] = place.kind;
  view.setBigUint64(at, BigInt(place.index));
  view.setBigUint64(at + 8, BigInt(place.term));
  view.setUint32(at + 16, place.chunk);
  at += 20;
  ad.set(keyId, at);
  at += keyId.length;
  ad[at++] = place.context.length;
  ad.set(place.context, at);
  return ad;
}

describe("envelope codec", () => {
  test("encodeEnvelope writes exactly what protobufjs writes, and protobufjs reads it back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(Algorithm.None, Algorithm.XChaCha20Poly1305),
        fc.oneof(bytesArb(8, 8), bytesArb(0, 20)),
        fc.oneof(bytesArb(24, 24), bytesArb(0, 40)),
        payloadArb,
        placeArb,
        (algorithm, keyId, nonce, ciphertext, place) => {
          const fields = { algorithm, keyId, nonce, ciphertext, place };
          const ours = encodeEnvelope(fields);
          expectSame(ours, pb.Envelope.encode(fields).finish());
          const decoded = pb.Envelope.decode(ours);
          expect(decoded.algorithm).toBe(algorithm);
          expectSame(decoded.keyId, keyId);
          expectSame(decoded.nonce, nonce);
          expectSame(decoded.ciphertext, ciphertext);
          const p = decoded.place!;
          expect([p.kind, u64(p.index, "index"), u64(p.term, "term"), p.chunk]).toEqual([
            place.kind,
            place.index,
            place.term,
            place.chunk,
          ]);
          expectSame(p.context ?? new Uint8Array(0), place.context);
        },
      ),
      { numRuns: runs },
    );
  });

  test("seal without a key is protobufjs's plaintext envelope", () => {
    fc.assert(
      fc.property(payloadArb, placeArb, (payload, place) => {
        const sealed = seal(null, place, payload, new NoncePool(entropy(1)));
        const expected = pb.Envelope.encode({
          algorithm: Algorithm.None,
          ciphertext: payload,
          place,
        }).finish();
        expectSame(sealed, expected);
        expectSame(open(parseEnvelope(sealed, "record"), null, "record"), payload);
      }),
      { numRuns: runs },
    );
  });

  test("seal with a key is protobufjs's envelope around libsodium's own ciphertext, and opens", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), payloadArb, placeArb, (keySeed, nonceSeed, payload, place) => {
        const key = SecretKey.generate(entropy(keySeed));
        // Two pools from one seed: one for seal, one to know which nonce it must have used.
        const sealed = seal(key, place, payload, new NoncePool(entropy(nonceSeed)));
        const nonce = new NoncePool(entropy(nonceSeed)).next();
        const ciphertext = lib().crypto_aead_xchacha20poly1305_ietf_encrypt(
          payload,
          referenceAd(Algorithm.XChaCha20Poly1305, key.idBytes, place),
          null,
          nonce,
          key.bytes,
        );
        const expected = pb.Envelope.encode({
          algorithm: Algorithm.XChaCha20Poly1305,
          keyId: key.idBytes,
          nonce,
          ciphertext,
          place,
        }).finish();
        expectSame(sealed, expected);
        expectSame(open(parseEnvelope(sealed, "record"), key, "record"), payload);
        key.wipe();
      }),
      { numRuns: runs },
    );
  });

  test("records sealed back to back, of any sizes, each decode to their own bytes", () => {
    const key = SecretKey.generate(entropy(5));
    const nonces = new NoncePool(entropy(6));
    fc.assert(
      fc.property(fc.array(fc.tuple(payloadArb, placeArb), { minLength: 1, maxLength: 8 }), (records) => {
        // All sealed first: a result must not be a view of memory the next seal reuses.
        const sealed = records.map(([payload, place]) => seal(key, place, payload, nonces));
        sealed.forEach((bytes, i) => {
          const [payload, place] = records[i]!;
          const envelope = parseEnvelope(bytes, "record");
          expect(envelope.place).toEqual({ ...place, context: plain(place.context) });
          expectSame(open(envelope, key, "record"), payload);
        });
      }),
      { numRuns: 50 },
    );
    key.wipe();
  });

  // The heap tests draw their key and plaintext from the OS: the reference property above hands
  // keys from entropy(fc.integer()) to libsodium-wrappers, which leaves them in the heap, so a
  // seeded key here could already be there (CI once drew key seed 11 before this test).
  test("seal leaves neither the key nor the plaintext in WASM memory", () => {
    const key = SecretKey.generate(systemEntropy);
    const plaintext = randomBytes(systemEntropy, 4096);
    const place = { kind: RecordKind.Entry, index: 9, term: 2, chunk: 0, context: new Uint8Array(16) };
    // The check itself can fail: a copy in WASM memory is found.
    const probe = rawLib()._malloc(plaintext.length);
    rawLib().HEAPU8.set(plaintext, probe);
    expect(heapHolds(plaintext)).toBe(true);
    rawLib().HEAPU8.fill(0, probe, probe + plaintext.length);
    rawLib()._free(probe);
    expect(heapHolds(plaintext)).toBe(false);

    expect(heapHolds(key.bytes)).toBe(false);
    const sealed = seal(key, place, plaintext, new NoncePool(entropy(13)));
    expect(heapHolds(key.bytes)).toBe(false);
    expect(heapHolds(plaintext.subarray(0, 64))).toBe(false);
    expect(heapHolds(plaintext.subarray(plaintext.length - 64))).toBe(false);
    expectSame(open(parseEnvelope(sealed, "record"), key, "record"), plaintext);
    key.wipe();
  });

  test("open, and naming a key, leave neither the key nor the plaintext in WASM memory", () => {
    const keyBytes = randomBytes(systemEntropy, 32);
    // fromBytes names the key (a keyed hash of its bytes) on the way in.
    const key = SecretKey.fromBytes(keyBytes);
    expect(heapHolds(keyBytes)).toBe(false);
    const plaintext = randomBytes(systemEntropy, 4096);
    const place = { kind: RecordKind.Entry, index: 9, term: 2, chunk: 1, context: new Uint8Array(16) };
    const envelope = parseEnvelope(seal(key, place, plaintext, new NoncePool(entropy(23))), "record");
    expectSame(open(envelope, key, "record"), plaintext);
    expect(heapHolds(keyBytes)).toBe(false);
    expect(heapHolds(plaintext.subarray(0, 64))).toBe(false);
    // A failed open wipes too.
    envelope.ciphertext[0]! ^= 1;
    expect(() => open(envelope, key, "record")).toThrow(expect.objectContaining({ code: "AUTH_FAILED" }));
    expect(heapHolds(keyBytes)).toBe(false);
    key.wipe();
  });
});
