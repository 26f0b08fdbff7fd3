import { beforeAll, describe, expect, test } from "vitest";
import { systemEntropy } from "../../src/entropy.js";
import { NoncePool } from "../../src/crypto/entropy.js";
import { Algorithm, RecordKind, open, parseEnvelope, seal } from "../../src/crypto/envelope.js";
import type { RecordPlace } from "../../src/crypto/envelope.js";
import { CryptoError } from "../../src/crypto/errors.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { keel } from "../../src/gen/disk.js";
import { codeOf, entropy } from "./helpers.js";

beforeAll(cryptoReady);

const storeA = new TextEncoder().encode("store-a");
const place: RecordPlace = { kind: RecordKind.Entry, index: 7, term: 3, chunk: 0, context: storeA };
const payload = new TextEncoder().encode("hello, raft");

function reencode(bytes: Uint8Array, edit: (e: keel.disk.Envelope) => void): Uint8Array {
  const e = keel.disk.Envelope.decode(bytes);
  edit(e);
  return keel.disk.Envelope.encode(e).finish();
}

describe("envelope", () => {
  test("seal then open round-trips, and the header names key and place", () => {
    const key = SecretKey.generate(entropy(1));
    const sealed = seal(key, place, payload, new NoncePool(entropy(2)));
    const envelope = parseEnvelope(sealed, "entry");
    expect(envelope.algorithm).toBe(Algorithm.XChaCha20Poly1305);
    expect(envelope.keyId).toBe(key.id);
    expect(envelope.place.index).toBe(7);
    expect(envelope.place.term).toBe(3);
    expect(open(envelope, key, "entry")).toEqual(payload);
  });

  test("the same plaintext twice gives different nonces and ciphertexts (SwarmKit §7.7)", () => {
    const key = SecretKey.generate(systemEntropy);
    const nonces = new NoncePool(systemEntropy);
    const a = parseEnvelope(seal(key, place, payload, nonces), "entry");
    const b = parseEnvelope(seal(key, place, payload, nonces), "entry");
    expect(a.nonce).not.toEqual(b.nonce);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
    expect(open(a, key, "entry")).toEqual(open(b, key, "entry"));
  });

  test("a seeded entropy source replays the same bytes", () => {
    const key1 = SecretKey.generate(entropy(9));
    const key2 = SecretKey.generate(entropy(9));
    expect(seal(key1, place, payload, new NoncePool(entropy(3)))).toEqual(
      seal(key2, place, payload, new NoncePool(entropy(3))),
    );
  });

  test("a different key with the same id claim fails authentication", () => {
    const key = SecretKey.generate(entropy(1));
    const other = SecretKey.generate(entropy(2));
    const sealed = seal(key, place, payload, new NoncePool(entropy(2)));
    // Forge the key id so the envelope claims the other key: the tag still fails.
    const forged = reencode(sealed, (e) => (e.keyId = Buffer.from(other.id, "hex")));
    expect(codeOf(() => open(parseEnvelope(forged, "entry"), other, "entry"))).toBe("AUTH_FAILED");
  });

  test("opening with a key the envelope does not name is KEY_UNKNOWN", () => {
    const key = SecretKey.generate(entropy(1));
    const other = SecretKey.generate(entropy(2));
    const envelope = parseEnvelope(seal(key, place, payload, new NoncePool(entropy(2))), "entry");
    expect(codeOf(() => open(envelope, other, "entry"))).toBe("KEY_UNKNOWN");
    expect(codeOf(() => open(envelope, null, "entry"))).toBe("KEY_UNKNOWN");
  });

  const tamper: Array<[string, (e: keel.disk.Envelope) => void]> = [
    ["a flipped ciphertext byte", (e) => (e.ciphertext[0]! ^= 1)],
    ["a flipped tag byte", (e) => (e.ciphertext[e.ciphertext.length - 1]! ^= 0x80)],
    ["a changed nonce", (e) => (e.nonce[5]! ^= 1)],
    ["the record moved to another index", (e) => (e.place!.index = 8)],
    ["the record moved to another term", (e) => (e.place!.term = 4)],
    ["the record moved to another kind", (e) => (e.place!.kind = RecordKind.HardState)],
    ["the record moved to another chunk", (e) => (e.place!.chunk = 1)],
    ["the record copied to another store", (e) => (e.place!.context = new TextEncoder().encode("store-b"))],
  ];
  test.each(tamper)("%s is AUTH_FAILED", (_name, edit) => {
    const key = SecretKey.generate(entropy(1));
    const sealed = reencode(seal(key, place, payload, new NoncePool(entropy(2))), edit);
    const error = (() => {
      try {
        open(parseEnvelope(sealed, "entry"), key, "entry");
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CryptoError);
    expect((error as CryptoError).type).toEqual({ code: "AUTH_FAILED", what: "entry", keyId: key.id });
  });

  test("an unencrypted record is rejected under a key (SwarmKit §7.2)", () => {
    const key = SecretKey.generate(entropy(1));
    const plain = parseEnvelope(seal(null, place, payload, new NoncePool(entropy(2))), "entry");
    expect(open(plain, null, "entry")).toEqual(payload);
    expect(codeOf(() => open(plain, key, "entry"))).toBe("ALGORITHM_REJECTED");
  });

  const malformed: Array<[string, Uint8Array]> = [
    ["garbage", new Uint8Array([0xff, 0xff, 0xff, 0xff])],
    ["no place", keel.disk.Envelope.encode({ algorithm: 0 }).finish()],
    [
      "unknown kind",
      keel.disk.Envelope.encode({ algorithm: 0, place: { kind: 99 as keel.disk.RecordKind } }).finish(),
    ],
    [
      "a 20-byte nonce (SwarmKit §7.8)",
      keel.disk.Envelope.encode({
        algorithm: 1,
        keyId: new Uint8Array(8),
        nonce: new Uint8Array(20),
        ciphertext: new Uint8Array(32),
        place: { kind: 3 },
      }).finish(),
    ],
    [
      "a short key id",
      keel.disk.Envelope.encode({
        algorithm: 1,
        keyId: new Uint8Array(3),
        nonce: new Uint8Array(24),
        ciphertext: new Uint8Array(32),
        place: { kind: 3 },
      }).finish(),
    ],
    [
      "a ciphertext shorter than the tag",
      keel.disk.Envelope.encode({
        algorithm: 1,
        keyId: new Uint8Array(8),
        nonce: new Uint8Array(24),
        ciphertext: new Uint8Array(5),
        place: { kind: 3 },
      }).finish(),
    ],
  ];
  test.each(malformed)("%s is MALFORMED", (_name, bytes) => {
    expect(codeOf(() => parseEnvelope(bytes, "entry"))).toBe("MALFORMED");
  });

  // Authentic values in another encoding: protobufjs would decode each of these to a record
  // that opens, so the bytes on disk would not be the bytes sealed.
  const reencodings: Array<[string, (sealed: Uint8Array) => Uint8Array]> = [
    ["an unknown field 15 appended", (sealed) => Uint8Array.of(...sealed, 0x78, 0x01)],
    ["a second, empty place field appended", (sealed) => Uint8Array.of(...sealed, 0x2a, 0x00)],
    [
      "the chunk as the overlong varint of 2^32 + 1 (protobufjs keeps its low 32 bits, 1)",
      (sealed) => {
        const head = keel.disk.Envelope.encode({
          ...keel.disk.Envelope.decode(sealed),
          place: null,
        }).finish();
        // kind 3, index 7, term 3, chunk 2^32 + 1 in 5 bytes, context.
        const body = [
          0x08,
          3,
          0x10,
          7,
          0x18,
          3,
          0x20,
          0x81,
          0x80,
          0x80,
          0x80,
          0x10,
          0x2a,
          storeA.length,
          ...storeA,
        ];
        return Uint8Array.of(...head, 0x2a, body.length, ...body);
      },
    ],
  ];
  test.each(reencodings)("%s is MALFORMED, not a record that opens", (_name, reencode) => {
    const key = SecretKey.generate(entropy(3));
    const sealed = seal(key, { ...place, chunk: 1 }, payload, new NoncePool(entropy(4)));
    expect(open(parseEnvelope(sealed, "entry"), key, "entry")).toEqual(payload);
    const edited = reencode(sealed);
    expect(Buffer.from(edited).equals(Buffer.from(sealed))).toBe(false);
    expect(codeOf(() => open(parseEnvelope(edited, "entry"), key, "entry"))).toBe("MALFORMED");
  });

  test("an unknown algorithm (SwarmKit §7.11) is ALGORITHM_REJECTED", () => {
    const bytes = keel.disk.Envelope.encode({
      algorithm: 7 as keel.disk.Algorithm,
      place: { kind: 3 },
    }).finish();
    expect(codeOf(() => parseEnvelope(bytes, "entry"))).toBe("ALGORITHM_REJECTED");
  });
});

describe("keys", () => {
  test("key ids are stable, distinct, and reveal nothing obvious", () => {
    const a = SecretKey.generate(entropy(1));
    const b = SecretKey.generate(entropy(2));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).not.toBe(b.id);
    expect(SecretKey.fromBytes(a.bytes).id).toBe(a.id);
    expect(Buffer.from(a.bytes).toString("hex")).not.toContain(a.id);
  });

  test("wipe zeroes the bytes and forbids further use", () => {
    const key = SecretKey.generate(entropy(1));
    const view = key.bytes;
    key.wipe();
    expect(view.every((b) => b === 0)).toBe(true);
    expect(() => key.bytes).toThrow(/after wipe/);
    key.wipe();
  });

  test("fromBytes copies, and a wrong length is MALFORMED", () => {
    const raw = new Uint8Array(32).fill(7);
    const key = SecretKey.fromBytes(raw);
    raw.fill(0);
    expect(key.bytes[0]).toBe(7);
    expect(codeOf(() => SecretKey.fromBytes(new Uint8Array(16)))).toBe("MALFORMED");
  });
});
