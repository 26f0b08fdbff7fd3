// Named limits of the store. Each is checked where untrusted bytes enter (apply, restore) and
// rejected as a typed StoreError, identically on every manager.

const KiB = 1024;
const MiB = 1024 * KiB;

/** SwarmKit's MaxTransactionBytes: larger proposals would stall Raft replication. */
export const proposalBytesMax = 1.5 * MiB;

/** Actions in one proposal; SwarmKit's batches split at 200, so 1000 leaves room. */
export const proposalActionsMax = 1000;

/** SwarmKit's MaxSecretSize: secrets are small and live in every manager's memory. */
export const secretDataBytesMax = 500 * KiB;

export const idLengthMax = 64;
export const nameLengthMax = 64;
export const labelCountMax = 64;
export const labelKeyLengthMax = 128;
export const labelValueLengthMax = 4 * KiB;
export const certificateBytesMax = 64 * KiB;
export const keyBytesMax = 1 * KiB;
export const keysPerClusterMax = 64;
export const tokenLengthMax = 256;
export const textLengthMax = 4 * KiB;

/** Committed proposals kept for watchFrom; older versions fail with COMPACTED. */
export const historyProposalsDefault = 10_000;

/** Events queued for one watcher before it is closed with WATCH_OVERFLOW. */
export const watcherEventsDefault = 1_000_000;

/** The StoreSnapshot format this code writes and reads. */
export const snapshotFormatVersion = 1;
