// A deterministic cluster of real RaftNodes for tests: memory-level WALs behind FaultLevel,
// one SimClock, one SimNetwork, every random choice from one seed. Time moves only in run():
// the clock advances 1 ms at a time and, between steps, every node's async work settles.
import { seededEntropy } from "../../src/entropy.js";
import type { EntropySource } from "../../src/entropy.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { newSecret } from "../../src/fsm/defaults.js";
import type { StoreAction } from "../../src/fsm/objects.js";
import { SimClock } from "../../src/node/clock.js";
import type { NodeEvent } from "../../src/node/events.js";
import type { InitialState, RaftNodeOptions } from "../../src/node/options.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { Prng } from "../../src/raft/prng.js";
import type { NodeId } from "../../src/raft/types.js";
import type { SimNetworkOptions, SimTraceEvent } from "../../src/transport/sim.js";
import { SimNetwork } from "../../src/transport/sim.js";
import { FaultLevel } from "../../src/wal/fault-level.js";
import { MemoryMarkStore } from "../../src/wal/durable-mark.js";
import { MemoryKeyStore } from "../../src/wal/key-store.js";
import { createKeyFile } from "../../src/wal/keys.js";
import { Wal } from "../../src/wal/wal.js";

export type NodeTuning = Omit<
  RaftNodeOptions,
  "id" | "wal" | "recovered" | "transport" | "clock" | "prng" | "initial" | "onEvent"
>;

export interface Member {
  readonly id: NodeId;
  readonly address: string;
  db: FaultLevel;
  readonly keyStore: MemoryKeyStore;
  /** The WAL's durable mark: survives a crash, as the file beside the database would. */
  mark: MemoryMarkStore;
  node: RaftNode | null;
  readonly events: NodeEvent[];
}

export interface ClusterOptions {
  readonly seed: number;
  readonly tuning?: NodeTuning;
  readonly network?: Omit<SimNetworkOptions, "clock" | "prng" | "onTrace">;
}

export const TICK_MS = 100;
export const ELECTION_MS = 10 * TICK_MS;

export class SimCluster {
  readonly clock = new SimClock();
  readonly prng: Prng;
  readonly network: SimNetwork;
  readonly members = new Map<NodeId, Member>();
  /** Everything that happened, in order, as text: two runs of one seed must match. */
  readonly log: string[] = [];
  private readonly tuning: NodeTuning;

  private constructor(options: ClusterOptions) {
    this.prng = Prng.fromSeed(options.seed);
    this.tuning = { tickMs: TICK_MS, electionTicks: 10, checkInvariants: true, ...options.tuning };
    this.network = new SimNetwork({
      ...options.network,
      clock: this.clock,
      prng: this.prng.fork(),
      onTrace: (e: SimTraceEvent) => {
        if (e.type !== "MsgHeartbeat" && e.type !== "MsgHeartbeatResp") {
          this.log.push(`${e.atMs} net ${e.from}->${e.to} ${e.type} ${e.fate}`);
        }
      },
    });
  }

  /** A cluster of `size` voters: the first bootstraps, the others join as learners and are promoted. */
  static async create(size: number, options: ClusterOptions): Promise<SimCluster> {
    await cryptoReady();
    const c = new SimCluster(options);
    const first = await c.addMember();
    await c.startNode(first.id, { kind: "bootstrap", address: first.address });
    await c.until(() => c.leader() !== null, 5 * ELECTION_MS);
    for (let i = 1; i < size; i++) await c.join();
    await c.until(() => c.voters().length === size, 20 * ELECTION_MS);
    await c.until(() => c.caughtUp(), 2 * ELECTION_MS);
    return c;
  }

  /** A random Raft id, as a certificate's base-36 node id would give. */
  private newId(): NodeId {
    for (;;) {
      const id = Math.floor(this.prng.float() * 2 ** 53);
      if (id > 0 && !this.members.has(id)) return id;
    }
  }

  async addMember(): Promise<Member> {
    const id = this.newId();
    const keyStore = new MemoryKeyStore();
    await createKeyFile(
      keyStore,
      { tlsKey: new Uint8Array([1, 2, 3]), kek: null, kekVersion: 1 },
      this.entropy(),
    );
    const m: Member = {
      id,
      address: `mgr-${id.toString(36)}`,
      db: await FaultLevel.create(),
      keyStore,
      mark: new MemoryMarkStore(),
      node: null,
      events: [],
    };
    this.members.set(id, m);
    return m;
  }

  private entropy(): EntropySource {
    return seededEntropy(this.prng.fork());
  }

  member(id: NodeId): Member {
    const m = this.members.get(id);
    if (m === undefined) throw new Error(`no member ${id}`);
    return m;
  }

  node(id: NodeId): RaftNode {
    const n = this.member(id).node;
    if (n === null) throw new Error(`member ${id} is down`);
    return n;
  }

  /** Opens the member's WAL from its level and starts a RaftNode on it. */
  async startNode(id: NodeId, initial?: InitialState, tuning: NodeTuning = {}): Promise<RaftNode> {
    const m = this.member(id);
    const { wal, recovered } = await Wal.open({
      db: m.db,
      keyStore: m.keyStore,
      mark: m.mark,
      kek: null,
      entropy: this.entropy(),
    });
    const node = await RaftNode.open({
      ...this.tuning,
      ...tuning,
      id,
      wal,
      recovered,
      transport: this.network.endpoint(id, m.address),
      clock: this.clock,
      prng: this.prng.fork(),
      ...(initial !== undefined ? { initial } : {}),
      onEvent: (e) => {
        m.events.push(e);
        this.log.push(`${this.clock.monotonicMs()} ${id.toString(36)} ${describe(e)}`);
      },
    });
    m.node = node;
    await node.start();
    return node;
  }

