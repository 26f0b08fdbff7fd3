// One seed of the node-layer simulation: 3–7 managers, each the production RaftNode on its
// encrypted Wal (memory-level behind FaultLevel) with the store, leader controllers, key-file
// re-sealing and API handlers (manager.ts), under a fault mix drawn from the seed (faults.ts),
// with clients recording a history (workload.ts). After the faults, the network heals, every
// manager comes back, the cluster must converge, and the checkers judge the run.
//
// The World holds one seed's state and its main loop; what is done to it lives beside it:
// injector.ts (the faults), operator.ts (what an operator does: restarts, re-joins, removals),
// verdict.ts (healing, convergence and the final checks).
import { SecretKey } from "../../crypto/keys.js";
import type { Cluster } from "../../fsm/index.js";
import { managerUnlockSubsystem, newCluster } from "../../fsm/index.js";
import type { LogFields, Logger } from "../../manager/log.js";
import type { NodeEvent } from "../../node/events.js";
import { Prng } from "../../raft/prng.js";
import type { NodeId } from "../../raft/types.js";
import { fnv1aString } from "../digest.js";
import { NodeChecks } from "./checks.js";
import type { Member } from "./cluster.js";
import { ELECTION_MS, SimCluster } from "./cluster.js";
import type { FaultMix } from "./faults.js";
import { drawMix, stepMs } from "./faults.js";
import type { SecretOperation } from "./history.js";
import { SimManager } from "./manager.js";
import { Marks } from "./marks.js";
import { Workload } from "./workload.js";
import { inject } from "./injector.js";
import { join, tend } from "./operator.js";
import { heal } from "./verdict.js";

export interface NodeSimOptions {
  readonly seed: number;
  /** Inject lost synced batches (a torn LevelDB log) after clean stops (default true). */
  readonly loseSynced?: boolean;
  /** Simulated milliseconds of faults and workload (default 30 s). */
  readonly faultMs?: number;
  /** Sees every step of the transcript (--verbose). */
  readonly log?: (line: string) => void;
  /** Add learners while members are down, partitioned or behind (exposes a known liveness gap). */
  readonly learnersUnderFaults?: boolean;
  /** For tests of the checkers: plant a bug the run must catch. */
  readonly plant?: "diverge-store";
}

export interface NodeSimResult {
  readonly seed: number;
  readonly violations: readonly string[];
  /** FNV-1a of the whole transcript: equal for two runs of one seed. */
  readonly transcript: number;
  readonly marks: Marks;
  readonly simMs: number;
  readonly history: readonly SecretOperation[];
  readonly mix: FaultMix;
}

const faultMsDefault = 30_000;
const names = ["name-a", "name-b", "name-c", "name-d"];
const downMs = { min: 300, max: 4_000 };

/** Node events counted as they are, one mark each. */
const eventMarks: Partial<Record<NodeEvent["kind"], string>> = {
  snapshot: "snapshots taken",
  compacted: "compactions",
  restored: "snapshot installs",
  promoting: "promotions",
  "lost-entries": "tails lost and reported",
  repaired: "tails repaired",
};

interface Down {
  readonly untilMs: number;
  /** Why it is down, for the transcript. */
  readonly reason: string;
}

export async function runNodeSeed(options: NodeSimOptions): Promise<NodeSimResult> {
  const world = await World.create(options);
  await world.run();
  return world.result();
}

export class World {
  readonly marks = new Marks();
  readonly checks = new NodeChecks();
  readonly managers = new Map<NodeId, SimManager>();
  readonly down = new Map<NodeId, Down>();
  /** Members whose next failure an injected disk fault explains, and which fault. */
  readonly armed = new Map<NodeId, string>();
  /** Members whose disk a flipped byte damaged: refusing to start is explained. */
  readonly damaged = new Set<NodeId>();
  /** Every unlock key the cluster has had, oldest first (the operator keeps them). */
  readonly unlockKeys: Uint8Array[] = [];
  /** Per member, the DEK id a requested rotation is to retire. */
  readonly rotations = new Map<NodeId, string>();
  readonly prng: Prng;
  readonly mix: FaultMix;
  readonly cluster: SimCluster;
  workload: Workload | null = null;
  clusterId = "";
  /** When the current partition heals (null: the network is whole). */
  partitionUntilMs: number | null = null;
  /** The network keys' Lamport clock last seen, to count their rotations. */
  lamport = -1;
  /** Members whose node failed (the operation that failed), not yet judged by the operator. */
  failed = new Map<NodeId, string>();
  #logged = 0;
  #transcript = 0x811c9dc5;
  #stopped = false;

  private constructor(
    readonly options: NodeSimOptions,
    cluster: SimCluster,
    prng: Prng,
    mix: FaultMix,
  ) {
    this.cluster = cluster;
    this.prng = prng;
    this.mix = mix;
  }

