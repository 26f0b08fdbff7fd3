// The backup file: a magic line, a header line (JSON: format, cluster id, index, time, sealed
// size), then the store snapshot sealed (XChaCha20-Poly1305, the WAL's record envelope) under
// a backup key drawn for this backup alone. The envelope's associated data binds the header's
// hash, so a changed header fails authentication as a changed snapshot does. A wrong key, a
// truncated file and a tampered one are three different typed errors, found before anything
// is written.
import { CryptoError } from "../../crypto/errors.js";
import { NoncePool } from "../../crypto/entropy.js";
import { RecordKind, open, parseEnvelope, seal } from "../../crypto/envelope.js";
import type { RecordPlace } from "../../crypto/envelope.js";
import { secretHash } from "../../crypto/hash.js";
import { samePlace } from "../../crypto/key-file.js";
import type { SecretKey } from "../../crypto/keys.js";
import type { EntropySource } from "../../entropy.js";
import { RecoveryError } from "./errors.js";

export const backupFormat = 1;
const magic = "KEEL-BACKUP\n";
/** A header is a few hundred bytes; a longer first lines means this is not a backup. */
const headerBytesMax = 4096;
const headerHashBytes = 32;

export interface BackupHeader {
  readonly format: number;
  readonly clusterId: string;
  /** The Raft index the store snapshot is at. */
  readonly index: number;
  /** When the backup was taken (ISO 8601, UTC). */
  readonly createdAt: string;
  /** The size of the sealed snapshot after the header. */
  readonly sealedBytes: number;
}

function place(header: BackupHeader, headerLine: Uint8Array): RecordPlace {
  return {
    kind: RecordKind.SnapshotChunk,
    index: header.index,
    term: 0,
    chunk: 0,
    context: secretHash(headerHashBytes, headerLine),
  };
}

/** sealBackup returns the whole file: header and the store snapshot sealed under `key`. */
export function sealBackup(
  fields: Omit<BackupHeader, "format" | "sealedBytes">,
  store: Uint8Array,
  key: SecretKey,
  entropy: EntropySource,
): Uint8Array {
  // The envelope's size depends only on the plaintext's: seal once to learn it (the header holds it).
  const draft: BackupHeader = { format: backupFormat, ...fields, sealedBytes: 0 };
  const probe = seal(key, place(draft, headerLineOf(draft)), Uint8Array.from(store), new NoncePool(entropy));
  const header: BackupHeader = { ...draft, sealedBytes: probe.length };
  const headerLine = headerLineOf(header);
  const sealed = seal(key, place(header, headerLine), Uint8Array.from(store), new NoncePool(entropy));
  const head = new TextEncoder().encode(magic);
  const out = new Uint8Array(head.length + headerLine.length + sealed.length);
  out.set(head, 0);
  out.set(headerLine, head.length);
  out.set(sealed, head.length + headerLine.length);
  return out;
}

function headerLineOf(header: BackupHeader): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(header) + "\n");
}

export interface ParsedBackup {
  readonly header: BackupHeader;
  readonly headerLine: Uint8Array;
  readonly sealed: Uint8Array;
}

/** parseBackup reads the header of a backup file (`path` names it in errors); nothing is decrypted. */
export function parseBackup(bytes: Uint8Array, path: string): ParsedBackup {
  const malformed = (reason: string): RecoveryError =>
    new RecoveryError({ code: "BACKUP_MALFORMED", path, reason });
  const head = new TextEncoder().encode(magic);
  if (bytes.length < head.length || !head.every((b, i) => bytes[i] === b))
    throw malformed("it does not start with the keel backup magic line");
  const end = bytes.indexOf(0x0a, head.length);
  if (end < 0 || end - head.length > headerBytesMax) throw malformed("no header line");
  const headerLine = bytes.subarray(head.length, end + 1);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(headerLine));
  } catch {
    throw malformed("the header is not JSON");
  }
  const h = value as Partial<BackupHeader> | null;
  if (h === null || typeof h !== "object") throw malformed("the header is not an object");
  if (h.format !== backupFormat)
    throw malformed(`format ${String(h.format)}, this keel reads ${backupFormat}`);
  const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
  if (typeof h.clusterId !== "string" || typeof h.createdAt !== "string") throw malformed("missing fields");
  if (!isCount(h.index) || !isCount(h.sealedBytes)) throw malformed("index or size is not a count");
  const header: BackupHeader = {
    format: h.format,
    clusterId: h.clusterId,
    index: h.index,
    createdAt: h.createdAt,
    sealedBytes: h.sealedBytes,
  };
  const sealed = bytes.subarray(end + 1);
  if (sealed.length < header.sealedBytes) {
    throw new RecoveryError({
      code: "BACKUP_TRUNCATED",
      path,
      bytes: sealed.length,
      expectedBytes: header.sealedBytes,
    });
  }
  // Bytes past the announced end were added: the file is not what was written.
  if (sealed.length > header.sealedBytes) throw new RecoveryError({ code: "BACKUP_TAMPERED", path });
  return { header, headerLine, sealed };
}

/** openBackup authenticates and decrypts the store snapshot of a parsed backup with `key`. */
export function openBackup(backup: ParsedBackup, key: SecretKey, path: string): Uint8Array {
  let envelope;
  try {
    envelope = parseEnvelope(backup.sealed, "backup");
  } catch (cause) {
    throw new RecoveryError({ code: "BACKUP_TAMPERED", path }, { cause });
  }
  // The place is rebuilt from the header as read: a changed header does not authenticate, and
  // the copy the envelope carries must be that one (every byte of the file counts).
  const expected = place(backup.header, backup.headerLine);
  if (!samePlace(envelope.place, expected)) throw new RecoveryError({ code: "BACKUP_TAMPERED", path });
  try {
    return open({ ...envelope, place: expected }, key, "backup");
  } catch (cause) {
    if (cause instanceof CryptoError && cause.code === "KEY_UNKNOWN")
      throw new RecoveryError({ code: "BACKUP_WRONG_KEY", path, keyId: envelope.keyId }, { cause });
    if (cause instanceof CryptoError) throw new RecoveryError({ code: "BACKUP_TAMPERED", path }, { cause });
    throw cause;
  }
}
