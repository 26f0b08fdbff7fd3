// src/wal: the encrypted WAL and snapshot store, its key file, recovery table and inspection.
// The fault-injecting test store is src/wal/fault-level.ts (not exported here: tests only).
export { Wal, snapshotChunkBytesDefault, walFormatVersion } from "./wal.js";
export type { KekChange, LevelHandle, Recovered, RotationStatus, SaveBatch, WalOptions } from "./wal.js";
export { WalError } from "./errors.js";
export type { RecordRef, WalErrorCode, WalErrorType } from "./errors.js";
export { recoveryRow, recoveryTable } from "./recovery.js";
export type {
  LostCause,
  LostEntries,
  RecoveryDecision,
  RecoveryLabel,
  RecoveryNote,
  RecoveryRow,
} from "./recovery.js";
export { FileMarkStore, MemoryMarkStore } from "./durable-mark.js";
export type { DurableMark, MarkStore } from "./durable-mark.js";
export { FileKeyStore, MemoryKeyStore } from "./key-store.js";
export type { KeyFileStore } from "./key-store.js";
export { createKeyFile, readKeyFile, readKeys } from "./keys.js";
export { inspectWal } from "./inspect.js";
export type { InspectOptions, InspectReport, InspectedRecord } from "./inspect.js";
