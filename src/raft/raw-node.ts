// The public, synchronous face of the Raft core: feed it ticks and messages, take a Ready,
// persist and send what it says, apply what is committed, then advance.
import { checkPeerMessage } from "./peer-message.js";
import { assert } from "../assert.js";
import { encodeConfChange, encodeConfChangeV2 } from "./codec.js";
import type { RaftConfig } from "./config.js";
import { resolveConfig } from "./config.js";
import { confChangeToV2 } from "./confchange.js";
import { RaftError } from "./errors.js";
import { checkInvariants } from "./invariants.js";
import { Raft, StateType } from "./raft.js";
import type { RaftEvent, SoftState } from "./raft.js";
import type { ReadState } from "./read-only.js";
import type { Status } from "./status.js";
import { getStatus } from "./status.js";
import type {
  ConfChange,
  ConfChangeV2,
  ConfState,
  Entry,
  HardState,
  Message,
  NodeId,
  Snapshot,
} from "./types.js";
import {
  EntryType,
  MessageType,
  isLocalMessage,
  isResponseMessage,
  message,
  messageTypeName,
} from "./types.js";
import { entryBytes } from "./types.js";

/** A read that may be served once applied >= index; readId tells a retry from the original. */
export interface ReadIndexState {
  readonly index: number;
  readonly requestCtx: Uint8Array;
  readonly readId: number;
}

/**
 * Everything the driver must do, in order:
 * 1. persist `entries`, `hardState` and `snapshot` (one synced batch when `mustSync`);
 * 2. send `messages` (at any time, even before step 1: the leader's appends may go out while it
 *    writes its own copy) and `messagesAfterDurable` (only once step 1 is durable);
 * 3. apply `snapshot` and `committedEntries`, calling applyConfChange for conf changes;
 * 4. call advance().
 */
export interface Ready {
  readonly softState: SoftState | null;
  readonly hardState: HardState | null;
  readonly readStates: readonly ReadIndexState[];
  readonly entries: readonly Entry[];
  readonly snapshot: Snapshot | null;
  readonly committedEntries: readonly Entry[];
  readonly messages: readonly Message[];
  readonly messagesAfterDurable: readonly Message[];
  readonly mustSync: boolean;
}

export const SnapshotStatus = { Finish: "finish", Failure: "failure" } as const;
export type SnapshotStatus = (typeof SnapshotStatus)[keyof typeof SnapshotStatus];

/** What a taken Ready leaves to report back: opaque to the driver. */
export interface ReadyWork {
  readonly __readyWork?: never;
}

interface Pending extends ReadyWork {
  readonly lastEntry: Entry | undefined;
  readonly snapshot: Snapshot | null;
  readonly lastCommitted: Entry | undefined;
  readonly committedBytes: number;
  readonly committedPayload: number;
  readonly stepsOnAdvance: readonly Message[];
}

const READ_ID_BYTES = 8;

export class RawNode {
  private readonly raft: Raft;
  private prevSoftState: SoftState;
  private prevHardState: HardState;
  private pending: Pending | null = null;
  private failure: RaftError | null = null;
  /**
   * Starts at a value taken from the node's prng, so a restarted node (a new RawNode with its
   * own prng) does not reuse the read ids of its previous life: an answer to a read asked before
   * a crash, still in flight, must never be taken for the answer to a read asked after it.
   */
  private nextReadId: number;
  private readonly checkAfterEachStep: boolean;

  constructor(config: RaftConfig & { readonly checkInvariants?: boolean }) {
    const { checkInvariants: check, ...raftConfig } = config;
    this.raft = new Raft(resolveConfig(raftConfig));
    this.prevSoftState = this.raft.softState();
    this.prevHardState = this.raft.hardState();
    this.checkAfterEachStep = check ?? false;
    this.nextReadId = raftConfig.prng.peekDigest() || 1;
  }

  get id(): NodeId {
    return this.raft.lead;
  }

  /** While > 0: the index a leader must bring the log to before this node votes or campaigns. */
  get recoverTo(): number {
    return this.raft.recoverTo;
  }

