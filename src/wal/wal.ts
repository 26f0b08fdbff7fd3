// The encrypted WAL and snapshot store on abstract-level: what a Raft driver persists on
// each Ready (hard state, entries, snapshot) as one synced batch, sealed record by record
// under the DEK and bound to its place; recovery by the decision table in recovery.ts; and
// DEK rotation and KEK changes, each step durable before the next depends on it.
import { assert } from "../assert.js";
import { randomBytes } from "../entropy.js";
import { NoncePool } from "../crypto/entropy.js";
import type { EntropySource } from "../entropy.js";
import { RecordKind, parseEnvelope, seal } from "../crypto/envelope.js";
import type { RecordPlace } from "../crypto/envelope.js";
import type { KeyMaterial } from "../crypto/key-file.js";
import { wipeKeyMaterial } from "../crypto/key-file.js";
import { SecretKey } from "../crypto/keys.js";
import { SecretDigest } from "../crypto/hash.js";
import { keel } from "../gen/disk.js";
import { encodeHardState, encodeSnapshotMetadata } from "../raft/codec.js";
import type { Entry, HardState, Snapshot } from "../raft/types.js";
import { EMPTY_HARD_STATE } from "../raft/types.js";
import { encodeEntryRun } from "./codec.js";
import { WalError } from "./errors.js";
import type { KeyFileStore } from "./key-store.js";
import { openKeys, writeKeys } from "./keys.js";
import {
  entryKey,
  hardStateKey,
  parseKey,
  snapshotChunkKey,
  snapshotHeaderKey,
  snapshotPrefixOf,
  storeMetaKey,
  walFormatVersion,
} from "./layout.js";
import type { LevelHandle } from "./level.js";
import { LogTerms } from "./log-terms.js";
import { note } from "./recovery.js";
import { RunStarts } from "./run-starts.js";
import type { LostEntries, RecoveryNote } from "./recovery.js";
import { digestBytes, viewEncoding } from "./scan.js";
import { encodeMark, isBehind } from "./durable-mark.js";
import { readStore } from "./read-store.js";
import { OldKeyRecords } from "./old-key-records.js";
import type { DurableMark, MarkStore } from "./durable-mark.js";
import type { ScannedEntry, StoredSnapshot } from "./scan.js";

export type { LevelHandle } from "./level.js";
export { walFormatVersion } from "./layout.js";

/** Snapshot data is stored in chunks of this size: no single value is huge, and memory stays bounded. */
export const snapshotChunkBytesDefault = 1 << 20;
/** A save's entries go into one run record, split where one would pass this many bytes of entry data. */
const runDataBytesMax = 1 << 20;
/**
 * Chunks are flushed (unsynced) one by one, so memory in flight stays small whatever the
 * snapshot size, and each write's await gives the event loop a turn: sealing is synchronous
 * (about 5 ms a MiB), and four chunks sealed at once held writes up for 20-50 ms.
 */
const chunksPerFlush = 1;
const storeIdBytes = 16;
/**
 * A finishing rotation deletes the old key's records this many at a time, each slice synced: a
 * save made meanwhile waits for one slice at most (about 6,000 deletes in all for a
 * 100,000-secret store, 30-190 ms as one batch).
 */
const cleanupSliceOps = 512;
const markEveryEntriesDefault = 1024;

type Op = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };

export interface WalOptions {
  readonly db: LevelHandle;
  readonly keyStore: KeyFileStore;
  /** The unlock key when the swarm is autolocked, else null. The WAL keeps its own copy. */
  readonly kek: SecretKey | null;
  readonly entropy: EntropySource;
  /** False only for the benchmark's plaintext baseline; must match the store. Default true. */
  readonly encrypted?: boolean;
  readonly snapshotChunkBytes?: number;
  /** What to do with an unfinished snapshot left by a crash: delete it (default) or fail with TORN_TAIL. */
  readonly onTornTail?: "repair" | "fail";
  /** Sync each save (default true). Turning it off is only for tests that count syncs elsewhere. */
  readonly sync?: boolean;
  /**
   * Where the durable mark lives (durable-mark.ts): a small file beside the database in a
   * manager, memory that survives a simulated crash in tests. Without it, a lost log tail
   * is found only where the log itself shows it (a hole, a commit past its end).
   */
  readonly mark?: MarkStore;
  /** The mark is refreshed once the log has grown by this many entries since the last one (default 1024). */
  readonly markEveryEntries?: number;
  /**
   * Told the bytes (keys and sealed values) of each batch once the database took it, for
   * metrics. Called on the write path: it must be cheap and must not throw.
   */
  readonly onWritten?: (bytes: number) => void;
}

/** Recovered is what a restarting Raft node needs: its hard state, snapshot and log after it. */
export interface Recovered {
  readonly hardState: HardState;
  readonly snapshot: Snapshot | null;
  /** Entries after the snapshot, contiguous. */
  readonly entries: readonly Entry[];
  /** The recovery rows acted on (repairs, resumed steps): nothing is dropped silently. */
  readonly notes: readonly RecoveryNote[];
  /**
   * Entries this node may have acknowledged and no longer holds (a lost or damaged log tail,
   * a hole): Raft must not vote or campaign until a leader has brought the log to
   * lost.recoverTo (RaftConfig.recoverTo). Null when nothing was lost.
   */
  readonly lost: LostEntries | null;
}

/**
 * SaveBatch is one Raft Ready's worth of persistence, written as one batch, synced once. A part
 * left undefined (or no entries) is not saved: a driver builds every batch with the same fields.
 */
export interface SaveBatch {
  readonly hardState?: HardState | undefined;
  /** Contiguous; entries from the first index on replace any stored ones (a conflicting tail). */
  readonly entries?: readonly Entry[] | undefined;
  /**
   * A snapshot that matches the stored log (the log holds an entry, or the stored snapshot
   * is, at its index with its term: the node's own snapshot, or a rotation's re-seal) keeps
   * the entries after it (Raft §7). Any other snapshot (a leader's, installed by a follower)
   * replaces the whole log, as Raft's restore and MemoryStorage.applySnapshot do: every
   * stored entry goes in the same batch, except those the batch's entries rewrite, which
   * must then start right after the snapshot.
   */
  readonly snapshot?: Snapshot | undefined;
  /**
   * Whether save() waits for the batch to be synced (default true). Raft needs no sync for a
   * Ready that only moves the commit index (`mustSync` false): losing it at a crash only
   * lowers the commit index, which the leader repeats. Such a batch (a hard state alone) is
   * not written on its own either: it rides with the next write.
   */
  readonly sync?: boolean;
}

export type RotationStatus =
  | { readonly state: "idle" }
  /** A snapshot at index >= snapshotIndexMin completes the rotation. */
  | { readonly state: "pending"; readonly snapshotIndexMin: number; readonly chained: boolean };

