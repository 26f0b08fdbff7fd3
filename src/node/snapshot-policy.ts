// When a node snapshots its store: a pure decision, so it can be read and tested on its own.
import type { ConfState, NodeId } from "../raft/types.js";
import type { RotationStatus } from "../wal/wal.js";
import type { SnapshotReason } from "./events.js";

/** A node's jitter is drawn below this, in thousandths of each threshold: up to a tenth more. */
export const snapshotJitterPerMilleMax = 100;

export interface SnapshotInputs {
  /** A conf change was applied since the latest snapshot. */
  readonly confChanged: boolean;
  readonly applied: number;
  /** The index of the latest snapshot. */
  readonly snapshotIndex: number;
  /** The least number of entries between two interval snapshots. */
  readonly everyEntries: number;
  /** Bytes of entry data applied since the latest snapshot. */
  readonly appliedBytes: number;
  /** The size of the latest snapshot's data. */
  readonly snapshotBytes: number;
  /** An interval snapshot also waits for `sizeFactor × snapshotBytes` applied bytes; 0: never. */
  readonly sizeFactor: number;
  /** This node's share added to both thresholds, in thousandths, below snapshotJitterPerMilleMax. */
  readonly jitterPerMille: number;
  readonly rotation: RotationStatus;
}

/**
 * snapshotReason says why to snapshot at the applied index now, or null:
 * - after a conf change, so a snapshot sent to a new member lists it (a node refuses a
 *   snapshot whose configuration leaves it out);
 * - at an interval: once `everyEntries` entries are applied (SwarmKit's SnapshotInterval) and
 *   their data has also reached `sizeFactor` times the latest snapshot's size (the Raft
 *   thesis §5.1.1: a snapshot costs about its size to encode, seal and write, so waiting for
 *   that many bytes of log keeps snapshotting a bounded share of the work however large the
 *   store grows, and the log between snapshots about sizeFactor times the snapshot). Both
 *   thresholds are raised by the node's jitter, so that managers — which apply the same
 *   entries at about the same moment — do not all snapshot in the same instant;
 * - when a DEK rotation is pending and everything written under the old key is applied: a
 *   snapshot at or past `snapshotIndexMin` completes it (SwarmKit PR #1766: the last *written*
 *   index, or an uncommitted entry under the old key would outlive that key).
 */
export function snapshotReason(i: SnapshotInputs): SnapshotReason | null {
  if (i.confChanged && i.applied > i.snapshotIndex) return "conf-change";
  if (intervalDue(i)) return "interval";
  if (i.rotation.state === "pending" && i.applied >= i.rotation.snapshotIndexMin) return "dek-rotation";
  return null;
}

function intervalDue(i: SnapshotInputs): boolean {
  const entriesMin = i.everyEntries + Math.floor((i.everyEntries * i.jitterPerMille) / 1000);
  if (i.applied - i.snapshotIndex < entriesMin) return false;
  const bytesMin = (i.sizeFactor * i.snapshotBytes * (1000 + i.jitterPerMille)) / 1000;
  return i.appliedBytes >= bytesMin;
}

/**
 * How long after a DEK rotation becomes due this node waits before its snapshot: `spacingMs`
 * times its rank among the members (voters by id, then learners by id). Every manager of a
 * cluster rotates at once when the unlock key changes, and three whole-store snapshots made
 * together — their GCs together — saturated a 2-core host; one after another they do not. A
 * rank rather than a random draw: two draws can land together, two ranks cannot.
 */
export function rotationSnapshotDelayMs(conf: ConfState, id: NodeId, spacingMs: number): number {
  const members = [...[...conf.voters].sort((a, b) => a - b), ...[...conf.learners].sort((a, b) => a - b)];
  const rank = members.indexOf(id);
  return rank <= 0 ? 0 : rank * spacingMs;
}
