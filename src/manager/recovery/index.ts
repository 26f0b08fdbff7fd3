// src/manager/recovery: disaster recovery of a cluster that lost its quorum or its disks —
// force-new-cluster on a surviving manager's data dir, sealed backups of a running manager's
// store, restore of a backup as a new one-manager cluster, and an offline dump of the objects.
export { RecoveryError } from "./errors.js";
export type { RecoveryErrorCode, RecoveryErrorType } from "./errors.js";
export { forceNewCluster } from "./force-new-cluster.js";
export type { ForceNewClusterOptions, ForcedNewCluster } from "./force-new-cluster.js";
export { backup } from "./backup.js";
export { backupFormat, openBackup, parseBackup, sealBackup } from "./backup-file.js";
export type { BackupHeader, ParsedBackup } from "./backup-file.js";
export { readBackup, restoreCluster } from "./restore.js";
export type { RestoreOptions, Restored } from "./restore.js";
export { dumpObjects } from "./objects.js";
export type { ObjectDump } from "./objects.js";
