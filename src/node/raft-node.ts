// The Raft driver: runs the pure Raft core against the WAL, the store and a transport, through
// the Clock and RaftTransport seams, so the same code runs in a manager and in the simulator.
// Pipelined (etcd raft's asynchronous storage writes; Raft thesis §10.2.1): while one Ready's
// batch is being written and synced, the next is taken, its messages sent and its committed
// entries applied. What depends on durability — acknowledgements, votes, the leader's own
// count toward commit — waits for its own write, in order.
import { assert } from "../assert.js";
import { encodeProposal } from "../fsm/codec.js";
import { proposalBytesMax } from "../fsm/limits.js";
import type { StoreAction } from "../fsm/objects.js";
import type { SnapshotEncoder } from "../fsm/snapshot-encoder.js";
import type { Store } from "../fsm/store.js";
import { RaftError } from "../raft/errors.js";
import type { Prng } from "../raft/prng.js";
import type { SoftState } from "../raft/raft.js";
import type { Ready, ReadyWork, SnapshotStatus } from "../raft/raw-node.js";
import { RawNode } from "../raft/raw-node.js";
import type { MemoryStorage } from "../raft/storage.js";
import { withoutSuperseded } from "../raft/superseded.js";
import type { ConfChange, ConfState, Entry, Message, NodeId, Snapshot } from "../raft/types.js";
import { ConfChangeType, EntryType, MessageType, NONE, isLocalMessage, message } from "../raft/types.js";
import { WalError } from "../wal/errors.js";
import type { RotationStatus, Wal } from "../wal/wal.js";
import { NodeError } from "./errors.js";
import type { NodeEvent, SnapshotReason } from "./events.js";
import { SnapshotPace } from "./snapshot-pace.js";
import { rotationSnapshotDelayMs, snapshotJitterPerMilleMax, snapshotReason } from "./snapshot-policy.js";
import { caughtUpLearners, checkRemoval, transferTarget } from "./member-checks.js";
import type { Membership } from "./membership.js";
import { decodeConfChangeEntry, encodeAddress } from "./membership.js";
import { openState } from "./open.js";
import { NODE_DEFAULTS } from "./options.js";
import type { RaftNodeOptions } from "./options.js";
import type { Cancel, Clock, RaftTransport } from "./seams.js";
import { SnapshotDataWriter, decodeReceivedSnapshot } from "./snapshot-data.js";
import type { MemberAddress, ReceivedSnapshot } from "./snapshot-data.js";
import type { Lifecycle, RaftNodeStatus } from "./status.js";
import { raftNodeStatus } from "./status.js";
import { Requests } from "./requests.js";
import type { Applied } from "./requests.js";

export type { Applied };

/**
 * How many Readies may be written at once (each one batch; the WAL seals one while the last
 * syncs, and group-commits the rest behind it). A Ready taken while the disk syncs joins the
 * next group; one held back by this bound waits for that sync to land and then for the group
 * after it, an extra sync's time. 16 keeps busy nodes below it: at 64 writes in flight over all
 * members a leader at 4 took 62 % of its Readies at the bound (takeUnwritten), its entries
 * waiting 4.8 ms on average to be written, a follower's 3-4 ms; at 16, 6 % and 0.6-0.8 ms.
 */
export const writesInFlightMax = 16;

/**
 * Bytes of an encoded snapshot copied into its data per turn of the loop (SnapshotDataWriter):
 * about 2 ms each, where the whole copy of a 100,000-secret store's 29 MB took 26-123 ms.
 */
const snapshotCopySliceBytes = 2 * 1024 * 1024;

/** A proposal waiting for the loop's next turn, which hands Raft all of them at once. */
interface Proposed {
  readonly id: number;
  readonly data: Uint8Array;
}

/** A snapshot encoded off the loop, waiting to be saved. */
interface EncodedSnapshot {
  readonly index: number;
  readonly conf: ConfState;
  readonly data: Uint8Array;
  readonly reason: SnapshotReason;
  /** #snapshotGeneration when it was made. */
  readonly generation: number;
  /** The monotonic clock when encoding began (the snapshot event reports encode and save time). */
  readonly startedMs: number;
  /** Store objects copied from the previous snapshot rather than encoded. */
  readonly copied: number;
}

type Resolved = Required<Omit<RaftNodeOptions, "initial" | "onEvent" | "raft" | "store">> &
  Pick<RaftNodeOptions, "onEvent">;