  static async create(options: NodeSimOptions): Promise<World> {
    const prng = Prng.fromSeed(options.seed);
    const mix = drawMix(prng, { loseSynced: options.loseSynced !== false });
    let world: World | null = null;
    const cluster = await SimCluster.empty({
      seed: prng.u32(),
      keepEvents: false,
      tuning: {
        snapshotEveryEntries: mix.snapshotEveryEntries,
        snapshotSizeFactor: mix.snapshotSizeFactor,
        keepEntriesAfterSnapshot: mix.keepEntriesAfterSnapshot,
        requestTimeoutMs: 3_000,
        checkInvariants: false,
        store: { verifySnapshotCopies: true },
      },
      network: {
        delayMs: { min: 1, max: mix.delayMsMax },
        ...(mix.lossPercent > 0 ? { loss: { numerator: mix.lossPercent, denominator: 100 } } : {}),
        ...(mix.duplicationPercent > 0
          ? { duplication: { numerator: mix.duplicationPercent, denominator: 100 } }
          : {}),
      },
      onEvent: (m, e) => world?.onEvent(m, e),
    });
    world = new World(options, cluster, prng.fork(), mix);
    cluster.log.push(`mix ${JSON.stringify(mix)}`);
    return world;
  }

  // ---- set-up ----

  async setUp(): Promise<void> {
    const kek = this.mix.autolock ? SecretKey.generate(this.cluster.entropy()) : null;
    if (kek !== null) this.unlockKeys.push(Uint8Array.from(kek.bytes));
    const first = await this.cluster.addMember(kek, 0);
    await this.cluster.startNode(first.id, { kind: "bootstrap", address: first.address }, {}, kek);
    kek?.wipe();
    await this.cluster.until(() => this.cluster.leader() !== null, 5 * ELECTION_MS);
    this.clusterId = `cluster-${this.options.seed}`;
    // The cluster object as `keel init` commits it, with placeholders where the CA would be
    // (certificate signing is not simulated: it runs on WebCrypto's thread pool).
    const cluster: Cluster = {
      ...newCluster({
        id: this.clusterId,
        spec: {
          autolockManagers: this.mix.autolock,
          networkKeyRotationIntervalTicks: this.mix.networkKeyIntervalTicks,
        },
      }),
      rootCa: {
        caCertPem: new TextEncoder().encode("simulated root"),
        caKeyPem: new TextEncoder().encode("simulated key"),
        joinTokens: { worker: "simulated-worker-token", manager: "simulated-manager-token" },
        rotation: null,
      },
      unlockKeys: this.unlockKeys.map((key) => ({
        subsystem: managerUnlockSubsystem,
        algorithm: "aes-128-gcm",
        key: Uint8Array.from(key),
        lamportTime: 0,
      })),
    };
    const node = this.cluster.requireLeader();
    await this.cluster.resolve(
      node.propose([{ action: "create", kind: "cluster", object: cluster }]),
      5 * ELECTION_MS,
    );
    this.startManager(first);
    for (let i = 1; i < this.mix.managers; i++) await join(this);
    await this.cluster.until(() => this.cluster.voters().length === this.mix.managers, 30 * ELECTION_MS);
    if (this.mix.driftPerMille > 0) {
      for (const m of this.cluster.members.values()) {
        m.clock.setRate(1 + this.prng.between(-this.mix.driftPerMille, this.mix.driftPerMille) / 1000);
      }
      this.marks.hit("clock drift");
    }
  }

  startManager(m: Member): void {
    if (m.node === null || m.wal === null) return;
    const manager = new SimManager({
      node: m.node,
      wal: m.wal,
      clusterId: this.clusterId,
      address: m.address,
      clock: m.clock,
      entropy: this.cluster.entropy(),
      log: this.logger(m),
      controllerIntervalMs: 500,
    });
    this.managers.set(m.id, manager);
    manager.start();
  }

  logger(m: Member): Logger {
    const who = m.id.toString(36);
    const line = (level: string, event: string, fields?: LogFields): void => {
      if (event === "kek-changed") this.marks.hit("key files re-sealed");
      if (level === "debug") return;
      if (event === "controllers-failed") {
        const error = fields?.["error"] as { code?: unknown } | undefined;
        if (typeof error?.code !== "string")
          this.checks.violation(`controllers of ${who} threw untyped ${String(error)}`);
      }
      if (level !== "info") this.note(`${who} log ${level} ${event}`);
    };
    const logger: Logger = {
      debug: (event, fields) => line("debug", event, fields),
      info: (event, fields) => line("info", event, fields),
      warn: (event, fields) => line("warn", event, fields),
      error: (event, fields) => line("error", event, fields),
      with: () => logger,
    };
    return logger;
  }