/** What a KEK change did: nothing (same KEK), nothing (an older version), or re-sealed the key file. */
export type KekChange = "unchanged" | "stale" | "changed";

type Status = "open" | "closing" | "closed" | "failed";

/** Writes made while another is in flight: one batch, synced if any of them asks for it. */
interface WriteGroup {
  readonly ops: Op[];
  sync: boolean;
  readonly operation: string;
  written: Promise<void>;
}

/** A snapshot's chunks, sealed (and written, or in `ops`) under the key `keyId`, waiting for their header. */
interface SealedChunks {
  readonly index: number;
  readonly term: number;
  readonly seq: number;
  readonly chunkCount: number;
  readonly keyId: string;
  readonly dataBytes: number;
  readonly digest: Uint8Array;
}

/** A batch of only a hard state that Raft does not need synced: it moved the commit index alone. */
function commitOnly(batch: SaveBatch): boolean {
  return (
    batch.sync === false &&
    batch.hardState !== undefined &&
    (batch.entries?.length ?? 0) === 0 &&
    batch.snapshot === undefined
  );
}

export class Wal {
  #status: Status = "open";
  readonly #db: LevelHandle;
  readonly #keyStore: KeyFileStore;
  readonly #entropy: EntropySource;
  readonly #nonces: NoncePool;
  readonly #encrypted: boolean;
  readonly #chunkBytes: number;
  readonly #sync: boolean;
  readonly #onWritten: ((bytes: number) => void) | null;
  #kek: SecretKey | null;
  #keys: KeyMaterial;
  #storeId: Uint8Array = new Uint8Array(0);
  #hardState: HardState | null = null;
  #snapshot: StoredSnapshot | null = null;
  #snapshotSeqMax = 0;
  /** The entry indexes on disk, live or not, and their terms. */
  readonly #log = new LogTerms();
  /** Where the entry run records on disk begin. */
  #runs = new RunStarts();
  /** While a rotation is pending: the highest entry index written under the current (old) DEK. */
  #oldKeyEntryMax = 0;
  /** Operations run one after another through this queue (a save leaves it once its batch is sealed). */
  #queue: Promise<unknown> = Promise.resolve();
  /** Tasks in the queue, running or waiting (none: a save may be staged at once). */
  #queued = 0;
  /** A saveSnapshot sealing its chunks ahead of the queue (close waits for it). */
  #sealingAhead: Promise<unknown> = Promise.resolve();
  /**
   * While a rotation is pending: the records under the old DEK, listed as it began (every record
   * then, the store metadata and hard state aside), less those written over since. Null when the
   * rotation was resumed at open: its finish reads the database to find them.
   */
  #oldKeyRecords: OldKeyRecords | null = null;
  /** A finished rotation's compaction, beside the queue (close waits for it). */
  #compacting: Promise<void> = Promise.resolve();
  /**
   * A rotation finishing beside the queue (#finishBeside): its cleanup and key promotion, until
   * then the rotation is still pending. Close waits for it.
   */
  #finishing: Promise<void> | null = null;
  /** Key-file writes, one after another (#persistKeys). */
  #keyWrites: Promise<void> = Promise.resolve();
  /** Writes go to the database one after another, in the order they were made, through this chain. */
  #writes: Promise<void> = Promise.resolve();
  /** Writes made and not yet landed (none: the next goes to the database at once). */
  #writesPending = 0;
  /** The writes waiting for the one in flight, to go to the database as one batch (null: none waits). */
  #waiting: WriteGroup | null = null;
  /** #hardState moved its commit index only and is not written yet: the next write carries it. */
  #hardStateDeferred = false;
  /** The first failed write: every write made after it fails too, without reaching the database. */
  #failure: WalError | null = null;
  readonly #markStore: MarkStore | null;
  readonly #markEveryEntries: number;
  /** The newest mark on disk (or read at open): a mark is never replaced by one behind it. */
  #mark: DurableMark | null = null;
  /** Mark writes, one after another (close waits for them); a lazy one is skipped while one is pending. */
  #markWrites: Promise<void> = Promise.resolve();
  #markPending = false;
  /** The index a lost or damaged log tail reached (0: none): records up to it may still be on disk. */
  #lostTo = 0;

