// One error class for disaster recovery (force-new-cluster, backup, restore): what an operator
// can get wrong with a data dir or a backup file. The codes of the layers below (ManagerError's
// NOT_INITIALIZED, ALREADY_RUNNING, LOCKED, ALREADY_INITIALIZED; CryptoError's WRONG_UNLOCK_KEY)
// pass through unchanged.

export type RecoveryErrorType =
  /** force-new-cluster on a worker's data dir: a worker holds no Raft log or store. */
  | { code: "NOT_A_MANAGER_DIR"; dataDir: string }
  /** The data dir's database is held by another process (a node still running on it). */
  | { code: "DATA_DIR_IN_USE"; path: string }
  /** The manager's log holds no snapshot: it never had the cluster's state to recover. */
  | { code: "NOTHING_TO_RECOVER"; dataDir: string }
  /** The file is not a keel backup, or its header does not parse. */
  | { code: "BACKUP_MALFORMED"; path: string; reason: string }
  /** The file ends before the sealed snapshot its header announces. */
  | { code: "BACKUP_TRUNCATED"; path: string; bytes: number; expectedBytes: number }
  /** The sealed snapshot (or the header it is bound to) was changed: authentication failed. */
  | { code: "BACKUP_TAMPERED"; path: string }
  /** The backup key given is well formed but not the one this backup was sealed under. */
  | { code: "BACKUP_WRONG_KEY"; path: string; keyId: string }
  /** The backup key text is not a key (a typo: the checksum or the format is wrong). */
  | { code: "BACKUP_KEY_INVALID"; reason: string };

export type RecoveryErrorCode = RecoveryErrorType["code"];

function describe(type: RecoveryErrorType): string {
  switch (type.code) {
    case "NOT_A_MANAGER_DIR":
      return `${type.dataDir} is a worker's data dir: only a manager's holds the cluster's state`;
    case "DATA_DIR_IN_USE":
      return `${type.path} is in use by another process: stop the node first`;
    case "NOTHING_TO_RECOVER":
      return `${type.dataDir} holds no snapshot of the cluster's state (the manager never caught up): nothing to recover`;
    case "BACKUP_MALFORMED":
      return `${type.path} is not a keel backup: ${type.reason}`;
    case "BACKUP_TRUNCATED":
      return `${type.path} is truncated: ${type.bytes} bytes of sealed data, the header announces ${type.expectedBytes}`;
    case "BACKUP_TAMPERED":
      return `${type.path} was changed since it was written (authentication failed)`;
    case "BACKUP_WRONG_KEY":
      return `${type.path} was sealed under backup key ${type.keyId}, not the key given`;
    case "BACKUP_KEY_INVALID":
      return `invalid backup key: ${type.reason}`;
  }
}

export class RecoveryError extends Error {
  readonly type: RecoveryErrorType;

  constructor(type: RecoveryErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "RecoveryError";
    this.type = type;
  }

  get code(): RecoveryErrorCode {
    return this.type.code;
  }
}
