// A deterministic in-process Raft cluster: RawNodes over MemoryStorage, a message queue the
// caller delivers, drops, duplicates or reorders, partitions, crashes that lose what was not
// durable, and a checker that looks at every step for safety violations.
import { assert } from "../assert.js";
import { decodeConfChange, decodeConfChangeV2 } from "../raft/codec.js";
import type { RaftConfig } from "../raft/config.js";
import { Prng } from "../raft/prng.js";
import { StateType } from "../raft/raft.js";
import { withoutSuperseded } from "../raft/superseded.js";
import type { ReadIndexState, Ready } from "../raft/raw-node.js";
import { RawNode } from "../raft/raw-node.js";
import { MemoryStorage } from "../raft/storage.js";
import type { ConfChange, ConfChangeV2, ConfState, Entry, Message, NodeId } from "../raft/types.js";
import { EMPTY_CONF_STATE, EntryType } from "../raft/types.js";
import { SafetyChecker } from "./checker.js";
import { fnv1a } from "./digest.js";

export type RaftOverrides = Omit<RaftConfig, "id" | "storage" | "prng" | "applied">;

export interface ClusterOptions {
  readonly voters: readonly NodeId[];
  readonly learners?: readonly NodeId[];
  readonly seed: number;
  readonly raft?: RaftOverrides;
  /** Check the core's invariants after every step (default true). */
  readonly checkInvariants?: boolean;
  /** Check log matching across all nodes after every Ready (slow; default false). */
  readonly checkLogsEveryReady?: boolean;
  /** Drop each message a later one in the same Ready implies, as keel's driver does (default false). */
  readonly dropSuperseded?: boolean;
}

/** What a node's state machine holds: a running digest of every normal entry applied. */
export interface AppliedState {
  index: number;
  digest: number;
  /** Payloads applied since start (or since the snapshot restored at startup). */
  readonly values: string[];
}

export class SimNode {
  node: RawNode | null;
  readonly storage: MemoryStorage;
  confState: ConfState;
  applied: AppliedState;
  /** Answers to this node's linearizable reads, in the order Ready handed them out. */
  readonly readStates: ReadIndexState[] = [];

  constructor(
    readonly id: NodeId,
    storage: MemoryStorage,
    node: RawNode,
  ) {
    this.storage = storage;
    this.node = node;
    this.confState = storage.initialState().confState;
    const snap = storage.snapshot();
    this.applied = restoreApplied(snap.data, snap.metadata.index);
  }

  get alive(): boolean {
    return this.node !== null;
  }

  get raw(): RawNode {
    assert(this.node !== null, `node ${this.id} is down`);
    return this.node;
  }
}

function encodeApplied(s: AppliedState): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ index: s.index, digest: s.digest }));
}

function restoreApplied(data: Uint8Array, index: number): AppliedState {
  if (data.length === 0) return { index, digest: 0, values: [] };
  const parsed = JSON.parse(new TextDecoder().decode(data)) as { index: number; digest: number };
  return { index: parsed.index, digest: parsed.digest, values: [] };
}

export class Cluster {
  readonly nodes = new Map<NodeId, SimNode>();
  /** Messages sent and not yet delivered, in send order. */
  queue: Message[] = [];
  /** Directed links that drop everything: "from->to". */
  private readonly blocked = new Set<string>();
  readonly checker = new SafetyChecker();
  readonly prng: Prng;
  private readonly options: ClusterOptions;
  /** Counts of what happened, for reports. */
  readonly stats = { delivered: 0, dropped: 0, duplicated: 0, crashes: 0, readies: 0 };

  constructor(options: ClusterOptions) {
    this.options = options;
    this.prng = Prng.fromSeed(options.seed);
    for (const id of [...options.voters, ...(options.learners ?? [])]) {
      this.addNode(id, MemoryStorage.withVoters(options.voters, options.learners ?? []));
    }
  }

  /** Adds a node with the given storage (empty storage: a node waiting to be caught up). */
  addNode(id: NodeId, storage: MemoryStorage = new MemoryStorage()): SimNode {
    const node = new SimNode(id, storage, this.newRawNode(id, storage));
    this.nodes.set(id, node);
    return node;
  }

  private newRawNode(id: NodeId, storage: MemoryStorage, applied = 0): RawNode {
    return new RawNode({
      ...this.options.raft,
      id,
      storage,
      applied,
      prng: this.prng.fork(),
      checkInvariants: this.options.checkInvariants ?? true,
    });
  }

