// One seed of the node-layer simulation: 3–7 managers, each the production RaftNode on its
// encrypted Wal (memory-level behind FaultLevel) with the store, leader controllers, key-file
// re-sealing and API handlers (manager.ts), under a fault mix drawn from the seed (faults.ts),
// with clients recording a history (workload.ts). After the faults, the network heals, every
// manager comes back, the cluster must converge, and the checkers judge the run.
import { SecretKey } from "../../crypto/keys.js";
import type { Cluster } from "../../fsm/index.js";
import { managerUnlockKey, managerUnlockSubsystem, newCluster, soleCluster } from "../../fsm/index.js";
import { methods } from "../../manager/api/methods.js";
import type { LogFields, Logger } from "../../manager/log.js";
import { decodeSnapshot } from "../../fsm/snapshot.js";
import type { NodeEvent } from "../../node/events.js";
import type { RaftNode } from "../../node/raft-node.js";
import { Prng } from "../../raft/prng.js";
import type { NodeId } from "../../raft/types.js";
import { inspectWal } from "../../wal/inspect.js";
import { fnv1a, fnv1aString } from "../digest.js";
import { NodeChecks } from "./checks.js";
import type { Member } from "./cluster.js";
import { ELECTION_MS, SimCluster } from "./cluster.js";
import type { FaultKind, FaultMix } from "./faults.js";
import { drawMix, faultKinds, stepMs } from "./faults.js";
import { checkSecretHistory } from "../linearizability/index.js";
import { checkAcknowledgedWrites } from "./history.js";
import type { SecretOperation } from "./history.js";
import { SimManager } from "./manager.js";
import { Marks } from "./marks.js";
import { Workload } from "./workload.js";

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
const convergeMsMax = 60_000;
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

class World {
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
  #partitionUntilMs: number | null = null;
  #lamport = -1;
  #failed = new Map<NodeId, string>();
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
        keepEntriesAfterSnapshot: mix.keepEntriesAfterSnapshot,
        requestTimeoutMs: 3_000,
        checkInvariants: false,
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

