// A snapshot of a node's state for operators and tests.
import type { Raft, SoftState } from "./raft.js";
import { StateType } from "./raft.js";
import type { ProgressState } from "./progress.js";
import type { ConfState, HardState, NodeId } from "./types.js";

export interface ProgressStatus {
  readonly match: number;
  readonly next: number;
  readonly state: ProgressState;
  readonly isLearner: boolean;
  readonly recentActive: boolean;
  readonly paused: boolean;
  readonly inflight: number;
  readonly inflightBytes: number;
}

export interface Status {
  readonly id: NodeId;
  readonly hardState: HardState;
  readonly softState: SoftState;
  readonly applied: number;
  readonly lastIndex: number;
  readonly config: ConfState;
  readonly leadTransferee: NodeId;
  /** While > 0: this node lost acknowledged entries and neither votes nor campaigns until its log reaches this index. */
  readonly recoverTo: number;
  /** Per-member progress; only a leader has it. */
  readonly progress: ReadonlyMap<NodeId, ProgressStatus>;
}

export function getStatus(r: Raft): Status {
  const progress = new Map<NodeId, ProgressStatus>();
  if (r.state === StateType.Leader) {
    r.trk.visit((id, pr) => {
      progress.set(id, {
        match: pr.match,
        next: pr.next,
        state: pr.state,
        isLearner: pr.isLearner,
        recentActive: pr.recentActive,
        paused: pr.isPaused(),
        inflight: pr.inflights.count,
        inflightBytes: pr.inflights.bytes,
      });
    });
  }
  return {
    id: r.id,
    hardState: r.hardState(),
    softState: r.softState(),
    applied: r.raftLog.applied,
    lastIndex: r.raftLog.lastIndex(),
    config: r.trk.confState(),
    leadTransferee: r.leadTransferee,
    recoverTo: r.recoverTo,
    progress,
  };
}
