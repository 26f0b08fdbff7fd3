// The leader's membership decisions, as pure functions of Raft's status: may a member be
// removed, which learners have caught up, who should take over leadership.
import type { Status } from "../raft/status.js";
import type { NodeId } from "../raft/types.js";

export interface RemovalCheck {
  readonly reachable: number;
  readonly quorum: number;
  readonly ok: boolean;
}

/**
 * After removing `target`, a majority of the remaining voters must still be reachable, or the
 * cluster stops making progress (SwarmKit's CanRemoveMember). A learner never counts.
 */
export function checkRemoval(
  voters: readonly NodeId[],
  target: NodeId,
  isReachable: (id: NodeId) => boolean,
): RemovalCheck {
  const remaining = voters.filter((v) => v !== target);
  const quorum = Math.floor(remaining.length / 2) + 1;
  const reachable = remaining.filter(isReachable).length;
  return { reachable, quorum, ok: remaining.length > 0 && reachable >= quorum };
}

/** Learners whose log is within `lagEntries` of the leader's, lowest id first. */
export function caughtUpLearners(status: Status, lagEntries: number): NodeId[] {
  const out: NodeId[] = [];
  for (const id of status.config.learners) {
    const pr = status.progress.get(id);
    if (pr !== undefined && pr.match > 0 && pr.match + lagEntries >= status.lastIndex) out.push(id);
  }
  return out.sort((a, b) => a - b);
}

/** The most caught-up other voter (ties: the lower id), or null when there is none. */
export function transferTarget(status: Status, isReachable: (id: NodeId) => boolean): NodeId | null {
  let best: { id: NodeId; match: number } | null = null;
  for (const id of [...status.config.voters].sort((a, b) => a - b)) {
    if (id === status.id || !isReachable(id)) continue;
    const match = status.progress.get(id)?.match ?? 0;
    if (best === null || match > best.match) best = { id, match };
  }
  return best?.id ?? null;
}
