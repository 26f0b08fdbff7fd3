// Quorum arithmetic for plain majorities and joint (two-majority) configurations.
import type { NodeId } from "./types.js";
import { insertAscending } from "./util.js";

export const VoteResult = { Pending: 0, Lost: 1, Won: 2 } as const;
export type VoteResult = (typeof VoteResult)[keyof typeof VoteResult];

/** Returns the acknowledged index of a voter, or undefined when it has none. */
export type AckedIndexer = (id: NodeId) => number | undefined;

/** The largest index a majority of `voters` has acknowledged; Infinity for an empty set, so
 * that an empty half of a joint configuration never holds the commit index back. */
export function majorityCommittedIndex(voters: ReadonlySet<NodeId>, acked: AckedIndexer): number {
  const n = voters.size;
  if (n === 0) return Infinity;
  const indexes: number[] = [];
  for (const id of voters) insertAscending(indexes, acked(id) ?? 0);
  return indexes[n - (Math.floor(n / 2) + 1)] ?? 0;
}

/** Whether `votes` win, lose or are still undecided among `voters`; an empty set wins. */
export function majorityVoteResult(
  voters: ReadonlySet<NodeId>,
  votes: ReadonlyMap<NodeId, boolean>,
): VoteResult {
  if (voters.size === 0) return VoteResult.Won;
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const vote = votes.get(id);
    if (vote === undefined) missing++;
    else if (vote) granted++;
  }
  const quorum = Math.floor(voters.size / 2) + 1;
  if (granted >= quorum) return VoteResult.Won;
  if (granted + missing >= quorum) return VoteResult.Pending;
  return VoteResult.Lost;
}

/** A configuration is the incoming voters and, while joint, the outgoing ones. */
export interface JointVoters {
  readonly incoming: ReadonlySet<NodeId>;
  readonly outgoing: ReadonlySet<NodeId>;
}

export function jointCommittedIndex(voters: JointVoters, acked: AckedIndexer): number {
  return Math.min(
    majorityCommittedIndex(voters.incoming, acked),
    majorityCommittedIndex(voters.outgoing, acked),
  );
}

export function jointVoteResult(voters: JointVoters, votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  const incoming = majorityVoteResult(voters.incoming, votes);
  const outgoing = majorityVoteResult(voters.outgoing, votes);
  if (incoming === outgoing) return incoming;
  if (incoming === VoteResult.Lost || outgoing === VoteResult.Lost) return VoteResult.Lost;
  return VoteResult.Pending;
}