  node(id: NodeId): SimNode {
    const n = this.nodes.get(id);
    assert(n !== undefined, `no node ${id}`);
    return n;
  }

  ids(): NodeId[] {
    return [...this.nodes.keys()].sort((a, b) => a - b);
  }

  aliveIds(): NodeId[] {
    return this.ids().filter((id) => this.node(id).alive);
  }

  // ------------------------------------------------------------ network

  send(m: Message): void {
    if (this.blocked.has(`${m.from}->${m.to}`) || !this.nodes.has(m.to)) {
      this.stats.dropped++;
      return;
    }
    this.queue.push(m);
  }

  /** Cuts the link both ways (or one way with oneWay). */
  cut(a: NodeId, b: NodeId, oneWay = false): void {
    this.blocked.add(`${a}->${b}`);
    if (!oneWay) this.blocked.add(`${b}->${a}`);
  }

  isolate(id: NodeId): void {
    for (const other of this.ids()) if (other !== id) this.cut(id, other);
  }

  /** Splits the nodes into groups that cannot talk to each other. */
  partition(groups: readonly (readonly NodeId[])[]): void {
    for (const g of groups)
      for (const h of groups) if (g !== h) for (const a of g) for (const b of h) this.cut(a, b, true);
  }

  heal(): void {
    this.blocked.clear();
  }

  isBlocked(from: NodeId, to: NodeId): boolean {
    return this.blocked.has(`${from}->${to}`);
  }

  /** Delivers the queued message at position i (or drops it if its target is down or cut off). */
  deliverAt(i: number): void {
    const [m] = this.queue.splice(i, 1);
    if (m === undefined) return;
    const target = this.nodes.get(m.to);
    if (target === undefined || !target.alive || this.isBlocked(m.from, m.to)) {
      this.stats.dropped++;
      return;
    }
    this.stats.delivered++;
    target.raw.step(m);
  }

  dropAt(i: number): void {
    if (this.queue.splice(i, 1).length > 0) this.stats.dropped++;
  }

  duplicateAt(i: number): void {
    const m = this.queue[i];
    if (m === undefined) return;
    this.queue.push(m);
    this.stats.duplicated++;
  }

  /** Delivers everything queued now, in order (messages sent meanwhile stay queued). */
  deliverAll(filter?: (m: Message) => boolean): number {
    const batch = this.queue;
    this.queue = [];
    let n = 0;
    for (const m of batch) {
      if (filter !== undefined && !filter(m)) {
        this.queue.push(m);
        continue;
      }
      const target = this.nodes.get(m.to);
      if (target === undefined || !target.alive || this.isBlocked(m.from, m.to)) {
        this.stats.dropped++;
        continue;
      }
      this.stats.delivered++;
      target.raw.step(m);
      n++;
    }
    return n;
  }

  // ------------------------------------------------------------ readies

  /** Persists, sends and applies one Ready of node id, then advances; false if it had none. */
  processReady(id: NodeId): boolean {
    const n = this.node(id);
    if (!n.alive || !n.raw.hasReady()) return false;
    const rd = n.raw.ready();
    this.stats.readies++;
    this.persist(n, rd);
    n.readStates.push(...rd.readStates);
    const drop = this.options.dropSuperseded === true;
    for (const m of drop ? withoutSuperseded(rd.messages) : rd.messages) this.send(m);
    for (const m of drop ? withoutSuperseded(rd.messagesAfterDurable) : rd.messagesAfterDurable) this.send(m);
    this.apply(n, rd);
    n.raw.advance();
    this.observe(n);
    if (this.options.checkLogsEveryReady === true) this.checker.checkLogs(this);
    return true;
  }

  /**
   * Takes a Ready and crashes before writing it: the leader's early messages may already be on
   * the wire (sendEarly), everything else in the Ready is lost.
   */
  crashDuringReady(id: NodeId, sendEarly: boolean): void {
    const n = this.node(id);
    if (!n.alive) return;
    if (n.raw.hasReady()) {
      const rd = n.raw.ready();
      if (sendEarly) for (const m of rd.messages) this.send(m);
    }
    this.crash(id);
  }

  private persist(n: SimNode, rd: Ready): void {
    if (rd.snapshot !== null) n.storage.applySnapshot(rd.snapshot);
    n.storage.append(rd.entries);
    if (rd.hardState !== null) n.storage.setHardState(rd.hardState);
  }