  private constructor(options: WalOptions, keys: KeyMaterial, kek: SecretKey | null) {
    this.#db = options.db;
    this.#keyStore = options.keyStore;
    this.#entropy = options.entropy;
    this.#nonces = new NoncePool(options.entropy);
    this.#encrypted = options.encrypted ?? true;
    this.#chunkBytes = options.snapshotChunkBytes ?? snapshotChunkBytesDefault;
    this.#sync = options.sync ?? true;
    this.#onWritten = options.onWritten ?? null;
    this.#markStore = options.mark ?? null;
    this.#markEveryEntries = options.markEveryEntries ?? markEveryEntriesDefault;
    this.#kek = kek?.clone() ?? null;
    this.#keys = keys;
    assert(this.#chunkBytes > 0, "snapshot chunk size must be positive");
  }

  /**
   * open reads the key file (a wrong unlock key fails here, before anything is written),
   * then recovers the store by the decision table, creating it if empty, and resumes an
   * interrupted DEK rotation or compaction.
   */
  static async open(options: WalOptions): Promise<{ wal: Wal; recovered: Recovered }> {
    const { keys, locked } = await openKeys(options.keyStore, options.kek);
    // As decodeKeyFile does, ignore a KEK offered for an unlocked file: kept, it would seal
    // the file at its next write without the DEK rotation that locking requires.
    const kek = locked ? (options.kek ?? null) : null;
    try {
      if (options.db.status !== "open") await options.db.open();
    } catch (error) {
      wipeKeyMaterial(keys);
      throw error;
    }
    const wal = new Wal(options, keys, kek);
    try {
      const recovered = await wal.#recover(options.onTornTail ?? "repair");
      return { wal, recovered };
    } catch (error) {
      wal.#wipe();
      wal.#status = "closed";
      throw error;
    }
  }

  get status(): Status {
    return this.#status;
  }

  /** The store id bound into every record's associated data. */
  get storeId(): Uint8Array {
    return Uint8Array.from(this.#storeId);
  }

  /** Key ids of the current and pending DEK (for tests and inspection; never the keys). */
  get keyIds(): { readonly current: string; readonly pending: string | null } {
    this.#assertUsable();
    return { current: this.#keys.currentDek.id, pending: this.#keys.pendingDek?.id ?? null };
  }

  /** The KEK version the key file is sealed under, and whether it is sealed (autolocked). */
  get kek(): { readonly version: number; readonly locked: boolean } {
    this.#assertUsable();
    return { version: this.#keys.kekVersion, locked: this.#kek !== null };
  }

  /** tlsKey returns a copy of the manager's TLS private key from the key file. */
  tlsKey(): Uint8Array {
    this.#assertUsable();
    return Uint8Array.from(this.#keys.tlsKey);
  }

  /** replaceTlsKey stores a renewed TLS private key in the key file (atomically, under the current KEK). */
  async replaceTlsKey(tlsKey: Uint8Array): Promise<void> {
    await this.#exclusive(async () => {
      const previous = this.#keys.tlsKey;
      await this.#persistKeys((keys) => ({ ...keys, tlsKey: Uint8Array.from(tlsKey) }));
      previous.fill(0);
    });
  }

  /** The index of the stored snapshot (0 when none). */
  get snapshotIndex(): number {
    return this.#snapshot?.index ?? 0;
  }

  /** The last index the log reaches: the last live entry, or the snapshot. */
  get lastIndex(): number {
    return Math.max(this.#log.last, this.snapshotIndex);
  }

  /**
   * save persists one Ready: snapshot, entries (truncating a conflicting tail), hard state;
   * one synced batch. It resolves once that batch is durable.
   *
   * Saves may be pipelined: save N+1 may be called before save N has resolved, and is sealed
   * while N's batch is being written and synced (classic-level writes on a libuv worker
   * thread), so the AEAD cost of one batch hides behind the sync of the one before. Batches
   * reach the database in call order; each promise resolves only when its own batch (and so
   * every earlier one) is durable; once a write fails, every save made after it fails with
   * IO_FAILED and writes nothing. While saves are in flight, lastIndex and snapshotIndex
   * already count them. The caller bounds how many it keeps in flight.
   */
  save(batch: SaveBatch): Promise<void> {
    try {
      return this.#save(batch);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  #save(batch: SaveBatch): Promise<void> {
    this.#assertUsable();
    // A save without a snapshot, nothing queued ahead of it and no DEK rotation pending (which
    // the save may complete), is staged at once: the queue would only add turns of the
    // microtask queue to every Ready (a follower makes two per write).
    if (batch.snapshot === undefined && this.#queued === 0 && this.#keys.pendingDek === null) {
      this.#checkBatch(batch, false);
      return this.#stage(batch, [], null, false);
    }
    return this.#exclusive(
      async () => {
        const ops: Op[] = [];
        const replacesLog = batch.snapshot !== undefined && !this.#matchesLog(batch.snapshot);
        this.#checkBatch(batch, replacesLog);
        const snapshotAfter =
          batch.snapshot === undefined
            ? null
            : this.#snapshotHeaderOps(batch.snapshot, await this.#sealChunks(batch.snapshot, ops), ops);
        const written = this.#stage(batch, ops, snapshotAfter, replacesLog);
        // Wrapped, so that the queue moves on without waiting for the write (or the finish).
        return { written: this.#rotationDone() ? this.#finishBeside(written) : written };
      },
      { afterWrites: false },
    ).then(({ written }) => written);
  }

  /**
   * Seals a save's entries (checked by #checkBatch) and hard state into `ops` (which may hold
   * its snapshot's header), starts its write, and moves the state the next save builds on past
   * it. Returns the write: should it fail, the WAL is failed, and recovery decides on the next
   * open.
   */
  #stage(
    batch: SaveBatch,
    ops: Op[],
    snapshotAfter: StoredSnapshot | null,
    replacesLog: boolean,
  ): Promise<void> {
    const entries = batch.entries ?? [];
    if (replacesLog) this.#dropLogOps(ops);
    const snapshotIndex = snapshotAfter?.index ?? this.snapshotIndex;
    if (entries.length > 0) this.#entryOps(entries, ops);
    // A Ready that only moves the commit index is not written on its own: its hard state rides
    // with the next write (#write). Each write is a job for a libuv thread and a turn of the
    // loop to hear back; a sequential write paid one more on every manager for this.
    let written: Promise<void>;
    if (commitOnly(batch)) {
      // Raft's mustSync: a hard state it needs no sync for moved the commit index alone. A term
      // or vote held back here could be lost at a crash after a vote was cast on it.
      const held = batch.hardState as HardState;
      const before = this.#hardState ?? EMPTY_HARD_STATE;
      assert(
        held.term === before.term && held.vote === before.vote,
        "an unsynced hard state changed term or vote",
      );
      written = this.#deferHardState();
    } else {
      if (batch.hardState !== undefined) ops.push(this.#hardStateOp(batch.hardState));
      written = this.#write(ops, this.#sync && batch.sync !== false, "save");
    }
    if (snapshotAfter !== null) this.#snapshot = snapshotAfter;
    if (replacesLog) {
      this.#log.clear();
      // No entry under the old DEK is left after the snapshot.
      this.#oldKeyEntryMax = Math.min(this.#oldKeyEntryMax, snapshotIndex);
    }
    if (entries.length > 0) {
      const first = entries[0]!.index;
      // Grown by push, not made by map: see RaftNode's #stepProposals.
      const terms: number[] = [];
      for (const e of entries) terms.push(e.term);
      this.#log.write(first, terms);
      if (this.#keys.pendingDek !== null) this.#oldKeyEntryMax = Math.min(this.#oldKeyEntryMax, first - 1);
    }
    if (batch.hardState !== undefined) this.#hardState = batch.hardState;
    const mark = this.#markDue();
    if (mark !== null) void written.then(() => this.#writeMark(mark)).catch(() => undefined);
    return written;
  }

  /**
   * saveSnapshot stores a snapshot of this node's own store: one that matches the stored log
   * (as SaveBatch describes), entries after it kept. Its chunks are sealed and written before it
   * joins the queue, so that entry saves made meanwhile — and they may land first — never wait
   * behind the sealing of a large snapshot; only its header is written in the queue (synced).
   * Resolves true once it is durable; false when it was dropped instead, its chunks deleted: a
   * newer snapshot was stored meanwhile (a leader's), so it no longer matches the log. Should a
   * DEK rotation begin while it is sealed, it is sealed again under the new DEK in the queue.
   * `betweenChunks` is awaited after each chunk sealed ahead of the queue: the caller's pace.
   */
  async saveSnapshot(
    snapshot: Snapshot,
    options: { betweenChunks?: () => Promise<void> } = {},
  ): Promise<boolean> {
    this.#assertUsable();
    const chunkOps: Op[] = [];
    const sealing = this.#sealChunks(snapshot, chunkOps, options.betweenChunks).then(async (sealed) => {
      await this.#write(chunkOps.splice(0), false, "snapshot chunks");
      return sealed;
    });
    this.#sealingAhead = sealing;
    const ahead = await sealing;
    const { written, saved } = await this.#exclusive(
      async () => {
        const ops: Op[] = [];
        const stale = snapshot.metadata.index < this.snapshotIndex || !this.#matchesLog(snapshot);
        if (stale) {
          return {
            written: this.#write(this.#chunkDeleteOps(ahead), false, "snapshot chunks"),
            saved: false,
          };
        }
        let sealed = ahead;
        if (ahead.keyId !== (this.#writeKey()?.id ?? "")) {
          // A rotation began while it was sealed: sealed again under the new DEK.
          ops.push(...this.#chunkDeleteOps(ahead));
          sealed = await this.#sealChunks(snapshot, ops);
        }
        const stored = this.#snapshotHeaderOps(snapshot, sealed, ops);
        const written = this.#write(ops, this.#sync, "save");
        this.#snapshot = stored;
        const mark = this.#markDue();
        if (mark !== null) void written.then(() => this.#writeMark(mark)).catch(() => undefined);
        return { written: this.#rotationDone() ? this.#finishBeside(written) : written, saved: true };
      },
      { afterWrites: false },
    );
    await written;
    return saved;
  }

  /**
   * compact deletes entries up to `index`, which must not pass the snapshot. Not synced: a
   * compaction lost at a crash leaves entries below the snapshot, which recovery ignores.
   */
  async compact(index: number): Promise<void> {
    await this.#exclusive(async () => {
      assert(index <= this.snapshotIndex, `compact to ${index} past the snapshot at ${this.snapshotIndex}`);
      // Whole run records only: one that still holds an entry after `index` stays.
      const dropped = this.#runs.dropThrough(index, this.#log.last);
      if (dropped.length === 0) return;
      await this.#write(
        dropped.map((start): Op => ({ type: "del", key: entryKey(start) })),
        false,
        "compact",
      );
      this.#dropLogBelowRuns();
    });
  }

  /** rotation says whether a DEK rotation is pending and which snapshot completes it. */
  rotation(): RotationStatus {
    this.#assertUsable();
    const pending = this.#keys.pendingDek;
    if (pending === null) return { state: "idle" };
    const snapshotUnderOld = this.#snapshot !== null && this.#snapshot.keyId !== pending.id;
    return {
      state: "pending",
      snapshotIndexMin: Math.max(this.#oldKeyEntryMax, snapshotUnderOld ? this.snapshotIndex : 0),
      chained: this.#keys.needsRotation,
    };
  }

  /**
   * requestRotation starts a DEK rotation: a new pending DEK is made durable in the key file,
   * then every new record is sealed under it. A request while one is pending is coalesced
   * into at most one more rotation, started when the current one finishes.
   */
  async requestRotation(): Promise<void> {
    await this.#exclusive(() => this.#beginRotation());
  }

  /**
   * changeKek re-seals the key file under a new KEK (null: unlock). Same KEK: "unchanged";
   * an older version: "stale"; the same version with another key: KEK_VERSION_CONFLICT.
   * Going from unlocked to locked also rotates the DEK, since the old one sat on disk in the
   * clear; the flag is written together with the re-sealed file so a crash cannot lose it.
   */
  async changeKek(kek: SecretKey | null, kekVersion: number): Promise<KekChange> {
    return this.#exclusive(async () => {
      const current = this.#kek;
      if ((current === null && kek === null) || (current !== null && current.equals(kek))) return "unchanged";
      if (kekVersion < this.#keys.kekVersion) return "stale";
      if (kekVersion === this.#keys.kekVersion)
        throw new WalError({ code: "KEK_VERSION_CONFLICT", kekVersion });
      const locking = current === null && kek !== null;
      const next = kek?.clone() ?? null;
      try {
        await this.#persistKeys(
          (keys) => ({ ...keys, kekVersion, needsRotation: keys.needsRotation || locking }),
          { next },
        );
      } catch (error) {
        next?.wipe();
        throw error;
      }
      if (locking) await this.#beginRotation();
      return "changed";
    });
  }

  /**
   * adoptKekVersion records a newer version for the KEK the key file is already sealed under
   * (the cluster moved on, the key did not): "changed", or "unchanged" when not newer.
   */
  async adoptKekVersion(kekVersion: number): Promise<"changed" | "unchanged"> {
    return this.#exclusive(async () => {
      if (kekVersion <= this.#keys.kekVersion) return "unchanged";
      await this.#persistKeys((keys) => ({ ...keys, kekVersion }));
      return "changed";
    });
  }

  /** close waits for in-flight work and wipes every key. Idempotent; the db stays open (the caller owns it). */
  async close(): Promise<void> {
    if (this.#status === "closed" || this.#status === "closing") {
      await this.#queue.catch(() => undefined);
      return;
    }
    this.#status = "closing";
    await this.#sealingAhead.catch(() => undefined);
    await this.#queue.catch(() => undefined);
    await this.#finishing?.catch(() => undefined);
    await this.#compacting.catch(() => undefined);
    await this.#oldKeyRecords?.settled();
    // A commit index held back for the next write is written now: a clean close keeps it.
    if (this.#hardStateDeferred && this.#failure === null)
      await this.#write([], false, "close").catch(() => undefined);
    await this.#writes;
    // A clean close leaves the witness of everything written: a tail lost after this is found.
    if (this.#failure === null) await this.#writeMark(this.#markNow()).catch(() => undefined);
    await this.#markWrites;
    this.#wipe();
    this.#status = "closed";
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // ---- writing ----

  #assertUsable(): void {
    if (this.#status !== "open") throw new WalError({ code: "NOT_OPEN", status: this.#status });
  }

  /**
   * Runs `task` after every earlier one: saves, rotations and KEK changes never interleave.
   * Only a save's sealing runs in the queue (its write may still be in flight when the next
   * task starts), and only when a task is ahead of it or it carries a snapshot (see save);
   * every other task first waits until all writes made before it have landed, as it reads the
   * store or changes the key file.
   */
  #exclusive<T>(
    task: () => Promise<T>,
    options: { afterWrites: boolean } = { afterWrites: true },
  ): Promise<T> {
    this.#assertUsable();
    this.#queued++;
    const run = this.#queue.then(async () => {
      if (options.afterWrites) await this.#writes;
      this.#assertUsable();
      return task();
    });
    const left = (): void => {
      this.#queued--;
    };
    this.#queue = run.then(left, left);
    return run;
  }

  /**
   * Queues a write behind every earlier one; resolves when it has landed (and is synced, with
   * `sync`). Writes made while one is in flight are group-committed: they join one batch that
   * goes next, so a busy disk takes one sync for all of them rather than one each, in order.
   */
  #write(ops: readonly Op[], sync: boolean, operation: string): Promise<void> {
    if (this.#hardStateDeferred && this.#hardState !== null) {
      // First, so that a hard state in `ops` (a newer one) replaces it within the batch; sealed
      // now, under the key the rest of the batch is sealed with.
      ops = [this.#hardStateOp(this.#hardState), ...ops];
    }
    this.#hardStateDeferred = false;
    const waiting = this.#waiting;
    if (waiting !== null) {
      for (const op of ops) waiting.ops.push(op);
      waiting.sync ||= sync;
      return waiting.written;
    }
    const group: WriteGroup = { ops: [...ops], sync, operation, written: Promise.resolve() };
    if (this.#writesPending === 0) {
      // Nothing in flight to wait for: it goes now, not a turn of the microtask queue later.
      group.written = this.#writeNow(group.ops, sync, operation);
    } else {
      this.#waiting = group;
      group.written = this.#writes.then(() => {
        if (this.#waiting === group) this.#waiting = null;
        return this.#writeNow(group.ops, group.sync, group.operation);
      });
    }
    this.#writesPending++;
    const landed = (): void => {
      this.#writesPending--;
    };
    this.#writes = group.written.then(landed, landed);
    return group.written;
  }

  /** A commit-only hard state is held back, unwritten (see #deferHardState): a crash now loses it. */
  get holdsUnwrittenHardState(): boolean {
    return this.#hardStateDeferred;
  }

  /**
   * Holds back a hard state that moved only the commit index (Raft's mustSync false) until
   * the next write, which precedes any later sync, so a snapshot (at or below that commit)
   * never lands ahead of it. Losing it at a crash only lowers the commit index, which the
   * leader repeats. Resolves once every earlier write has landed, as a write would.
   */
  #deferHardState(): Promise<void> {
    this.#hardStateDeferred = true;
    if (this.#writesPending === 0) return this.#failedSince("save");
    return this.#writes.then(() => this.#failedSince("save"));
  }

  /** Every write after a failed one fails too, without reaching the database. */
  #failedSince(operation: string): Promise<void> {
    if (this.#failure === null) return Promise.resolve();
    return Promise.reject(
      new WalError(
        { code: "IO_FAILED", operation: `${operation} after a failed write` },
        { cause: this.#failure },
      ),
    );
  }

  /** Writes one batch; never throws, rejects (and fails the WAL) when the database does. */
  #writeNow(ops: readonly Op[], sync: boolean, operation: string): Promise<void> {
    if (this.#failure !== null || ops.length === 0) return this.#failedSince(operation);
    let batch: Promise<void>;
    try {
      // `sync` is a classic-level option that abstract-level's types do not declare.
      batch = this.#db.batch(ops as Op[], { ...viewEncoding, sync } as object);
    } catch (cause) {
      batch = Promise.reject(cause as Error);
    }
    return batch.then(
      () => this.#onWritten?.(opBytes(ops)),
      (cause: unknown) => {
        // After a failed write or sync we cannot know what is on disk (fsyncgate): stop, and
        // let recovery decide on the next open.
        this.#status = "failed";
        this.#failure = new WalError({ code: "IO_FAILED", operation }, { cause });
        throw this.#failure;
      },
    );
  }

  #writeKey(): SecretKey | null {
    if (!this.#encrypted) return null;
    return this.#keys.pendingDek ?? this.#keys.currentDek;
  }

  #place(kind: RecordKind, index: number, term: number, chunk: number): RecordPlace {
    return { kind, index, term, chunk, context: this.#storeId };
  }

  #seal(place: RecordPlace, plaintext: Uint8Array): Uint8Array {
    return seal(this.#writeKey(), place, plaintext, this.#nonces);
  }

  #hardStateOp(hardState: HardState): Op {
    const value = this.#seal(this.#place(RecordKind.HardState, 0, 0, 0), encodeHardState(hardState));
    return { type: "put", key: hardStateKey, value };
  }

  #storeMetaOp(): Op {
    const meta = keel.disk.StoreMeta.encode({
      formatVersion: walFormatVersion,
      storeId: this.#storeId,
      encrypted: this.#encrypted,
    }).finish();
    return {
      type: "put",
      key: storeMetaKey,
      value: this.#seal(this.#place(RecordKind.StoreMeta, 0, 0, 0), meta),
    };
  }

  /** Whether the snapshot describes a prefix of the stored log: its index and term are in it. */
  #matchesLog(snapshot: Snapshot): boolean {
    const { index, term } = snapshot.metadata;
    if (index === this.snapshotIndex) return term === (this.#snapshot?.term ?? 0);
    return this.#log.termAt(index) === term;
  }

  /** Deletes every stored run record: the log is replaced (a put of the batch's entries may follow). */
  #dropLogOps(ops: Op[]): void {
    for (const start of this.#runs.clear()) ops.push({ type: "del", key: entryKey(start) });
  }

  /**
   * Checks a save against the Raft contract (bugs if broken) before it writes anything: a
   * snapshot's chunks are flushed as they are sealed, so a check after them would leave
   * them behind.
   */
  #checkBatch(batch: SaveBatch, replacesLog: boolean): void {
    const snapshotIndex = batch.snapshot?.metadata.index ?? this.snapshotIndex;
    assert(
      snapshotIndex >= this.snapshotIndex,
      `snapshot at ${snapshotIndex} older than the stored one at ${this.snapshotIndex}`,
    );
    const entries = batch.entries ?? [];
    if (entries.length === 0) return;
    const first = entries[0]!.index;
    const storedLast = replacesLog ? 0 : this.#log.last;
    assert(first > snapshotIndex, `entry ${first} at or below the snapshot at ${snapshotIndex}`);
    assert(first <= Math.max(storedLast, snapshotIndex) + 1, `append at ${first} leaves a gap`);
    entries.forEach((entry, i) => assert(entry.index === first + i, "entries in a batch are contiguous"));
  }

  /**
   * Puts `entries` (checked by #checkBatch) as run records, each sealed once, and deletes the
   * records that start after the first (a conflicting tail; see run-starts.ts).
   */
  #entryOps(entries: readonly Entry[], ops: Op[]): void {
    let from = 0;
    let dataBytes = 0;
    entries.forEach((entry, i) => {
      if (i > from && dataBytes + entry.data.length > runDataBytesMax) {
        this.#runOp(entries.slice(from, i), ops);
        from = i;
        dataBytes = 0;
      }
      dataBytes += entry.data.length;
    });
    this.#runOp(from === 0 ? entries : entries.slice(from), ops);
  }

