import { beforeAll, describe, expect, test, vi } from "vitest";
import { NoncePool } from "../../src/crypto/entropy.js";
import { RecordKind, seal } from "../../src/crypto/envelope.js";
import type { RecordPlace } from "../../src/crypto/envelope.js";
import { decodeKeyFile, encodeKeyFile, inspectKeyFile, keyFileMagic } from "../../src/crypto/key-file.js";
import type { KeyMaterial } from "../../src/crypto/key-file.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { randomBytes, systemEntropy } from "../../src/entropy.js";
import { keel } from "../../src/gen/disk.js";
import { codeOf, entropy } from "./helpers.js";

beforeAll(cryptoReady);

function material(seed: number): KeyMaterial {
  const e = entropy(seed);
  return {
    tlsKey: new TextEncoder().encode("-----BEGIN PRIVATE KEY-----\nabc\n"),
    currentDek: SecretKey.generate(e),
    pendingDek: SecretKey.generate(e),
    needsRotation: true,
    needsCompaction: false,
    kekVersion: 392,
  };
}

describe("key file", () => {
  test("sealed under a KEK round-trips every field", () => {
    const m = material(1);
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(m, kek, new NoncePool(entropy(3)));
    const back = decodeKeyFile(bytes, kek);
    expect(back.tlsKey).toEqual(m.tlsKey);
    expect(back.currentDek.id).toBe(m.currentDek.id);
    expect(back.pendingDek?.id).toBe(m.pendingDek?.id);
    expect(back.needsRotation).toBe(true);
    expect(back.kekVersion).toBe(392);
    expect(inspectKeyFile(bytes)).toEqual({ locked: true, kekVersion: 392, kekId: kek.id });
    // Neither the TLS key nor a DEK appears in the sealed file.
    const hay = Buffer.from(bytes);
    expect(hay.indexOf(Buffer.from(m.currentDek.bytes))).toBe(-1);
    expect(hay.indexOf(Buffer.from(m.tlsKey))).toBe(-1);
  });

  test("unlocked, it is plaintext with a clear marker, and a KEK offered is ignored", () => {
    const m = { ...material(1), pendingDek: null, needsRotation: false };
    const bytes = encodeKeyFile(m, null, new NoncePool(entropy(3)));
    expect(inspectKeyFile(bytes)).toEqual({ locked: false, kekVersion: 392, kekId: null });
    expect(decodeKeyFile(bytes, null).currentDek.id).toBe(m.currentDek.id);
    expect(decodeKeyFile(bytes, SecretKey.generate(entropy(9))).pendingDek).toBeNull();
  });

  test("a wrong KEK is WRONG_UNLOCK_KEY, decided before decryption (no CBC-style false positive)", () => {
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    for (let seed = 10; seed < 40; seed++) {
      expect(codeOf(() => decodeKeyFile(bytes, SecretKey.generate(entropy(seed))))).toBe("WRONG_UNLOCK_KEY");
    }
  });

  test("a locked file without a KEK is LOCKED", () => {
    const bytes = encodeKeyFile(material(1), SecretKey.generate(entropy(2)), new NoncePool(entropy(3)));
    expect(codeOf(() => decodeKeyFile(bytes, null))).toBe("LOCKED");
  });

  test("a tampered sealed body is AUTH_FAILED", () => {
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    const tampered = editKeyFile(bytes, (file) => void (file.sealedBody!.ciphertext![3]! ^= 1));
    expect(codeOf(() => decodeKeyFile(tampered, kek))).toBe("AUTH_FAILED");
  });

  test("a damaged key id: the right key finds the damage (MALFORMED), a wrong one stays WRONG_UNLOCK_KEY", () => {
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    const damaged = editKeyFile(bytes, (file) => void (file.sealedBody!.keyId![0]! ^= 1));
    // Else every key, the right one too, would be refused as wrong, and a node wait forever.
    expect(codeOf(() => decodeKeyFile(damaged, kek))).toBe("MALFORMED");
    expect(codeOf(() => decodeKeyFile(damaged, SecretKey.generate(entropy(5))))).toBe("WRONG_UNLOCK_KEY");
  });

  test("a key file that does not decode says so in plain words, not the parser's", () => {
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    for (const cut of [9, 40, bytes.length - 3]) {
      let message = "";
      try {
        decodeKeyFile(bytes.subarray(0, cut), kek);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^malformed key file: /);
      expect(message).not.toMatch(/RangeError|index out of range|wire type|offset/);
    }
  });

  test("a changed outer KEK version is caught", () => {
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    const edited = editKeyFile(bytes, (file) => void (file.kekVersion = 1));
    expect(codeOf(() => decodeKeyFile(edited, kek))).toBe("MALFORMED");
  });

  test("truncated or garbled files are MALFORMED, whatever the KEK", () => {
    const kek = SecretKey.generate(entropy(2));
    const locked = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    const plain = encodeKeyFile(material(1), null, new NoncePool(entropy(3)));
    expect(codeOf(() => decodeKeyFile(new Uint8Array(0), kek))).toBe("MALFORMED");
    expect(codeOf(() => decodeKeyFile(locked.subarray(0, 5), kek))).toBe("MALFORMED");
    expect(codeOf(() => decodeKeyFile(locked.subarray(0, locked.length - 7), kek))).toBe("MALFORMED");
    expect(codeOf(() => decodeKeyFile(plain.subarray(0, plain.length - 1), null))).toBe("MALFORMED");
    const garbled = Uint8Array.from(plain);
    garbled[keyFileMagic.length + 20]! ^= 0x10;
    expect(codeOf(() => decodeKeyFile(garbled, null))).toBe("MALFORMED");
    expect(codeOf(() => decodeKeyFile(new TextEncoder().encode("-----BEGIN PRIVATE KEY-----"), null))).toBe(
      "MALFORMED",
    );
  });

  test("bytes appended after the message (an unknown field, a plain body beside the sealed one) are MALFORMED", () => {
    const kek = SecretKey.generate(entropy(2));
    const bytes = encodeKeyFile(material(1), kek, new NoncePool(entropy(3)));
    expect(decodeKeyFile(bytes, kek).kekVersion).toBe(392);
    for (const extra of [
      [0x78, 0x01],
      [0x22, 0x03, 1, 2, 3],
    ]) {
      expect(codeOf(() => decodeKeyFile(Uint8Array.of(...bytes, ...extra), kek))).toBe("MALFORMED");
      expect(codeOf(() => inspectKeyFile(Uint8Array.of(...bytes, ...extra)))).toBe("MALFORMED");
    }
  });

  test("a body sealed under the KEK for another place (context, term or chunk) is MALFORMED", () => {
    const kek = SecretKey.generate(entropy(2));
    const body = { tlsKey: new Uint8Array(4), currentDek: new Uint8Array(32).fill(7), kekVersion: 5 };
    const keyFilePlace = { kind: RecordKind.KeyFile, index: 5, term: 0, chunk: 0, context: keyFileContext };
    expect(decodeKeyFile(lockedKeyFile(kek, 5, body, keyFilePlace), kek).kekVersion).toBe(5);
    for (const other of [{ context: new TextEncoder().encode("keel/other") }, { term: 1 }, { chunk: 1 }]) {
      const bytes = lockedKeyFile(kek, 5, body, { ...keyFilePlace, ...other });
      expect(codeOf(() => decodeKeyFile(bytes, kek))).toBe("MALFORMED");
    }
  });

  // decodeKeyFile decodes the body in place: its failures must wipe what was decrypted.
  test("a bad pending DEK is MALFORMED, and the decrypted body and the current DEK are wiped", () => {
    const kek = SecretKey.generate(systemEntropy);
    const dek = randomBytes(systemEntropy, 32);
    const body = { tlsKey: new Uint8Array(4), currentDek: dek, pendingDek: new Uint8Array(5), kekVersion: 3 };
    const fromBytes = vi.spyOn(SecretKey, "fromBytes");
    try {
      expect(codeOf(() => decodeKeyFile(lockedKeyFile(kek, 3, body), kek))).toBe("MALFORMED");
      // The first call made the current DEK from a view into the decrypted body.
      const [bodyView] = fromBytes.mock.calls[0]!;
      const currentDek = fromBytes.mock.results[0]!.value as SecretKey;
      expect({ bodyWiped: bodyView.every((b) => b === 0), currentDekWiped: currentDek.wiped }).toEqual({
        bodyWiped: true,
        currentDekWiped: true,
      });
    } finally {
      fromBytes.mockRestore();
    }
  });

  test("an inner KEK version that differs is MALFORMED, and the decrypted body is wiped", () => {
    const kek = SecretKey.generate(systemEntropy);
    const dek = randomBytes(systemEntropy, 32);
    const decode = vi.spyOn(keel.disk.KeyFileBody, "decode");
    try {
      const bytes = lockedKeyFile(kek, 3, { tlsKey: new Uint8Array(4), currentDek: dek, kekVersion: 4 });
      expect(codeOf(() => decodeKeyFile(bytes, kek))).toBe("MALFORMED");
      const decrypted = decode.mock.calls[0]![0] as Uint8Array;
      expect(Buffer.from(decrypted).indexOf(Buffer.from(dek))).toBe(-1);
    } finally {
      decode.mockRestore();
    }
  });
});