  private apply(n: SimNode, rd: Ready): void {
    if (rd.snapshot !== null) {
      n.applied = restoreApplied(rd.snapshot.data, rd.snapshot.metadata.index);
      n.confState = rd.snapshot.metadata.confState;
    }
    let confChanged = false;
    for (const e of rd.committedEntries) {
      if (e.index <= n.applied.index) continue;
      this.checker.recordApplied(n.id, e);
      n.applied.index = e.index;
      if (e.type === EntryType.Normal) {
        if (e.data.length > 0) {
          n.applied.digest = fnv1a(e.data, n.applied.digest);
          n.applied.values.push(new TextDecoder().decode(e.data));
        }
      } else {
        n.confState = n.raw.applyConfChange(decodeConfChangeEntry(e));
        confChanged = true;
      }
    }
    // Keep a snapshot of the current configuration, so a node added by this change can be
    // caught up by a snapshot that includes it.
    if (confChanged && n.applied.index > n.storage.snapshot().metadata.index) {
      n.storage.createSnapshot(n.applied.index, n.confState, encodeApplied(n.applied));
    }
  }

  private observe(n: SimNode): void {
    if (n.node === null) return;
    const st = n.raw.status();
    if (st.softState.raftState === StateType.Leader)
      this.checker.recordLeader(n.id, st.hardState.term, n.raw, n.storage);
  }

  /** Processes readies and delivers messages until nothing is left to do (or maxRounds passes). */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      let busy = false;
      for (const id of this.aliveIds()) while (this.processReady(id)) busy = true;
      if (this.queue.length > 0) {
        this.deliverAll();
        busy = true;
      }
      if (!busy) return;
    }
    throw new Error(`cluster did not stabilize within ${maxRounds} rounds`);
  }

  tick(id: NodeId, times = 1): void {
    const n = this.node(id);
    for (let i = 0; i < times && n.alive; i++) n.raw.tick();
  }

  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) for (const id of this.aliveIds()) this.node(id).raw.tick();
  }

  // ------------------------------------------------------------ clients

  /** Proposes on node id; false when the proposal was dropped. */
  propose(id: NodeId, data: string | Uint8Array): boolean {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    try {
      this.node(id).raw.propose(bytes);
      return true;
    } catch (e) {
      if (e instanceof Error && e.name === "RaftError") return false;
      throw e;
    }
  }

  proposeConfChange(id: NodeId, cc: ConfChange | ConfChangeV2): boolean {
    try {
      this.node(id).raw.proposeConfChange(cc);
      return true;
    } catch (e) {
      if (e instanceof Error && e.name === "RaftError") return false;
      throw e;
    }
  }

  leader(): NodeId | undefined {
    let best: { id: NodeId; term: number } | undefined;
    for (const id of this.aliveIds()) {
      const st = this.node(id).raw.status();
      if (
        st.softState.raftState === StateType.Leader &&
        (best === undefined || st.hardState.term > best.term)
      ) {
        best = { id, term: st.hardState.term };
      }
    }
    return best?.id;
  }

  // ------------------------------------------------------------ faults

  /** Stops a node; what its storage holds (everything persisted) survives, nothing else. */
  crash(id: NodeId): void {
    const n = this.node(id);
    if (!n.alive) return;
    n.node = null;
    this.stats.crashes++;
    this.queue = this.queue.filter((m) => m.to !== id);
  }

  restart(id: NodeId): void {
    const n = this.node(id);
    if (n.alive) return;
    const snap = n.storage.snapshot();
    // The state machine restarts from the snapshot: tell Raft it has applied up to there.
    n.node = this.newRawNode(id, n.storage, snap.metadata.index);
    n.applied = restoreApplied(snap.data, snap.metadata.index);
    n.confState = n.storage.initialState().confState;
    if (snap.metadata.index === 0) n.confState = EMPTY_CONF_STATE;
  }

  /** Snapshots node id at its applied index and compacts its log up to there (keeping `keep` entries). */
  compact(id: NodeId, keep = 0): boolean {
    const n = this.node(id);
    if (!n.alive) return false;
    if (n.applied.index > n.storage.snapshot().metadata.index) {
      n.storage.createSnapshot(n.applied.index, n.confState, encodeApplied(n.applied));
    }
    // Never compact past what Raft has handed out for applying.
    const at = Math.min(n.applied.index - keep, n.storage.snapshot().metadata.index, n.raw.status().applied);
    if (at < n.storage.firstIndex()) return false;
    n.storage.compact(at);
    return true;
  }
}

export function decodeConfChangeEntry(e: Entry): ConfChange | ConfChangeV2 {
  return e.type === EntryType.ConfChange ? decodeConfChange(e.data) : decodeConfChangeV2(e.data);
}