  async #setUp(): Promise<void> {
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
    this.#startManager(first);
    for (let i = 1; i < this.mix.managers; i++) await this.#join();
    await this.cluster.until(() => this.cluster.voters().length === this.mix.managers, 30 * ELECTION_MS);
    if (this.mix.driftPerMille > 0) {
      for (const m of this.cluster.members.values()) {
        m.clock.setRate(1 + this.prng.between(-this.mix.driftPerMille, this.mix.driftPerMille) / 1000);
      }
      this.marks.hit("clock drift");
    }
  }

  /** The unlock key in force now (read from a running store), or null without autolock. */
  #currentUnlockKey(): { key: Uint8Array; version: number } | null {
    const leader = this.cluster.leader() ?? this.cluster.live()[0];
    const c = leader === undefined ? undefined : soleCluster(leader.store);
    const key = c === undefined ? undefined : managerUnlockKey(c);
    return c === undefined || key === undefined ? null : { key: key.key, version: c.meta.version };
  }

  /** A new manager joins with an empty disk, its key file sealed under the current unlock key. */
  async #join(): Promise<void> {
    // An operator joins through a leader: a joiner no leader adds waits for ever, unreachable
    // (it knows no member until the first snapshot arrives), and the cluster never converges.
    if ((await this.#awaitLeader()) === null) {
      this.note("no leader: the join waits for another time");
      return;
    }
    const current = this.#currentUnlockKey();
    const kek = current === null ? null : SecretKey.fromBytes(current.key, "unlock key");
    const m = await this.cluster.addMember(kek, current?.version ?? 1);
    const peers = this.cluster.live().map((n) => ({ id: n.id, address: this.cluster.member(n.id).address }));
    await this.cluster.startNode(m.id, { kind: "join", peers }, {}, kek);
    kek?.wipe();
    this.#startManager(m);
    // As `keel join` retries its AddManager call: the leader may change while it is pending.
    for (let attempt = 0; attempt < 3; attempt++) {
      const leader = await this.#awaitLeader();
      if (leader === null) break;
      try {
        await this.cluster.resolve(leader.addLearner(m.id, m.address), 5 * ELECTION_MS);
        this.marks.hit("learners added");
        return;
      } catch (error) {
        if (codeOf(error) === "ALREADY_MEMBER") return;
        this.note(`add learner ${m.id.toString(36)} failed: ${codeOf(error)}`);
      }
    }
    // Never added (or not known to be): the joiner gives up and its operator removes it.
    this.#dropManager(m.id);
    await this.cluster.forget(m.id);
  }

  /** The leader, waiting up to ten election timeouts for one to be elected; null if none is. */
  async #awaitLeader(): Promise<RaftNode | null> {
    await this.cluster.until(() => this.cluster.leader() !== null, 10 * ELECTION_MS).catch(() => 0);
    return this.cluster.leader();
  }

  #startManager(m: Member): void {
    if (m.node === null || m.wal === null) return;
    const manager = new SimManager({
      node: m.node,
      wal: m.wal,
      clusterId: this.clusterId,
      address: m.address,
      clock: m.clock,
      entropy: this.cluster.entropy(),
      log: this.#logger(m),
      controllerIntervalMs: 500,
    });
    this.managers.set(m.id, manager);
    manager.start();
  }

  #logger(m: Member): Logger {
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
    if (e.kind === "failed" && m.node !== null) this.#failed.set(m.id, e.operation);
    const mark = eventMarks[e.kind];
    if (mark !== undefined) this.marks.hit(mark);
  }

  note(line: string): void {
    this.cluster.log.push(`${Math.round(this.cluster.clock.monotonicMs())} sim ${line}`);
  }

  // ---- the run ----

  async run(): Promise<void> {
    try {
      await this.#setUp();
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
        await this.#tend();
        await this.#inject();
        this.#flushLog();
      }
      await this.#heal();
    } catch (error) {
      this.checks.violation(
        `unexpected exception: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    } finally {
      this.#stopped = true;
      this.#flushLog();
      // Nodes first: closing one fails its pending requests, which ends a controller round
      // waiting on a proposal (time no longer moves to time it out).
      await this.cluster.closeAll();
      for (const manager of this.managers.values()) await manager.close();
    }
  }

  #flushLog(): void {
    const log = this.cluster.log;
    for (let i = this.#logged; i < log.length; i++) {
      const line = log[i] ?? "";
      this.#transcript = fnv1aString(line + "\n", this.#transcript);
      this.options.log?.(line);
    }
    log.length = 0;
    this.#logged = 0;
  }

  /** What an operator does each step: restart what is due, notice failures, follow keys. */
  async #tend(): Promise<void> {
    const now = this.cluster.clock.monotonicMs();
    for (const [id, operation] of [...this.#failed]) {
      this.#judgeFailure(id);
      if (this.cluster.members.has(id)) await this.#powerOff(id, `failed (${operation})`);
    }
    for (const m of [...this.cluster.members.values()]) {
      if (m.node?.lifecycle === "removed") {
        this.#dropManager(m.id);
        await this.cluster.forget(m.id);
        this.note(`forgot removed ${m.id.toString(36)}`);
      }
    }
    if (this.#partitionUntilMs !== null && now >= this.#partitionUntilMs) {
      this.cluster.network.heal();
      this.#partitionUntilMs = null;
      this.note("network healed");
    }
    for (const [id, down] of [...this.down]) if (now >= down.untilMs) await this.#bringBack(id);
    this.#followKeys();
    this.#checkRotations();
  }

  #followKeys(): void {
    const leader = this.cluster.leader();
    const c = leader === null ? undefined : soleCluster(leader.store);
    if (c === undefined) return;
    const key = managerUnlockKey(c)?.key;
    const last = this.unlockKeys[this.unlockKeys.length - 1];
    if (key !== undefined && (last === undefined || !equalBytes(last, key)))
      this.unlockKeys.push(Uint8Array.from(key));
    if (c.encryptionKeyLamportClock > this.#lamport) {
      if (this.#lamport >= 0) this.marks.hit("network-key rotations");
      this.#lamport = c.encryptionKeyLamportClock;
    }
  }

  /** A DEK rotation that completed leaves no record under the old key in that node's level. */
  #checkRotations(): void {
    for (const [id, oldKeyId] of [...this.rotations]) {
      const m = this.cluster.members.get(id);
      if (m === undefined) {
        this.rotations.delete(id);
        continue;
      }
      const wal = m.wal;
      if (wal === null || wal.status !== "open" || m.node?.lifecycle !== "running") continue;
      if (wal.rotation().state !== "idle" || wal.keyIds.current === oldKeyId) continue;
      this.rotations.delete(id);
      this.marks.hit("DEK rotations completed");
      const db = m.db;
      void inspectWal({ db }).then((report) => {
        const left = report.records.filter((r) => r.keyId === oldKeyId);
        if (left.length > 0)
          this.checks.violation(
            `DEK rotation on ${id.toString(36)} completed but ${left.length} records remain under key ${oldKeyId} (first ${left[0]?.key})`,
          );
      });
    }
  }

  async #inject(): Promise<void> {
    for (const kind of faultKinds) {
      const rate = this.mix.rates[kind];
      if (rate > 0 && this.prng.chance(rate, 1000)) {
        this.note(`fault ${kind}`);
        this.#flushLog();
        await this.#fault(kind);
      }
    }
  }

  /** Running members, and whether one more may go down without losing the majority. */
  #running(): Member[] {
    return [...this.cluster.members.values()].filter((m) => m.node?.lifecycle === "running");
  }

  #mayStop(): boolean {
    const total = this.cluster.members.size;
    return this.#running().length - 1 > total / 2;
  }

  async #fault(kind: FaultKind): Promise<void> {
    const running = this.#running();
    const pick = (): Member | undefined => (running.length === 0 ? undefined : this.prng.pick(running));
    switch (kind) {
      case "partition":
        return this.#partition();
      case "crash":
      case "crash-in-flight": {
        const m = pick();
        if (m === undefined || !this.#mayStop()) return;
        return this.#crash(m, { inFlight: kind === "crash-in-flight" });
      }
      case "torn-majority":
        return this.#tornMajority();
      case "lose-synced": {
        const m = pick();
        if (m === undefined || !this.#mayStop() || this.#recovering()) return;
        return this.#stopAndTear(m, this.prng.between(1, 4));
      }
      case "disk-eio":
      case "disk-enospc": {
        const m = pick();
        if (m === undefined || !this.#mayStop() || this.armed.has(m.id)) return;
        const fault = kind === "disk-eio" ? "EIO" : "ENOSPC";
        m.db.failNextWrites(this.prng.between(1, 3), this.prng.between(0, 5), fault);
        this.armed.set(m.id, fault);
        this.note(`${m.id.toString(36)} disk will fail (${fault})`);
        return;
      }
      case "flip-byte":
        return this.#flipDown();
      case "clock-step": {
        const m = pick();
        if (m === undefined) return;
        const ms = this.prng.between(-120_000, 120_000);
        m.clock.stepRealtime(ms);
        this.marks.hit("clock steps");
        this.note(`${m.id.toString(36)} realtime steps ${ms} ms`);
        return;
      }
      case "clock-leap": {
        const m = pick();
        if (m === undefined) return;
        const ms = this.prng.between(100, 2_500);
        m.clock.leap(ms);
        this.marks.hit("clock leaps");
        this.note(`${m.id.toString(36)} monotonic leaps ${ms} ms`);
        return;
      }
      case "dek-rotation": {
        const m = pick();
        if (m === undefined || m.node === null || m.wal === null || this.rotations.has(m.id)) return;
        this.rotations.set(m.id, m.wal.keyIds.current);
        this.note(`${m.id.toString(36)} DEK rotation requested`);
        void m.node
          .requestDekRotation()
          .catch((error: unknown) => this.note(`DEK rotation refused: ${codeOf(error)}`));
        return;
      }
      case "unlock-key-rotation": {
        const m = pick();
        const manager = m === undefined ? undefined : this.managers.get(m.id);
        if (manager === undefined || !this.mix.autolock) return;
        void manager.call(methods.rotateUnlockKey, new Uint8Array()).then(
          () => this.marks.hit("unlock-key rotations"),
          (error: unknown) => this.note(`unlock-key rotation failed: ${codeOf(error)}`),
        );
        return;
      }
      case "add-learner":
        if (this.cluster.members.size < 7 && (this.options.learnersUnderFaults === true || this.#healthy())) {
          await this.#join();
        }
        return;
      case "remove-member":
        return this.#removeMember();
      case "transfer": {
        const leader = this.cluster.leader();
        if (leader === null || !this.#mayStop()) return;
        const m = this.cluster.member(leader.id);
        this.#dropManager(m.id);
        this.note(`${m.id.toString(36)} stops, handing leadership over`);
        await this.cluster.resolve(leader.stop({ transferLeadership: true }), 10 * ELECTION_MS);
        const next = this.cluster.leader();
        if (next !== null && next.id !== leader.id) this.marks.hit("leader transfers");
        m.node = null;
        m.wal = null;
        this.down.set(m.id, { untilMs: this.#later(), reason: "stopped" });
        return;
      }
    }
  }

  /**
   * All members run, the network is whole and every one has applied what the leader
   * committed. A learner is added only then by default: a member that misses the conf change
   * adding it cannot answer it if it becomes leader (no address for it; known liveness gap,
   * reproduced with learnersUnderFaults).
   */
  #healthy(): boolean {
    return (
      !this.#recovering() &&
      this.down.size === 0 &&
      this.#partitionUntilMs === null &&
      this.cluster.caughtUp() &&
      this.#running().length === this.cluster.members.size
    );
  }

  /**
   * Some member lost a tail and is not repaired yet. No second tail is torn then: with two
   * recovering voters of four, neither votes and the other two cannot elect a leader, so
   * nothing repairs them (a liveness gap of the voting rule; commit 214329b, seed 189).
   */
  #recovering(): boolean {
    return [...this.cluster.members.values()].some((m) => m.node === null || m.node.status().recoverTo > 0);
  }

  /** Stops a member's manager without waiting: at a power cut its controllers just stop. */
  #dropManager(id: NodeId): void {
    void this.managers.get(id)?.close();
    this.managers.delete(id);
  }

  #later(): number {
    return this.cluster.clock.monotonicMs() + this.prng.between(downMs.min, downMs.max);
  }

  #partition(): void {
    if (this.#partitionUntilMs !== null) return;
    const ids = [...this.cluster.members.keys()];
    if (ids.length < 2) return;
    const net = this.cluster.network;
    const roll = this.prng.below(3);
    const a = this.prng.pick(ids);
    if (roll === 0) {
      net.isolate(a, ids);
      this.marks.hit("partitions symmetric");
      this.note(`isolate ${a.toString(36)}`);
    } else if (roll === 1) {
      const shuffled = ids.map((id) => ({ id, r: this.prng.float() })).sort((x, y) => x.r - y.r);
      const cut = this.prng.between(1, ids.length - 1);
      const left = shuffled.slice(0, cut).map((x) => x.id);
      const right = shuffled.slice(cut).map((x) => x.id);
      net.partition([left, right]);
      this.marks.hit("partitions symmetric");
      this.note(
        `partition ${left.map((id) => id.toString(36)).join(",")} | ${right.map((id) => id.toString(36)).join(",")}`,
      );
    } else {
      const b = this.prng.pick(ids.filter((id) => id !== a));
      net.cut(a, b, { oneWay: true });
      this.marks.hit("partitions one-way");
      this.note(`cut ${a.toString(36)}->${b.toString(36)}`);
    }
    this.#partitionUntilMs = this.cluster.clock.monotonicMs() + this.prng.between(300, 6_000);
  }

  /**
   * A power cut: what was not synced is lost (an ordered prefix of it may survive); with
   * writes in flight, the disk first holds them so the cut lands mid-write.
   */
  async #crash(m: Member, o: { inFlight: boolean }): Promise<void> {
    if (o.inFlight) {
      const release = m.db.holdWrites();
      const started = m.db.writesStarted;
      this.cluster.stalled.add(m.id);
      try {
        await this.cluster.run(this.prng.between(1, 60));
      } finally {
        this.cluster.stalled.delete(m.id);
      }
      const held = m.db.writesStarted - started;
      const off = this.#powerOff(m.id, "crashed with writes in flight");
      release();
      await off;
      if (held > 0) this.marks.hit("crashes with writes in flight");
      return;
    }
    await this.#powerOff(m.id, "crashed");
  }

  /** A node stopped by a failure: an armed disk fault must explain it. */
  #judgeFailure(id: NodeId): void {
    const operation = this.#failed.get(id);
    if (operation === undefined) return;
    this.#failed.delete(id);
    const armed = this.armed.get(id);
    this.armed.delete(id);
    if (armed === undefined)
      this.checks.violation(`node ${id.toString(36)} failed with no fault to explain it: ${operation}`);
    else this.marks.hit(armed === "ENOSPC" ? "disk ENOSPC stops" : "disk EIO stops");
  }

  async #powerOff(id: NodeId, reason: string): Promise<void> {
    // A failure not yet noticed is judged before the cut forgets the fault that explains it.
    this.#judgeFailure(id);
    const m = this.cluster.member(id);
    this.#dropManager(id);
    // The key file stops changing at the cut: a re-seal still in flight does not land.
    m.keyStore.failWrites = Number.MAX_SAFE_INTEGER;
    const unsynced = m.db.unsyncedBatches;
    const keep = this.prng.below(unsynced + 1);
    await this.cluster.crash(id, keep);
    this.marks.hit("crashes");
    if (unsynced > keep) this.marks.hit("unsynced batches lost");
    this.armed.delete(id);
    this.down.set(id, { untilMs: this.#later(), reason });
    this.note(`${id.toString(36)} ${reason} (kept ${keep} of ${unsynced} unsynced batches)`);
  }

  /**
   * A clean stop, then the last synced batches of the LevelDB log are lost (torn or truncated
   * while the node was down, as issue 9 found): the node must say so on restart and not vote
   * until a leader has repaired it. (A loss right after a crash, before the WAL's durable mark
   * caught up, is beyond what the mark can witness: not injected; see durable-mark.ts.)
   */
  async #stopAndTear(m: Member, batches: number): Promise<void> {
    const node = m.node;
    if (node === null) return;
    this.#dropManager(m.id);
    await this.cluster.resolve(node.close(), 10 * ELECTION_MS);
    m.node = null;
    m.wal = null;
    m.transport = null;
    if (m.db.losableSyncedBatches > 0) this.marks.hit("synced batches lost");
    m.db = await m.db.crash(0, { loseSynced: batches });
    // Usually repaired from peers; but a lost batch may have held the only copy of a record
    // rewritten under a new DEK after the old one was retired (WRONG_KEY): then the operator
    // wipes and re-joins the node, as the error tells them.
    this.damaged.add(m.id);
    this.down.set(m.id, { untilMs: this.#later(), reason: "stopped, log tail torn" });
    this.note(`${m.id.toString(36)} stopped; its log loses its last ${batches} synced batches`);
  }

  /**
   * The sequence issue 9 warns of, where only protocol-aware recovery keeps a committed write:
   * follower G falls behind (isolated) while the leader and follower F commit writes; F stops
   * cleanly and its log loses everything since G fell behind; F restarts, the leader crashes,
   * G comes back. F must not vote for G (G lacks the writes F acknowledged) until a leader
   * that has them repairs F.
   */
  async #tornMajority(): Promise<void> {
    const leader = this.cluster.leader();
    if (leader === null || this.#partitionUntilMs !== null || !this.#healthy()) return;
    const followers = this.#running().filter((m) => m.id !== leader.id);
    if (followers.length < 2) return;
    const g = this.prng.pick(followers);
    const f = this.prng.pick(followers.filter((m) => m !== g));
    const ids = [...this.cluster.members.keys()];
    const syncsBefore = f.db.syncCount;
    this.cluster.network.isolate(g.id, ids);
    this.#partitionUntilMs = Number.MAX_SAFE_INTEGER; // Healed below, not by #tend.
    this.note(`torn majority: ${g.id.toString(36)} isolated, ${f.id.toString(36)} will lose its tail`);
    await this.cluster.run(this.prng.between(300, 1_500));
    await this.#stopAndTear(f, Math.max(1, f.db.syncCount - syncsBefore + 1));
    await this.#bringBack(f.id);
    if (this.cluster.members.has(leader.id) && this.cluster.member(leader.id).node !== null) {
      await this.#powerOff(leader.id, "crashed (torn majority)");
    }
    this.cluster.network.heal();
    this.#partitionUntilMs = null;
    this.marks.hit("torn majorities");
  }

  /** A flipped byte in a record of a member that is down: it must refuse it with a typed error, or repair it. */
  async #flipDown(): Promise<void> {
    const downIds = [...this.down.keys()];
    if (downIds.length === 0) return;
    const id = this.prng.pick(downIds);
    // Not while another member is down or recovering: damage that cuts this log too could
    // leave a majority without what it committed, and then no leader may be elected at all.
    const others = [...this.cluster.members.values()].filter((m) => m.id !== id);
    if (others.some((m) => m.node === null || m.node.status().recoverTo > 0)) return;
    const m = this.cluster.member(id);
    const keys: string[] = [];
    for await (const key of m.db.keys()) keys.push(key);
    if (keys.length === 0) return;
    const key = this.prng.pick(keys);
    await m.db.flipByte(key, this.prng.below(256), 1 << this.prng.below(8));
    this.damaged.add(id);
    this.marks.hit("flipped bytes");
    this.note(`${id.toString(36)} byte flipped in ${key}`);
  }

  /**
   * Restarts a member that was down. An autolocked one is unlocked as an operator would: the
   * newest key first, then older ones (a manager down across rotations needs the key in force
   * when it went down); sometimes a wrong key or the oldest key is tried first. Every key that
   * does not open it must be refused with WRONG_UNLOCK_KEY and change nothing on disk.
   */
  async #bringBack(id: NodeId): Promise<void> {
    const m = this.cluster.members.get(id);
    this.down.delete(id);
    if (m === undefined) return;
    m.keyStore.failWrites = 0;
    const keys: (Uint8Array | null)[] = this.mix.autolock ? [...this.unlockKeys].reverse() : [null];
    if (this.mix.autolock) {
      this.marks.hit("restarts locked");
      if (this.prng.chance(1, 3)) keys.unshift(SecretKey.generate(this.cluster.entropy()).bytes);
      else if (keys.length > 1 && this.prng.chance(1, 2)) keys.unshift(keys[keys.length - 1] ?? null);
    }
    let lastError: unknown = null;
    for (const bytes of keys) {
      const outcome = await this.#tryStart(
        m,
        bytes === null ? null : SecretKey.fromBytes(bytes, "unlock key"),
      );
      if (outcome === "started") {
        await this.#wipeIfPeerless(id);
        return;
      }
      lastError = outcome;
      if (codeOf(outcome) !== "WRONG_UNLOCK_KEY") break;
    }
    const code = codeOf(lastError);
    // NOT_INITIALIZED: a joiner cut off before anything of it was durable has nothing to resume.
    if ((this.damaged.has(id) && code !== "uncoded") || code === "NOT_INITIALIZED") {
      this.note(`${id.toString(36)} refuses to start (${code}): wiped, re-joins as a new member`);
      await this.#wipe(id);
      return;
    }
    this.checks.violation(`node ${id.toString(36)} cannot restart: ${code} ${String(lastError)}`);
    this.down.set(id, { untilMs: this.#later(), reason: "restart failed" });
  }

  /** Starts the member under `kek`; a refused key must leave its key file and level as they were. */
  async #tryStart(m: Member, kek: SecretKey | null): Promise<"started" | unknown> {
    const keyFile = m.keyStore.bytes === null ? null : Uint8Array.from(m.keyStore.bytes);
    const writes = m.db.writeCount;
    try {
      await this.cluster.restart(m.id, {}, kek);
      this.#startManager(m);
      this.damaged.delete(m.id);
      this.note(`${m.id.toString(36)} restarted`);
      return "started";
    } catch (error) {
      if (codeOf(error) === "WRONG_UNLOCK_KEY") {
        const known = kek !== null && this.unlockKeys.some((k) => equalBytes(k, kek.bytes));
        this.marks.hit(known ? "unlock keys of another version refused" : "wrong unlock keys refused");
        const after = m.keyStore.bytes;
        const same = keyFile === null ? after === null : after !== null && equalBytes(keyFile, after);
        if (m.db.writeCount !== writes || !same)
          this.checks.violation(`a refused unlock key changed node ${m.id.toString(36)}'s disk`);
      }
      return error;
    } finally {
      kek?.wipe();
    }
  }

  /**
   * A joiner stopped before its first snapshot knows only the managers it joined through; when
   * those are gone (removed or wiped since), it knows no peer to answer, and no leader can
   * repair it. keel refuses such a node only when it lost acknowledged entries
   * (MEMBERS_UNKNOWN); here the operator sees a manager that never catches up and re-joins it.
   */
  async #wipeIfPeerless(id: NodeId): Promise<void> {
    const node = this.cluster.members.get(id)?.node;
    if (node === null || node === undefined || this.cluster.members.size < 2) return;
    const reachable = node.status().members.filter((m) => m.id !== id && this.cluster.members.has(m.id));
    if (reachable.length > 0) return;
    this.note(`${id.toString(36)} knows no live peer: wiped, re-joins as a new member`);
    this.#dropManager(id);
    await this.#wipe(id);
  }

  /** The operator's remedy for a disk damaged beyond repair: remove the member, wipe, re-join. */
  async #wipe(id: NodeId): Promise<void> {
    this.damaged.delete(id);
    await this.cluster.forget(id);
    // The damaged member may have led: its removal waits for the next leader.
    const leader = await this.#awaitLeader();
    if (leader !== null) {
      try {
        await this.cluster.resolve(leader.removeMember(id), 5 * ELECTION_MS);
      } catch (error) {
        this.note(`remove of wiped ${id.toString(36)} failed: ${codeOf(error)}`);
      }
    }
    this.marks.hit("damaged nodes wiped and re-joined");
    await this.#join();
  }

  async #removeMember(): Promise<void> {
    const leader = this.cluster.leader();
    if (leader === null || this.cluster.members.size <= 3 || this.down.size > 0) return;
    const others = [...this.cluster.members.keys()].filter((id) => id !== leader.id);
    const id = this.prng.pick(others);
    try {
      await this.cluster.resolve(leader.removeMember(id), 5 * ELECTION_MS);
      this.marks.hit("members removed");
      this.note(`removed ${id.toString(36)}; the operator shuts it down`);
      // A member that missed its own removal would campaign for ever, its messages dropped by
      // the others (it is never told): the operator decommissions it, as after `keel node rm`.
      this.#dropManager(id);
      this.down.delete(id);
      if (this.cluster.members.has(id)) await this.cluster.forget(id);
    } catch (error) {
      this.note(`remove ${id.toString(36)} failed: ${codeOf(error)}`);
    }
  }

  // ---- the end ----

  /** Heals everything, brings every member back, lets the clients finish, and checks convergence. */
  async #heal(): Promise<void> {
    this.note("heal");
    this.cluster.network.heal();
    this.#partitionUntilMs = null;
    for (const m of this.cluster.members.values()) m.db.failNextWrites(0);
    this.armed.clear();
    const workload = this.workload;
    const stopping = workload?.stop();
    let stopped = false;
    void stopping?.then(() => (stopped = true));
    const deadline = this.cluster.clock.monotonicMs() + convergeMsMax;
    while (this.cluster.clock.monotonicMs() < deadline) {
      await this.cluster.run(stepMs);
      await this.#tend();
      for (const id of [...this.down.keys()]) await this.#bringBack(id);
      this.#flushLog();
      if (stopped && workload?.straggling === 0 && this.#converged()) break;
    }
    if (!this.#converged()) {
      const states = [...this.cluster.members.values()].map((m) => {
        const st = m.node?.status();
        return `${m.id.toString(36)}:${m.node?.lifecycle ?? "down"}${st === undefined ? "" : ` ${st.role} term ${st.term} applied ${st.applied} commit ${st.commit}`}`;
      });
      this.checks.violation(
        `the cluster did not converge within ${convergeMsMax} ms of healing: ${states.join("; ")}`,
      );
      return;
    }
    const nodes = this.cluster.live();
    this.checks.checkLogs(nodes);
    if (this.options.plant === "diverge-store") plantDivergence(nodes);
    for (const node of nodes) this.checks.compareStore(node);
    const leader = this.cluster.requireLeader();
    const final = new Map<string, string>();
    for (const s of leader.store.list("secret")) final.set(s.spec.name, s.spec.labels["v"] ?? "");
    const history = workload?.history ?? [];
    for (const v of checkAcknowledgedWrites(history, final)) this.checks.violation(v);
    const verdict = checkSecretHistory(history);
    if (verdict.verdict === "violation") {
      this.checks.violation(`not linearizable (secret ${verdict.partition}): ${verdict.explanation}`);
    } else if (verdict.verdict === "undecided") {
      this.marks.hit("linearizability undecided");
      this.note(`linearizability undecided for ${verdict.partition}: ${verdict.reason}`);
    } else {
      this.marks.hit("histories linearizable");
    }
  }

  #converged(): boolean {
    const leader = this.cluster.leader();
    if (leader === null || this.down.size > 0) return false;
    const commit = leader.status().commit;
    const all = [...this.cluster.members.values()];
    if (!all.every((m) => m.node?.lifecycle === "running" && m.node.status().applied === commit))
      return false;
    const digest = fnv1a(leader.store.snapshot());
    return this.cluster.live().every((n) => fnv1a(n.store.snapshot()) === digest);
  }

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

/** A planted bug for the checkers' own test: one node's store silently loses its cluster object. */
function plantDivergence(nodes: readonly RaftNode[]): void {
  const node = nodes[nodes.length - 1];
  if (node === undefined) return;
  const content = decodeSnapshot(node.store.snapshot());
  node.store.restoreContent({ ...content, clusters: [] });
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "uncoded";
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