  #runOp(run: readonly Entry[], ops: Op[]): void {
    const { index, term } = run[0]!;
    for (const start of this.#runs.write(index)) ops.push({ type: "del", key: entryKey(start) });
    // The place binds the run's first index, its first term and its length (in `chunk`).
    const value = this.#seal(this.#place(RecordKind.Entry, index, term, run.length), encodeEntryRun(run));
    // Written over under the write key (the pending DEK, while one is): no longer the old key's.
    this.#oldKeyRecords?.forget(entryKey(index));
    ops.push({ type: "put", key: entryKey(index), value });
  }

  /** After run records were deleted: the entries on disk begin at the lowest remaining record. */
  #dropLogBelowRuns(): void {
    const lowest = this.#runs.lowest;
    if (lowest === 0) this.#log.clear();
    else this.#log.dropThrough(lowest - 1);
  }

  /**
   * Seals a snapshot's chunks into `ops`, writing them (unsynced) every few chunks as it goes so
   * that memory in flight stays small; the last few stay in `ops`. Invisible until its header is
   * written: recovery deletes the chunks of a snapshot without one.
   */
  async #sealChunks(
    snapshot: Snapshot,
    ops: Op[],
    betweenChunks?: () => Promise<void>,
  ): Promise<SealedChunks> {
    const { index, term } = snapshot.metadata;
    const seq = ++this.#snapshotSeqMax;
    const keyId = this.#writeKey()?.id ?? "";
    const data = snapshot.data;
    const chunkCount = Math.ceil(data.length / this.#chunkBytes);
    const digest = new SecretDigest(digestBytes);
    try {
      for (let chunk = 0; chunk < chunkCount; chunk++) {
        this.#assertUsable(); // Closed meanwhile (sealing ahead of the queue): its keys are wiped.
        const bytes = data.subarray(chunk * this.#chunkBytes, (chunk + 1) * this.#chunkBytes);
        digest.update(bytes);
        const value = this.#seal(this.#place(RecordKind.SnapshotChunk, index, term, chunk), bytes);
        ops.push({ type: "put", key: snapshotChunkKey(index, seq, chunk), value });
        if (ops.length >= chunksPerFlush) {
          await this.#write(ops.splice(0), false, "snapshot chunks");
        }
        if (betweenChunks !== undefined && chunk + 1 < chunkCount) await betweenChunks();
      }
      return { index, term, seq, chunkCount, keyId, dataBytes: data.length, digest: digest.digest() };
    } finally {
      digest.dispose();
    }
  }

  /** Puts the header of sealed chunks in `ops` (and deletes the snapshot it replaces). */
  #snapshotHeaderOps(snapshot: Snapshot, sealed: SealedChunks, ops: Op[]): StoredSnapshot {
    const { index, term, seq, chunkCount, keyId } = sealed;
    const header = keel.disk.SnapshotHeader.encode({
      metadata: encodeSnapshotMetadata(snapshot.metadata),
      chunkCount,
      dataBytes: sealed.dataBytes,
      dataDigest: sealed.digest,
    }).finish();
    // The header's chunk field carries the save sequence number, binding it to its key.
    const value = this.#seal(this.#place(RecordKind.SnapshotMeta, index, term, seq), header);
    ops.push({ type: "put", key: snapshotHeaderKey(index, seq), value });
    const old = this.#snapshot;
    if (old !== null) ops.push(...this.#deleteSnapshotOps(old));
    return { index, term, seq, chunkCount, keyId };
  }

  #chunkDeleteOps(s: { index: number; seq: number; chunkCount: number }): Op[] {
    const ops: Op[] = [];
    for (let c = 0; c < s.chunkCount; c++)
      ops.push({ type: "del", key: snapshotChunkKey(s.index, s.seq, c) });
    return ops;
  }

  #deleteSnapshotOps(s: StoredSnapshot): Op[] {
    return [{ type: "del", key: snapshotHeaderKey(s.index, s.seq) }, ...this.#chunkDeleteOps(s)];
  }

  // ---- the durable mark ----

  /** The mark of the state the saves so far leave (durable once they have landed). */
  #markNow(): DurableMark {
    const lastIndex = this.lastIndex;
    const lastTerm =
      lastIndex === this.snapshotIndex ? (this.#snapshot?.term ?? 0) : (this.#log.termAt(lastIndex) ?? 0);
    const hs = this.#hardState ?? EMPTY_HARD_STATE;
    return { storeId: this.#storeId, lastIndex, lastTerm, term: hs.term, vote: hs.vote };
  }

  /** The mark to write lazily after this save lands, if one is due: far enough ahead, or a new term. */
  #markDue(): DurableMark | null {
    if (this.#markStore === null || this.#markPending) return null;
    const mark = this.#markNow();
    const last = this.#mark;
    const due =
      last === null ||
      mark.term !== last.term ||
      mark.lastTerm !== last.lastTerm ||
      mark.lastIndex - last.lastIndex >= this.#markEveryEntries;
    return due ? mark : null;
  }

  /**
   * Writes `mark` after any mark write before it, unless it is behind the newest one (which
   * still witnesses a loss being repaired) or says nothing new.
   */
  #writeMark(mark: DurableMark): Promise<void> {
    const store = this.#markStore;
    if (store === null) return Promise.resolve();
    this.#markPending = true;
    const run = this.#markWrites.then(async () => {
      const last = this.#mark;
      const same =
        last !== null &&
        last.lastIndex === mark.lastIndex &&
        last.lastTerm === mark.lastTerm &&
        last.term === mark.term &&
        last.vote === mark.vote;
      if (same || (last !== null && isBehind(mark, last))) return;
      await store.write(encodeMark(mark));
      this.#mark = mark;
    });
    this.#markWrites = run
      .catch(() => undefined)
      .finally(() => {
        if (this.#markWrites === chained) this.#markPending = false;
      });
    const chained = this.#markWrites;
    return run;
  }

  // ---- keys, rotation ----

  /**
   * Writes the key file as `change` makes it of the key material, sealed under the current KEK,
   * or under `kek.next`, which then replaces it (the one replaced is wiped). Key-file writes go
   * one after another through a chain of their own: a finishing DEK rotation promotes its key
   * beside the queue while a queued task may write the file too, so `change` reads the material
   * as the write before it left it.
   */
  async #persistKeys(
    change: (keys: KeyMaterial) => KeyMaterial,
    kek?: { readonly next: SecretKey | null },
  ): Promise<void> {
    const run = this.#keyWrites.then(async () => {
      const next = change(this.#keys);
      await writeKeys(this.#keyStore, next, kek === undefined ? this.#kek : kek.next, this.#nonces);
      this.#keys = next;
      if (kek !== undefined && kek.next !== this.#kek) {
        this.#kek?.wipe();
        this.#kek = kek.next;
      }
    });
    this.#keyWrites = run.catch(() => undefined);
    await run;
  }

  async #beginRotation(): Promise<void> {
    assert(this.#encrypted, "DEK rotation in a plaintext store");
    if (this.#keys.pendingDek !== null) {
      if (!this.#keys.needsRotation) await this.#persistKeys((keys) => ({ ...keys, needsRotation: true }));
      return;
    }
    const pending = SecretKey.generate(this.#entropy);
    try {
      // The pending DEK is durable before any record is sealed under it.
      await this.#persistKeys((keys) => ({ ...keys, pendingDek: pending, needsRotation: false }));
    } catch (error) {
      pending.wipe();
      throw error;
    }
    const written = Math.max(this.#log.last, this.#lostTo);
    this.#oldKeyEntryMax = written > this.snapshotIndex ? written : 0;
    this.#oldKeyRecords = await this.#listOldKeyRecords();
    await this.#maybeFinishRotation();
  }

  /** Whether the pending rotation may finish now: nothing live is under the old DEK, and no finish began. */
  #rotationDone(): boolean {
    const pending = this.#keys.pendingDek;
    if (pending === null || this.#finishing !== null) return false;
    return (
      this.#oldKeyEntryMax <= this.snapshotIndex &&
      (this.#snapshot === null || this.#snapshot.keyId === pending.id)
    );
  }

  async #maybeFinishRotation(): Promise<void> {
    if (this.#rotationDone()) await this.#finishRotation("now");
  }

  /**
   * Lists every record sealed under a DEK other than `keyId` (the pending one) by reading the
   * database, the store metadata and hard state aside (they are sealed again when the rotation
   * finishes) and the snapshot under `keep` skipped unread: for a rotation resumed at open.
   */
  async #scanOldKeyRecords(keyId: string, keep: string | null): Promise<Set<string>> {
    const keys = new Set<string>();
    const ranges = keep === null ? [{}] : [{ lt: keep }, { gte: `${keep}\u00ff` }];
    for (const range of ranges) {
      for await (const [key, value] of this.#db.iterator({ ...range, ...viewEncoding })) {
        if (key === storeMetaKey || key === hardStateKey) continue;
        let recordKeyId: string | null;
        try {
          recordKeyId = parseEnvelope(value, key).keyId;
        } catch {
          // Unparseable now means corrupted after open: dead weight under no key, delete it.
          recordKeyId = null;
        }
        if (recordKeyId !== keyId) keys.add(key);
      }
    }
    return keys;
  }

  /**
   * Lists the keys of every record as a rotation begins, once every write made before it has
   * landed: all of them are under the old DEK (the last rotation deleted what was under the one
   * before), and nothing is sealed under it from now on. A keys-only pass, read beside the queue
   * (OldKeyRecords): reading the whole database at the finish instead took 300-450 ms for a
   * 100,000-secret store, and every entry save waited in the queue behind it.
   */
  async #listOldKeyRecords(): Promise<OldKeyRecords> {
    await this.#writes;
    return new OldKeyRecords(this.#db.keys(), (key) => key !== storeMetaKey && key !== hardStateKey);
  }

  /**
   * Finishes the rotation beside the queue once `written` (the save that completed it) is
   * durable; resolves when that save and the finish are done, as the save's own promise. Entry
   * saves made meanwhile go on: they are sealed under the pending DEK, which the finish promotes.
   * In the queue, the finish held every save for 75-280 ms per member on a 100,000-secret store
   * (its cleanup batch and the key file's fsyncs), and writes to that member waited with them.
   * A failed finish fails the save that completed the rotation; the rotation stays pending,
   * and the next save (or open) finishes it.
   */
  #finishBeside(written: Promise<void>): Promise<void> {
    const finishing = written.then(() =>
      this.#finishRotation("beside").catch((error: unknown) => {
        // The save's own batch landed: what failed is the finish (a later write, the key file).
        throw new WalError(
          { code: "IO_FAILED", operation: "finish a DEK rotation" },
          { cause: rootCause(error) },
        );
      }),
    );
    this.#finishing = finishing;
    // Handled here (close waits for it; the completing save reports what failed), and first.
    const ended = (): void => {
      if (this.#finishing === finishing) this.#finishing = null;
    };
    finishing.then(ended, ended);
    return finishing;
  }

  /**
   * Nothing live is under the old DEK any more: delete every record still under it (dead
   * entries, old snapshots: #oldKeyRecords, or read from the database), re-seal the store
   * metadata and hard state under the new one, sync; only then promote the pending DEK in the
   * key file (forgetting the old one), and compact so the old ciphertext is physically gone. A
   * crash between any two steps is resumed by recovery rows rotation-complete and
   * compaction-pending. The compaction rewrites the whole database (about 1 s for a
   * 100,000-secret store): at open it runs here; after a save it runs beside the queue
   * (#compactBeside), so entry saves do not wait for it.
   *
   * Saves may run meanwhile (#finishBeside): every record they write is under the pending DEK,
   * none at a key the cleanup deletes (old entry runs lie at or below the snapshot, old snapshots
   * under other sequence numbers), and the cleanup goes through the write chain in slices, so a
   * save waits for at most one slice of it, never the whole.
   */
  async #finishRotation(compaction: "now" | "beside"): Promise<void> {
    const pending = this.#keys.pendingDek;
    assert(pending !== null, "finish without a pending DEK");
    const keep = this.#snapshot === null ? null : snapshotPrefixOf(this.#snapshot.index, this.#snapshot.seq);
    const found =
      this.#oldKeyRecords !== null
        ? await this.#oldKeyRecords.all()
        : await this.#scanOldKeyRecords(pending.id, keep);
    const deletes: Op[] = [];
    const droppedRuns = new Set<number>();
    const present = new Set(this.#runs.all);
    for (const key of found) {
      // The snapshot that finishes it is under the pending DEK: newer than the list, and skipped
      // by the scan.
      assert(
        keep === null || !key.startsWith(keep),
        `the current snapshot's ${key} listed under the old DEK`,
      );
      const parsed = parseKey(key);
      if (parsed.kind === "entry") {
        assert(
          !present.has(parsed.index) ||
            this.#runs.liveEnd(parsed.index, this.#log.last) <= this.snapshotIndex,
          `live entries in ${key} under the old DEK at rotation end`,
        );
        droppedRuns.add(parsed.index);
      }
      deletes.push({ type: "del", key });
    }
    for (let at = 0; at < deletes.length; at += cleanupSliceOps) {
      await this.#write(deletes.slice(at, at + cleanupSliceOps), true, "rotation cleanup");
    }
    // Sealed now, in write order: a hard state saved after this one comes after it.
    const reseal = [this.#storeMetaOp()];
    if (this.#hardState !== null) reseal.push(this.#hardStateOp(this.#hardState));
    await this.#write(reseal, true, "rotation cleanup");
    this.#oldKeyRecords = null;
    this.#runs.remove(droppedRuns);
    this.#dropLogBelowRuns();

    const old = this.#keys.currentDek;
    await this.#persistKeys((keys) => ({
      ...keys,
      currentDek: pending,
      pendingDek: null,
      needsCompaction: true,
    }));
    old.wipe();
    this.#oldKeyEntryMax = 0;
    if (compaction === "beside") {
      this.#compactBeside();
      return;
    }
    await this.#compactStorage();
    if (this.#keys.needsRotation) await this.#beginRotation();
  }

  /**
   * Compacts beside the queue (LevelDB takes writes while it compacts), then clears the flag and
   * starts a chained rotation in the queue. What fails here fails no save and leaves the WAL
   * open: every step is resumed from the key file's flags at the next open (compaction-pending,
   * rotation-requested), and a database that can no longer write fails the next save anyway.
   * settled() rejects with the failure. Closing meanwhile leaves the flags set, for the next open.
   */
  #compactBeside(): void {
    this.#compacting = this.#compactThenResume();
    // Handled here: a failure is for settled() to report, not for the process to die of.
    this.#compacting.catch(() => undefined);
  }

  async #compactThenResume(): Promise<void> {
    let failure: unknown = null;
    try {
      await this.#compactRange();
    } catch (error) {
      failure = error;
    }
    if (this.#status === "open") {
      try {
        await this.#exclusive(async () => {
          if (failure === null) await this.#persistKeys((keys) => ({ ...keys, needsCompaction: false }));
          if (this.#keys.needsRotation) await this.#beginRotation();
        });
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure === null) return;
    throw failure instanceof WalError
      ? failure
      : new WalError({ code: "IO_FAILED", operation: "finish a DEK rotation" }, { cause: failure });
  }

  /**
   * Resolves once the work the WAL runs beside its queue (a rotation's finish, its compaction
   * and the chained rotation after it) is done; rejects with what failed there.
   */
  async settled(): Promise<void> {
    await this.#finishing;
    await this.#compacting;
  }

  /** Compacts the whole key space where the database supports it (classic-level), then clears the flag. */
  async #compactStorage(): Promise<void> {
    await this.#compactRange();
    await this.#persistKeys((keys) => ({ ...keys, needsCompaction: false }));
  }

  async #compactRange(): Promise<void> {
    const db = this.#db as LevelHandle & { compactRange?: (start: string, end: string) => Promise<void> };
    if (typeof db.compactRange === "function") {
      try {
        await db.compactRange("", "\u00ff");
      } catch (cause) {
        throw new WalError({ code: "IO_FAILED", operation: "compact range" }, { cause });
      }
    }
  }

  #wipe(): void {
    wipeKeyMaterial(this.#keys);
    this.#kek?.wipe();
  }

  // ---- recovery ----

  #keyFor(keyId: string): SecretKey | undefined {
    if (keyId === this.#keys.currentDek.id) return this.#keys.currentDek;
    if (keyId === this.#keys.pendingDek?.id) return this.#keys.pendingDek;
    return undefined;
  }

  /** Recovers by the decision table: scan.ts reads and judges, this adopts, repairs and resumes. */
  async #recover(onTornTail: "repair" | "fail"): Promise<Recovered> {
    const reading = await readStore({
      db: this.#db,
      encrypted: this.#encrypted,
      keyFor: (keyId) => this.#keyFor(keyId),
      mark: this.#markStore,
      onTornTail,
    });
    const { storeId, scan } = reading;
    if (storeId === null || scan === null) {
      this.#storeId = randomBytes(this.#entropy, storeIdBytes);
      await this.#write([this.#storeMetaOp()], true, "create store");
      const notes = [note("store-empty", null, "created a new store")];
      // The key file's own steps still apply (a requested rotation, say): it outlives the store.
      await this.#resumeKeySteps([], notes);
      return { hardState: EMPTY_HARD_STATE, snapshot: null, entries: [], notes, lost: null };
    }
    this.#storeId = storeId;
    const notes = [...reading.notes, ...scan.notes];
    this.#mark = reading.mark;
    this.#snapshot = scan.stored;
    this.#snapshotSeqMax = scan.snapshotSeqMax;
    // One by one: below the snapshot, a compaction may have left a gap.
    for (const { entry } of scan.entries) this.#log.write(entry.index, [entry.term]);
    this.#runs = new RunStarts(scan.runStarts);
    this.#hardState = scan.hardState;

    // Everything read is consistent: now (and only now) change the disk.
    if (scan.repairs.length > 0) {
      await this.#write(
        scan.repairs.map((key): Op => ({ type: "del", key })),
        true,
        "repair",
      );
    }
    // Damaged records past the cut log may be under the old DEK: a rotation completes only with
    // a snapshot past them, which the leader's repair (overwriting them) comes before.
    this.#lostTo = scan.lost?.recoverTo ?? 0;
    await this.#resumeKeySteps(scan.live, notes);
    if (notes.every((n) => n.decision === "accept")) notes.push(note("clean", null, "consistent"));
    return {
      hardState: scan.hardState ?? EMPTY_HARD_STATE,
      snapshot: scan.snapshot,
      entries: scan.live.map((e) => e.entry),
      notes,
      lost: scan.lost,
    };
  }

  async #resumeKeySteps(live: readonly ScannedEntry[], notes: RecoveryNote[]): Promise<void> {
    if (!this.#encrypted) return;
    if (this.#keys.needsCompaction) {
      notes.push(note("compaction-pending", null, "compacting after a finished DEK rotation"));
      await this.#compactStorage();
    }
    if (this.#keys.pendingDek === null) {
      if (this.#keys.needsRotation) {
        notes.push(note("rotation-requested", null, "starting the requested DEK rotation"));
        await this.#beginRotation();
      }
      return;
    }
    const old = this.#keys.currentDek.id;
    this.#oldKeyEntryMax = live.reduce(
      (max, e) => (e.keyId === old ? Math.max(max, e.entry.index) : max),
      this.#lostTo > this.snapshotIndex ? this.#lostTo : 0,
    );
    if (this.#rotationDone()) {
      notes.push(note("rotation-complete", null, "finishing the DEK rotation"));
      await this.#finishRotation("now");
    } else {
      notes.push(note("rotation-in-progress", null, "resuming the DEK rotation"));
    }
  }
}

/** What a WAL error was caused by, through every WAL error that wraps it. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof WalError && cause.cause !== undefined) cause = cause.cause;
  return cause;
}

/** The bytes a batch puts: its keys (ASCII) and values. */
function opBytes(ops: readonly Op[]): number {
  let bytes = 0;
  for (const op of ops) if (op.type === "put") bytes += op.key.length + op.value.length;
  return bytes;
}