const keyFileContext = new TextEncoder().encode("keel/key-file");

/** editKeyFile decodes a key file's container, lets `edit` change it, and encodes it again. */
function editKeyFile(bytes: Uint8Array, edit: (file: keel.disk.KeyFile) => void): Uint8Array {
  const file = keel.disk.KeyFile.decode(bytes.subarray(keyFileMagic.length));
  edit(file);
  return new Uint8Array([...keyFileMagic, ...keel.disk.KeyFile.encode(file).finish()]);
}

/** A locked key file whose sealed body is `body`, sealed for `place` (the key file's own by default), built by hand. */
function lockedKeyFile(
  kek: SecretKey,
  kekVersion: number,
  body: keel.disk.IKeyFileBody,
  place: RecordPlace = {
    kind: RecordKind.KeyFile,
    index: kekVersion,
    term: 0,
    chunk: 0,
    context: keyFileContext,
  },
): Uint8Array {
  const sealed = seal(kek, place, keel.disk.KeyFileBody.encode(body).finish(), new NoncePool(entropy(9)));
  const encoded = keel.disk.KeyFile.encode({
    locked: true,
    kekVersion,
    sealedBody: keel.disk.Envelope.decode(sealed),
  }).finish();
  return Uint8Array.of(...keyFileMagic, ...encoded);
}