  /** Advances logical time by one tick. */
  tick(): void {
    this.guard(() => this.raft.tick());
  }

  /** Starts an election now (subject to PreVote). */
  campaign(): void {
    this.guard(() => this.raft.step(message({ type: MessageType.Hup })));
  }

  /** Proposes data to be appended; throws RaftError PROPOSAL_DROPPED when it cannot be. */
  propose(data: Uint8Array): void {
    this.proposeEntries([data]);
  }

  /**
   * proposeEntries proposes several entries as one message: appended together (or dropped
   * together), and replicated in one append per follower rather than one per entry.
   */
  proposeEntries(data: readonly Uint8Array[]): void {
    // Lists on the write path grow by push, not map: TurboFan's inlined map makes a HOLEY
    // array where the builtin makes a PACKED one, and every function the entries reach would
    // deoptimise (wrong map) when this one is optimised.
    const entries: Entry[] = [];
    for (const d of data) entries.push({ term: 0, index: 0, type: EntryType.Normal, data: d });
    this.guard(() => this.raft.step(message({ type: MessageType.Prop, from: this.raft.id, entries })));
  }

  proposeConfChange(cc: ConfChange | ConfChangeV2): void {
    const entry: Entry =
      "nodeId" in cc
        ? { term: 0, index: 0, type: EntryType.ConfChange, data: encodeConfChange(cc) }
        : { term: 0, index: 0, type: EntryType.ConfChangeV2, data: encodeConfChangeV2(cc) };
    this.proposeEntry(entry);
  }

  private proposeEntry(entry: Entry): void {
    this.guard(() =>
      this.raft.step(message({ type: MessageType.Prop, from: this.raft.id, entries: [entry] })),
    );
  }

  /** Applies a committed conf change; returns the configuration now in force. */
  applyConfChange(cc: ConfChange | ConfChangeV2): ConfState {
    const v2 = "nodeId" in cc ? confChangeToV2(cc) : cc;
    return this.guard(() => this.raft.applyConfChange(v2));
  }

  /** Steps a message from the network. Local message types are refused with a typed error. */
  step(m: Message): void {
    if (isLocalMessage(m.type)) {
      throw new RaftError({ code: "STEP_LOCAL_MESSAGE", messageType: messageTypeName(m.type) });
    }
    checkPeerMessage(m, this.raft.id);
    if (isResponseMessage(m.type) && !this.raft.trk.progress.has(m.from)) {
      // A response from a node we no longer track: nothing to update.
      return;
    }
    this.guard(() => {
      try {
        this.raft.step(m);
      } catch (e) {
        // A forwarded proposal this node cannot take is dropped; its sender retries.
        if (!(e instanceof RaftError && e.code === "PROPOSAL_DROPPED")) throw e;
      }
    });
  }

  /**
   * Requests a linearizable read. Returns a fresh read id, carried back in the ReadIndexState,
   * so a response to an earlier attempt is never mistaken for the answer to a retry.
   */
  readIndex(context: Uint8Array = new Uint8Array(0)): number {
    const readId = this.nextReadId;
    // 0 means "untagged"; ids wrap within 32 bits.
    this.nextReadId = (this.nextReadId + 1) >>> 0 || 1;
    const tagged = new Uint8Array(READ_ID_BYTES + context.length);
    new DataView(tagged.buffer).setUint32(0, this.raft.id >>> 0);
    new DataView(tagged.buffer).setUint32(4, readId);
    tagged.set(context, READ_ID_BYTES);
    this.guard(() =>
      this.raft.step(message({ type: MessageType.ReadIndex, from: this.raft.id, context: tagged })),
    );
    return readId;
  }

  /** Asks the leader to hand leadership to `transferee`. */
  transferLeader(transferee: NodeId): void {
    this.guard(() => this.raft.step(message({ type: MessageType.TransferLeader, from: transferee })));
  }

  /**
   * Forgets the current leader (keeping the term), so this follower may grant PreVotes at once.
   * Refused under lease-based reads, where it would let a new leader serve reads under the old lease.
   */
  forgetLeader(): void {
    if (this.raft.config.readOnlyOption === "lease-based") {
      throw new RaftError({ code: "FORGET_LEADER_REFUSED", reason: "lease-based reads are enabled" });
    }
    this.guard(() => this.raft.step(message({ type: MessageType.ForgetLeader })));
  }