export class RaftNode {
  readonly id: NodeId;
  /** The replicated store; read it freely, change it only through propose(). */
  readonly store: Store;
  readonly #raw: RawNode;
  readonly #storage: MemoryStorage;
  readonly #wal: Wal;
  readonly #transport: RaftTransport;
  readonly #clock: Clock;
  #o: Resolved;
  readonly #membership: Membership;
  #lifecycle: Lifecycle = "open";
  /** Invariant: #applied === store.appliedIndex, or the snapshot index before any entry. */
  #applied: number;
  #conf: ConfState;
  #soft: SoftState;
  /** Addresses given to the transport, to add and remove peers as membership changes. */
  readonly #peers = new Map<NodeId, string>();
  readonly #lastHeardMs = new Map<NodeId, number>();
  readonly #requests: Requests;
  /**
   * Proposals made since the loop last turned. Stepped into Raft together (#stepProposed): a
   * leader appends them at once and sends each follower one append for all, instead of one
   * message — and one acknowledgement back — per proposal.
   */
  #proposed: Proposed[] = [];
  readonly #leaderWatchers = new Set<() => void>();
  /** Ends every #leaderChangeWithin wait early (as a timeout): close() runs them. */
  readonly #leaderWaitEnds = new Set<() => void>();
  #promoting: NodeId | null = null;
  #cancelTick: Cancel | null = null;
  #wake: (() => void) | null = null;
  /** A wake of the loop is on its way (see #kick). */
  #wakeDeferred = false;
  #loop: Promise<void> | null = null;
  /** Readies whose write (or, with nothing to write, whose predecessors' writes) is not durable yet. */
  #writesInFlight = 0;
  /** Settles once every Ready taken so far is durable and its durable-side work done. */
  #durable: Promise<void> = Promise.resolve();
  /** A conf change was applied since the last snapshot: the next snapshot is due. */
  #confChangedSinceSnapshot = false;
  /**
   * Bytes of entry data applied after the index of the latest snapshot (or of the one being
   * encoded): the size condition of the next interval snapshot. After a restart the entries
   * past the recovered snapshot are applied again, and counted again.
   */
  #appliedBytesSinceSnapshot = 0;
  readonly #jitterPrng: Prng;
  /**
   * Thousandths added to the next interval snapshot's thresholds, drawn anew after each one,
   * so that the managers of a cluster — which apply the same entries at about the same moment
   * — do not all encode and seal their stores in the same instant.
   */
  #snapshotJitterPerMille: number;
  /** A snapshot is being encoded off the loop (#encodeSnapshot). */
  #snapshotEncoding = false;
  /** An encoded snapshot the loop has yet to save. */
  #snapshotEncoded: EncodedSnapshot | null = null;
  /** A snapshot being saved beside the loop (#saveBeside), and its compaction; one at a time. */
  #snapshotSaving: Promise<void> | null = null;
  /** Bumped when a leader's snapshot replaces the store: a snapshot encoded before it is dropped. */
  #snapshotGeneration = 0;
  /**
   * When a due DEK-rotation snapshot may begin (the monotonic clock), this node's turn after the
   * members ranked before it (rotationSnapshotDelayMs); null when none is due. The timer wakes
   * the loop then.
   */
  #rotationSnapshotAtMs: number | null = null;
  #cancelRotationWait: Cancel | null = null;
  #closing: Promise<void> | null = null;
  #failure: NodeError | null = null;
  /** The WAL lost entries this node may have acknowledged, and no leader has repaired them yet. */
  #recovering: boolean;

