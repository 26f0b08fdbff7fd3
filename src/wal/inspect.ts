// Offline inspection, like swarm-rafttool: list what a WAL store holds. Without keys it
// lists every record's kind, place and key id (stored in the clear); with the key file and
// unlock key it also authenticates and decrypts, and can include payloads. Never writes.
import { CryptoError } from "../crypto/errors.js";
import { inspectKeyFile, wipeKeyMaterial } from "../crypto/key-file.js";
import type { KeyFileInfo, KeyMaterial } from "../crypto/key-file.js";
import type { SecretKey } from "../crypto/keys.js";
import { cryptoReady } from "../crypto/sodium.js";
import { Algorithm, open, parseEnvelope } from "../crypto/envelope.js";
import { keel } from "../gen/disk.js";
import {
  decodeEntryRun,
  decodeHardStateRecord as decodeHardState,
  decodeSnapshotMetadataRecord as decodeSnapshotMetadata,
} from "./codec.js";
import type { MarkStore } from "./durable-mark.js";
import { WalError } from "./errors.js";
import type { WalErrorCode } from "./errors.js";
import type { KeyFileStore } from "./key-store.js";
import { readStore } from "./read-store.js";
import type { LostEntries, RecoveryNote } from "./recovery.js";
import { readKeyFile, readKeys } from "./keys.js";
import { parseKey } from "./layout.js";
import type { LevelHandle } from "./level.js";

export interface InspectedRecord {
  readonly key: string;
  readonly kind: string;
  readonly index: number;
  readonly term: number;
  readonly chunk: number;
  readonly keyId: string;
  readonly bytes: number;
  /** "ok" when authenticated; "sealed" when not decrypted; else the failure. */
  readonly status: "ok" | "sealed" | "unparseable" | "key-unknown" | "auth-failed" | "payload-malformed";
  /** With payloads: a readable rendering of the decrypted record. */
  readonly payload?: unknown;
}

/**
 * What `keel run` would find opening this store: the same reading (read-store.ts), without
 * its repairs. Either the rows it would act on and what was lost, or the error it would stop with.
 */
export type InspectedRecovery =
  | { readonly ok: true; readonly notes: readonly RecoveryNote[]; readonly lost: LostEntries | null }
  | { readonly ok: false; readonly code: WalErrorCode; readonly message: string };

export interface InspectReport {
  readonly keyFile: KeyFileInfo | null;
  readonly records: readonly InspectedRecord[];
  /** With keys: what recovery would find (the same checks as Wal.open); null without keys. */
  readonly recovery: InspectedRecovery | null;
}

export interface InspectOptions {
  readonly db: LevelHandle;
  /** With a key store, records are authenticated and decrypted; without, only headers are listed. */
  readonly keyStore?: KeyFileStore;
  readonly kek?: SecretKey | null;
  /** Include decrypted payloads (entry data as base64, hard state, snapshot metadata). */
  readonly payloads?: boolean;
  /** The store's durable mark, read as Wal.open reads it (never written here). */
  readonly mark?: MarkStore;
}

function render(kind: string, plaintext: Uint8Array): unknown {
  switch (kind) {
    case "hard-state":
      return decodeHardState(plaintext);
    case "entry":
      return decodeEntryRun(plaintext).map((e) => ({
        index: e.index,
        term: e.term,
        type: e.type,
        data: Buffer.from(e.data).toString("base64"),
      }));
    case "snapshot-header": {
      const h = keel.disk.SnapshotHeader.decode(plaintext);
      return { metadata: decodeSnapshotMetadata(h.metadata), chunkCount: h.chunkCount };
    }
    case "store-meta": {
      const m = keel.disk.StoreMeta.decode(plaintext);
      return { formatVersion: m.formatVersion, storeId: Buffer.from(m.storeId).toString("hex") };
    }
    default:
      return { bytes: plaintext.length };
  }
}

/** inspectWal lists the records of a store; it reports problems per record instead of failing. */
export async function inspectWal(options: InspectOptions): Promise<InspectReport> {
  await cryptoReady();
  if (options.db.status !== "open") await options.db.open();
  let keys: KeyMaterial | null = null;
  let keyFile: KeyFileInfo | null = null;
  if (options.keyStore !== undefined) {
    const bytes = await readKeyFile(options.keyStore);
    keyFile = bytes === null ? null : inspectKeyFile(bytes);
    keys = await readKeys(options.keyStore, options.kek ?? null);
  }
  const records: InspectedRecord[] = [];
  let recovery: InspectedRecovery | null = null;
  try {
    if (keys !== null) recovery = await inspectRecovery(options, keys);
    for await (const [key, value] of options.db.iterator({ keyEncoding: "utf8", valueEncoding: "view" })) {
      const kind = parseKey(key).kind;
      let envelope;
      try {
        envelope = parseEnvelope(value, key);
      } catch {
        records.push({
          key,
          kind,
          index: 0,
          term: 0,
          chunk: 0,
          keyId: "",
          bytes: value.length,
          status: "unparseable",
        });
        continue;
      }
      const base = {
        key,
        kind,
        index: envelope.place.index,
        term: envelope.place.term,
        chunk: envelope.place.chunk,
        keyId: envelope.keyId,
        bytes: value.length,
      };
      if (keys === null) {
        records.push({ ...base, status: "sealed" });
        continue;
      }
      const dek =
        envelope.algorithm === Algorithm.None
          ? null
          : [keys.currentDek, keys.pendingDek].find((k) => k?.id === envelope.keyId);
      if (dek === undefined) {
        records.push({ ...base, status: "key-unknown" });
        continue;
      }
      let plaintext: Uint8Array;
      try {
        plaintext = open(envelope, dek, key);
      } catch (error) {
        if (!(error instanceof CryptoError)) throw error;
        records.push({ ...base, status: "auth-failed" });
        continue;
      }
      try {
        const payload = render(kind, plaintext);
        records.push(
          options.payloads === true ? { ...base, status: "ok", payload } : { ...base, status: "ok" },
        );
      } catch {
        records.push({ ...base, status: "payload-malformed" });
      }
    }
  } finally {
    if (keys !== null) wipeKeyMaterial(keys);
  }
  return { keyFile, records, recovery };
}

async function inspectRecovery(options: InspectOptions, keys: KeyMaterial): Promise<InspectedRecovery> {
  try {
    const reading = await readStore({
      db: options.db,
      encrypted: true,
      keyFor: (keyId) => [keys.currentDek, keys.pendingDek].find((k) => k?.id === keyId) ?? undefined,
      mark: options.mark ?? null,
      // Reported as Wal.open would repair it (it deletes an unfinished snapshot).
      onTornTail: "repair",
    });
    const notes = [...reading.notes, ...(reading.scan?.notes ?? [])];
    return { ok: true, notes, lost: reading.scan?.lost ?? null };
  } catch (error) {
    if (!(error instanceof WalError)) throw error;
    return { ok: false, code: error.code, message: error.message };
  }
}