  reportUnreachable(id: NodeId): void {
    this.guard(() => this.raft.step(message({ type: MessageType.Unreachable, from: id })));
  }

  reportSnapshot(id: NodeId, status: SnapshotStatus): void {
    const reject = status === SnapshotStatus.Failure;
    this.guard(() => this.raft.step(message({ type: MessageType.SnapStatus, from: id, reject })));
  }

  hasReady(): boolean {
    if (this.failure !== null) return false;
    const r = this.raft;
    if (this.softStateChanged(r.softState())) return true;
    if (!hardStateEqual(r.hardState(), this.prevHardState)) return true;
    if (r.raftLog.nextUnstableSnapshot() !== null) return true;
    if (r.msgs.length > 0 || r.msgsAfterAppend.length > 0) return true;
    if (r.raftLog.hasNextUnstableEntries() || r.raftLog.hasNextCommittedEntries(true)) return true;
    return r.readStates.length > 0;
  }

  /** Takes the work to do now. Call advance() once it is done, before the next ready(). */
  ready(): Ready {
    assert(this.pending === null, "ready() called again before advance()");
    const { ready, work } = this.takeReady();
    this.pending = work as Pending;
    return ready;
  }

  /** The last Ready was persisted, sent and applied. */
  advance(): void {
    const p = this.pending;
    assert(p !== null, "advance() without a ready()");
    this.pending = null;
    this.applied(p);
    this.persisted(p);
  }

  /**
   * takeReady is ready() for a pipelined driver (etcd raft's asynchronous storage writes,
   * Raft thesis §10.2.1): it may be called again while earlier Readies are still being written
   * or applied. For each one the driver reports persisted(work) once its write is durable — in
   * the order the Readies were taken — and applied(work) once its committed entries are applied
   * (committed entries may be applied before they are durable here: a quorum holds them). A
   * Ready with a snapshot must be persisted and restored before the next one is taken.
   */
  takeReady(): { readonly ready: Ready; readonly work: ReadyWork } {
    return this.guard(() => this.take(true));
  }

  /**
   * Whether takeUnwritten has work: messages that wait for no write, committed entries to apply
   * or read states — and no change of leader or role, which a full Ready reports first.
   */
  hasUnwritten(): boolean {
    if (this.failure !== null) return false;
    const r = this.raft;
    if (this.softStateChanged(r.softState())) return false;
    return r.msgs.length > 0 || r.raftLog.hasNextCommittedEntries(true) || r.readStates.length > 0;
  }

  /**
   * takeUnwritten is takeReady without its write, for a driver whose writes in flight are at
   * its bound: the messages that never wait for a write (a follower's forwarded proposals, a
   * leader's appends), the committed entries and the read states go now, not once a write lands;
   * entries, hard state, snapshot and acknowledgements stay for the next takeReady. There is
   * nothing to persist: report only applied(work).
   */
  takeUnwritten(): { readonly ready: Ready; readonly work: ReadyWork } {
    return this.guard(() => this.take(false));
  }

  private softStateChanged(soft: SoftState): boolean {
    return soft.lead !== this.prevSoftState.lead || soft.raftState !== this.prevSoftState.raftState;
  }

