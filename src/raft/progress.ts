// What the leader knows of one follower's log, and how it paces appends to it.
import { assert } from "../assert.js";
import type { Inflights } from "./inflights.js";

export const ProgressState = { Probe: "probe", Replicate: "replicate", Snapshot: "snapshot" } as const;
export type ProgressState = (typeof ProgressState)[keyof typeof ProgressState];

export class Progress {
  /** The highest index known to be durable on the follower. */
  match = 0;
  /** The next index to send. */
  next: number;
  /** The highest commit index sent to the follower. */
  sentCommit = 0;
  /**
   * The highest index the follower waits to see committed: the last entry of a proposal it
   * forwarded, or a read index it was given. Only such a wait earns a commit notice at once;
   * other followers learn the commit from the next append or heartbeat.
   */
  awaitedCommit = 0;
  state: ProgressState = ProgressState.Probe;
  /** In snapshot state, the index of the snapshot being sent. */
  pendingSnapshot = 0;
  /** Election timeouts passed in snapshot state without an answer (see Raft.retryStalledSnapshots). */
  snapshotRounds = 0;
  /** Heard from since the last CheckQuorum round. */
  recentActive = false;
  /**
   * Answered since the last CheckQuorum round. Unlike recentActive, never set for a member just
   * added: a lease may rest only on members that really acknowledged this leader.
   */
  acknowledgedThisRound = false;
  /** In probe state: an append is outstanding. In replicate state: the inflights are full. */
  msgAppFlowPaused = false;
  readonly inflights: Inflights;
  isLearner: boolean;

  constructor(next: number, inflights: Inflights, isLearner: boolean) {
    this.next = next;
    this.inflights = inflights;
    this.isLearner = isLearner;
  }

  clone(): Progress {
    const copy = new Progress(this.next, this.inflights.clone(), this.isLearner);
    copy.match = this.match;
    copy.sentCommit = this.sentCommit;
    copy.awaitedCommit = this.awaitedCommit;
    copy.state = this.state;
    copy.pendingSnapshot = this.pendingSnapshot;
    copy.snapshotRounds = this.snapshotRounds;
    copy.recentActive = this.recentActive;
    copy.acknowledgedThisRound = this.acknowledgedThisRound;
    copy.msgAppFlowPaused = this.msgAppFlowPaused;
    return copy;
  }

  private resetState(state: ProgressState): void {
    this.msgAppFlowPaused = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    // After a snapshot, the follower has at least the snapshot: probe from just past it.
    if (this.state === ProgressState.Snapshot) {
      const pendingSnapshot = this.pendingSnapshot;
      this.resetState(ProgressState.Probe);
      this.next = Math.max(this.match + 1, pendingSnapshot + 1);
    } else {
      this.resetState(ProgressState.Probe);
      this.next = this.match + 1;
    }
    this.sentCommit = Math.min(this.sentCommit, this.next - 1);
  }

  becomeReplicate(): void {
    this.resetState(ProgressState.Replicate);
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState(ProgressState.Snapshot);
    this.pendingSnapshot = snapshotIndex;
    this.snapshotRounds = 0;
    this.next = snapshotIndex + 1;
    this.sentCommit = snapshotIndex;
  }

  /** Records that an append of `entries` entries (`bytes` of payload) was sent. */
  sentEntries(entries: number, bytes: number): void {
    switch (this.state) {
      case ProgressState.Replicate:
        if (entries > 0) {
          this.next += entries;
          this.inflights.add(this.next - 1, bytes);
        }
        this.msgAppFlowPaused = this.inflights.full();
        break;
      case ProgressState.Probe:
        if (entries > 0) this.msgAppFlowPaused = true;
        break;
      case ProgressState.Snapshot:
        assert(false, "sending entries to a follower in snapshot state");
    }
  }

  /** Whether an append carrying `commit` would move the follower's commit index. */
  canBumpCommit(commit: number): boolean {
    return commit > this.sentCommit && this.sentCommit < this.next - 1;
  }

  /** Records that the follower waits for `index` to be committed (see awaitedCommit). */
  awaitCommit(index: number): void {
    this.awaitedCommit = Math.max(this.awaitedCommit, index);
  }

  /** Whether sending `commit` would tell the follower of an index it waits for. */
  awaitsCommit(commit: number): boolean {
    return Math.min(commit, this.awaitedCommit) > this.sentCommit;
  }

  /** Records the highest commit index sent; the follower applies no more than it holds. */
  recordSentCommit(commit: number): void {
    this.sentCommit = commit;
  }

  /** Accepts an acknowledgement of `index`; false when it is stale. */
  maybeUpdate(index: number): boolean {
    if (index <= this.match) return false;
    this.match = index;
    this.next = Math.max(this.next, index + 1);
    this.msgAppFlowPaused = false;
    return true;
  }

  /**
   * regressTo handles a follower whose log went backwards (it lost entries at a restart and
   * says so): its match falls to what it still holds, and it is probed from there. Lowering a
   * match never lowers the commit index, which only the quorum of matches ever raises.
   */
  regressTo(matchHint: number): void {
    this.match = Math.min(this.match, matchHint);
    this.resetState(ProgressState.Probe);
    this.next = this.match + 1;
    this.sentCommit = Math.min(this.sentCommit, this.match);
  }

  /**
   * Handles a rejection of the append whose previous index was `rejected`; `matchHint` is the
   * follower's best guess of the last index it shares with us. False when the rejection is stale.
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === ProgressState.Replicate) {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      this.sentCommit = Math.min(this.sentCommit, this.next - 1);
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.sentCommit = Math.min(this.sentCommit, this.next - 1);
    this.msgAppFlowPaused = false;
    return true;
  }

  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
      case ProgressState.Replicate:
        return this.msgAppFlowPaused;
      case ProgressState.Snapshot:
        return true;
    }
  }

  toString(): string {
    const extra = this.state === ProgressState.Snapshot ? ` pendingSnapshot=${this.pendingSnapshot}` : "";
    const paused = this.isPaused() ? " paused" : "";
    const learner = this.isLearner ? " learner" : "";
    return `${this.state} match=${this.match} next=${this.next}${learner}${paused}${extra}`;
  }
}
