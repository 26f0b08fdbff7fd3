// One seeded simulation of a Raft-core cluster under faults, with a client workload: the seed
// picks the cluster, the configuration and every action, so a failing seed replays exactly.
import { AssertionError } from "../assert.js";
import { Prng } from "../raft/prng.js";
import { StateType } from "../raft/raft.js";
import type { ConfChangeSingle, NodeId } from "../raft/types.js";
import { ConfChangeTransition, ConfChangeType } from "../raft/types.js";
import type { RaftOverrides } from "./cluster.js";
import { Cluster } from "./cluster.js";
import { fnv1aString } from "./digest.js";

export interface SimOptions {
  /** Fault-phase steps. */
  readonly steps?: number;
  /** Ticks allowed for the cluster to converge once faults stop. */
  readonly livenessTicks?: number;
  readonly log?: (line: string) => void;
}

export interface SimResult {
  readonly seed: number;
  readonly violations: readonly string[];
  /** A digest of everything that happened, to prove a seed replays identically. */
  readonly transcript: number;
  readonly summary: {
    readonly voters: number;
    readonly leader: NodeId | undefined;
    readonly term: number;
    readonly committed: number;
    readonly proposals: number;
    readonly applied: number;
    readonly crashes: number;
    readonly partitions: number;
    readonly dropped: number;
    readonly duplicated: number;
    readonly confChanges: number;
    readonly transfers: number;
    readonly snapshots: number;
  };
}

const ACTIONS = [
  ["tick", 40],
  ["ready", 80],
  ["deliver", 100],
  ["deliver-random", 16],
  ["drop", 4],
  ["duplicate", 4],
  ["propose", 30],
  ["partition", 1],
  ["heal", 6],
  ["crash", 1],
  ["crash-mid-ready", 1],
  ["restart", 8],
  ["compact", 4],
  ["conf-change", 2],
  ["transfer", 1],
  ["read", 4],
] as const;
type Action = (typeof ACTIONS)[number][0];
const TOTAL_WEIGHT = ACTIONS.reduce((n, [, w]) => n + w, 0);

function pickAction(prng: Prng): Action {
  let r = prng.below(TOTAL_WEIGHT);
  for (const [name, weight] of ACTIONS) {
    if (r < weight) return name;
    r -= weight;
  }
  return "tick";
}

function randomRaftConfig(prng: Prng): RaftOverrides {
  return {
    electionTicks: prng.between(5, 12),
    heartbeatTicks: 1,
    maxSizePerMsg: prng.pick([16, 64, 1024 * 1024]),
    maxInflightMsgs: prng.pick([1, 4, 256]),
    maxCommittedSizePerReady: prng.pick([32, 1024 * 1024]),
    maxUncommittedEntriesSize: prng.pick([0, 0, 256]),
    lazyCommitNotices: prng.pick([false, true]),
  };
}

export function runSeed(seed: number, options: SimOptions = {}): SimResult {
  const prng = Prng.fromSeed(seed);
  const voterCount = prng.between(3, 7);
  const voters = Array.from({ length: voterCount }, (_, i) => i + 1);
  const raft = randomRaftConfig(prng);
  const cluster = new Cluster({ voters, seed: prng.u32(), raft, dropSuperseded: prng.pick([false, true]) });
  const steps = options.steps ?? 1500;
  const sim = new SimState(cluster, prng, options.log);
  try {
    for (let step = 0; step < steps; step++) sim.act(pickAction(prng), step);
    sim.converge(options.livenessTicks ?? 400);
  } catch (e) {
    // Any throw is a finding of this seed: an assertion is a broken invariant, anything else a crash.
    const kind = e instanceof AssertionError ? "invariant" : "crash";
    cluster.checker.violations.push(`${kind}: ${e instanceof Error ? e.message : String(e)}`);
  }
  cluster.checker.checkLogs(cluster);
  return sim.result(seed);
}

