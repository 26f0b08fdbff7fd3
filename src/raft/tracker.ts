// The configuration (who votes, who learns) and every member's progress, as the leader sees it.
import { Inflights } from "./inflights.js";
import { Progress } from "./progress.js";
import { VoteResult, jointCommittedIndex, jointVoteResult } from "./quorum.js";
import type { ConfState, NodeId } from "./types.js";
import { insertAscending } from "./util.js";

export interface TrackerConfig {
  readonly incoming: Set<NodeId>;
  /** Non-empty only while joint. */
  readonly outgoing: Set<NodeId>;
  readonly learners: Set<NodeId>;
  /** Outgoing voters that become learners when the joint configuration is left. */
  readonly learnersNext: Set<NodeId>;
  autoLeave: boolean;
}

export function emptyConfig(): TrackerConfig {
  return {
    incoming: new Set(),
    outgoing: new Set(),
    learners: new Set(),
    learnersNext: new Set(),
    autoLeave: false,
  };
}

export function cloneConfig(c: TrackerConfig): TrackerConfig {
  return {
    incoming: new Set(c.incoming),
    outgoing: new Set(c.outgoing),
    learners: new Set(c.learners),
    learnersNext: new Set(c.learnersNext),
    autoLeave: c.autoLeave,
  };
}

export function isJoint(c: TrackerConfig): boolean {
  return c.outgoing.size > 0;
}

function sorted(ids: Iterable<NodeId>): NodeId[] {
  const out: NodeId[] = [];
  for (const id of ids) insertAscending(out, id);
  return out;
}

export function configToConfState(c: TrackerConfig): ConfState {
  return {
    voters: sorted(c.incoming),
    learners: sorted(c.learners),
    votersOutgoing: sorted(c.outgoing),
    learnersNext: sorted(c.learnersNext),
    autoLeave: c.autoLeave,
  };
}

export function describeConfig(c: TrackerConfig): string {
  let s = `voters=(${sorted(c.incoming).join(" ")})`;
  if (isJoint(c)) s += `&&(${sorted(c.outgoing).join(" ")})`;
  if (c.learners.size > 0) s += ` learners=(${sorted(c.learners).join(" ")})`;
  if (c.learnersNext.size > 0) s += ` learners_next=(${sorted(c.learnersNext).join(" ")})`;
  if (c.autoLeave) s += " autoleave";
  return s;
}

export type ProgressMap = Map<NodeId, Progress>;

export interface VoteTally {
  readonly granted: number;
  readonly rejected: number;
  readonly result: VoteResult;
}

export class ProgressTracker {
  config: TrackerConfig = emptyConfig();
  progress: ProgressMap = new Map();
  readonly votes = new Map<NodeId, boolean>();

  constructor(
    readonly maxInflightMessages: number,
    readonly maxInflightBytes: number,
  ) {}

  newProgress(next: number, isLearner: boolean): Progress {
    return new Progress(next, new Inflights(this.maxInflightMessages, this.maxInflightBytes), isLearner);
  }

  confState(): ConfState {
    return configToConfState(this.config);
  }

  isSingleton(): boolean {
    return this.config.incoming.size === 1 && this.config.outgoing.size === 0;
  }

  /** The highest index acknowledged by a quorum (of both halves, when joint). */
  committed(): number {
    return jointCommittedIndex(this.config, (id) => this.progress.get(id)?.match);
  }

  /** Visits every member in ascending id order, so iteration never depends on insertion order. */
  visit(fn: (id: NodeId, pr: Progress) => void): void {
    for (const id of sorted(this.progress.keys())) {
      const pr = this.progress.get(id);
      if (pr !== undefined) fn(id, pr);
    }
  }

  isVoter(id: NodeId): boolean {
    return this.config.incoming.has(id) || this.config.outgoing.has(id);
  }

  voterNodes(): NodeId[] {
    return sorted(new Set([...this.config.incoming, ...this.config.outgoing]));
  }

  learnerNodes(): NodeId[] {
    return sorted(this.config.learners);
  }

  /** Whether a quorum has been recently active (the leader counts itself as active). */
  quorumActive(): boolean {
    const votes = new Map<NodeId, boolean>();
    this.visit((id, pr) => {
      if (!pr.isLearner) votes.set(id, pr.recentActive);
    });
    return jointVoteResult(this.config, votes) === VoteResult.Won;
  }

  /** Whether a quorum (with `self`) acknowledged the leader since the last CheckQuorum round. */
  quorumAcknowledged(self: NodeId): boolean {
    const votes = new Map<NodeId, boolean>();
    this.visit((id, pr) => {
      if (!pr.isLearner) votes.set(id, id === self || pr.acknowledgedThisRound);
    });
    return jointVoteResult(this.config, votes) === VoteResult.Won;
  }

  resetVotes(): void {
    this.votes.clear();
  }

  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tallyVotes(): VoteTally {
    let granted = 0;
    let rejected = 0;
    this.visit((id) => {
      if (!this.isVoter(id)) return;
      const vote = this.votes.get(id);
      if (vote === true) granted++;
      else if (vote === false) rejected++;
    });
    return { granted, rejected, result: jointVoteResult(this.config, this.votes) };
  }
}
