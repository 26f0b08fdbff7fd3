// What a RaftNode reports as it runs. Events are plain data in the order they happened, so a
// test can compare two runs with the same seed, and a manager can log them as JSON lines.
import type { StateType } from "../raft/raft.js";
import type { NodeId } from "../raft/types.js";
import type { LostCause } from "../wal/recovery.js";

export type NodeEvent =
  | { readonly kind: "started"; readonly id: NodeId; readonly applied: number }
  /**
   * The WAL came back shorter than what was durable (a lost or damaged tail, a hole): this node
   * may have acknowledged entries it no longer holds, and neither votes nor campaigns until a
   * leader has brought its log to recoverTo.
   */
  | {
      readonly kind: "lost-entries";
      readonly cause: LostCause;
      readonly lastIndex: number;
      readonly recoverTo: number;
    }
  /** A leader brought the log back to where it was lost: this node votes and campaigns again. */
  | { readonly kind: "repaired"; readonly index: number }
  | { readonly kind: "role"; readonly role: StateType; readonly leader: NodeId; readonly term: number }
  | {
      readonly kind: "saved";
      readonly entries: number;
      readonly lastIndex: number;
      readonly snapshot: number;
    }
  | { readonly kind: "applied"; readonly index: number }
  | { readonly kind: "snapshot"; readonly index: number; readonly reason: SnapshotReason }
  | { readonly kind: "restored"; readonly index: number }
  | { readonly kind: "compacted"; readonly index: number }
  | { readonly kind: "membership"; readonly voters: readonly NodeId[]; readonly learners: readonly NodeId[] }
  | { readonly kind: "promoting"; readonly id: NodeId }
  | { readonly kind: "dropped-message"; readonly from: NodeId; readonly reason: string }
  | { readonly kind: "raft"; readonly detail: string }
  | { readonly kind: "removed" }
  | { readonly kind: "failed"; readonly operation: string; readonly error: string }
  | { readonly kind: "stopped" };

export type SnapshotReason = "interval" | "conf-change" | "dek-rotation";