class SimState {
  private transcript = 0x811c9dc5;
  private nextNodeId: number;
  private proposals = 0;
  private partitions = 0;
  private confChanges = 0;
  private transfers = 0;
  private snapshots = 0;

  constructor(
    readonly cluster: Cluster,
    readonly prng: Prng,
    readonly log: ((line: string) => void) | undefined,
  ) {
    this.nextNodeId = cluster.ids().length + 1;
  }

  private note(text: string): void {
    this.transcript = fnv1aString(text, this.transcript);
    this.log?.(text);
  }

  private randomNode(alive = true): NodeId | undefined {
    const ids = alive ? this.cluster.aliveIds() : this.cluster.ids();
    return ids.length === 0 ? undefined : this.prng.pick(ids);
  }

  act(action: Action, step: number): void {
    const c = this.cluster;
    const id = this.randomNode();
    let detail = "";
    switch (action) {
      case "tick":
        if (this.prng.chance(1, 2)) c.tickAll();
        else if (id !== undefined) c.tick(id);
        break;
      case "ready":
        if (id !== undefined) c.processReady(id);
        break;
      case "deliver":
        if (c.queue.length > 0) c.deliverAt(0);
        break;
      case "deliver-random":
        if (c.queue.length > 0) c.deliverAt(this.prng.below(c.queue.length));
        break;
      case "drop":
        if (c.queue.length > 0) c.dropAt(this.prng.below(c.queue.length));
        break;
      case "duplicate":
        if (c.queue.length > 0) c.duplicateAt(this.prng.below(c.queue.length));
        break;
      case "propose":
        if (id !== undefined) {
          const value = `p${this.proposals++}`;
          detail = `${id}:${c.propose(id, value) ? "ok" : "dropped"}`;
        }
        break;
      case "partition":
        this.partition();
        break;
      case "heal":
        c.heal();
        break;
      case "crash":
        if (id !== undefined && c.aliveIds().length > 1) c.crash(id);
        break;
      case "crash-mid-ready":
        if (id !== undefined && c.aliveIds().length > 1) c.crashDuringReady(id, this.prng.chance(1, 2));
        break;
      case "restart": {
        const down = c.ids().filter((n) => !c.node(n).alive);
        if (down.length > 0) c.restart(this.prng.pick(down));
        break;
      }
      case "compact":
        if (id !== undefined && c.compact(id, this.prng.pick([0, 2]))) this.snapshots++;
        break;
      case "conf-change":
        detail = this.confChange();
        break;
      case "transfer":
        detail = this.transfer();
        break;
      case "read":
        if (id !== undefined) c.node(id).raw.readIndex();
        break;
    }
    const leader = c.leader();
    const term = leader === undefined ? 0 : c.node(leader).raw.status().hardState.term;
    this.note(`${step} ${action} ${id ?? "-"} ${detail} leader=${leader ?? "-"}/${term} q=${c.queue.length}`);
  }

  private partition(): void {
    const ids = this.cluster.ids();
    this.partitions++;
    if (this.prng.chance(1, 3)) {
      // Asymmetric: one direction of one link.
      const a = this.prng.pick(ids);
      const b = this.prng.pick(ids);
      if (a !== b) this.cluster.cut(a, b, true);
      return;
    }
    const side = ids.filter(() => this.prng.chance(1, 2));
    const rest = ids.filter((n) => !side.includes(n));
    this.cluster.partition([side, rest]);
  }

  private currentLeader(): { id: NodeId; voters: NodeId[]; learners: NodeId[] } | undefined {
    const id = this.cluster.leader();
    if (id === undefined) return undefined;
    const cs = this.cluster.node(id).raw.status().config;
    return { id, voters: [...cs.voters], learners: [...cs.learners] };
  }

