// One error class for src/wal: what recovery found on disk, and failed I/O. Bugs (a caller
// breaking the Raft contract, e.g. appending with a gap) are assertions, never WalErrors.

/** Which record a WalError is about. `index` is the Raft index (0 for store-wide records). */
export interface RecordRef {
  readonly kind: "store-meta" | "hard-state" | "entry" | "snapshot-header" | "snapshot-chunk" | "unknown";
  readonly index: number;
  /** The level key the record was read from. */
  readonly key: string;
}

export type WalErrorType =
  /** Sealed under a DEK this manager does not hold: the wrong key file, or a key missing. */
  | { code: "WRONG_KEY"; record: RecordRef; keyId: string }
  /**
   * A record that fails authentication or does not parse: damaged on disk (a flipped bit, a
   * torn block) or tampered. Damaged entry records are repaired from peers instead (recovery
   * row entry-damaged); this is for records only this manager has (hard state, snapshot).
   */
  | { code: "CORRUPT_RECORD"; record: RecordRef; reason: string }
  /** A record whose authenticated place differs from where it is stored (moved or swapped). */
  | { code: "MISPLACED_RECORD"; record: RecordRef; claimedIndex: number; claimedKind: number }
  /** A record sealed for another store (copied from another manager's disk). */
  | { code: "FOREIGN_RECORD"; record: RecordRef }
  /** A record that must exist is gone: synced data was lost or deleted. */
  | { code: "MISSING_RECORD"; record: RecordRef; reason: string }
  /** An authentic record older than the records beside it: copied back from an earlier state of this store. */
  | { code: "ROLLED_BACK"; record: RecordRef; reason: string }
  /** The store was written in an on-disk format this build does not read. */
  | { code: "FORMAT_UNSUPPORTED"; formatVersion: number; supported: number }
  /** A snapshot whose chunks were written but whose header never was (a crash mid-save). */
  | { code: "TORN_TAIL"; record: RecordRef; chunkCount: number }
  /** The key file does not exist (or, for create, already exists). */
  | { code: "KEY_FILE_MISSING" }
  | { code: "KEY_FILE_EXISTS" }
  /** A KEK change names the same version as the current KEK with a different key. */
  | { code: "KEK_VERSION_CONFLICT"; kekVersion: number }
  /** A write or sync failed; the WAL refuses further use until reopened. */
  | { code: "IO_FAILED"; operation: string }
  /** The WAL was used after close() or after a failed write. */
  | { code: "NOT_OPEN"; status: string };

export type WalErrorCode = WalErrorType["code"];

function where(record: RecordRef): string {
  return `${record.kind} ${record.index} (${record.key})`;
}

/** What an operator does about a store that cannot be read as it is and is not repaired from peers. */
const rejoin =
  "; this manager cannot repair it from its peers: remove this manager's data dir and join it again";

function describe(type: WalErrorType): string {
  switch (type.code) {
    case "WRONG_KEY":
      return `${where(type.record)} is sealed under key ${type.keyId}, which this key file does not hold`;
    case "CORRUPT_RECORD":
      return `${where(type.record)} is damaged or tampered (${type.reason})${rejoin}`;
    case "MISPLACED_RECORD":
      return `${where(type.record)} was sealed for kind ${type.claimedKind} index ${type.claimedIndex}${rejoin}`;
    case "FOREIGN_RECORD":
      return `${where(type.record)} was sealed for another store (copied from another manager's disk)${rejoin}`;
    case "MISSING_RECORD":
      return `${where(type.record)} is missing: ${type.reason}${rejoin}`;
    case "ROLLED_BACK":
      return `${where(type.record)} is authentic but older than the log beside it: ${type.reason}${rejoin}`;
    case "FORMAT_UNSUPPORTED":
      return `the store is in format ${type.formatVersion}; this build reads format ${type.supported}`;
    case "TORN_TAIL":
      return `${where(type.record)}: ${type.chunkCount} chunk(s) of an unfinished snapshot`;
    case "KEY_FILE_MISSING":
      return "the key file does not exist";
    case "KEY_FILE_EXISTS":
      return "the key file already exists";
    case "KEK_VERSION_CONFLICT":
      return `a different KEK with the same version ${type.kekVersion}`;
    case "IO_FAILED":
      return `I/O failed during ${type.operation}`;
    case "NOT_OPEN":
      return `the WAL is ${type.status}`;
  }
}

export class WalError extends Error {
  readonly type: WalErrorType;

  constructor(type: WalErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "WalError";
    this.type = type;
  }

  get code(): WalErrorCode {
    return this.type.code;
  }
}
