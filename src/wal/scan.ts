// The reading side of recovery: every record is read, authenticated and checked against
// the rows of the decision table (recovery.ts), and the store's contents are returned for
// Wal to adopt. Nothing here writes; repairs are returned as keys for the caller to delete.
import { assert } from "../assert.js";
import { Algorithm, RecordKind, open as openEnvelope, parseEnvelope, u64 } from "../crypto/envelope.js";
import type { Envelope } from "../crypto/envelope.js";
import { CryptoError } from "../crypto/errors.js";
import type { SecretKey } from "../crypto/keys.js";
import { SecretDigest } from "../crypto/hash.js";
import { keel } from "../gen/disk.js";
import type { Entry, HardState, Snapshot, SnapshotMetadata } from "../raft/types.js";
import {
  decodeEntryRun,
  decodeHardStateRecord as decodeHardState,
  decodeSnapshotMetadataRecord as decodeSnapshotMetadata,
} from "./codec.js";
import { WalError } from "./errors.js";
import type { RecordRef } from "./errors.js";
import type { LevelHandle } from "./level.js";
import {
  entryKey,
  hardStateKey,
  parseKey,
  recordKindOf,
  refOf,
  snapshotChunkKey,
  snapshotHeaderKey,
  snapshotPrefixOf,
  storeMetaKey,
  walFormatVersion,
} from "./layout.js";
import type { ParsedKey } from "./layout.js";
import { failWith, note } from "./recovery.js";
import type { LostEntries, RecoveryLabel, RecoveryNote } from "./recovery.js";
import type { DurableMark } from "./durable-mark.js";
import { judgeLog } from "./lost.js";

export const digestBytes = 32;
export const viewEncoding = { keyEncoding: "utf8", valueEncoding: "view" } as const;

/** StoredSnapshot is what the WAL remembers of the snapshot on disk. */
export interface StoredSnapshot {
  readonly index: number;
  readonly term: number;
  readonly seq: number;
  readonly chunkCount: number;
  readonly keyId: string;
}

export interface ScannedEntry {
  readonly entry: Entry;
  readonly keyId: string;
}

export interface ScanResult {
  readonly hardState: HardState | null;
  readonly snapshot: Snapshot | null;
  readonly stored: StoredSnapshot | null;
  /** Every entry on disk, in index order, and those after the snapshot. */
  readonly entries: readonly ScannedEntry[];
  readonly live: readonly ScannedEntry[];
  /** The first indexes of the entry run records, ascending. */
  readonly runStarts: readonly number[];
  readonly snapshotSeqMax: number;
  /** Keys to delete: unfinished and superseded snapshots. */
  readonly repairs: readonly string[];
  readonly notes: readonly RecoveryNote[];
  /** Entries this node may have acknowledged and no longer holds: it must repair from peers. */
  readonly lost: LostEntries | null;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

export class Scanner {
  /** Learnt from the store metadata; records sealed for another store id are foreign. */
  storeId: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly db: LevelHandle,
    private readonly encrypted: boolean,
    private readonly keyFor: (keyId: string) => SecretKey | undefined,
  ) {}

