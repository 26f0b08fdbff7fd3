// An in-process cluster of production RaftNodes: memory-level WALs behind FaultLevel, one
// simulated time source with a clock view per node, one SimNetwork, every random choice from
// one seed. Time is event-driven: run() jumps to the next due timer or delivery and lets every
// node's async work settle before the next, so a run replays exactly from its seed.
import type { SecretKey } from "../../crypto/keys.js";
import { cryptoReady } from "../../crypto/sodium.js";
import { seededEntropy } from "../../entropy.js";
import type { EntropySource } from "../../entropy.js";
import type { NodeEvent } from "../../node/events.js";
import type { InitialState, RaftNodeOptions } from "../../node/options.js";
import { RaftNode } from "../../node/raft-node.js";
import { Prng } from "../../raft/prng.js";
import type { NodeId } from "../../raft/types.js";
import type { SimNetworkOptions, SimTraceEvent, SimTransport } from "../../transport/sim.js";
import { SimNetwork } from "../../transport/sim.js";
import { MemoryMarkStore } from "../../wal/durable-mark.js";
import { FaultLevel } from "../../wal/fault-level.js";
import { MemoryKeyStore } from "../../wal/key-store.js";
import { createKeyFile } from "../../wal/keys.js";
import { Wal } from "../../wal/wal.js";
import type { ClockView } from "./time.js";
import { SimTime } from "./time.js";

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
  /** This member's own clock: skewed, drifting or jumping as the simulation decides. */
  readonly clock: ClockView;
  node: RaftNode | null;
  /** The WAL the running node owns (the node closes it). */
  wal: Wal | null;
  /** The running node's endpoint: a crash silences it at once. */
  transport: SimTransport | null;
  readonly events: NodeEvent[];
}

export interface ClusterOptions {
  readonly seed: number;
  readonly tuning?: NodeTuning;
  readonly network?: Omit<SimNetworkOptions, "clock" | "prng" | "onTrace">;
  /** Sees every node event as it happens (the simulator's checkers). */
  readonly onEvent?: (member: Member, event: NodeEvent) => void;
  /** Keep each member's events in member.events (default true; long simulations turn it off). */
  readonly keepEvents?: boolean;
}

export const TICK_MS = 100;
export const ELECTION_MS = 10 * TICK_MS;

/** How many event-loop turns a settle may take before the cluster is declared stuck. */
const settleTurnsMax = 10_000;

export class SimCluster {
  readonly time = new SimTime();
  /** True time (no skew or drift): the network's clock and the one tests read. */
  readonly clock: ClockView = this.time.clock;
  readonly prng: Prng;
  readonly network: SimNetwork;
  readonly members = new Map<NodeId, Member>();
  /** Everything that happened, in order, as text: two runs of one seed must match. */
  readonly log: string[] = [];
  /** Extra conditions a settle waits for (async work outside the nodes). */
  readonly quiet: (() => boolean)[] = [];
  /** Members whose disk holds their writes (a slow disk): a settle does not wait for them. */
  readonly stalled = new Set<NodeId>();
  readonly #options: ClusterOptions;
  private readonly tuning: NodeTuning;

  private constructor(options: ClusterOptions) {
    this.#options = options;
    this.prng = Prng.fromSeed(options.seed);
    this.tuning = {
      tickMs: TICK_MS,
      electionTicks: 10,
      checkInvariants: true,
      store: { verifySnapshotCopies: true },
      ...options.tuning,
    };
    this.network = new SimNetwork({
      ...options.network,
      clock: this.clock,
      prng: this.prng.fork(),
      onTrace: (e: SimTraceEvent) => {
        if (e.type !== "MsgHeartbeat" && e.type !== "MsgHeartbeatResp") {
          this.log.push(`${Math.round(e.atMs)} net ${e.from}->${e.to} ${e.type} ${e.fate}`);
        }
      },
    });
  }

  /** A cluster of `size` voters: the first bootstraps, the others join as learners and are promoted. */
  static async create(size: number, options: ClusterOptions): Promise<SimCluster> {
    const c = await SimCluster.empty(options);
    await c.bootstrap(size);
    return c;
  }

  /** A cluster with no member yet: call bootstrap() (after wiring hooks). */
  static async empty(options: ClusterOptions): Promise<SimCluster> {
    await cryptoReady();
    return new SimCluster(options);
  }

  async bootstrap(size: number): Promise<void> {
    const first = await this.addMember();
    await this.startNode(first.id, { kind: "bootstrap", address: first.address });
    await this.until(() => this.leader() !== null, 5 * ELECTION_MS);
    for (let i = 1; i < size; i++) await this.join();
    await this.until(() => this.voters().length === size, 20 * ELECTION_MS);
    await this.until(() => this.caughtUp(), 2 * ELECTION_MS);
  }

  /** A random Raft id, as a certificate's base-36 node id would give. */
  private newId(): NodeId {
    for (;;) {
      const id = Math.floor(this.prng.float() * 2 ** 53);
      if (id > 0 && !this.members.has(id)) return id;
    }
  }

