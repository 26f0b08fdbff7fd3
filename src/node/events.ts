// What a RaftNode reports as it runs. Events are plain data in the order they happened, so a
// test can compare two runs with the same seed, and a manager can log them as JSON lines.
import type { StateType } from "../raft/raft.js";
import type { NodeId } from "../raft/types.js";
import type { LostCause } from "../wal/recovery.js";
import type { NodeErrorCode } from "./errors.js";

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
      /** Whether the batch was synced (Raft needs no sync when only the commit index moved). */
      readonly synced: boolean;
      /** From the WAL write call until the batch (and every one before it) was durable. */
      readonly durationMs: number;
    }
  | { readonly kind: "applied"; readonly index: number }
  /** A snapshot of the store at `index` is being encoded, between Readies. */
  | { readonly kind: "snapshot-encoding"; readonly index: number; readonly reason: SnapshotReason }
  | {
      readonly kind: "snapshot";
      readonly index: number;
      readonly reason: SnapshotReason;
      /** The snapshot's data (store, members), as written to the WAL. */
      readonly bytes: number;
      /** Store objects copied from the previous snapshot's bytes, not encoded again. */
      readonly copied: number;
      /** From the start of encoding until the WAL saved it. */
      readonly durationMs: number;
    }
  /** A propose() call ended: applied, or failed with `outcome` as its NodeError code. */
  | { readonly kind: "proposal"; readonly outcome: ProposalOutcome; readonly durationMs: number }
  | { readonly kind: "restored"; readonly index: number }
  | { readonly kind: "compacted"; readonly index: number }
  | { readonly kind: "membership"; readonly voters: readonly NodeId[]; readonly learners: readonly NodeId[] }
  | { readonly kind: "promoting"; readonly id: NodeId }
  | { readonly kind: "dropped-message"; readonly from: NodeId; readonly reason: string }
  | { readonly kind: "raft"; readonly detail: string }
  /** This node applied its removal, or (toldBy) a member refused it as removed. */
  | { readonly kind: "removed"; readonly toldBy?: NodeId }
  | { readonly kind: "failed"; readonly operation: string; readonly error: string }
  | { readonly kind: "stopped" };

export type SnapshotReason = "interval" | "conf-change" | "dek-rotation";

/** How a proposal ended: applied, or the code it failed with ("ERROR" for no NodeError). */
export type ProposalOutcome = "applied" | NodeErrorCode | "ERROR";