  /**
   * Reads and authenticates one record by the record rows of the table, in order:
   * unrecognised key, unparseable, foreign, misplaced, algorithm, unknown key, tag. With
   * `damage: "report"`, a record damaged after it was written (unparseable, or failing
   * authentication) is returned as null instead of failing: the caller repairs around it.
   */
  readRecord(
    key: string,
    value: Uint8Array,
    parsed: ParsedKey,
    damage: "fail" | "report" = "fail",
  ): { envelope: Envelope; plaintext: Uint8Array } | null {
    const ref = refOf(key, parsed);
    const kind = recordKindOf(parsed);
    if (kind === null) {
      throw failWith(
        "record-key-unrecognised",
        new WalError({ code: "CORRUPT_RECORD", record: ref, reason: "unrecognised key" }),
      );
    }
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(value, key);
    } catch (cause) {
      if (damage === "report") return null;
      throw failWith(
        "record-unparseable",
        new WalError({ code: "CORRUPT_RECORD", record: ref, reason: "envelope does not parse" }, { cause }),
      );
    }
    const dek = this.encrypted ? this.keyFor(envelope.keyId) : null;
    if (kind !== RecordKind.StoreMeta && !equalBytes(envelope.place.context, this.storeId)) {
      // Another store's id. A record really sealed for another store under a key we hold
      // opens under the id it names; one that does not open there is ours, with a flipped bit
      // in its id: damaged, not foreign.
      if (dek === undefined || dek === null || this.#opens(envelope, dek, key)) {
        throw failWith("record-foreign", new WalError({ code: "FOREIGN_RECORD", record: ref }));
      }
      if (damage === "report") return null;
      throw this.#authFailed(ref, null);
    }
    // An entry run's chunk field is its length, checked against its entries once decoded.
    const expectedChunk =
      parsed.kind === "snapshot-chunk"
        ? parsed.chunk
        : parsed.kind === "snapshot-header"
          ? parsed.seq
          : parsed.kind === "entry"
            ? envelope.place.chunk
            : 0;
    if (
      envelope.place.kind !== kind ||
      envelope.place.index !== ref.index ||
      envelope.place.chunk !== expectedChunk
    ) {
      throw failWith(
        "record-misplaced",
        new WalError({
          code: "MISPLACED_RECORD",
          record: ref,
          claimedIndex: envelope.place.index,
          claimedKind: envelope.place.kind,
        }),
      );
    }
    if ((envelope.algorithm === Algorithm.None) === this.encrypted) {
      throw failWith(
        "record-algorithm-mismatch",
        new WalError({ code: "CORRUPT_RECORD", record: ref, reason: `algorithm ${envelope.algorithm}` }),
      );
    }
    if (dek === undefined) {
      const label: RecoveryLabel = kind === RecordKind.StoreMeta ? "store-key-unknown" : "record-key-unknown";
      throw failWith(label, new WalError({ code: "WRONG_KEY", record: ref, keyId: envelope.keyId }));
    }
    try {
      return { envelope, plaintext: openEnvelope(envelope, dek, key) };
    } catch (cause) {
      assert(
        cause instanceof CryptoError && cause.code === "AUTH_FAILED",
        `unexpected open failure ${String(cause)}`,
      );
      if (damage === "report") return null;
      throw this.#authFailed(ref, cause);
    }
  }

  #authFailed(ref: RecordRef, cause: unknown): WalError {
    return failWith(
      "record-auth-failed",
      new WalError({ code: "CORRUPT_RECORD", record: ref, reason: "authentication failed" }, { cause }),
    );
  }

  /** Whether the envelope authenticates under `dek` as it stands (with the store id it names). */
  #opens(envelope: Envelope, dek: SecretKey, key: string): boolean {
    try {
      openEnvelope(envelope, dek, key).fill(0);
      return true;
    } catch (cause) {
      assert(
        cause instanceof CryptoError && cause.code === "AUTH_FAILED",
        `unexpected open failure ${String(cause)}`,
      );
      return false;
    }
  }

  decodeOrFail<T>(ref: RecordRef, decode: () => T): T {
    try {
      return decode();
    } catch (cause) {
      throw failWith(
        "record-payload-malformed",
        new WalError({ code: "CORRUPT_RECORD", record: ref, reason: `payload: ${String(cause)}` }, { cause }),
      );
    }
  }

  /** Reads the store metadata; null for an empty store (row store-empty, which the caller initialises). */
  async readStoreMeta(): Promise<Uint8Array | null> {
    const value = await this.db.get(storeMetaKey, viewEncoding);
    if (value === undefined) {
      for await (const key of this.db.keys({ limit: 1, keyEncoding: "utf8" })) {
        throw failWith(
          "store-meta-missing",
          new WalError({ code: "MISSING_RECORD", record: refOf(key), reason: "no store metadata" }),
        );
      }
      return null;
    }
    const ref = refOf(storeMetaKey);
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(value, storeMetaKey);
    } catch (cause) {
      throw failWith(
        "record-unparseable",
        new WalError({ code: "CORRUPT_RECORD", record: ref, reason: "envelope does not parse" }, { cause }),
      );
    }
    if ((envelope.algorithm === Algorithm.None) === this.encrypted) {
      throw failWith(
        "store-mode-mismatch",
        new WalError({ code: "CORRUPT_RECORD", record: ref, reason: "encrypted/plaintext mode mismatch" }),
      );
    }
    this.storeId = envelope.place.context;
    const { plaintext } = this.readRecord(storeMetaKey, value, parseKey(storeMetaKey))!;
    const meta = this.decodeOrFail(ref, () => keel.disk.StoreMeta.decode(plaintext));
    if (!equalBytes(meta.storeId, envelope.place.context) || meta.encrypted !== this.encrypted) {
      throw failWith(
        "record-payload-malformed",
        new WalError({
          code: "CORRUPT_RECORD",
          record: ref,
          reason: "store metadata disagrees with its envelope",
        }),
      );
    }
    if (meta.formatVersion !== walFormatVersion) {
      throw failWith(
        "store-format-unsupported",
        new WalError({
          code: "FORMAT_UNSUPPORTED",
          formatVersion: meta.formatVersion,
          supported: walFormatVersion,
        }),
      );
    }
    this.storeId = Uint8Array.from(meta.storeId);
    return this.storeId;
  }

  /**
   * Reads every record after the store metadata and applies the record and store rows;
   * throws the WalError of the first failing row, else returns what the store holds and
   * what must be repaired. Changes nothing on disk.
   */
  async scanRecords(onTornTail: "repair" | "fail", mark: DurableMark | null = null): Promise<ScanResult> {
    const notes: RecoveryNote[] = [];
    let snapshotSeqMax = 0;

    const snapshots = new Map<string, Found>();
    const entries: Array<{ entry: Entry; keyId: string }> = [];
    const runStarts: number[] = [];
    const damagedStarts: number[] = [];
    let claimedLast = 0;
    let hardState: HardState | null = null;

    for await (const [key, value] of this.db.iterator(viewEncoding)) {
      if (key === storeMetaKey) continue;
      const parsed = parseKey(key);
      const ref = refOf(key, parsed);
      const read = this.readRecord(key, value, parsed, parsed.kind === "entry" ? "report" : "fail");
      if (read === null && parsed.kind === "entry") {
        // A damaged entry record: it still replaces the tail from its first index on, but its
        // entries are unknown, which leaves a gap in the log (judged in lost.ts).
        while (entries.length > 0 && entries.at(-1)!.entry.index >= parsed.index) entries.pop();
        damagedStarts.push(parsed.index);
        runStarts.push(parsed.index);
        claimedLast = Math.max(claimedLast, parsed.index);
        continue;
      }
      assert(read !== null, "only entry records are read with damage reported");
      const { envelope, plaintext } = read;
      switch (parsed.kind) {
        case "hard-state":
          hardState = this.decodeOrFail(ref, () => decodeHardState(plaintext));
          break;
        case "entry": {
          const run = this.decodeOrFail(ref, () => decodeEntryRun(plaintext));
          if (
            run.length !== envelope.place.chunk ||
            run[0]?.term !== envelope.place.term ||
            run.some((entry, i) => entry.index !== parsed.index + i)
          ) {
            throw failWith(
              "record-payload-malformed",
              new WalError({
                code: "CORRUPT_RECORD",
                record: ref,
                reason: "entry run disagrees with its place",
              }),
            );
          }
          // Records come in key (index) order, and a later run replaces the log's tail from its
          // first index on (see run-starts.ts).
          while (entries.length > 0 && entries.at(-1)!.entry.index >= parsed.index) entries.pop();
          for (const entry of run) entries.push({ entry, keyId: envelope.keyId });
          runStarts.push(parsed.index);
          claimedLast = Math.max(claimedLast, parsed.index + run.length - 1);
          break;
        }
        case "snapshot-header":
        case "snapshot-chunk": {
          const id = snapshotPrefixOf(parsed.index, parsed.seq);
          let found = snapshots.get(id);
          if (found === undefined) {
            found = { index: parsed.index, seq: parsed.seq, header: null, chunks: new Map(), keys: [] };
            snapshots.set(id, found);
          }
          found.keys.push(key);
          snapshotSeqMax = Math.max(snapshotSeqMax, parsed.seq);
          if (parsed.kind === "snapshot-chunk") {
            found.chunks.set(parsed.chunk, { bytes: plaintext, term: envelope.place.term, key });
          } else {
            const h = this.decodeOrFail(ref, () => keel.disk.SnapshotHeader.decode(plaintext));
            const metadata = this.decodeOrFail(ref, () => decodeSnapshotMetadata(h.metadata));
            const dataBytes = this.decodeOrFail(ref, () => u64(h.dataBytes, key));
            if (metadata.index !== parsed.index || metadata.term !== envelope.place.term) {
              throw failWith(
                "record-payload-malformed",
                new WalError({
                  code: "CORRUPT_RECORD",
                  record: ref,
                  reason: "snapshot header disagrees with its place",
                }),
              );
            }
            found.header = {
              metadata,
              chunkCount: h.chunkCount,
              dataBytes,
              digest: h.dataDigest,
              keyId: envelope.keyId,
            };
          }
          break;
        }
        case "store-meta":
        case "unknown":
          assert(false, "readRecord rejects unknown keys, and the metadata is skipped");
      }
    }

    // Snapshots: the newest complete one is used; older complete ones and unfinished ones go.
    const complete = [...snapshots.values()].filter((s) => s.header !== null);
    complete.sort((a, b) => a.index - b.index || a.seq - b.seq);
    const latest = complete.at(-1) ?? null;
    const repairs: string[] = [];
    for (const found of snapshots.values()) {
      if (found === latest) continue;
      const ref = refOf(found.keys[0]!);
      if (found.header === null) {
        if (onTornTail === "fail") {
          throw new WalError({ code: "TORN_TAIL", record: ref, chunkCount: found.chunks.size });
        }
        notes.push(
          note("snapshot-incomplete", ref, `deleted ${found.chunks.size} chunk(s) of an unfinished snapshot`),
        );
      } else {
        notes.push(note("snapshot-superseded", ref, `deleted the older snapshot at ${found.index}`));
      }
      repairs.push(...found.keys);
    }
    let snapshot: Snapshot | null = null;
    let stored: StoredSnapshot | null = null;
    if (latest !== null) {
      const header = latest.header!;
      const data = assembleSnapshot(latest, header, snapshotHeaderKey(latest.index, latest.seq));
      snapshot = { data, metadata: header.metadata };
      stored = {
        index: latest.index,
        term: header.metadata.term,
        seq: latest.seq,
        chunkCount: header.chunkCount,
        keyId: header.keyId,
      };
    }

    // The log: entries after the snapshot must run contiguously from snapshot index + 1.
    const snapshotIndex = stored?.index ?? 0;
    const snapshotTerm = stored?.term ?? 0;
    const read = entries.filter((e) => e.entry.index > snapshotIndex);
    if (read.length < entries.length) {
      notes.push(
        note("entries-below-snapshot", null, `${entries.length - read.length} entries kept until compacted`),
      );
    }
    checkLogTerms(read, snapshotTerm);
    checkHardState(hardState, {
      snapshotIndex,
      lastTerm: read.at(-1)?.entry.term ?? snapshotTerm,
    });
    const judged = judgeLog({
      live: read,
      snapshotIndex,
      snapshotTerm,
      hardState,
      damagedStarts,
      claimedLast,
      mark,
    });
    notes.push(...judged.notes);
    const lastIndex = judged.live.at(-1)?.entry.index ?? snapshotIndex;
    return {
      hardState: judged.hardState,
      snapshot,
      stored,
      entries: entries.filter((e) => e.entry.index <= lastIndex),
      live: judged.live,
      runStarts,
      snapshotSeqMax,
      repairs,
      notes,
      lost: judged.lost,
    };
  }
}