  private confChange(): string {
    const leader = this.currentLeader();
    if (leader === undefined) return "no-leader";
    const c = this.cluster;
    const kind = this.prng.pick(["add-learner", "promote", "remove", "joint"] as const);
    let changes: ConfChangeSingle[] = [];
    switch (kind) {
      case "add-learner": {
        if (c.ids().length >= 9) return "full";
        const fresh = this.nextNodeId++;
        c.addNode(fresh);
        changes = [{ type: ConfChangeType.AddLearnerNode, nodeId: fresh }];
        break;
      }
      case "promote": {
        if (leader.learners.length === 0) return "no-learner";
        changes = [{ type: ConfChangeType.AddNode, nodeId: this.prng.pick(leader.learners) }];
        break;
      }
      case "remove": {
        if (leader.voters.length <= 3) return "too-few";
        changes = [{ type: ConfChangeType.RemoveNode, nodeId: this.prng.pick(leader.voters) }];
        break;
      }
      case "joint": {
        if (leader.learners.length === 0 || leader.voters.length <= 3) return "no-candidates";
        changes = [
          { type: ConfChangeType.AddNode, nodeId: this.prng.pick(leader.learners) },
          { type: ConfChangeType.RemoveNode, nodeId: this.prng.pick(leader.voters) },
        ];
        break;
      }
    }
    this.confChanges++;
    const ok = c.proposeConfChange(leader.id, {
      transition: ConfChangeTransition.Auto,
      changes,
      context: new Uint8Array(0),
    });
    return `${kind}:${changes.map((ch) => `${ch.type}/${ch.nodeId}`).join(",")}:${ok ? "ok" : "dropped"}`;
  }

  private transfer(): string {
    const leader = this.currentLeader();
    if (leader === undefined) return "no-leader";
    const target = this.prng.pick(leader.voters);
    this.transfers++;
    this.cluster.node(leader.id).raw.transferLeader(target);
    return `to ${target}`;
  }

  /** Stops faults and requires the members to agree on one applied state within a bound. */
  converge(livenessTicks: number): void {
    const c = this.cluster;
    c.heal();
    for (const id of c.ids()) c.restart(id);
    let agreed = false;
    for (let t = 0; t < livenessTicks && !agreed; t++) {
      c.tickAll();
      c.stabilize();
      agreed = this.agreed();
    }
    if (!agreed) {
      // Make sure the last write of the run commits everywhere, then check once more.
      const leader = c.leader();
      if (leader !== undefined) c.propose(leader, "final");
      for (let t = 0; t < livenessTicks && !agreed; t++) {
        c.tickAll();
        c.stabilize();
        agreed = this.agreed();
      }
    }
    if (!agreed)
      c.checker.violations.push(
        `liveness: members did not converge within ${2 * livenessTicks} ticks after healing`,
      );
    this.note(`converged=${agreed}`);
  }

  private agreed(): boolean {
    const c = this.cluster;
    const leader = c.leader();
    if (leader === undefined) return false;
    const st = c.node(leader).raw.status();
    if (st.softState.raftState !== StateType.Leader) return false;
    const members = [...st.config.voters, ...st.config.learners, ...st.config.votersOutgoing];
    const lead = c.node(leader).applied;
    if (st.hardState.commit !== lead.index) return false;
    return members.every((m) => {
      const n = c.nodes.get(m);
      return n !== undefined && n.applied.index === lead.index && n.applied.digest === lead.digest;
    });
  }

  result(seed: number): SimResult {
    const c = this.cluster;
    const leader = c.leader();
    const st = leader === undefined ? undefined : c.node(leader).raw.status();
    return {
      seed,
      violations: c.checker.violations,
      transcript: this.transcript,
      summary: {
        voters: c.ids().length,
        leader,
        term: st?.hardState.term ?? 0,
        committed: st?.hardState.commit ?? 0,
        proposals: this.proposals,
        applied: leader === undefined ? 0 : c.node(leader).applied.values.length,
        crashes: c.stats.crashes,
        partitions: this.partitions,
        dropped: c.stats.dropped,
        duplicated: c.stats.duplicated,
        confChanges: this.confChanges,
        transfers: this.transfers,
        snapshots: this.snapshots,
      },
    };
  }
}
