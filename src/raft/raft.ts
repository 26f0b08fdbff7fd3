// The Raft protocol state machine: every input is a message (ticks become local messages),
// every output is state plus messages queued for the driver. No I/O, no clock, no global
// randomness; storage is only read.
import { assert } from "../assert.js";
import { decodeConfChange, decodeConfChangeV2 } from "./codec.js";
import type { ResolvedConfig } from "./config.js";
import {
  Changer,
  ConfChangeError,
  confChangeToV2,
  enterJoint,
  isLeaveJoint,
  restoreConfig,
} from "./confchange.js";
import type { ChangeResult } from "./confchange.js";
import { RaftError, proposalDropped } from "./errors.js";
import { RaftLog, storageCall } from "./log.js";
import type { Prng } from "./prng.js";
import { ProgressState } from "./progress.js";
import type { Progress } from "./progress.js";
import { VoteResult, jointVoteResult } from "./quorum.js";
import { ReadOnly, ReadOnlyOption } from "./read-only.js";
import type { ReadState } from "./read-only.js";
import { ProgressTracker, describeConfig, isJoint } from "./tracker.js";
import type { ConfChangeV2, ConfState, Entry, HardState, Message, NodeId, Snapshot } from "./types.js";
import { EntryType, MessageType, NONE, message, voteResponseType } from "./types.js";
import { sumPayloadBytes } from "./util.js";

export const StateType = {
  Follower: "follower",
  Candidate: "candidate",
  Leader: "leader",
  PreCandidate: "pre-candidate",
} as const;
export type StateType = (typeof StateType)[keyof typeof StateType];

export interface SoftState {
  readonly lead: NodeId;
  readonly raftState: StateType;
}

/** How a campaign was started; a transfer campaign skips PreVote and breaks leader leases. */
const CampaignType = { PreElection: "pre-election", Election: "election", Transfer: "transfer" } as const;
type CampaignType = (typeof CampaignType)[keyof typeof CampaignType];
const TRANSFER_CONTEXT = new TextEncoder().encode(CampaignType.Transfer);
const EVENTS_KEPT_MAX = 256;

function isTransferContext(context: Uint8Array): boolean {
  if (context.length !== TRANSFER_CONTEXT.length) return false;
  return context.every((b, i) => b === TRANSFER_CONTEXT[i]);
}

/** Something the node did that a test or an operator may want to see. */
export type RaftEvent =
  | { kind: "conf-change-refused"; reason: string }
  | { kind: "conf-change-replaced"; index: number; reason: string }
  | { kind: "snapshot-refused"; index: number; reason: string }
  /** A leader brought this node's log to the index it had lost: it votes and campaigns again. */
  | { kind: "recovered"; index: number };

export class Raft {
  readonly id: NodeId;
  term = 0;
  vote: NodeId = NONE;
  readStates: ReadState[] = [];
  readonly raftLog: RaftLog;
  trk: ProgressTracker;
  state: StateType = StateType.Follower;
  isLearner = false;
  /** Messages that may be sent at once. */
  msgs: Message[] = [];
  /** Messages that may be sent only once the entries and hard state before them are durable. */
  msgsAfterAppend: Message[] = [];
  lead: NodeId = NONE;
  /** The node leadership is being transferred to, or NONE. */
  leadTransferee: NodeId = NONE;
  /** Only one conf change may be pending (in the log, not yet applied); this is its index. */
  pendingConfIndex = 0;
  /** Payload bytes of the uncommitted tail (leader only). */
  uncommittedSize = 0;
  readOnly: ReadOnly;
  electionElapsed = 0;
  heartbeatElapsed = 0;
  randomizedElectionTimeout = 0;
  /** Read requests that arrived before this leader committed an entry of its own term. */
  pendingReadIndexMessages: Message[] = [];
  events: RaftEvent[] = [];
  /** While > 0, the index a leader must bring our log to before we vote or campaign (config.recoverTo). */
  recoverTo: number;
  /**
   * While recovering: the term we had when the loss was found, a bound on the term of every
   * entry we may have lost (an entry's term never exceeds the term of the node that stores it).
   */
  private recoverTerm = 0;
  readonly config: ResolvedConfig;
  private readonly prng: Prng;

  constructor(config: ResolvedConfig) {
    this.config = config;
    this.id = config.id;
    this.prng = config.prng;
    this.recoverTo = config.recoverTo;
    this.raftLog = new RaftLog(config.storage, config.maxCommittedSizePerReady);
    this.trk = new ProgressTracker(config.maxInflightMsgs, config.maxInflightBytes);
    this.readOnly = new ReadOnly(config.readOnlyOption);
    const { hardState, confState } = storageCall("initialState", () => config.storage.initialState());
    this.switchToConfig(this.restoreConfig(confState));
    // A sole voter has no leader but itself to repair it: what it lost, a majority (itself)
    // lost. Waiting would keep it unavailable for good, so it carries on (the WAL reported it).
    if (this.trk.isSingleton() && this.trk.voterNodes()[0] === this.id) this.recoverTo = 0;
    if (hardState.term !== 0 || hardState.vote !== NONE || hardState.commit !== 0) this.loadState(hardState);
    this.recoverTerm = this.term;
    if (config.applied > 0) {
      const appliedMin = this.raftLog.firstIndex() - 1;
      if (config.applied < appliedMin || config.applied > this.raftLog.committed) {
        throw new RaftError({
          code: "CONFIG_INVALID",
          field: "applied",
          reason: `${config.applied} is outside [${appliedMin}, ${this.raftLog.committed}]`,
        });
      }
      this.raftLog.appliedTo(config.applied, 0);
    }
    this.becomeFollower(this.term, NONE);
  }