  private take(write: boolean): { readonly ready: Ready; readonly work: ReadyWork } {
    const r = this.raft;
    const entries = write ? r.raftLog.nextUnstableEntries() : [];
    const committedEntries = r.raftLog.nextCommittedEntries(true);
    const snapshot = write ? r.raftLog.nextUnstableSnapshot() : null;
    const soft = r.softState();
    const hard = r.hardState();
    const softChanged = write && this.softStateChanged(soft);
    const hardChanged = write && !hardStateEqual(hard, this.prevHardState);
    const rd: Ready = {
      softState: softChanged ? soft : null,
      hardState: hardChanged ? hard : null,
      readStates: r.readStates.map((rs) => untagRead(rs)),
      entries,
      snapshot,
      committedEntries,
      messages: r.msgs,
      messagesAfterDurable: write ? r.msgsAfterAppend.filter((m) => m.to !== r.id) : [],
      mustSync:
        entries.length > 0 ||
        snapshot !== null ||
        (write && (hard.term !== this.prevHardState.term || hard.vote !== this.prevHardState.vote)),
    };
    let committedBytes = 0;
    let committedPayload = 0;
    for (const e of committedEntries) {
      committedBytes += entryBytes(e);
      committedPayload += e.data.length;
    }
    const work: Pending = {
      lastEntry: entries[entries.length - 1],
      snapshot,
      lastCommitted: committedEntries[committedEntries.length - 1],
      committedBytes,
      committedPayload,
      stepsOnAdvance: write ? r.msgsAfterAppend.filter((m) => m.to === r.id) : [],
    };
    if (softChanged) this.prevSoftState = soft;
    if (hardChanged) this.prevHardState = hard;
    r.readStates = [];
    r.msgs = [];
    if (write) {
      r.msgsAfterAppend = [];
      r.raftLog.acceptUnstable();
    }
    if (rd.committedEntries.length > 0 && work.lastCommitted !== undefined) {
      r.raftLog.acceptApplying(work.lastCommitted.index, committedBytes, true);
    }
    return { ready: rd, work };
  }

  /** The Ready of `work` is durable (its entries, hard state and snapshot). */
  persisted(work: ReadyWork): void {
    const p = work as Pending;
    this.guard(() => {
      const r = this.raft;
      if (p.lastEntry !== undefined) r.raftLog.stableTo(p.lastEntry.index, p.lastEntry.term);
      if (p.snapshot !== null) r.appliedSnapshot(p.snapshot);
      // Our own acknowledgements (self-votes, the leader's append) count only now, once durable.
      for (const m of p.stepsOnAdvance) r.step(m);
    });
  }

  /** The committed entries of `work` are applied. */
  applied(work: ReadyWork): void {
    const p = work as Pending;
    if (p.lastCommitted === undefined) return;
    this.guard(() => {
      this.raft.appliedTo(p.lastCommitted!.index, p.committedBytes);
      this.raft.reduceUncommittedSize(p.committedPayload);
    });
  }

  status(): Status {
    return getStatus(this.raft);
  }

  /** Notable decisions since the last call (refused conf changes and snapshots). */
  takeEvents(): RaftEvent[] {
    const events = this.raft.events;
    this.raft.events = [];
    return events;
  }

  /** Checks the core's internal invariants; returns the problems found (empty when sound). */
  invariantProblems(): string[] {
    return checkInvariants(this.raft);
  }

  /** For tests: the state machine underneath. */
  get raftForTesting(): Raft {
    return this.raft;
  }

  isLeader(): boolean {
    return this.raft.state === StateType.Leader;
  }

  /** The leader this node knows (NONE if none): status().softState.lead without building a status. */
  leader(): NodeId {
    return this.raft.lead;
  }

  /**
   * Runs fn; a storage failure stops the node for good (fail-stop) and is reported to every
   * later caller, rather than leaving a half-updated state machine running.
   */
  private guard<T>(fn: () => T): T {
    if (this.failure !== null) throw this.failure;
    try {
      const result = fn();
      if (this.checkAfterEachStep) {
        const problems = checkInvariants(this.raft);
        assert(
          problems.length === 0,
          `raft invariants violated on node ${this.raft.id}: ${problems.join("; ")}`,
        );
      }
      return result;
    } catch (e) {
      if (e instanceof RaftError && e.code === "STORAGE_FAILED") this.failure = e;
      throw e;
    }
  }
}

function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

function untagRead(rs: ReadState): ReadIndexState {
  const ctx = rs.requestCtx;
  if (ctx.length < READ_ID_BYTES) return { index: rs.index, requestCtx: ctx, readId: 0 };
  const readId = new DataView(ctx.buffer, ctx.byteOffset, ctx.byteLength).getUint32(4);
  return { index: rs.index, requestCtx: ctx.slice(READ_ID_BYTES), readId };
}