/** A snapshot chunk as read: its plaintext and where it was. */
interface FoundChunk {
  readonly bytes: Uint8Array;
  readonly term: number;
  readonly key: string;
}
/** One snapshot save (index, sequence number) as read: its header if it landed, and its chunks. */
interface Found {
  index: number;
  seq: number;
  header: {
    metadata: SnapshotMetadata;
    chunkCount: number;
    dataBytes: number;
    digest: Uint8Array;
    keyId: string;
  } | null;
  chunks: Map<number, FoundChunk>;
  keys: string[];
}

/**
 * assembleSnapshot joins a snapshot's chunks into its data, applying the chunk rows; the
 * chunks must add up to the header's size and digest (a digest over plaintext, so computed
 * without leaving any in WASM memory).
 */
function assembleSnapshot(
  latest: Found,
  header: NonNullable<Found["header"]>,
  headerKey: string,
): Uint8Array {
  const data = new Uint8Array(header.dataBytes);
  let offset = 0;
  const digest = new SecretDigest(digestBytes);
  let sum: Uint8Array;
  try {
    for (let c = 0; c < header.chunkCount; c++) {
      const chunk = latest.chunks.get(c);
      if (chunk === undefined) {
        throw failWith(
          "snapshot-chunk-missing",
          new WalError({
            code: "MISSING_RECORD",
            record: {
              kind: "snapshot-chunk",
              index: latest.index,
              key: snapshotChunkKey(latest.index, latest.seq, c),
            },
            reason: `chunk ${c} of ${header.chunkCount}`,
          }),
        );
      }
      if (chunk.term !== header.metadata.term) {
        throw failWith(
          "record-misplaced",
          new WalError({
            code: "MISPLACED_RECORD",
            record: refOf(chunk.key),
            claimedIndex: latest.index,
            claimedKind: RecordKind.SnapshotChunk,
          }),
        );
      }
      if (offset + chunk.bytes.length > data.length) break;
      data.set(chunk.bytes, offset);
      offset += chunk.bytes.length;
      digest.update(chunk.bytes);
    }
    sum = digest.digest();
  } finally {
    digest.dispose();
  }
  if (
    offset !== header.dataBytes ||
    latest.chunks.size !== header.chunkCount ||
    !equalBytes(sum, header.digest)
  ) {
    throw failWith(
      "snapshot-digest-mismatch",
      new WalError({
        code: "CORRUPT_RECORD",
        record: refOf(headerKey),
        reason: "chunks do not match the header",
      }),
    );
  }
  return data;
}

