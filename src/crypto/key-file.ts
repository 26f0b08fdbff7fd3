// The key file format (proto/disk.proto KeyFile): a manager's TLS key, current and pending
// DEK, rotation flags and KEK version. Sealed under the KEK when the swarm is autolocked,
// plaintext with a checksum and a clear marker otherwise. Pure: bytes in, bytes out; the
// atomic file write lives in src/wal/key-store.ts.
import { keel } from "../gen/disk.js";
import type { NoncePool } from "./entropy.js";
import { Algorithm, RecordKind, open, parseEnvelope, seal, u64 } from "./envelope.js";
import type { Envelope, RecordPlace } from "./envelope.js";
import { CryptoError } from "./errors.js";
import { SecretKey, wipeAll } from "./keys.js";
import { secretHash } from "./hash.js";
import { lib } from "./sodium.js";

const pb = keel.disk;
/** The first bytes of every key file: names the format and its version. */
export const keyFileMagic = new TextEncoder().encode("KEELKEY\x01");
const context = new TextEncoder().encode("keel/key-file");
const checksumBytes = 32;

/** KeyMaterial is the decoded content of a key file. The caller owns (and wipes) the keys. */
export interface KeyMaterial {
  readonly tlsKey: Uint8Array;
  readonly currentDek: SecretKey;
  readonly pendingDek: SecretKey | null;
  readonly needsRotation: boolean;
  readonly needsCompaction: boolean;
  readonly kekVersion: number;
}

/** KeyFileInfo is what can be read from a key file without any key. */
export interface KeyFileInfo {
  readonly locked: boolean;
  readonly kekVersion: number;
  /** The KEK's key id when locked. */
  readonly kekId: string | null;
}

function place(kekVersion: number): RecordPlace {
  return { kind: RecordKind.KeyFile, index: kekVersion, term: 0, chunk: 0, context };
}

/** samePlace: whether two record places are the same (the context byte for byte). */
export function samePlace(a: RecordPlace, b: RecordPlace): boolean {
  return (
    a.kind === b.kind &&
    a.index === b.index &&
    a.term === b.term &&
    a.chunk === b.chunk &&
    Buffer.from(a.context).equals(Buffer.from(b.context))
  );
}

function malformed(reason: string): CryptoError {
  return new CryptoError({ code: "MALFORMED", what: "key file", reason });
}

/** wipeKeyMaterial zeroes every secret in `material`. */
export function wipeKeyMaterial(material: KeyMaterial): void {
  material.tlsKey.fill(0);
  wipeAll(material.currentDek, material.pendingDek);
}

/** encodeKeyFile renders the key file; `kek` null writes it unlocked (plaintext, marked so). */
export function encodeKeyFile(material: KeyMaterial, kek: SecretKey | null, nonces: NoncePool): Uint8Array {
  const body = pb.KeyFileBody.encode({
    tlsKey: material.tlsKey,
    currentDek: material.currentDek.bytes,
    pendingDek: material.pendingDek?.bytes ?? new Uint8Array(0),
    needsRotation: material.needsRotation,
    kekVersion: material.kekVersion,
    needsCompaction: material.needsCompaction,
  }).finish();
  const file: keel.disk.KeyFile.$Properties =
    kek === null
      ? {
          locked: false,
          kekVersion: material.kekVersion,
          plainBody: body,
          plainChecksum: secretHash(checksumBytes, body),
        }
      : {
          locked: true,
          kekVersion: material.kekVersion,
          sealedBody: pb.Envelope.decode(seal(kek, place(material.kekVersion), body, nonces)),
        };
  const encoded = pb.KeyFile.encode(file).finish();
  if (kek !== null) body.fill(0);
  const out = new Uint8Array(keyFileMagic.length + encoded.length);
  out.set(keyFileMagic, 0);
  out.set(encoded, keyFileMagic.length);
  return out;
}

function parseContainer(bytes: Uint8Array): keel.disk.KeyFile {
  if (bytes.length < keyFileMagic.length || !keyFileMagic.every((b, i) => bytes[i] === b)) {
    throw malformed("not a key file (bad magic)");
  }
  const encoded = bytes.subarray(keyFileMagic.length);
  let file: keel.disk.KeyFile;
  try {
    file = pb.KeyFile.decode(encoded);
  } catch (cause) {
    // The parser's own words ("index out of range") mean nothing to an operator: kept as the cause.
    throw new CryptoError(
      { code: "MALFORMED", what: "key file", reason: "cut short, or bytes changed" },
      { cause },
    );
  }
  // Only the encoding encodeKeyFile writes: no unknown, repeated or overlong fields (a locked
  // file must not carry a plain body beside its sealed one, say). The re-encoding of an
  // unlocked file holds its keys: wiped after the comparison.
  const canonical = pb.KeyFile.encode(file).finish();
  const same = Buffer.from(canonical).equals(Buffer.from(encoded));
  canonical.fill(0);
  if (!same) throw malformed("not the canonical encoding");
  const hasSealed = file.sealedBody !== null && file.sealedBody !== undefined;
  const hasPlain = file.plainBody.length > 0 || file.plainChecksum.length > 0;
  if (file.locked ? hasPlain : hasSealed) throw malformed("both a sealed and a plain body");
  return file;
}