  onEvent(m: Member, e: NodeEvent): void {
    const node = m.node;
    if (node !== null) this.checks.onEvent(node, e);
    this.managers.get(m.id)?.onNodeEvent(e);
    if (e.kind === "role" && e.role === "leader") this.marks.hit("elections");
    // A node powered off mid-write fails on its way down (its disk is gone): that is the crash.
    if (e.kind === "failed" && m.node !== null) this.failed.set(m.id, e.operation);
    const mark = eventMarks[e.kind];
    if (mark !== undefined) this.marks.hit(mark);
  }

  note(line: string): void {
    this.cluster.log.push(`${Math.round(this.cluster.clock.monotonicMs())} sim ${line}`);
  }

  // ---- the run ----

  async run(): Promise<void> {
    try {
      await this.setUp();
      this.workload = new Workload({
        clock: this.cluster.clock,
        prng: this.prng.fork(),
        clients: 3,
        names,
        timeoutMs: 5_000,
        thinkMs: { min: 20, max: 400 },
        targets: () => [...this.managers.values()].filter((mgr) => mgr.node.lifecycle === "running"),
        mark: (name) => this.marks.hit(name),
        unexpected: (text) => this.checks.violation(`unexpected exception: ${text}`),
        log: (line) => this.note(line),
      });
      this.workload.start();
      const end = this.cluster.clock.monotonicMs() + (this.options.faultMs ?? faultMsDefault);
      while (this.cluster.clock.monotonicMs() < end) {
        await this.cluster.run(stepMs);
        await tend(this);
        await inject(this);
        this.flushLog();
      }
      await heal(this);
    } catch (error) {
      this.checks.violation(
        `unexpected exception: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    } finally {
      this.#stopped = true;
      this.flushLog();
      // Nodes first: closing one fails its pending requests, which ends a controller round
      // waiting on a proposal (time no longer moves to time it out).
      await this.cluster.closeAll();
      for (const manager of this.managers.values()) await manager.close();
    }
  }

  flushLog(): void {
    const log = this.cluster.log;
    for (let i = this.#logged; i < log.length; i++) {
      const line = log[i] ?? "";
      this.#transcript = fnv1aString(line + "\n", this.#transcript);
      this.options.log?.(line);
    }
    log.length = 0;
    this.#logged = 0;
  }

  /** Running members, and whether one more may go down without losing the majority. */
  running(): Member[] {
    return [...this.cluster.members.values()].filter((m) => m.node?.lifecycle === "running");
  }

  mayStop(): boolean {
    const total = this.cluster.members.size;
    return this.running().length - 1 > total / 2;
  }

  /**
   * All members run, the network is whole and every one has applied what the leader
   * committed. A learner is added only then by default: a member that misses the conf change
   * adding it cannot answer it if it becomes leader (no address for it; known liveness gap,
   * reproduced with learnersUnderFaults).
   */
  healthy(): boolean {
    return (
      !this.recovering() &&
      this.down.size === 0 &&
      this.partitionUntilMs === null &&
      this.cluster.caughtUp() &&
      this.running().length === this.cluster.members.size
    );
  }

  /**
   * Some member lost a tail and is not repaired yet. No second tail is torn then: with two
   * recovering voters of four, neither votes and the other two cannot elect a leader, so
   * nothing repairs them (a liveness gap of the voting rule; commit 214329b, seed 189).
   */
  recovering(): boolean {
    return [...this.cluster.members.values()].some((m) => m.node === null || m.node.status().recoverTo > 0);
  }

  /** Stops a member's manager without waiting: at a power cut its controllers just stop. */
  dropManager(id: NodeId): void {
    void this.managers.get(id)?.close();
    this.managers.delete(id);
  }

  later(): number {
    return this.cluster.clock.monotonicMs() + this.prng.between(downMs.min, downMs.max);
  }

  // ---- the end ----

  result(): NodeSimResult {
    const history = this.workload?.history ?? [];
    for (const op of history) {
      if (op.output === undefined) continue;
      if (op.input.op === "get" || op.input.op === "list") this.marks.hit("linearizable reads");
      else this.marks.hit("acknowledged writes");
    }
    const stats = this.cluster.network.stats;
    this.marks.hit("messages lost", stats.lost);
    this.marks.hit("messages duplicated", stats.duplicated);
    this.marks.hit("messages of removed members refused", stats.refused);
    return {
      seed: this.options.seed,
      violations: this.checks.violations,
      transcript: this.#transcript,
      marks: this.marks,
      simMs: this.cluster.clock.monotonicMs(),
      history,
      mix: this.mix,
    };
  }

  get stopped(): boolean {
    return this.#stopped;
  }
}