  /** Adds a member with an empty disk and a key file sealed under `kek` (none by default). */
  async addMember(kek: SecretKey | null = null, kekVersion = 1): Promise<Member> {
    const id = this.newId();
    const keyStore = new MemoryKeyStore();
    await createKeyFile(keyStore, { tlsKey: new Uint8Array([1, 2, 3]), kek, kekVersion }, this.entropy());
    const m: Member = {
      id,
      address: `mgr-${id.toString(36)}`,
      db: await FaultLevel.create(),
      keyStore,
      mark: new MemoryMarkStore(),
      clock: this.time.view(id.toString(36)),
      node: null,
      wal: null,
      transport: null,
      events: [],
    };
    this.members.set(id, m);
    return m;
  }

  entropy(): EntropySource {
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

  /** Opens the member's WAL (under `kek` when locked) from its level and starts a RaftNode on it. */
  async startNode(
    id: NodeId,
    initial?: InitialState,
    tuning: NodeTuning = {},
    kek: SecretKey | null = null,
  ): Promise<RaftNode> {
    const m = this.member(id);
    const { wal, recovered } = await Wal.open({
      db: m.db,
      keyStore: m.keyStore,
      mark: m.mark,
      kek,
      entropy: this.entropy(),
    });
    const keep = this.#options.keepEvents ?? true;
    const transport = this.network.endpoint(id, m.address);
    const opening = RaftNode.open({
      ...this.tuning,
      ...tuning,
      id,
      wal,
      recovered,
      transport,
      clock: m.clock,
      prng: this.prng.fork(),
      ...(initial !== undefined ? { initial } : {}),
      onEvent: (e) => {
        if (keep) m.events.push(e);
        this.log.push(`${Math.round(this.clock.monotonicMs())} ${id.toString(36)} ${describe(e)}`);
        this.#options.onEvent?.(m, e);
      },
    });
    // A node that will not open (an empty or damaged WAL) leaves no endpoint or WAL behind.
    const node = await opening.catch(async (error: unknown) => {
      await transport.close();
      await wal.close();
      throw error;
    });
    m.node = node;
    m.wal = wal;
    m.transport = transport;
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

  #quiet(): boolean {
    for (const m of this.members.values()) {
      if (m.node !== null && !m.node.idle && !this.stalled.has(m.id)) return false;
    }
    return this.quiet.every((q) => q());
  }

  /**
   * settle lets every node's pending async work (WAL writes, the Ready loop) finish: nothing
   * here waits on real I/O, so the turns it takes are the same on every run of a seed.
   */
  async settle(): Promise<void> {
    for (let i = 0; i < settleTurnsMax; i++) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.#quiet()) return;
    }
    throw new Error("cluster did not settle");
  }

  /** Fires the timers due next (all those of one instant), then settles; false when none is due by limitMs. */
  async step(limitMs: number): Promise<boolean> {
    const due = this.time.nextDueMs();
    if (due === undefined || due > limitMs) return false;
    this.time.fireDue(Math.max(due, this.time.nowMs()));
    await this.settle();
    return true;
  }

  /** Advances simulated time by ms, from event to event, settling after each. */
  async run(ms: number): Promise<void> {
    const target = this.time.nowMs() + ms;
    await this.settle();
    while (await this.step(target));
    this.time.fireDue(target);
    await this.settle();
  }

  /** Runs until pred holds; fails after maxMs of simulated time. Returns the simulated ms it took. */
  async until(pred: () => boolean, maxMs: number): Promise<number> {
    const start = this.time.nowMs();
    const limit = start + maxMs;
    await this.settle();
    while (!pred()) {
      if (!(await this.step(limit))) {
        this.time.fireDue(Math.max(limit, this.time.nowMs()));
        await this.settle();
        if (pred()) break;
        throw new Error(`condition not met within ${maxMs} ms`);
      }
    }
    return this.time.nowMs() - start;
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

  /**
   * Power cut: the member's level keeps only durable writes (plus `keepUnsynced` batches), or
   * with `loseSynced` also loses its last synced batches (a torn LevelDB log).
   */
  async crash(id: NodeId, keepUnsynced = 0, options: { loseSynced?: number } = {}): Promise<void> {
    const m = this.member(id);
    const node = m.node;
    m.node = null;
    m.wal = null;
    // Nothing leaves a machine after its power is cut, not even the ack of a write in flight.
    void m.transport?.close();
    m.transport = null;
    // A power cut: the close below is the harness tidying up, and writes no mark.
    m.mark = m.mark.crash();
    const crashed = m.db.crash(keepUnsynced, options);
    const closed = node?.close();
    m.db = await crashed;
    await closed;
  }

  async restart(id: NodeId, tuning: NodeTuning = {}, kek: SecretKey | null = null): Promise<RaftNode> {
    return this.startNode(id, undefined, tuning, kek);
  }

  /** Forgets a member for good (removed, or wiped to re-join under a new id): closes its node first. */
  async forget(id: NodeId): Promise<void> {
    const m = this.member(id);
    const node = m.node;
    m.node = null;
    m.wal = null;
    await node?.close();
    await m.db.close();
    this.members.delete(id);
  }

  async closeAll(): Promise<void> {
    for (const m of this.members.values()) {
      await m.node?.close();
      m.node = null;
      m.wal = null;
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