  private restoreConfig(cs: ConfState): ChangeResult {
    return restoreConfig(cs, {
      lastIndex: this.raftLog.lastIndex(),
      maxInflightMessages: this.config.maxInflightMsgs,
      maxInflightBytes: this.config.maxInflightBytes,
    });
  }

  private loadState(state: HardState): void {
    if (state.commit < this.raftLog.committed || state.commit > this.raftLog.lastIndex()) {
      throw new RaftError({
        code: "STORAGE_FAILED",
        operation: `initialState: commit ${state.commit} outside [${this.raftLog.committed}, ${this.raftLog.lastIndex()}]`,
      });
    }
    this.raftLog.committed = state.commit;
    this.term = state.term;
    this.vote = state.vote;
  }

  softState(): SoftState {
    return { lead: this.lead, raftState: this.state };
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.raftLog.committed };
  }

  // ---------------------------------------------------------------- sending

  private send(m: Message): void {
    const isVoteType =
      m.type === MessageType.Vote ||
      m.type === MessageType.VoteResp ||
      m.type === MessageType.PreVote ||
      m.type === MessageType.PreVoteResp;
    let out = m.from === NONE ? { ...m, from: this.id } : m;
    if (isVoteType) {
      assert(out.term !== 0, `term should be set when sending ${out.type}`);
    } else {
      assert(out.term === 0, `term should not be set when sending ${out.type} (was ${out.term})`);
      // Proposals and read requests are forwarded as they are: they carry no term of their own.
      if (out.type !== MessageType.Prop && out.type !== MessageType.ReadIndex)
        out = { ...out, term: this.term };
    }
    if (
      out.type === MessageType.AppResp ||
      out.type === MessageType.VoteResp ||
      out.type === MessageType.PreVoteResp
    ) {
      // Acknowledgements promise durability: they wait until what they acknowledge is synced.
      this.msgsAfterAppend.push(out);
    } else {
      assert(out.to !== this.id, "message should not be self-addressed when sending");
      this.msgs.push(out);
    }
  }

  /**
   * Sends `to` an append of what it lacks, or an empty one. With `commitNotice` (it is sent to
   * tell a new commit index), an empty one to a follower we replicate to with room in flight is
   * commit-only, unanswered on success: its answer would tell nothing the acknowledgements of
   * the appends before it do not (half of a busy leader's appends and of the answers it read
   * were these). With `lazyCommitNotices`, such a notice goes only to a follower waiting for the
   * commit (a proposal it forwarded, a read index): the others learn it from the next append or
   * heartbeat; at one write in flight each notice cost a message, a Ready and an apply for nothing.
   * Probes and a full window's empty appends are sent and answered as ever: their answers
   * unblock the follower.
   */
  private sendAppend(to: NodeId, commitNotice = false): void {
    this.maybeSendAppend(to, true, commitNotice);
  }

  /** Sends an append (or a snapshot) to `to` if it is not paused; false when nothing was sent. */
  private maybeSendAppend(to: NodeId, sendIfEmpty: boolean, commitNotice = false): boolean {
    const pr = this.trk.progress.get(to);
    if (pr === undefined || pr.isPaused()) return false;
    const prevIndex = pr.next - 1;
    const prevTerm = this.raftLog.termOrUndefined(prevIndex);
    if (prevTerm === undefined) return this.maybeSendSnapshot(to, pr);
    let entries: Entry[] = [];
    // A throttled follower gets only empty appends: if every append in flight was lost, an empty
    // one still reaches it and its answer frees the inflights.
    if (pr.state !== ProgressState.Replicate || !pr.inflights.full()) {
      try {
        entries = this.raftLog.entries(pr.next, this.config.maxSizePerMsg);
      } catch (e) {
        if (e instanceof RaftError && e.code === "COMPACTED") return this.maybeSendSnapshot(to, pr);
        throw e;
      }
    }
    if (entries.length === 0 && !sendIfEmpty) return false;
    const commit = this.raftLog.committed;
    const commitOnly =
      commitNotice && entries.length === 0 && pr.state === ProgressState.Replicate && !pr.inflights.full();
    if (commitOnly && this.config.lazyCommitNotices && !pr.awaitsCommit(commit)) return false;
    this.send(
      message({
        type: MessageType.App,
        to,
        index: prevIndex,
        logTerm: prevTerm,
        entries,
        commit,
        commitOnly,
      }),
    );
    pr.sentEntries(entries.length, sumPayloadBytes(entries));
    pr.recordSentCommit(commit);
    return true;
  }

  private maybeSendSnapshot(to: NodeId, pr: Progress): boolean {
    if (!pr.recentActive) return false;
    let snapshot: Snapshot;
    try {
      snapshot = this.raftLog.snapshot();
    } catch (e) {
      if (e instanceof RaftError && e.code === "SNAPSHOT_TEMPORARILY_UNAVAILABLE") return false;
      throw e;
    }
    assert(snapshot.metadata.index > 0, "need a non-empty snapshot to send");
    pr.becomeSnapshot(snapshot.metadata.index);
    this.send(message({ type: MessageType.Snap, to, snapshot }));
    return true;
  }

  private sendHeartbeat(to: NodeId, context: Uint8Array | undefined): void {
    const pr = this.trk.progress.get(to);
    if (pr === undefined) return;
    // Never tell a follower to commit past what it is known to hold.
    const commit = Math.min(pr.match, this.raftLog.committed);
    this.send(message({ type: MessageType.Heartbeat, to, commit, ...(context ? { context } : {}) }));
    pr.recordSentCommit(commit);
  }

  private bcastAppend(commitNotice = false): void {
    this.trk.visit((id) => {
      if (id !== this.id) this.sendAppend(id, commitNotice);
    });
  }

  private bcastHeartbeat(): void {
    this.bcastHeartbeatWithContext(this.readOnly.lastPendingRequestCtx());
  }

  private bcastHeartbeatWithContext(context: Uint8Array | undefined): void {
    this.trk.visit((id) => {
      if (id !== this.id) this.sendHeartbeat(id, context);
    });
  }

  // ---------------------------------------------------------------- applying

  /** The driver applied entries up to `index` (`bytes` of them in this batch). */
  appliedTo(index: number, bytes: number): void {
    const applied = Math.max(index, this.raftLog.applied);
    this.raftLog.appliedTo(applied, bytes);
    if (this.trk.config.autoLeave && applied >= this.pendingConfIndex && this.state === StateType.Leader) {
      // Leave the joint configuration as soon as entering it is applied. If the proposal is
      // dropped (say, during a transfer), the next apply tries again.
      const leave = encodeLeaveJoint();
      try {
        this.step(message({ type: MessageType.Prop, from: this.id, entries: [leave] }));
      } catch (e) {
        if (!(e instanceof RaftError && e.code === "PROPOSAL_DROPPED")) throw e;
      }
    }
  }

  appliedSnapshot(snapshot: Snapshot): void {
    this.raftLog.stableSnapTo(snapshot.metadata.index);
    this.appliedTo(snapshot.metadata.index, 0);
  }

  reduceUncommittedSize(bytes: number): void {
    this.uncommittedSize = Math.max(0, this.uncommittedSize - bytes);
  }

  /** Keeps the most recent events for takeEvents(); a driver that never drains them loses the oldest. */
  private recordEvent(event: RaftEvent): void {
    if (this.events.length >= EVENTS_KEPT_MAX) this.events.shift();
    this.events.push(event);
  }

  private maybeCommit(): boolean {
    return this.raftLog.maybeCommit(this.trk.committed(), this.term);
  }

  // ---------------------------------------------------------------- state transitions

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = NONE;
    }
    this.lead = NONE;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.abortLeaderTransfer();
    this.trk.resetVotes();
    const lastIndex = this.raftLog.lastIndex();
    for (const [id, old] of this.trk.progress) {
      const pr = this.trk.newProgress(lastIndex + 1, old.isLearner);
      // Only what is durable counts toward our own quorum: unstable entries are acknowledged
      // by the self-response that advance() delivers once they are written.
      if (id === this.id) pr.match = Math.min(lastIndex, this.raftLog.lastStableIndex());
      this.trk.progress.set(id, pr);
    }
    this.pendingConfIndex = 0;
    this.uncommittedSize = 0;
    this.readOnly = new ReadOnly(this.readOnly.option);
    this.pendingReadIndexMessages = [];
  }

  private appendEntry(entries: readonly Entry[]): boolean {
    const li = this.raftLog.lastIndex();
    // Grown by push, not map (see RawNode.proposeEntries): the log keeps these arrays.
    const stamped: Entry[] = [];
    for (let i = 0; i < entries.length; i++)
      stamped.push({ ...entries[i]!, term: this.term, index: li + 1 + i });
    if (!this.increaseUncommittedSize(stamped)) return false;
    const last = this.raftLog.append(stamped);
    // The leader acknowledges its own entries only once they are durable: this response is
    // delivered back to us by advance(), after the driver has written them.
    this.send(message({ type: MessageType.AppResp, to: this.id, index: last }));
    return true;
  }

  tick(): void {
    if (this.state === StateType.Leader) this.tickHeartbeat();
    else this.tickElection();
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.pastElectionTimeout()) {
      this.electionElapsed = 0;
      this.step(message({ type: MessageType.Hup, from: this.id }));
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.config.electionTicks) {
      this.electionElapsed = 0;
      this.retryStalledSnapshots();
      if (this.config.checkQuorum) this.step(message({ type: MessageType.CheckQuorum, from: this.id }));
      // A transfer that did not finish within an election timeout is abandoned.
      if (this.state === StateType.Leader && this.leadTransferee !== NONE) this.abortLeaderTransfer();
    }
    if (this.state !== StateType.Leader) return;
    if (this.heartbeatElapsed >= this.config.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.step(message({ type: MessageType.Beat, from: this.id }));
    }
  }

  /**
   * A snapshot unanswered for a whole election timeout is treated as failed, and the follower
   * is probed again (which resends it). Without this, a lost snapshot message leaves the
   * follower stuck in snapshot state until the driver reports it, and drivers forget.
   */
  private retryStalledSnapshots(): void {
    if (this.state !== StateType.Leader) return;
    this.trk.visit((id, pr) => {
      if (id === this.id || pr.state !== ProgressState.Snapshot) return;
      if (pr.snapshotRounds++ < 1) return;
      pr.pendingSnapshot = 0;
      pr.becomeProbe();
    });
  }

  becomeFollower(term: number, lead: NodeId): void {
    this.reset(term);
    this.lead = lead;
    this.state = StateType.Follower;
  }

  becomeCandidate(): void {
    assert(this.state !== StateType.Leader, "invalid transition [leader -> candidate]");
    this.reset(this.term + 1);
    this.vote = this.id;
    this.state = StateType.Candidate;
  }

  becomePreCandidate(): void {
    assert(this.state !== StateType.Leader, "invalid transition [leader -> pre-candidate]");
    // A pre-candidate keeps its term and vote: a PreVote changes nothing durable.
    this.trk.resetVotes();
    this.lead = NONE;
    this.state = StateType.PreCandidate;
  }

  becomeLeader(): void {
    assert(this.state !== StateType.Follower, "invalid transition [follower -> leader]");
    this.reset(this.term);
    this.lead = this.id;
    this.state = StateType.Leader;
    const self = this.trk.progress.get(this.id);
    assert(self !== undefined, "a leader must be in its own configuration");
    self.becomeReplicate();
    self.match = Math.min(this.raftLog.lastIndex(), this.raftLog.lastStableIndex());
    self.recentActive = true;
    // Entries of earlier terms may hold a conf change we do not know to be applied; treat the
    // whole tail as possibly pending.
    this.pendingConfIndex = this.raftLog.lastIndex();
    const empty: Entry = { term: 0, index: 0, type: EntryType.Normal, data: new Uint8Array(0) };
    assert(this.appendEntry([empty]), "the empty entry of a new leader is never refused");
  }

  private hup(type: CampaignType): void {
    if (this.state === StateType.Leader) return;
    if (!this.promotable()) return;
    if (this.hasUnappliedConfChanges()) return;
    this.campaign(type);
  }

  /** Whether committed but unapplied entries hold a conf change (which would change the voters). */
  private hasUnappliedConfChanges(): boolean {
    const pageBytes = this.config.maxCommittedSizePerReady;
    let lo = this.raftLog.applied + 1;
    const hi = this.raftLog.committed + 1;
    while (lo < hi) {
      const page = this.raftLog.slice(lo, hi, pageBytes);
      if (page.length === 0) return false;
      for (const e of page) if (e.type !== EntryType.Normal) return true;
      lo += page.length;
    }
    return false;
  }

  private campaign(type: CampaignType): void {
    let term: number;
    let voteType: MessageType;
    if (type === CampaignType.PreElection) {
      this.becomePreCandidate();
      voteType = MessageType.PreVote;
      // A PreVote asks about the next term without moving to it.
      term = this.term + 1;
    } else {
      this.becomeCandidate();
      voteType = MessageType.Vote;
      term = this.term;
    }
    const lastIndex = this.raftLog.lastIndex();
    const lastTerm = this.raftLog.lastTerm();
    for (const id of this.trk.voterNodes()) {
      if (id === this.id) {
        // Our own vote counts once it is durable: advance() delivers this response after the write.
        this.send(message({ type: voteResponseType(voteType), to: id, term }));
        continue;
      }
      const context = type === CampaignType.Transfer ? TRANSFER_CONTEXT : new Uint8Array(0);
      this.send(message({ type: voteType, to: id, term, index: lastIndex, logTerm: lastTerm, context }));
    }
  }

  private poll(id: NodeId, granted: boolean): VoteResult {
    this.trk.recordVote(id, granted);
    return this.trk.tallyVotes().result;
  }

  // ---------------------------------------------------------------- step

  step(m: Message): void {
    if (!this.handleTerm(m)) return;
    switch (m.type) {
      case MessageType.Hup:
        this.hup(this.config.preVote ? CampaignType.PreElection : CampaignType.Election);
        return;
      case MessageType.Vote:
      case MessageType.PreVote:
        this.handleVoteRequest(m);
        return;
      default:
        switch (this.state) {
          case StateType.Leader:
            this.stepLeader(m);
            return;
          case StateType.Candidate:
          case StateType.PreCandidate:
            this.stepCandidate(m);
            return;
          case StateType.Follower:
            this.stepFollower(m);
            return;
        }
    }
  }

  /** Applies the term rules of §5.1 (and of PreVote and CheckQuorum); false when m is dropped. */
  private handleTerm(m: Message): boolean {
    if (m.term === 0) return true; // A local message or a forwarded proposal or read.
    if (m.term > this.term) {
      if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
        const force = isTransferContext(m.context);
        const inLease =
          this.config.checkQuorum && this.lead !== NONE && this.electionElapsed < this.config.electionTicks;
        // Leader stickiness: while we hear from a leader, a higher-term vote request does not
        // depose it (unless the leader itself asked for the election by a transfer).
        if (!force && inLease) return false;
      }
      if (m.type === MessageType.PreVote) {
        // Never change term in response to a PreVote.
      } else if (m.type === MessageType.PreVoteResp && !m.reject) {
        // A granted PreVote carries the term we asked about; we move there only on winning.
      } else if (
        m.type === MessageType.App ||
        m.type === MessageType.Heartbeat ||
        m.type === MessageType.Snap
      ) {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, NONE);
      }
      return true;
    }
    if (m.term < this.term) {
      if (
        (this.config.checkQuorum || this.config.preVote) &&
        (m.type === MessageType.Heartbeat || m.type === MessageType.App)
      ) {
        // A leader of an older term (perhaps delayed, perhaps cut off by a partition we caused by
        // raising our term) learns the newer term from this empty response and steps down.
        this.send(message({ type: MessageType.AppResp, to: m.from }));
      } else if (m.type === MessageType.PreVote) {
        // Reject with our term so a node stuck at a smaller term can catch up and finish an
        // election (without this, mixed PreVote clusters can deadlock).
        this.send(message({ type: MessageType.PreVoteResp, to: m.from, term: this.term, reject: true }));
      }
      return false;
    }
    return true;
  }

  private handleVoteRequest(m: Message): void {
    const canVote =
      this.vote === m.from ||
      (this.vote === NONE && this.lead === NONE) ||
      (m.type === MessageType.PreVote && m.term > this.term);
    if (canVote && this.raftLog.isUpToDate(m.index, m.logTerm) && this.coversLost(m.index, m.logTerm)) {
      // Learners vote too: a learner may already be a voter in a configuration it has not applied.
      this.send(message({ type: voteResponseType(m.type), to: m.from, term: m.term }));
      if (m.type === MessageType.Vote) {
        this.electionElapsed = 0;
        this.vote = m.from;
      }
    } else {
      this.send(message({ type: voteResponseType(m.type), to: m.from, term: this.term, reject: true }));
    }
  }

  private stepLeader(m: Message): void {
    switch (m.type) {
      case MessageType.Beat:
        this.bcastHeartbeat();
        return;
      case MessageType.CheckQuorum:
        if (!this.trk.quorumActive()) this.becomeFollower(this.term, NONE);
        this.trk.visit((id, pr) => {
          if (id === this.id) return;
          pr.recentActive = false;
          pr.acknowledgedThisRound = false;
        });
        return;
      case MessageType.Prop:
        this.leaderPropose(m);
        return;
      case MessageType.ReadIndex:
        this.leaderReadIndex(m);
        return;
      case MessageType.ForgetLeader:
        return;
      default:
        break;
    }
    const pr = this.trk.progress.get(m.from);
    if (pr === undefined) return;
    switch (m.type) {
      case MessageType.AppResp:
        this.handleAppendResponse(m, pr);
        return;
      case MessageType.HeartbeatResp:
        this.handleHeartbeatResponse(m, pr);
        return;
      case MessageType.SnapStatus:
        if (pr.state !== ProgressState.Snapshot) return;
        // On failure, forget the pending snapshot first, or we would probe from its index.
        if (m.reject) pr.pendingSnapshot = 0;
        pr.becomeProbe();
        // Wait for the follower's answer (or a heartbeat interval after a failure) before the next append.
        pr.msgAppFlowPaused = true;
        return;
      case MessageType.Unreachable:
        // An optimistic append to an unreachable follower was most likely lost.
        if (pr.state === ProgressState.Replicate) pr.becomeProbe();
        return;
      case MessageType.TransferLeader:
        this.leaderTransfer(m.from, pr);
        return;
      default:
        return;
    }
  }

  private leaderPropose(m: Message): void {
    assert(m.entries.length > 0, "stepped an empty proposal");
    if (!this.trk.progress.has(this.id)) throw proposalDropped("not-a-member");
    if (this.leadTransferee !== NONE) throw proposalDropped("leader-transfer");
    const entries: Entry[] = [];
    for (let i = 0; i < m.entries.length; i++) entries.push(this.vetConfChange(m.entries[i]!, i));
    if (!this.appendEntry(entries)) throw proposalDropped("uncommitted-size-limit");
    const lastIndex = this.raftLog.lastIndex();
    // A forwarding follower answers its caller once it applies these: tell it the commit at once.
    if (m.from !== this.id) this.trk.progress.get(m.from)?.awaitCommit(lastIndex);
    // Every member hears of a configuration change at once: a member it removes would hear nothing after.
    if (entries.some((e) => e.type !== EntryType.Normal)) {
      this.trk.visit((id, pr) => {
        if (id !== this.id) pr.awaitCommit(lastIndex);
      });
    }
    this.bcastAppend();
  }

  /** Replaces a conf change that may not be proposed now by an empty entry, deterministically. */
  private vetConfChange(e: Entry, offset: number): Entry {
    if (e.type === EntryType.Normal) return e;
    let cc: ConfChangeV2;
    try {
      cc =
        e.type === EntryType.ConfChange
          ? confChangeToV2(decodeConfChange(e.data))
          : decodeConfChangeV2(e.data);
    } catch {
      return this.replaceConfChange(e, "undecodable conf change");
    }
    const alreadyPending = this.pendingConfIndex > this.raftLog.applied;
    const alreadyJoint = isJoint(this.trk.config);
    const wantsLeaveJoint = isLeaveJoint(cc);
    let failed: string | null = null;
    if (alreadyPending) {
      failed = `possible unapplied conf change at index ${this.pendingConfIndex} (applied to ${this.raftLog.applied})`;
    } else if (alreadyJoint && !wantsLeaveJoint) {
      failed = "must transition out of joint config first";
    } else if (!alreadyJoint && wantsLeaveJoint) {
      failed = "not in joint state; refusing empty conf change";
    }
    if (failed !== null && !this.config.disableConfChangeValidation) return this.replaceConfChange(e, failed);
    this.pendingConfIndex = this.raftLog.lastIndex() + offset + 1;
    return e;
  }

  private replaceConfChange(e: Entry, reason: string): Entry {
    this.recordEvent({ kind: "conf-change-replaced", index: this.raftLog.lastIndex() + 1, reason });
    return { ...e, type: EntryType.Normal, data: new Uint8Array(0) };
  }

  private leaderReadIndex(m: Message): void {
    if (this.trk.isSingleton()) {
      this.respondToReadIndex(m, this.raftLog.committed);
      return;
    }
    // Until this leader has committed an entry of its own term, its commit index may be behind
    // the real one (§6.4 of the thesis): hold the read until then.
    if (!this.committedEntryInCurrentTerm()) {
      this.pendingReadIndexMessages.push(m);
      return;
    }
    this.serveReadIndex(m);
  }

  private serveReadIndex(m: Message): void {
    if (this.readOnly.option === ReadOnlyOption.LeaseBased && this.leaseHolds()) {
      this.respondToReadIndex(m, this.raftLog.committed);
      return;
    }
    this.readOnly.addRequest(this.raftLog.committed, m);
    this.readOnly.recvAck(this.id, m.context);
    this.bcastHeartbeatWithContext(m.context);
  }

  /**
   * Whether a lease read may be answered without a heartbeat round. CheckQuorum alone is no
   * lease: it looks at acks from the whole previous election timeout, so a deposed leader can keep
   * leading for up to two timeouts while a new one is elected after one (etcd-io/raft#166). A
   * quorum that acked since the last CheckQuorum round (under an election timeout ago) cannot
   * have elected anyone else yet, its members ignoring votes for an election timeout after
   * hearing from us. During a transfer the transferee may be elected at once, so no lease then.
   * Otherwise the read takes the ReadIndex path. Still assumes clocks tick at the same rate, and
   * that an acknowledgement arrives in the round of the heartbeat it answers: one delayed past a
   * CheckQuorum round counts as fresh (the default, safe ReadIndex path has no such assumption).
   */
  private leaseHolds(): boolean {
    return this.leadTransferee === NONE && this.trk.quorumAcknowledged(this.id);
  }

  private respondToReadIndex(request: Message, index: number): void {
    if (request.from === NONE || request.from === this.id) {
      this.readStates.push({ index, requestCtx: request.context });
      return;
    }
    this.send(
      message({ type: MessageType.ReadIndexResp, to: request.from, index, context: request.context }),
    );
    // The follower reads once it has applied `index`: it must learn that much is committed.
    this.noticeCommitUpTo(request.from, index);
  }

  /** Records that `to` waits for `index` to be committed, and tells it the commit now if that is news to it. */
  private noticeCommitUpTo(to: NodeId, index: number): void {
    const pr = this.trk.progress.get(to);
    if (pr === undefined) return;
    pr.awaitCommit(index);
    if (pr.awaitsCommit(this.raftLog.committed)) this.sendAppend(to, true);
  }

  private releasePendingReadIndexMessages(): void {
    if (this.pendingReadIndexMessages.length === 0 || !this.committedEntryInCurrentTerm()) return;
    const pending = this.pendingReadIndexMessages;
    this.pendingReadIndexMessages = [];
    for (const m of pending) this.serveReadIndex(m);
  }

  committedEntryInCurrentTerm(): boolean {
    return this.raftLog.termOrUndefined(this.raftLog.committed) === this.term;
  }

  private handleAppendResponse(m: Message, pr: Progress): void {
    // An acknowledgement past our log acknowledges nothing we sent: a buggy or hostile peer.
    if (!m.reject && m.index > this.raftLog.lastIndex()) return;
    pr.recentActive = true;
    pr.acknowledgedThisRound = true;
    if (m.reject && m.recovering) {
      // The follower's log went backwards (it lost entries at a restart): its rejection is
      // news, not stale. Forget the match it no longer has and probe from its hint.
      pr.regressTo(m.rejectHint);
      this.sendAppend(m.from);
      return;
    }
    if (m.reject) {
      // The follower's hint is the last index at which its log may match ours, with its term
      // there; skip past every entry of ours with a larger term in one step.
      let nextProbe = m.rejectHint;
      if (m.logTerm > 0) [nextProbe] = this.raftLog.findConflictByTerm(m.rejectHint, m.logTerm);
      if (pr.maybeDecrTo(m.index, nextProbe)) {
        if (pr.state === ProgressState.Replicate) pr.becomeProbe();
        this.sendAppend(m.from);
      }
      return;
    }
    // A response at exactly our match still moves a probing follower back to replicating.
    if (!(pr.maybeUpdate(m.index) || (pr.match === m.index && pr.state === ProgressState.Probe))) return;
    if (pr.state === ProgressState.Probe) {
      pr.becomeReplicate();
    } else if (pr.state === ProgressState.Snapshot && pr.match + 1 >= this.raftLog.firstIndex()) {
      // Any snapshot that lets us continue from the log will do, whatever its index.
      pr.becomeProbe();
      pr.becomeReplicate();
    } else if (pr.state === ProgressState.Replicate) {
      pr.inflights.freeLE(m.index);
    }
    if (this.maybeCommit()) {
      this.releasePendingReadIndexMessages();
      this.bcastAppend(true);
    } else if (m.from !== this.id && pr.canBumpCommit(this.raftLog.committed)) {
      // Tell a lagging follower the commit index now rather than at the next heartbeat.
      this.sendAppend(m.from, true);
    }
    if (m.from !== this.id) {
      while (this.maybeSendAppend(m.from, false)) {
        // Fill the window opened by this acknowledgement.
      }
    }
    if (m.from === this.leadTransferee && pr.match === this.raftLog.lastIndex()) this.sendTimeoutNow(m.from);
  }

  private handleHeartbeatResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    pr.acknowledgedThisRound = true;
    pr.msgAppFlowPaused = false;
    // Also sent when inflights are full: if all of them were lost, this empty append unblocks
    // the follower. A caught-up follower in probe (after an unreachable report) gets one too.
    // A recovering follower lost entries we count as matched: probe it (its rejection says where it is).
    if (pr.match < this.raftLog.lastIndex() || pr.state === ProgressState.Probe || m.recovering) {
      this.sendAppend(m.from);
    }
    // Lease-based reads fall back to this path when the lease does not hold.
    if (m.context.length === 0) return;
    const acks = this.readOnly.recvAck(m.from, m.context);
    if (acks === undefined) return;
    const votes = new Map<NodeId, boolean>();
    for (const id of acks) votes.set(id, true);
    if (jointVoteResult(this.trk.config, votes) !== VoteResult.Won) return;
    for (const read of this.readOnly.advance(m.context)) this.respondToReadIndex(read.request, read.index);
  }

  private leaderTransfer(transferee: NodeId, pr: Progress): void {
    if (pr.isLearner) return;
    if (this.leadTransferee !== NONE) {
      if (this.leadTransferee === transferee) return;
      this.abortLeaderTransfer();
    }
    if (transferee === this.id) return;
    // The transfer must finish within one election timeout.
    this.electionElapsed = 0;
    this.leadTransferee = transferee;
    if (pr.match === this.raftLog.lastIndex()) this.sendTimeoutNow(transferee);
    else this.sendAppend(transferee);
  }

  private stepCandidate(m: Message): void {
    const myVoteResponse =
      this.state === StateType.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp;
    switch (m.type) {
      case MessageType.Prop:
        throw proposalDropped("no-leader");
      case MessageType.App:
        this.becomeFollower(m.term, m.from);
        this.handleAppendEntries(m);
        return;
      case MessageType.Heartbeat:
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return;
      case MessageType.Snap:
        this.becomeFollower(m.term, m.from);
        this.handleSnapshot(m);
        return;
      case myVoteResponse: {
        const result = this.poll(m.from, !m.reject);
        if (result === VoteResult.Won) {
          if (this.state === StateType.PreCandidate) {
            this.campaign(CampaignType.Election);
          } else {
            this.becomeLeader();
            this.bcastAppend();
          }
        } else if (result === VoteResult.Lost) {
          // A rejected PreVote response carries a future term; keep ours.
          this.becomeFollower(this.term, NONE);
        }
        return;
      }
      default:
        return;
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case MessageType.Prop:
        if (this.lead === NONE) throw proposalDropped("no-leader");
        if (this.config.disableProposalForwarding) throw proposalDropped("forwarding-disabled");
        // Only our own: one forwarded to us while we led is dropped (its proposer retries). Sent
        // on, it would leave us under another node's name, which a peer must refuse.
        if (m.from !== this.id) throw proposalDropped("forwarded-twice");
        this.send({ ...m, to: this.lead });
        return;
      case MessageType.App:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleAppendEntries(m);
        return;
      case MessageType.Heartbeat:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleHeartbeat(m);
        return;
      case MessageType.Snap:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleSnapshot(m);
        return;
      case MessageType.TransferLeader:
        if (this.lead !== NONE) this.send({ ...m, to: this.lead });
        return;
      case MessageType.ForgetLeader:
        this.lead = NONE;
        return;
      case MessageType.TimeoutNow:
        // A transfer skips PreVote: the leader asked for it, no partition is being healed.
        this.hup(CampaignType.Transfer);
        return;
      case MessageType.ReadIndex:
        // As for proposals: only our own reads are forwarded; the reader retries one dropped here.
        if (this.lead !== NONE && m.from === this.id) this.send({ ...m, to: this.lead });
        return;
      case MessageType.ReadIndexResp:
        this.readStates.push({ index: m.index, requestCtx: m.context });
        return;
      default:
        return;
    }
  }

  private handleAppendEntries(m: Message): void {
    if (m.index < this.raftLog.committed) {
      this.send(message({ type: MessageType.AppResp, to: m.from, index: this.raftLog.committed }));
      return;
    }
    const lastNew = this.raftLog.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNew !== undefined) {
      // A commit-only append was sent expecting no answer (sendAppend): only a rejection says anything.
      if (!m.commitOnly || m.entries.length > 0) {
        this.send(message({ type: MessageType.AppResp, to: m.from, index: lastNew }));
      }
      this.maybeRecovered(lastNew);
      return;
    }
    // Our log does not match at m.index. Hint the largest (index, term) with term <= m.logTerm
    // and index <= m.index, so the leader can skip every entry that cannot match.
    const [hintIndex, hintTerm] = this.raftLog.findConflictByTerm(
      Math.min(m.index, this.raftLog.lastIndex()),
      m.logTerm,
    );
    this.send(
      message({
        type: MessageType.AppResp,
        to: m.from,
        index: m.index,
        reject: true,
        rejectHint: hintIndex,
        logTerm: hintTerm,
        recovering: this.recoverTo > 0,
      }),
    );
  }

  /**
   * A node that may have lost what it acknowledged cannot judge a candidate by its own log: that
   * is no longer the log it promised with. It votes only for a candidate at least as up to date
   * as the lost log could have been — a last term above recoverTerm, or equal to it and a last
   * index at or past recoverTo — so its vote never helps elect a log missing what it held. (Not
   * voting at all would be safe too, but a cluster with one voter lost and one recovering could
   * then never elect the leader that repairs it.)
   */
  private coversLost(lastIndex: number, lastTerm: number): boolean {
    if (this.recoverTo === 0) return true;
    return lastTerm > this.recoverTerm || (lastTerm === this.recoverTerm && lastIndex >= this.recoverTo);
  }

  /** Ends recovery once a leader's append or snapshot has brought our log to `recoverTo`. */
  private maybeRecovered(leaderMatched: number): void {
    if (this.recoverTo === 0 || leaderMatched < this.recoverTo) return;
    this.recordEvent({ kind: "recovered", index: leaderMatched });
    this.recoverTo = 0;
  }

  private handleHeartbeat(m: Message): void {
    this.raftLog.commitTo(Math.min(m.commit, this.raftLog.lastIndex()));
    this.send(
      message({
        type: MessageType.HeartbeatResp,
        to: m.from,
        context: m.context,
        recovering: this.recoverTo > 0,
      }),
    );
  }

  private handleSnapshot(m: Message): void {
    if (m.snapshot !== null && this.restore(m.snapshot)) {
      this.send(message({ type: MessageType.AppResp, to: m.from, index: this.raftLog.lastIndex() }));
      this.maybeRecovered(this.raftLog.lastIndex());
    } else {
      this.send(message({ type: MessageType.AppResp, to: m.from, index: this.raftLog.committed }));
    }
  }

  /** Installs a snapshot from the leader; false when it is stale or refused. */
  restore(snapshot: Snapshot): boolean {
    const { index, term, confState } = snapshot.metadata;
    if (index <= this.raftLog.committed) return false;
    if (this.state !== StateType.Follower) {
      // Defense in depth: only a follower installs snapshots.
      this.becomeFollower(this.term + 1, NONE);
      return false;
    }
    const members = [...confState.voters, ...confState.learners, ...confState.votersOutgoing];
    if (!members.includes(this.id)) {
      this.recordEvent({ kind: "snapshot-refused", index, reason: "configuration excludes this node" });
      return false;
    }
    if (this.raftLog.matchTerm(index, term)) {
      // We already have the snapshot's last entry: only the commit index moves.
      this.raftLog.commitTo(index);
      return false;
    }
    let restored: ChangeResult;
    try {
      restored = restoreConfig(confState, {
        lastIndex: index,
        maxInflightMessages: this.config.maxInflightMsgs,
        maxInflightBytes: this.config.maxInflightBytes,
      });
    } catch (e) {
      if (!(e instanceof ConfChangeError)) throw e;
      this.recordEvent({ kind: "snapshot-refused", index, reason: e.reason });
      return false;
    }
    this.raftLog.restore(snapshot);
    this.trk = new ProgressTracker(this.config.maxInflightMsgs, this.config.maxInflightBytes);
    this.switchToConfig(restored);
    return true;
  }

  /**
   * Whether this node may campaign: a voter, not in the middle of installing a snapshot, not
   * recovering lost entries (which also refuses a leadership transfer to it: MsgTimeoutNow).
   */
  promotable(): boolean {
    const pr = this.trk.progress.get(this.id);
    return (
      pr !== undefined && !pr.isLearner && !this.raftLog.hasNextOrInProgressSnapshot() && this.recoverTo === 0
    );
  }

  /**
   * Applies a committed conf change. A change that is invalid here is invalid identically on
   * every node (they share the configuration history), so refusing it is a deterministic no-op.
   */
  applyConfChange(cc: ConfChangeV2): ConfState {
    const changer = new Changer(this.trk.config, this.trk.progress, {
      lastIndex: this.raftLog.lastIndex(),
      maxInflightMessages: this.config.maxInflightMsgs,
      maxInflightBytes: this.config.maxInflightBytes,
    });
    let result: ChangeResult;
    try {
      if (isLeaveJoint(cc)) {
        result = changer.leaveJoint();
      } else {
        const { joint, autoLeave } = enterJoint(cc);
        result = joint ? changer.enterJoint(autoLeave, cc.changes) : changer.simple(cc.changes);
      }
    } catch (e) {
      if (!(e instanceof ConfChangeError)) throw e;
      this.recordEvent({ kind: "conf-change-refused", reason: e.reason });
      return this.trk.confState();
    }
    return this.switchToConfig(result);
  }

  private switchToConfig(result: ChangeResult): ConfState {
    this.trk.config = result.config;
    this.trk.progress = result.progress;
    const cs = this.trk.confState();
    const pr = this.trk.progress.get(this.id);
    this.isLearner = pr !== undefined && pr.isLearner;
    if ((pr === undefined || this.isLearner) && this.state === StateType.Leader) {
      // Removed or demoted: stop leading, so a member can take over within an election timeout.
      if (this.config.stepDownOnRemoval) this.becomeFollower(this.term, NONE);
      return cs;
    }
    if (this.state !== StateType.Leader || cs.voters.length === 0) return cs;
    if (this.maybeCommit()) {
      this.bcastAppend(true);
    } else {
      // Probe newly added members now rather than at the next heartbeat.
      this.trk.visit((id) => {
        if (id !== this.id) this.maybeSendAppend(id, false);
      });
    }
    if (this.leadTransferee !== NONE && !this.trk.isVoter(this.leadTransferee)) this.abortLeaderTransfer();
    return cs;
  }

  describeConfig(): string {
    return describeConfig(this.trk.config);
  }

  private pastElectionTimeout(): boolean {
    return this.electionElapsed >= this.randomizedElectionTimeout;
  }

  private resetRandomizedElectionTimeout(): void {
    this.randomizedElectionTimeout = this.config.electionTicks + this.prng.below(this.config.electionTicks);
  }

  /** For tests: pin the randomized timeout. */
  setRandomizedElectionTimeout(ticks: number): void {
    this.randomizedElectionTimeout = ticks;
  }

  private sendTimeoutNow(to: NodeId): void {
    // The transferee leads next: tell it the commit first. A new leader takes no conf change
    // until it has applied its whole log, and else would wait to commit an entry of its own term.
    this.noticeCommitUpTo(to, this.raftLog.committed);
    this.send(message({ type: MessageType.TimeoutNow, to }));
  }

  abortLeaderTransfer(): void {
    if (this.leadTransferee === NONE) return;
    this.leadTransferee = NONE;
    // The transferee may have been elected already (MsgTimeoutNow may be out), and the transfer
    // reset the election clock: no lease until a quorum acks again.
    for (const pr of this.trk.progress.values()) pr.acknowledgedThisRound = false;
  }

  private increaseUncommittedSize(entries: readonly Entry[]): boolean {
    const limit = this.config.maxUncommittedEntriesSize;
    const bytes = sumPayloadBytes(entries);
    // Empty entries (a new leader's, auto-leave) are never refused, and neither is the first
    // proposal into an empty tail, however large.
    if (limit > 0 && this.uncommittedSize > 0 && bytes > 0 && this.uncommittedSize + bytes > limit)
      return false;
    this.uncommittedSize += bytes;
    return true;
  }
}

function encodeLeaveJoint(): Entry {
  // An empty ConfChangeV2 encodes to zero bytes.
  return { term: 0, index: 0, type: EntryType.ConfChangeV2, data: new Uint8Array(0) };
}