  private constructor(options: RaftNodeOptions, opened: Awaited<ReturnType<typeof openState>>, raw: RawNode) {
    this.id = options.id;
    this.store = opened.store;
    this.#raw = raw;
    this.#storage = opened.storage;
    this.#wal = options.wal;
    this.#transport = options.transport;
    this.#clock = options.clock;
    this.#membership = opened.membership;
    this.#applied = opened.applied;
    this.#conf = opened.storage.snapshot().metadata.confState;
    this.#soft = raw.status().softState;
    this.#o = {
      ...NODE_DEFAULTS,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    } as Resolved;
    this.#requests = new Requests(this.#clock, options.prng.fork());
    this.#jitterPrng = options.prng.fork();
    this.#snapshotJitterPerMille = this.#jitterPrng.below(snapshotJitterPerMilleMax);
    this.#recovering = raw.recoverTo > 0;
  }

  /**
   * open builds a node from what its WAL recovered: the storage mirror, the store restored
   * from the snapshot (entries after it are applied again as Raft hands them out), the
   * membership. An empty WAL is bootstrapped or joins as `initial` says. The node owns the
   * WAL and the transport from here on.
   */
  static async open(options: RaftNodeOptions): Promise<RaftNode> {
    const storeOptions = options.store ?? {};
    const opened = await openState({
      id: options.id,
      wal: options.wal,
      recovered: options.recovered,
      initial: options.initial,
      storeOptions,
    });
    const raw = new RawNode({
      ...options.raft,
      id: options.id,
      storage: opened.storage,
      prng: options.prng.fork(),
      applied: opened.applied,
      electionTicks: options.electionTicks ?? NODE_DEFAULTS.electionTicks,
      heartbeatTicks: options.heartbeatTicks ?? NODE_DEFAULTS.heartbeatTicks,
      checkQuorum: true,
      preVote: true,
      stepDownOnRemoval: true,
      // A follower waits for a commit only to answer a proposal or read it passed on.
      lazyCommitNotices: true,
      checkInvariants: options.checkInvariants ?? false,
      // Protocol-aware recovery: entries this node may have acknowledged were lost on disk.
      recoverTo: options.recovered.lost?.recoverTo ?? 0,
    });
    return new RaftNode(options, opened, raw);
  }

  // ---- lifecycle ----

  /** start gives the transport its handlers, starts ticking and the Ready loop. */
  async start(): Promise<void> {
    assert(this.#lifecycle === "open", `start() on a ${this.#lifecycle} node`);
    await this.#transport.start({
      onMessage: (m) => this.#onMessage(m),
      onUnreachable: (peer) => this.#onPeerReport(() => this.#raw.reportUnreachable(peer)),
      onSnapshotStatus: (peer, status: SnapshotStatus) =>
        this.#onPeerReport(() => this.#raw.reportSnapshot(peer, status)),
      isRemoved: (peer) => this.#membership.isRemoved(peer),
      onRemoved: (by) => this.#onRemoved(by),
    });
    if (this.#lifecycle !== "open") return; // Closed while the transport started.
    this.#syncPeers();
    this.#emit({ kind: "started", id: this.id, applied: this.#applied });
    const lost = this.#o.recovered.lost;
    if (lost !== null) this.#emit({ kind: "lost-entries", ...lost });
    if (this.#membership.isRemoved(this.id)) {
      this.#lifecycle = "removed";
      return;
    }
    this.#lifecycle = "running";
    this.#cancelTick = this.#clock.setInterval(() => this.#tick(), this.#o.tickMs);
    // A sole voter need not wait an election timeout to lead (SwarmKit campaigns at once too).
    if (this.#conf.voters.length === 1 && this.#conf.voters[0] === this.id) this.#raw.campaign();
    this.#loop = this.#run();
  }

  /**
   * stop shuts the node down; with transferLeadership a leader first hands leadership to the
   * most caught-up reachable voter (and waits up to an election timeout for it to take over),
   * so the cluster does not sit leaderless for an election timeout.
   */
  async stop(options: { transferLeadership?: boolean } = {}): Promise<void> {
    if (options.transferLeadership === true && this.#lifecycle === "running") {
      await this.#transferLeadership().catch(() => undefined);
    }
    await this.close();
  }

  /** close stops at once: pending requests fail with STOPPED, then transport and WAL close. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    const was = this.#lifecycle;
    if (was !== "failed") this.#lifecycle = "closing";
    this.#cancelTick?.();
    this.#cancelTick = null;
    this.#cancelRotationWait?.();
    this.#cancelRotationWait = null;
    this.#requests.rejectAll(() => new NodeError({ code: "STOPPED", state: "closed" }));
    for (const end of [...this.#leaderWaitEnds]) end();
    this.#kick();
    await this.#loop?.catch(() => undefined);
    await this.#durable.catch(() => undefined);
    await this.#snapshotSaving?.catch(() => undefined);
    await this.#transport.close();
    await this.#wal.close();
    if (this.#lifecycle !== "failed") this.#lifecycle = "closed";
    this.#emit({ kind: "stopped" });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  get lifecycle(): Lifecycle {
    return this.#lifecycle;
  }

  /**
   * True when the loop waits: for work, or for writes in flight to land (for simulation: a
   * held disk write keeps nothing else from settling).
   */
  get idle(): boolean {
    return (
      this.#lifecycle !== "running" ||
      (this.#wake !== null && !this.#canTakeReady() && !this.#canTakeUnwritten())
    );
  }

  /** Readies taken whose writes are not durable yet (for tests and metrics). */
  get writesInFlight(): number {
    return this.#writesInFlight;
  }

  // ---- requests ----

  /**
   * propose replicates `actions` and resolves once this node has applied them. Followers
   * forward to the leader (Raft does). Fails with a NodeError: NOT_LEADER (no leader known),
   * TOO_LARGE, DROPPED, LOST_LEADERSHIP, SNAPSHOT_INSTALLED, TIMEOUT, REJECTED (the store refused it), STOPPED.
   */
  async propose(actions: readonly StoreAction[], options: { timeoutMs?: number } = {}): Promise<Applied> {
    // Every outcome is reported once, with how long it took (proposals by outcome, latency).
    // One await, as without the report: callers see the same turns (the simulator's schedule).
    const startedMs = this.#clock.monotonicMs();
    try {
      const applied = await this.#startProposal(actions, options);
      this.#emit({ kind: "proposal", outcome: "applied", durationMs: this.#clock.monotonicMs() - startedMs });
      return applied;
    } catch (e) {
      const outcome = e instanceof NodeError ? e.code : "ERROR";
      this.#emit({ kind: "proposal", outcome, durationMs: this.#clock.monotonicMs() - startedMs });
      throw e;
    }
  }

  /** Hands a proposal to Raft and returns the wait for it to be applied; throws what it refuses at once. */
  #startProposal(actions: readonly StoreAction[], options: { timeoutMs?: number }): Promise<Applied> {
    const lead = this.#requireLeaderKnown("propose");
    const id = this.#requests.newId();
    const data = encodeProposal({ id, timestampMs: this.#clock.realtimeMs(), actions });
    if (data.length > proposalBytesMax) {
      throw new NodeError({ code: "TOO_LARGE", bytes: data.length, bytesMax: proposalBytesMax });
    }
    const applied = this.#requests.proposals.wait(
      id,
      { data, lead },
      options.timeoutMs ?? this.#o.requestTimeoutMs,
    );
    this.#proposed.push({ id, data });
    this.#kick();
    return applied;
  }

  /** Hands Raft the proposals made since the loop last turned, as few messages as their sizes allow. */
  #stepProposed(): void {
    if (this.#proposed.length === 0) return;
    // One its caller was already told failed (a timeout, a leader change) is not proposed at all.
    const proposed = this.#proposed.filter((p) => this.#requests.proposals.has(p.id));
    this.#proposed = [];
    let from = 0;
    let bytes = 0;
    for (let i = 0; i <= proposed.length; i++) {
      const next = proposed[i];
      // One message stays under a proposal's own limit, so a forwarded one always fits a frame.
      if (next !== undefined && (i === from || bytes + next.data.length <= proposalBytesMax)) {
        bytes += next.data.length;
        continue;
      }
      this.#stepProposals(proposed.slice(from, i));
      from = i;
      bytes = next?.data.length ?? 0;
    }
  }

  #stepProposals(batch: readonly Proposed[]): void {
    // Grown by push, not made by map: TurboFan's inlined map makes a HOLEY array where the
    // builtin makes a PACKED one, and the entries Raft builds from it then change their kind
    // the moment this function is optimised: a wrong-map deoptimisation of every function that
    // handles them, in Raft, the WAL and the transport, and their compilation again.
    const data: Uint8Array[] = [];
    for (const p of batch) data.push(p.data);
    this.#toRaft(
      () => this.#raw.proposeEntries(data),
      (e) => {
        if (batch.length > 1 && e.type.code === "DROPPED" && e.type.reason === "uncommitted-size-limit") {
          // Raft took none of them: one at a time, as many go in as would have without the batch.
          for (const p of batch) this.#stepProposals([p]);
          return;
        }
        for (const p of batch) this.#requests.proposals.reject(p.id, e);
      },
    );
  }

  /**
   * linearizableRead resolves once this node's store reflects every write committed before the
   * call (Raft's ReadIndex, thesis §6.4): read the store right after it resolves.
   */
  async linearizableRead(options: { timeoutMs?: number } = {}): Promise<void> {
    const lead = this.#requireLeaderKnown("linearizable read");
    const readId = this.#raw.readIndex();
    const served = this.#requests.reads.wait(
      readId,
      { lead, index: null },
      options.timeoutMs ?? this.#o.requestTimeoutMs,
    );
    this.#kick();
    await served;
  }

  /** addLearner adds a new manager as a learner; it is promoted to voter once caught up. Leader only. */
  async addLearner(id: NodeId, address: string): Promise<void> {
    this.#requireLeader("addLearner");
    if (this.#membership.isRemoved(id)) throw new NodeError({ code: "ID_REMOVED", id });
    if (this.#isMember(id)) throw new NodeError({ code: "ALREADY_MEMBER", id });
    await this.#proposeConfChange(ConfChangeType.AddLearnerNode, id, address);
  }

  /**
   * updateAddress records where a member now listens (a manager that came back on another
   * port, as a resumed promotion may), through a conf change every member applies. Leader only.
   */
  async updateAddress(id: NodeId, address: string): Promise<void> {
    this.#requireLeader("updateAddress");
    if (!this.#isMember(id)) throw new NodeError({ code: "NOT_MEMBER", id });
    if (this.#membership.address(id) === address) return;
    await this.#proposeConfChange(ConfChangeType.UpdateNode, id, address);
  }

  /**
   * removeMember removes a member for good (its id is never accepted again). Leader only, and
   * refused with QUORUM_AT_RISK when the remaining reachable voters would not form a quorum.
   */
  async removeMember(id: NodeId): Promise<void> {
    this.#requireLeader("removeMember");
    this.#checkRemovable(id);
    await this.#proposeConfChange(ConfChangeType.RemoveNode, id, "");
  }

  /**
   * leave removes this node from the cluster. A leader first checks the quorum and hands
   * leadership over; the removal is then proposed through the new leader.
   */
  async leave(options: { timeoutMs?: number } = {}): Promise<void> {
    this.#requireRunning();
    if (this.#raw.isLeader()) {
      this.#checkRemovable(this.id);
      if (this.#conf.voters.length > 1) await this.#transferLeadership();
    }
    this.#requireLeaderKnown("leave");
    await this.#proposeConfChange(ConfChangeType.RemoveNode, this.id, "", options.timeoutMs);
  }

  /** setSnapshotPolicy changes when the node snapshots and what it keeps behind one, from now on. */
  setSnapshotPolicy(policy: { snapshotEveryEntries: number; keepEntriesAfterSnapshot: number }): void {
    this.#o = { ...this.#o, ...policy };
    this.#kick();
  }

  /** requestDekRotation starts a DEK rotation in the WAL; the node snapshots to complete it. */
  async requestDekRotation(): Promise<void> {
    this.#requireRunning();
    await this.#wal.requestRotation();
    this.#kick();
  }

  status(): RaftNodeStatus {
    let dek: RotationStatus | null = null;
    if (this.#wal.status === "open") dek = this.#wal.rotation();
    return raftNodeStatus({
      raft: this.#raw.status(),
      lifecycle: this.#lifecycle,
      applied: this.#applied,
      snapshotIndex: this.#storage.snapshot().metadata.index,
      membership: this.#membership,
      isReachable: (id) => this.#isReachable(id),
      dek,
    });
  }

  // ---- inputs ----

  #tick(): void {
    if (this.#lifecycle !== "running") return;
    this.#toRaft(
      () => this.#raw.tick(),
      () => undefined,
    );
    this.#maybePromote();
    this.#kick();
  }

  #onMessage(m: Message): void {
    if (this.#lifecycle !== "running") return;
    // Untrusted input: drop what cannot be ours, never assert on it.
    let reason: string | null = null;
    if (m.to !== this.id) reason = `addressed to ${m.to}`;
    else if (this.#membership.isRemoved(m.from)) reason = "sender was removed";
    else if (isLocalMessage(m.type)) reason = "local message type";
    if (reason !== null) {
      this.#emit({ kind: "dropped-message", from: m.from, reason });
      return;
    }
    this.#lastHeardMs.set(m.from, this.#clock.monotonicMs());
    try {
      this.#raw.step(m);
    } catch (e) {
      if (!(e instanceof RaftError) || e.code === "STORAGE_FAILED") throw e;
      this.#emit({ kind: "dropped-message", from: m.from, reason: e.message });
    }
    this.#kick();
  }

  #onPeerReport(report: () => void): void {
    if (this.#lifecycle !== "running") return;
    this.#toRaft(report, () => undefined);
    this.#kick();
  }

  // ---- the Ready loop ----

  /**
   * Wakes the loop, once the input already there is handled (Clock.defer): the messages,
   * requests and finished writes that arrive in one turn of the event loop then go into one
   * Ready, not one Ready each. At 64 writes in flight over all members that took a leader from
   * a Ready per 4 writes to one per 11. A loop that is running needs no wake: it looks for work
   * before it waits.
   */
  #kick(): void {
    if (this.#wake === null || this.#wakeDeferred) return;
    this.#wakeDeferred = true;
    this.#clock.defer(() => {
      this.#wakeDeferred = false;
      const wake = this.#wake;
      this.#wake = null;
      wake?.();
    });
  }

  async #run(): Promise<void> {
    while (this.#lifecycle === "running" || this.#lifecycle === "removed") {
      try {
        this.#stepProposed();
        if (this.#canTakeReady()) {
          const { ready, work } = this.#raw.takeReady();
          await this.#handleReady(ready, work);
          continue;
        }
        if (this.#canTakeUnwritten()) {
          // At the bound of writes: what waits for no write still goes now (see takeUnwritten).
          const { ready, work } = this.#raw.takeUnwritten();
          this.#send(ready.messages);
          this.#applyReady(ready, work);
          continue;
        }
        this.#maybeSnapshot();
      } catch (e) {
        this.#fail(e);
        if (!(e instanceof WalError || e instanceof NodeError)) throw e;
        return;
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  /**
   * Sends a Ready's messages less those a later one implies (superseded.ts): a Ready taken after
   * several messages came in acknowledges each append, and tells a follower its commit index
   * just before an append that carries it — about half of the appends and acknowledgements at
   * 64 writes in flight.
   */
  #send(messages: readonly Message[]): void {
    this.#transport.send(withoutSuperseded(messages));
  }

  #canTakeReady(): boolean {
    return this.#raw.hasReady() && this.#writesInFlight < writesInFlightMax;
  }

  #canTakeUnwritten(): boolean {
    return this.#writesInFlight >= writesInFlightMax && this.#raw.hasUnwritten();
  }

  async #handleReady(rd: Ready, work: ReadyWork): Promise<void> {
    // Decode a received snapshot before persisting it: bad bytes stop the node, unpersisted.
    const received = rd.snapshot === null ? null : decodeReceivedSnapshot(rd.snapshot);
    if (rd.softState !== null) this.#onSoftState(rd.softState);
    // `messages` never depend on this Ready's write (the leader's appends go out while it
    // writes its own copy); `messagesAfterDurable` (acks, votes) wait for it.
    this.#send(rd.messages);
    const durable = this.#persist(rd, work);
    if (rd.snapshot !== null && received !== null) {
      // A leader's snapshot replaces the store: it is restored once durable, before anything after it.
      await durable;
      this.#restore(rd.snapshot, received);
    }
    this.#applyReady(rd, work);
  }

  /** Applies a Ready's committed entries and serves its reads. */
  #applyReady(rd: Ready, work: ReadyWork): void {
    let confChanged = false;
    for (const e of rd.committedEntries) confChanged = this.#applyEntry(e) || confChanged;
    if (rd.committedEntries.length > 0) this.#emit({ kind: "applied", index: this.#applied });
    this.#confChangedSinceSnapshot ||= confChanged;
    this.#requests.serveReads(rd.readStates, this.#applied);
    this.#raw.applied(work);
  }

  /**
   * Starts writing the Ready's batch (synced only when Raft needs it: `mustSync`) and queues
   * what must follow its durability, in Ready order: the storage mirror, Raft's record of what
   * is stable (the leader's own acknowledgement counts from here), the messages that
   * acknowledge it. Resolves once that is done; a failed write fails the node.
   */
  #persist(rd: Ready, work: ReadyWork): Promise<void> {
    const write = rd.hardState !== null || rd.entries.length > 0 || rd.snapshot !== null;
    // One shape for every batch: spreading whichever parts a Ready has made a batch of one of
    // eight shapes, each built by V8's object-spread runtime (most of #persist's own time).
    const saved = write
      ? this.#wal.save({
          hardState: rd.hardState ?? undefined,
          entries: rd.entries,
          snapshot: rd.snapshot ?? undefined,
          sync: rd.mustSync,
        })
      : null;
    const startedMs = this.#clock.monotonicMs();
    this.#writesInFlight++;
    const previous = this.#durable;
    const done = (async (): Promise<void> => {
      try {
        await previous;
        if (saved !== null) await saved;
      } finally {
        this.#writesInFlight--;
      }
      if (this.#lifecycle === "failed") return;
      this.#onDurable(rd, work, write, this.#clock.monotonicMs() - startedMs);
    })();
    this.#durable = done.catch((e: unknown) => {
      if (this.#lifecycle !== "failed") this.#fail(e);
    });
    // Taken into the loop again: more Readies may now be taken, or a snapshot may be due.
    void this.#durable.then(() => this.#kick());
    return done;
  }

  #onDurable(rd: Ready, work: ReadyWork, wrote: boolean, durationMs: number): void {
    // The mirror follows the disk: Raft reads it as its stable log (etcd's MemoryStorage).
    if (rd.snapshot !== null) this.#storage.applySnapshot(rd.snapshot);
    if (rd.entries.length > 0) this.#storage.append(rd.entries);
    if (rd.hardState !== null) this.#storage.setHardState(rd.hardState);
    this.#raw.persisted(work);
    this.#maybeRepaired();
    this.#send(rd.messagesAfterDurable);
    if (wrote) {
      this.#emit({
        kind: "saved",
        entries: rd.entries.length,
        lastIndex: this.#storage.lastIndex(),
        snapshot: rd.snapshot?.metadata.index ?? 0,
        synced: rd.mustSync,
        durationMs,
      });
    }
  }

  /** Reports the end of recovery once the leader's entries that ended it are durable. */
  #maybeRepaired(): void {
    if (!this.#recovering || this.#raw.recoverTo > 0) return;
    this.#recovering = false;
    this.#emit({ kind: "repaired", index: this.#storage.lastIndex() });
  }

  #restore(snapshot: Snapshot, data: ReceivedSnapshot): void {
    this.#snapshotGeneration++;
    this.#snapshotEncoded = null;
    this.#appliedBytesSinceSnapshot = 0;
    this.store.restoreContent(data.content);
    this.#membership.reset(data.members, data.removed);
    this.#conf = snapshot.metadata.confState;
    this.#applied = snapshot.metadata.index;
    this.#syncPeers();
    this.#requests.failSuperseded(this.#applied);
    this.#emit({ kind: "restored", index: this.#applied });
  }

  /** Applies one committed entry; true when it changed the configuration. */
  #applyEntry(e: Entry): boolean {
    if (e.index <= this.#applied) return false;
    this.#applied = e.index;
    this.#appliedBytesSinceSnapshot += e.data.length;
    if (e.type === EntryType.Normal) {
      // An empty entry is a new leader's no-op: nothing for the store.
      if (e.data.length === 0) this.store.passOver(e.index);
      else this.#requests.settleProposal(e, this.store.apply(e.index, e.data));
      return false;
    }
    this.store.passOver(e.index);
    const cc = decodeConfChangeEntry(e);
    const progressBefore = this.#raw.isLeader() ? this.#raw.status().progress : null;
    this.#conf = this.#raw.applyConfChange(cc);
    this.#membership.apply(cc, this.#conf);
    this.#drainRaftEvents();
    if (progressBefore !== null) this.#tellRemoved(progressBefore);
    this.#syncPeers();
    this.#emit({ kind: "membership", voters: this.#conf.voters, learners: this.#conf.learners });
    if ("nodeId" in cc) this.#requests.settleConfChange(cc, this.#conf);
    if (this.#membership.isRemoved(this.id)) this.#onRemoved();
    return true;
  }

  /**
   * Snapshots at the applied index when due: after a conf change (so a snapshot sent to a new
   * member includes it, or it would refuse it), every snapshotEveryEntries, and when a pending
   * DEK rotation needs one; then compacts the log behind it, keeping some for slow followers.
   * Only once the log is durable up to the applied index (entries are applied before they are
   * durable here). The store is frozen and encoded a slice at a time between Readies
   * (#encodeSnapshot), then saved beside the loop (#saveBeside).
   */
  #maybeSnapshot(): void {
    if (this.#lifecycle !== "running" && this.#lifecycle !== "removed") return;
    if (this.#wal.status !== "open" || this.#snapshotSaving !== null) return;
    const encoded = this.#snapshotEncoded;
    if (encoded !== null) {
      this.#snapshotEncoded = null;
      this.#saveBeside(() => this.#saveSnapshot(encoded));
      return;
    }
    if (this.#snapshotEncoding) return;
    const current = this.#storage.snapshot();
    const rotation = this.#wal.rotation();
    if (rotation.state !== "pending") this.#rotationSnapshotAtMs = null;
    const reason = snapshotReason({
      confChanged: this.#confChangedSinceSnapshot,
      applied: this.#applied,
      snapshotIndex: current.metadata.index,
      everyEntries: this.#o.snapshotEveryEntries,
      appliedBytes: this.#appliedBytesSinceSnapshot,
      snapshotBytes: current.data.length,
      sizeFactor: this.#o.snapshotSizeFactor,
      jitterPerMille: this.#snapshotJitterPerMille,
      rotation,
    });
    if (reason === null || this.#applied > this.#storage.lastIndex()) return;
    if (reason === "dek-rotation" && !this.#rotationTurnCame()) return;
    this.#rotationSnapshotAtMs = null;
    this.#confChangedSinceSnapshot = false;
    this.#snapshotJitterPerMille = this.#jitterPrng.below(snapshotJitterPerMilleMax);
    const startedMs = this.#clock.monotonicMs();
    if (this.#applied === current.metadata.index) {
      // A rotation may only need the same snapshot sealed under the new DEK.
      this.#saveBeside(() => this.#persistSnapshot(current, { reason, startedMs, copied: 0 }));
      return;
    }
    this.#snapshotEncoding = true;
    this.#appliedBytesSinceSnapshot = 0;
    const encoder = this.store.snapshotEncoder();
    assert(encoder.version === this.#applied, "the store's applied index is the node's");
    this.#emit({ kind: "snapshot-encoding", index: encoder.version, reason });
    void this.#encodeSnapshot(encoder, {
      conf: this.#conf,
      members: this.#membership.members(),
      removed: this.#membership.removed(),
      reason,
      generation: this.#snapshotGeneration,
      startedMs,
    });
  }

  /** Whether this node's turn at a due DEK-rotation snapshot has come; starts its wait if not begun. */
  #rotationTurnCame(): boolean {
    const nowMs = this.#clock.monotonicMs();
    if (this.#rotationSnapshotAtMs === null) {
      const delayMs = rotationSnapshotDelayMs(this.#conf, this.id, this.#o.rotationSnapshotSpacingMs);
      this.#rotationSnapshotAtMs = nowMs + delayMs;
      if (delayMs > 0) {
        this.#cancelRotationWait = this.#clock.setTimeout(() => {
          this.#cancelRotationWait = null;
          this.#kick();
        }, delayMs);
      }
    }
    return nowMs >= this.#rotationSnapshotAtMs;
  }

  /**
   * Saves a snapshot beside the loop, which goes on taking Readies: the WAL seals its chunks
   * outside its queue, so entry saves do not wait for it either. A failed save fails the node.
   */
  #saveBeside(save: () => Promise<void>): void {
    this.#snapshotSaving = save()
      .catch((e: unknown) => this.#fail(e))
      .finally(() => {
        this.#snapshotSaving = null;
        this.#kick();
      });
  }

  /**
   * Encodes a frozen store a slice at a time, giving the loop a turn between slices, then hands
   * the snapshot to the loop to save. Abandoned when the node stops or a leader's snapshot
   * replaces the store meanwhile.
   */
  async #encodeSnapshot(
    encoder: SnapshotEncoder,
    at: {
      conf: ConfState;
      members: readonly MemberAddress[];
      removed: readonly NodeId[];
      reason: SnapshotReason;
      generation: number;
      startedMs: number;
    },
  ): Promise<void> {
    const current = (): boolean =>
      (this.#lifecycle === "running" || this.#lifecycle === "removed") &&
      at.generation === this.#snapshotGeneration;
    const pace = new SnapshotPace(this.#clock, this.#o.snapshotDutyPerMille);
    try {
      while (!encoder.step(this.#o.snapshotSliceObjects)) {
        await pace.rest();
        if (!current()) return;
      }
      if (!current()) return;
      const writer = new SnapshotDataWriter({
        store: encoder.pieces(),
        members: at.members,
        removed: at.removed,
      });
      while (!writer.copy(snapshotCopySliceBytes)) {
        await pace.rest();
        if (!current()) return;
      }
      const data = writer.bytes;
      // The store is the node snapshot's last field: the next snapshot copies its unchanged
      // objects from there (the storage keeps these bytes as its snapshot until then).
      this.store.keepSnapshotRecords(encoder.records(data.subarray(data.length - encoder.byteLength)));
      this.#snapshotEncoded = {
        index: encoder.version,
        conf: at.conf,
        data,
        reason: at.reason,
        generation: at.generation,
        startedMs: at.startedMs,
        copied: encoder.copied,
      };
    } finally {
      this.#snapshotEncoding = false;
      this.#kick();
    }
  }

  /** Saves an encoded snapshot, unless a newer one took its place meanwhile. */
  async #saveSnapshot(encoded: EncodedSnapshot): Promise<void> {
    const stale =
      encoded.generation !== this.#snapshotGeneration ||
      encoded.index <= this.#storage.snapshot().metadata.index ||
      encoded.index > this.#storage.lastIndex();
    if (stale) return;
    await this.#persistSnapshot(
      this.#storage.createSnapshot(encoded.index, encoded.conf, encoded.data),
      encoded,
    );
  }

  /**
   * Writes a snapshot and compacts the log behind it, keeping some entries for slow followers;
   * nothing more when a leader's snapshot was stored in its place meanwhile.
   */
  async #persistSnapshot(
    snapshot: Snapshot,
    made: Pick<EncodedSnapshot, "reason" | "startedMs" | "copied">,
  ): Promise<void> {
    const pace = new SnapshotPace(this.#clock, this.#o.snapshotDutyPerMille);
    // A stopping node finishes the save without resting: close() waits for it.
    const betweenChunks = (): Promise<void> =>
      this.#lifecycle === "running" || this.#lifecycle === "removed" ? pace.rest() : Promise.resolve();
    if (!(await this.#wal.saveSnapshot(snapshot, { betweenChunks }))) return;
    this.#emit({
      kind: "snapshot",
      index: snapshot.metadata.index,
      reason: made.reason,
      bytes: snapshot.data.length,
      copied: made.copied,
      durationMs: this.#clock.monotonicMs() - made.startedMs,
    });
    const compactTo = snapshot.metadata.index - this.#o.keepEntriesAfterSnapshot;
    if (compactTo >= this.#storage.firstIndex()) {
      await this.#wal.compact(compactTo);
      // A leader's snapshot may have replaced the log while that was written.
      if (compactTo >= this.#storage.firstIndex()) this.#storage.compact(compactTo);
      this.#emit({ kind: "compacted", index: compactTo });
    }
  }

  // ---- leadership and membership ----

  #onSoftState(soft: SoftState): void {
    const changed = soft.lead !== this.#soft.lead;
    this.#soft = soft;
    const term = this.#raw.status().hardState.term;
    this.#emit({ kind: "role", role: soft.raftState, leader: soft.lead, term });
    if (!changed) return;
    this.#requests.failStale(soft.lead, term);
    for (const watcher of [...this.#leaderWatchers]) watcher();
  }

  /** The leader proposes promoting one caught-up learner at a time. */
  #maybePromote(): void {
    if (!this.#raw.isLeader() || this.#promoting !== null || this.#requests.confChanges.size > 0) return;
    const [id] = caughtUpLearners(this.#raw.status(), this.#o.promotionLagEntries);
    if (id === undefined) return;
    this.#promoting = id;
    this.#emit({ kind: "promoting", id });
    this.#proposeConfChange(ConfChangeType.AddNode, id, this.#membership.address(id) ?? "")
      .catch(() => undefined) // Retried on a later tick while the learner stays caught up.
      .finally(() => {
        this.#promoting = null;
      });
  }

  async #proposeConfChange(
    type: ConfChangeType,
    nodeId: NodeId,
    address: string,
    timeoutMs = this.#o.requestTimeoutMs,
  ): Promise<void> {
    const id = this.#requests.newId();
    const change: ConfChange = { type, nodeId, context: encodeAddress(address), id };
    const done = this.#requests.confChanges.wait(id, { lead: this.#raw.leader(), change }, timeoutMs);
    this.#toRaft(
      () => this.#raw.proposeConfChange(change),
      (e) => this.#requests.confChanges.reject(id, e),
    );
    // Raft replaces a conf change it cannot take now (one already pending) by an empty entry.
    for (const event of this.#drainRaftEvents()) {
      if (event.kind === "conf-change-replaced") {
        this.#requests.confChanges.reject(id, new NodeError({ code: "DROPPED", reason: event.reason }));
      }
    }
    this.#kick();
    await done;
  }

  #checkRemovable(id: NodeId): void {
    if (!this.#isMember(id)) throw new NodeError({ code: "NOT_MEMBER", id });
    if (!this.#conf.voters.includes(id)) return;
    const check = checkRemoval(this.#conf.voters, id, (v) => this.#isReachable(v));
    if (!check.ok) {
      throw new NodeError({ code: "QUORUM_AT_RISK", id, reachable: check.reachable, quorum: check.quorum });
    }
  }

  /**
   * Hands leadership to the most caught-up reachable voter and waits for a new leader. Raft
   * gives up on a transfer after an election timeout (the transferee may not have applied its
   * own promotion yet, and then ignores MsgTimeoutNow), so it is tried a few times.
   */
  async #transferLeadership(): Promise<void> {
    const attemptMs = this.#o.electionTicks * this.#o.tickMs;
    const attempts = 3;
    for (let attempt = 1; ; attempt++) {
      const target = transferTarget(this.#raw.status(), (id) => this.#isReachable(id));
      if (!this.#raw.isLeader() || target === null) return;
      if (await this.#leaderChangeWithin(attemptMs, () => this.#raw.transferLeader(target))) return;
      if (this.#lifecycle !== "running") throw new NodeError({ code: "STOPPED", state: this.#lifecycle });
      if (attempt === attempts) {
        throw new NodeError({
          code: "TIMEOUT",
          operation: "leadership transfer",
          timeoutMs: attempts * attemptMs,
        });
      }
    }
  }

  /** Runs `start`, then waits up to timeoutMs for another node to become leader. */
  #leaderChangeWithin(timeoutMs: number, start: () => void): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      let cancelTimer: Cancel = () => undefined;
      const settle = (changed: boolean): void => {
        this.#leaderWatchers.delete(watcher);
        this.#leaderWaitEnds.delete(end);
        cancelTimer();
        resolve(changed);
      };
      const watcher = (): void => {
        if (this.#soft.lead !== this.id && this.#soft.lead !== NONE) settle(true);
      };
      const end = (): void => settle(false);
      cancelTimer = this.#clock.setTimeout(end, timeoutMs);
      this.#leaderWatchers.add(watcher);
      this.#leaderWaitEnds.add(end);
      this.#toRaft(start, () => undefined);
      this.#kick();
    });
  }

  /** Stops ticking (so campaigning) once removed: applied here, or told by member `toldBy`. */
  #onRemoved(toldBy?: NodeId): void {
    if (this.#lifecycle !== "running") return;
    this.#lifecycle = "removed";
    this.#cancelTick?.();
    this.#cancelTick = null;
    this.#emit(toldBy === undefined ? { kind: "removed" } : { kind: "removed", toldBy });
    // Our own leave() resolves: its conf change is what removed us.
    this.#requests.settleRemoved(this.id, this.#conf);
  }

  /** Keeps the transport's peers equal to the members (other than this node) and their addresses. */
  #syncPeers(): void {
    const want = new Map(this.#membership.members().map((m) => [m.id, m.address]));
    want.delete(this.id);
    for (const [id, address] of this.#peers) {
      if (want.get(id) === address) continue;
      this.#peers.delete(id);
      if (want.has(id)) {
        this.#transport.removePeer(id); // A new address: the new one is added below.
        continue;
      }
      // A removed member keeps its link for an election timeout, so that what tells it of its
      // removal (#tellRemoved) still reaches it; its id never comes back.
      this.#clock.setTimeout(() => {
        if (!this.#peers.has(id) && this.#lifecycle !== "closed") this.#transport.removePeer(id);
      }, this.#o.electionTicks * this.#o.tickMs);
    }
    for (const [id, address] of want) {
      if (this.#peers.has(id)) continue;
      this.#transport.addPeer(id, address);
      this.#peers.set(id, address);
    }
  }

  /**
   * A leader that applied a member's removal stops replicating to it at once, so a removed node
   * that holds the entry but not yet its commit would never apply it, never learn it was removed,
   * and campaign for ever. One heartbeat carrying the commit it can take (up to what it is known
   * to hold, as every heartbeat) lets it apply its removal and stop.
   */
  #tellRemoved(progressBefore: ReadonlyMap<NodeId, { readonly match: number }>): void {
    const { term, commit } = this.#raw.status().hardState;
    const told: Message[] = [];
    for (const [id, pr] of progressBefore) {
      if (id === this.id || this.#isMember(id)) continue;
      const to = { from: this.id, to: id, term, commit: Math.min(pr.match, commit) };
      told.push(message({ type: MessageType.Heartbeat, ...to }));
    }
    if (told.length > 0) this.#transport.send(told);
  }

  // ---- helpers ----

  #isMember(id: NodeId): boolean {
    return this.#conf.voters.includes(id) || this.#conf.learners.includes(id);
  }

  #isReachable(id: NodeId): boolean {
    if (id === this.id) return true;
    const heard = this.#lastHeardMs.get(id);
    return heard !== undefined && this.#clock.monotonicMs() - heard <= this.#o.electionTicks * this.#o.tickMs;
  }

  #requireRunning(): void {
    if (this.#lifecycle === "running") return;
    if (this.#failure !== null) throw this.#failure;
    if (this.#lifecycle === "removed") throw new NodeError({ code: "REMOVED", id: this.id });
    throw new NodeError({ code: "STOPPED", state: this.#lifecycle });
  }

  #requireLeaderKnown(operation: string): NodeId {
    this.#requireRunning();
    // Per proposal: Raft's lead alone, not a whole status (its configuration sorted, progress copied).
    const lead = this.#raw.leader();
    if (lead === NONE) throw new NodeError({ code: "NOT_LEADER", leader: NONE, operation });
    return lead;
  }

  #requireLeader(operation: string): void {
    this.#requireRunning();
    if (!this.#raw.isLeader()) {
      throw new NodeError({ code: "NOT_LEADER", leader: this.#raw.leader(), operation });
    }
  }

  /** Calls into Raft; a refused proposal becomes a typed NodeError for `onRefused`. */
  #toRaft(call: () => void, onRefused: (e: NodeError) => void): void {
    try {
      call();
    } catch (e) {
      if (!(e instanceof RaftError) || e.type.code !== "PROPOSAL_DROPPED") throw e;
      const reason = e.type.reason;
      if (reason === "no-leader") {
        onRefused(new NodeError({ code: "NOT_LEADER", leader: this.#soft.lead, operation: "propose" }));
      } else {
        onRefused(new NodeError({ code: "DROPPED", reason }));
      }
    }
  }

  #drainRaftEvents(): ReturnType<RawNode["takeEvents"]> {
    const events = this.#raw.takeEvents();
    for (const event of events) this.#emit({ kind: "raft", detail: JSON.stringify(event) });
    return events;
  }

  /** Fail-stop: after a failed write nobody knows what is on disk; recovery decides on reopen. */
  #fail(e: unknown): void {
    // The first failure is the one reported; a write failing under close() (its database
    // closing with writes in flight, as at a power cut) is the close, not a failure.
    if (this.#lifecycle === "failed" || this.#lifecycle === "closing" || this.#lifecycle === "closed") return;
    const operation = e instanceof WalError ? e.code : e instanceof Error ? e.name : "unknown";
    this.#failure =
      e instanceof NodeError
        ? e
        : e instanceof WalError
          ? new NodeError({ code: "STORAGE_FAILED", operation }, { cause: e })
          : new NodeError({ code: "FAILED", reason: String(e) }, { cause: e });
    this.#lifecycle = "failed";
    this.#cancelTick?.();
    this.#cancelTick = null;
    this.#emit({ kind: "failed", operation, error: String(e) });
    const failure = this.#failure;
    this.#requests.rejectAll(() => failure);
  }

  #emit(event: NodeEvent): void {
    this.#o.onEvent?.(event);
  }

  /** For tests: whether this node leads now. */
  get isLeader(): boolean {
    return this.#raw.isLeader();
  }

  /** For tests: Raft's own view of the node. */
  raftStatus(): ReturnType<RawNode["status"]> {
    return this.#raw.status();
  }

  /** For the simulator's safety checks (read only): the Raft core and its stable-log mirror. */
  get rawForTesting(): RawNode {
    return this.#raw;
  }

  get storageForTesting(): MemoryStorage {
    return this.#storage;
  }
}