/**
 * checkLogTerms applies the term row on the live log: terms never go down (from the
 * snapshot's term on), as in any Raft log. (Gaps are judged in lost.ts.)
 */
function checkLogTerms(live: readonly ScannedEntry[], snapshotTerm: number): void {
  let termBefore = snapshotTerm;
  for (const e of live) {
    if (e.entry.term < termBefore) {
      const index = e.entry.index;
      throw failWith(
        "log-term-decreases",
        new WalError({
          code: "ROLLED_BACK",
          record: { kind: "entry", index, key: entryKey(index) },
          reason: `entry ${index} has term ${e.entry.term} after term ${termBefore}`,
        }),
      );
    }
    termBefore = e.entry.term;
  }
}

/**
 * checkHardState applies the rows on the hard state against the log it sits beside: its
 * commit not below the snapshot, its term not below the log's. (A commit past the log is
 * judged in lost.ts.)
 */
function checkHardState(
  hardState: HardState | null,
  log: { readonly snapshotIndex: number; readonly lastTerm: number },
): void {
  if (hardState === null) {
    if (log.lastTerm === 0) return;
    throw failWith(
      "hard-state-missing",
      new WalError({
        code: "MISSING_RECORD",
        record: refOf(hardStateKey),
        reason: `no hard state beside a log of term ${log.lastTerm}`,
      }),
    );
  }
  const behind =
    hardState.commit < log.snapshotIndex
      ? `commit ${hardState.commit} is below the snapshot at ${log.snapshotIndex}`
      : hardState.term < log.lastTerm
        ? `term ${hardState.term} is below the log's last term ${log.lastTerm}`
        : null;
  if (behind !== null) {
    throw failWith(
      "hard-state-behind-log",
      new WalError({ code: "ROLLED_BACK", record: refOf(hardStateKey), reason: behind }),
    );
  }
}
