// Open and recovery as a decision table: every combination of what can be on disk maps to
// exactly one named row, and the code that reads the store can only act through a row
// (`failWith`, `note`), so the table below is the complete, reviewable behaviour.
import { assert } from "../assert.js";
import type { WalErrorCode } from "./errors.js";
import type { WalError } from "./errors.js";
import type { RecordRef } from "./errors.js";

/** What recovery does about a row: nothing, start a new store, clean up, continue an interrupted step, or stop. */
export type RecoveryDecision = "accept" | "initialize" | "repair" | "resume" | "fail";

export interface RecoveryRow {
  readonly label: RecoveryLabel;
  /** What is on disk, in words. */
  readonly onDisk: string;
  readonly decision: RecoveryDecision;
  /** For decision "fail" (and "repair" when repairs are refused): the error code raised. */
  readonly code?: WalErrorCode;
}

export type RecoveryLabel =
  | "store-empty"
  | "store-meta-missing"
  | "store-key-unknown"
  | "store-mode-mismatch"
  | "store-format-unsupported"
  | "record-key-unrecognised"
  | "record-unparseable"
  | "record-foreign"
  | "record-misplaced"
  | "record-algorithm-mismatch"
  | "record-key-unknown"
  | "record-auth-failed"
  | "record-payload-malformed"
  | "entry-damaged"
  | "snapshot-incomplete"
  | "snapshot-chunk-missing"
  | "snapshot-digest-mismatch"
  | "snapshot-superseded"
  | "entries-below-snapshot"
  | "entry-gap"
  | "log-term-decreases"
  | "hard-state-missing"
  | "commit-beyond-log"
  | "hard-state-behind-log"
  | "log-behind-mark"
  | "mark-unreadable"
  | "rotation-requested"
  | "rotation-in-progress"
  | "rotation-complete"
  | "compaction-pending"
  | "clean";

/**
 * The table. Record rows are checked in this order for every record; store rows after all
 * records are read. NB: losing writes that were never synced is normal and needs no row:
 * LevelDB applies a batch whole or not at all, and every WAL batch that Raft depends on is
 * synced before save() returns.
 */