/** inspectKeyFile reads what a key file says about itself, without any key. */
export function inspectKeyFile(bytes: Uint8Array): KeyFileInfo {
  const file = parseContainer(bytes);
  const kekVersion = u64(file.kekVersion, "key file");
  if (!file.locked) return { locked: false, kekVersion, kekId: null };
  const sealed = file.sealedBody;
  if (sealed === null || sealed === undefined) throw malformed("locked but no sealed body");
  const envelope = parseEnvelope(pb.Envelope.encode(sealed).finish(), "key file");
  return { locked: true, kekVersion, kekId: envelope.keyId };
}

/**
 * decodeKeyFile opens a key file. Locked without a KEK is LOCKED; a KEK other than the one
 * the file is sealed under is WRONG_UNLOCK_KEY (decided by key id, before decrypting); the
 * right key id with a failing tag is AUTH_FAILED (tampered); bad bytes are MALFORMED.
 * A KEK offered for an unlocked file is ignored.
 */
export function decodeKeyFile(bytes: Uint8Array, kek: SecretKey | null): KeyMaterial {
  const file = parseContainer(bytes);
  const kekVersion = u64(file.kekVersion, "key file");
  if (!file.locked) {
    const sum = secretHash(checksumBytes, file.plainBody);
    if (file.plainChecksum.length !== checksumBytes || !lib().memcmp(sum, file.plainChecksum)) {
      throw malformed("checksum mismatch");
    }
    return materialOf(file.plainBody, kekVersion);
  }
  const body = openSealedBody(file, kek, kekVersion);
  try {
    return materialOf(body, kekVersion);
  } finally {
    // The decoded protobuf shares the decrypted buffer: zero it, the keys copied or not.
    body.fill(0);
  }
}

/** openSealedBody decrypts a locked key file's body under `kek` (see decodeKeyFile for the errors). */
function openSealedBody(file: keel.disk.KeyFile, kek: SecretKey | null, kekVersion: number): Uint8Array {
  if (file.sealedBody === null || file.sealedBody === undefined) throw malformed("locked but no sealed body");
  const envelope = parseEnvelope(pb.Envelope.encode(file.sealedBody).finish(), "key file");
  if (envelope.algorithm !== Algorithm.XChaCha20Poly1305) throw malformed("locked but not encrypted");
  if (kek === null) throw new CryptoError({ code: "LOCKED", kekVersion });
  if (envelope.keyId !== kek.id) {
    if (opensUnderOwnId(envelope, kek)) throw malformed("the unlock key it names is damaged");
    throw new CryptoError({
      code: "WRONG_UNLOCK_KEY",
      expectedKeyId: envelope.keyId,
      offeredKeyId: kek.id,
    });
  }
  if (!samePlace(envelope.place, place(kekVersion))) {
    throw malformed("sealed body does not belong to this key file");
  }
  return open(envelope, kek, "key file");
}

/**
 * opensUnderOwnId says whether `kek` opens the body once the key id the file names is taken
 * as kek's own: then the key is right and the id damaged, and no key would ever be taken as
 * right, so the node must not wait for one. A wrong key fails the tag (2^-128 otherwise).
 */
function opensUnderOwnId(envelope: Envelope, kek: SecretKey): boolean {
  try {
    open({ ...envelope, keyId: kek.id }, kek, "key file").fill(0);
    return true;
  } catch {
    return false;
  }
}

/** materialOf decodes an authentic key file body into key material; a key made before a failure is wiped. */
function materialOf(body: Uint8Array, kekVersion: number): KeyMaterial {
  let decoded: keel.disk.KeyFileBody;
  try {
    decoded = pb.KeyFileBody.decode(body);
  } catch (cause) {
    throw new CryptoError(
      { code: "MALFORMED", what: "key file", reason: "its sealed keys do not decode" },
      { cause },
    );
  }
  if (u64(decoded.kekVersion, "key file") !== kekVersion)
    throw malformed("KEK version differs inside and outside");
  const currentDek = SecretKey.fromBytes(decoded.currentDek, "current DEK");
  try {
    const pendingDek =
      decoded.pendingDek.length === 0 ? null : SecretKey.fromBytes(decoded.pendingDek, "pending DEK");
    return {
      tlsKey: Uint8Array.from(decoded.tlsKey),
      currentDek,
      pendingDek,
      needsRotation: decoded.needsRotation,
      needsCompaction: decoded.needsCompaction,
      kekVersion,
    };
  } catch (error) {
    currentDek.wipe();
    throw error;
  }
}
