// What an operator sees of a node (`keel status`): role, leader, term, indexes, members with
// their replication progress (known on the leader only), and the DEK rotation state.
import type { ProgressState } from "../raft/progress.js";
import type { StateType } from "../raft/raft.js";
import type { Status } from "../raft/status.js";
import type { NodeId } from "../raft/types.js";
import type { RotationStatus } from "../wal/wal.js";
import type { Membership } from "./membership.js";

export type Lifecycle = "open" | "running" | "closing" | "closed" | "failed" | "removed";

export interface MemberStatus {
  readonly id: NodeId;
  readonly address: string;
  readonly suffrage: "voter" | "learner";
  /** Leader only: the highest index known durable on the member, null elsewhere. */
  readonly match: number | null;
  readonly next: number | null;
  readonly progress: ProgressState | null;
  /** Heard from within an election timeout (always true for this node). */
  readonly reachable: boolean;
}

export interface RaftNodeStatus {
  readonly id: NodeId;
  readonly lifecycle: Lifecycle;
  readonly role: StateType;
  readonly isLearner: boolean;
  /** 0 when no leader is known. */
  readonly leader: NodeId;
  readonly term: number;
  readonly commit: number;
  readonly applied: number;
  readonly lastIndex: number;
  readonly snapshotIndex: number;
  /** While > 0: this node lost entries it may have acknowledged, and neither votes nor campaigns until its log reaches this index. */
  readonly recoverTo: number;
  readonly members: readonly MemberStatus[];
  readonly removed: readonly NodeId[];
  /** Null once the WAL is closed. */
  readonly dek: RotationStatus | null;
}

export function raftNodeStatus(fields: {
  readonly raft: Status;
  readonly lifecycle: Lifecycle;
  readonly applied: number;
  readonly snapshotIndex: number;
  readonly membership: Membership;
  readonly isReachable: (id: NodeId) => boolean;
  readonly dek: RotationStatus | null;
}): RaftNodeStatus {
  const { raft, membership } = fields;
  const member = (id: NodeId, suffrage: "voter" | "learner"): MemberStatus => {
    const pr = raft.progress.get(id);
    return {
      id,
      address: membership.address(id) ?? "",
      suffrage,
      match: pr?.match ?? null,
      next: pr?.next ?? null,
      progress: pr?.state ?? null,
      reachable: fields.isReachable(id),
    };
  };
  const members = [
    ...raft.config.voters.map((id) => member(id, "voter")),
    ...raft.config.learners.map((id) => member(id, "learner")),
  ].sort((a, b) => a.id - b.id);
  return {
    id: raft.id,
    lifecycle: fields.lifecycle,
    role: raft.softState.raftState,
    isLearner: raft.config.learners.includes(raft.id),
    leader: raft.softState.lead,
    term: raft.hardState.term,
    commit: raft.hardState.commit,
    applied: fields.applied,
    lastIndex: raft.lastIndex,
    snapshotIndex: fields.snapshotIndex,
    recoverTo: raft.recoverTo,
    members,
    removed: membership.removed(),
    dek: fields.dek,
  };
}
