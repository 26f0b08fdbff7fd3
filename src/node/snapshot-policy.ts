// When a node snapshots its store: a pure decision, so it can be read and tested on its own.
import type { RotationStatus } from "../wal/wal.js";
import type { SnapshotReason } from "./events.js";

export interface SnapshotInputs {
  /** A conf change was applied in this Ready. */
  readonly confChanged: boolean;
  readonly applied: number;
  /** The index of the latest snapshot. */
  readonly snapshotIndex: number;
  readonly everyEntries: number;
  readonly rotation: RotationStatus;
}

/**
 * snapshotReason says why to snapshot at the applied index now, or null:
 * - after a conf change, so a snapshot sent to a new member lists it (a node refuses a
 *   snapshot whose configuration leaves it out);
 * - every `everyEntries` applied entries (SwarmKit's SnapshotInterval);
 * - when a DEK rotation is pending and everything written under the old key is applied: a
 *   snapshot at or past `snapshotIndexMin` completes it (SwarmKit PR #1766: the last *written*
 *   index, or an uncommitted entry under the old key would outlive that key).
 */
export function snapshotReason(i: SnapshotInputs): SnapshotReason | null {
  if (i.confChanged && i.applied > i.snapshotIndex) return "conf-change";
  if (i.applied - i.snapshotIndex >= i.everyEntries) return "interval";
  if (i.rotation.state === "pending" && i.applied >= i.rotation.snapshotIndexMin) return "dek-rotation";
  return null;
}