  /** Adds a new member: it starts empty, the leader adds it as a learner, it is promoted later. */
  async join(): Promise<Member> {
    const m = await this.addMember();
    const peers = this.live().map((n) => ({ id: n.id, address: this.member(n.id).address }));
    await this.startNode(m.id, { kind: "join", peers });
    const leader = this.requireLeader();
    await this.resolve(leader.addLearner(m.id, m.address), 5 * ELECTION_MS);
    return m;
  }

  /** Every live node has applied everything the leader has committed. */
  caughtUp(): boolean {
    const leader = this.leader();
    if (leader === null) return false;
    const commit = leader.status().commit;
    return this.live().every((n) => n.status().applied >= commit);
  }

  live(): RaftNode[] {
    return [...this.members.values()].flatMap((m) =>
      m.node !== null && m.node.lifecycle === "running" ? [m.node] : [],
    );
  }

  voters(): NodeId[] {
    const leader = this.leader();
    return leader === null
      ? []
      : leader
          .status()
          .members.filter((m) => m.suffrage === "voter")
          .map((m) => m.id);
  }

  /** The leader of the highest term among live nodes, or null. */
  leader(): RaftNode | null {
    let best: RaftNode | null = null;
    for (const n of this.live()) {
      if (n.isLeader && (best === null || n.status().term > best.status().term)) best = n;
    }
    return best;
  }

  requireLeader(): RaftNode {
    const l = this.leader();
    if (l === null) throw new Error("no leader");
    return l;
  }

  followers(): RaftNode[] {
    return this.live().filter((n) => !n.isLeader);
  }

  /** Lets every node's pending async work (WAL writes, the Ready loop) finish. */
  async settle(): Promise<void> {
    for (let i = 0; i < 10_000; i++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if ([...this.members.values()].every((m) => m.node === null || m.node.idle)) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if ([...this.members.values()].every((m) => m.node === null || m.node.idle)) return;
      }
    }
    throw new Error("cluster did not settle");
  }

  /** Advances simulated time by ms, one millisecond at a time, settling in between. */
  async run(ms: number): Promise<void> {
    await this.settle();
    for (let i = 0; i < ms; i++) {
      this.clock.advance(1);
      await this.settle();
    }
  }

  /** Runs until pred holds; fails after maxMs of simulated time. */
  async until(pred: () => boolean, maxMs: number): Promise<number> {
    const start = this.clock.monotonicMs();
    await this.settle();
    while (!pred()) {
      if (this.clock.monotonicMs() - start >= maxMs) throw new Error(`condition not met within ${maxMs} ms`);
      this.clock.advance(1);
      await this.settle();
    }
    return this.clock.monotonicMs() - start;
  }

  /** Runs the simulation until `promise` settles; returns its value or throws its error. */
  async resolve<T>(promise: Promise<T>, maxMs: number): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
    promise.then(
      (value) => {
        outcome = { ok: true, value };
      },
      (error: unknown) => {
        outcome = { ok: false, error };
      },
    );
    await this.until(() => outcome !== null, maxMs);
    const o = outcome as unknown as { ok: true; value: T } | { ok: false; error: unknown };
    if (!o.ok) throw o.error;
    return o.value;
  }

  /** Power cut: the member's level keeps only durable writes (plus `keepUnsynced` batches). */
  async crash(id: NodeId, keepUnsynced = 0): Promise<void> {
    const m = this.member(id);
    const node = m.node;
    m.node = null;
    // A power cut: the close below is the harness tidying up, and writes no mark.
    m.mark = m.mark.crash();
    const crashed = m.db.crash(keepUnsynced);
    const closed = node?.close();
    m.db = await crashed;
    await closed;
  }

  async restart(id: NodeId, tuning: NodeTuning = {}): Promise<RaftNode> {
    return this.startNode(id, undefined, tuning);
  }

  async closeAll(): Promise<void> {
    for (const m of this.members.values()) {
      await m.node?.close();
      m.node = null;
    }
  }

  ids(): NodeId[] {
    return [...this.members.keys()];
  }
}

function describe(e: NodeEvent): string {
  switch (e.kind) {
    case "saved":
      return `saved ${e.entries} to ${e.lastIndex}${e.snapshot > 0 ? ` snap ${e.snapshot}` : ""}`;
    default:
      return JSON.stringify(e);
  }
}

let secretCount = 0;

/** One action creating a secret with a fresh id (or the given one). */
export function secret(id = `s${++secretCount}`, data = "value"): StoreAction {
  return {
    action: "create",
    kind: "secret",
    object: newSecret({ id, name: id, data: new TextEncoder().encode(data) }),
  };
}

/** Ids of the secrets in a node's store, sorted. */
export function secretIds(node: RaftNode): string[] {
  return node.store
    .list("secret")
    .map((s) => s.id)
    .sort();
}

export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? `uncoded ${String(e)}`;
  }
  return "no error";
}