export const recoveryTable: readonly RecoveryRow[] = [
  // A brand-new data directory: write the store's metadata record (its id) and carry on.
  { label: "store-empty", onDisk: "no records at all", decision: "initialize" },
  // Records exist but the store metadata (written first, synced alone) does not: deleted.
  {
    label: "store-meta-missing",
    onDisk: "records but no store metadata",
    decision: "fail",
    code: "MISSING_RECORD",
  },
  // The metadata is sealed under a DEK the key file does not hold: the wrong key file, or
  // a key file from before a rotation. Reported as a wrong key, never as corruption.
  {
    label: "store-key-unknown",
    onDisk: "store metadata under an unknown DEK",
    decision: "fail",
    code: "WRONG_KEY",
  },
  // An encrypted store opened as plaintext or the reverse; refusing stops a forged
  // plaintext metadata record from turning authentication off.
  {
    label: "store-mode-mismatch",
    onDisk: "encrypted/plaintext mode differs",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // An authentic store written in another on-disk format (an older or newer keel): reading
  // it as this one would misread its records.
  {
    label: "store-format-unsupported",
    onDisk: "store metadata names another format version",
    decision: "fail",
    code: "FORMAT_UNSUPPORTED",
  },
  // A level key that is not one of ours.
  {
    label: "record-key-unrecognised",
    onDisk: "a key outside the WAL layout",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // The envelope itself does not parse (flipped bytes in its header, truncation).
  {
    label: "record-unparseable",
    onDisk: "an envelope that does not parse",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // The envelope names another store id: copied from another manager's disk.
  {
    label: "record-foreign",
    onDisk: "a record sealed for another store",
    decision: "fail",
    code: "FOREIGN_RECORD",
  },
  // The envelope's place (kind, index, chunk) differs from its level key: moved or swapped.
  {
    label: "record-misplaced",
    onDisk: "a record stored away from its place",
    decision: "fail",
    code: "MISPLACED_RECORD",
  },
  // An unencrypted record in an encrypted store (or the reverse): forged.
  {
    label: "record-algorithm-mismatch",
    onDisk: "a record with the wrong algorithm",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // A record under a DEK that is neither current nor pending: a key is missing (e.g. a
  // restart mid-rotation with only the old key), reported as a wrong key naming the index.
  {
    label: "record-key-unknown",
    onDisk: "a record under an unknown DEK",
    decision: "fail",
    code: "WRONG_KEY",
  },
  // The tag fails under a key we hold: tampering or corruption of synced data.
  {
    label: "record-auth-failed",
    onDisk: "a record failing authentication",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // Authentic but undecodable, or inconsistent with its place: a bug that wrote it, or a
  // stolen key. Either way not to be trusted.
  {
    label: "record-payload-malformed",
    onDisk: "an authentic record that does not decode",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // An entry record that does not parse or fails authentication (a flipped bit, a damaged
  // block): the log is cut before it and the node repairs it from its peers, which hold every
  // committed entry while a majority does (protocol-aware recovery, FAST'18). The damaged
  // record stays on disk as evidence until the leader's entries overwrite it, so a restart
  // before the repair finds it again. Other damaged records (hard state, snapshot, store
  // metadata) cannot be fetched from peers: those fail, and the operator re-joins the node.
  {
    label: "entry-damaged",
    onDisk: "an entry record damaged after it was written",
    decision: "repair",
  },
  // Chunks whose header never landed: a crash while a large snapshot was being written
  // (chunks go out in unsynced batches before the synced batch with the header). Nothing
  // was acknowledged, so they are deleted, and reported; or refused with TORN_TAIL.
  {
    label: "snapshot-incomplete",
    onDisk: "snapshot chunks without a header",
    decision: "repair",
    code: "TORN_TAIL",
  },
  // A header whose chunks are not all there: synced data lost.
  {
    label: "snapshot-chunk-missing",
    onDisk: "a snapshot header missing chunks",
    decision: "fail",
    code: "MISSING_RECORD",
  },
  // Every chunk authentic, but together not the data the header describes (chunks mixed
  // between two saves at the same index and term).
  {
    label: "snapshot-digest-mismatch",
    onDisk: "chunks that do not add up",
    decision: "fail",
    code: "CORRUPT_RECORD",
  },
  // An older complete snapshot beside the newest one; deleted.
  { label: "snapshot-superseded", onDisk: "an older complete snapshot", decision: "repair" },
  // Entries at or below the snapshot index: kept until compacted, never returned. (Only a
  // snapshot of the stored log leaves them; one that replaces the log deletes the whole log
  // in its own batch, so no crash can leave a tail of another history behind it.)
  { label: "entries-below-snapshot", onDisk: "entries covered by the snapshot", decision: "accept" },
  // Entries after the snapshot must be contiguous from snapshot index + 1. A hole (LevelDB
  // skipped a damaged block of its log) is repaired as a damaged entry: the log ends before it.
  {
    label: "entry-gap",
    onDisk: "a missing entry after the snapshot",
    decision: "repair",
  },
  // A term lower than the one before it (or than the snapshot's): no Raft log has that. An
  // older run record copied back over the records that replaced it.
  {
    label: "log-term-decreases",
    onDisk: "an entry whose term is below the entry before it",
    decision: "fail",
    code: "ROLLED_BACK",
  },
  // A log or snapshot without a hard state: Raft writes its term and vote with (or before)
  // the first entry of that term, in one batch. Deleted: with it this member's vote.
  {
    label: "hard-state-missing",
    onDisk: "entries or a snapshot but no hard state",
    decision: "fail",
    code: "MISSING_RECORD",
  },
  // The hard state's commit index points past the last entry: acknowledged entries lost. The
  // commit index is lowered to the last entry and the node repairs from its peers. Lowering it
  // is safe because nothing applied is kept across a restart: the store is rebuilt from the
  // snapshot (applied starts at its index, which never passes the log) and entries are applied
  // again only as Raft commits them anew, now from a quorum that holds them.
  {
    label: "commit-beyond-log",
    onDisk: "commit index past the last entry",
    decision: "repair",
  },
  // The hard state's term is below the term of the last entry (or of the snapshot), or its
  // commit below the snapshot. Raft adopts a term before it stores anything of that term, and
  // commits an index before it snapshots there; the WAL writes each Ready in one batch. So
  // this is an older, authentic hard state copied back: it may hold a vote this member has
  // since replaced, and voting twice in a term breaks election safety. (A copy from the same
  // term and commit range cannot be told apart without an outside anchor.)
  {
    label: "hard-state-behind-log",
    onDisk: "hard state term below the log's last term, or commit below the snapshot",
    decision: "fail",
    code: "ROLLED_BACK",
  },
  // The log ends behind the durable mark (durable-mark.ts): synced batches were lost (a torn
  // or truncated LevelDB log, a disk that lied about a sync). The node may have acknowledged
  // them, or voted: it keeps the mark's term and vote and repairs from its peers, voting for
  // nobody until a leader has brought its log back to the mark.
  { label: "log-behind-mark", onDisk: "a log shorter than the durable mark", decision: "repair" },
  // A mark file that is damaged or belongs to another store: it cannot witness anything, so
  // it is reported and ignored (the next clean close replaces it).
  { label: "mark-unreadable", onDisk: "a damaged or foreign durable mark", decision: "accept" },
  // The key file asks for a DEK rotation that has not started: start it now.
  { label: "rotation-requested", onDisk: "needs-rotation flag, no pending DEK", decision: "resume" },
  // A pending DEK and live records under the current DEK: keep writing under the pending
  // DEK and wait for the rotation snapshot.
  { label: "rotation-in-progress", onDisk: "pending DEK, live data under current DEK", decision: "resume" },
  // A pending DEK and no live record under the current DEK: finish (delete, promote).
  { label: "rotation-complete", onDisk: "pending DEK, nothing live under current DEK", decision: "resume" },
  // A finished rotation whose LevelDB compaction may not have run: run it.
  { label: "compaction-pending", onDisk: "needs-compaction flag", decision: "resume" },
  { label: "clean", onDisk: "a consistent store", decision: "accept" },
];

const rowsByLabel = new Map(recoveryTable.map((row) => [row.label, row]));
assert(rowsByLabel.size === recoveryTable.length, "recovery table labels are unique");

export function recoveryRow(label: RecoveryLabel): RecoveryRow {
  const row = rowsByLabel.get(label);
  assert(row !== undefined, `recovery row ${label}`);
  return row;
}

/** Why the node may have lost entries it acknowledged: the finding of a repair row. */
export type LostCause = "log-behind-mark" | "entry-damaged" | "entry-gap" | "commit-beyond-log";

/**
 * LostEntries is the typed finding of a log that came back shorter than what was durable: the
 * node must not vote or campaign until a leader has brought its log to `recoverTo`.
 */
export interface LostEntries {
  readonly cause: LostCause;
  /** The last index the log holds now (or its snapshot's). */
  readonly lastIndex: number;
  /** The highest index this node may have acknowledged. */
  readonly recoverTo: number;
}

/** A row recovery acted on, returned to the caller so nothing is dropped silently. */
export interface RecoveryNote {
  readonly label: RecoveryLabel;
  readonly decision: RecoveryDecision;
  readonly record: RecordRef | null;
  readonly detail: string;
}

/** failWith raises the error a "fail" row prescribes; the error must carry the row's code. */
export function failWith(label: RecoveryLabel, error: WalError): WalError {
  const row = recoveryRow(label);
  assert(row.code === error.code, `row ${label} raises ${row.code}, not ${error.code}`);
  return error;
}

export function note(label: RecoveryLabel, record: RecordRef | null, detail: string): RecoveryNote {
  return { label, decision: recoveryRow(label).decision, record, detail };
}
