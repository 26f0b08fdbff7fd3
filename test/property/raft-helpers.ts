// Random schedules for the Raft core, driven in-process through src/sim/cluster.ts, with a
// safety model checked after every single step. A schedule is a plain list of actions whose
// node and message choices are small numbers taken modulo what exists at that moment, so any
// prefix or shrunk copy of a schedule is still a valid schedule (fast-check shrinks well).
import fc from "fast-check";
import type { RaftOverrides } from "../../src/sim/cluster.js";
import { Cluster } from "../../src/sim/cluster.js";
import { digestEntry } from "../../src/sim/digest.js";
import { StateType } from "../../src/raft/raft.js";
import type { RawNode } from "../../src/raft/raw-node.js";
import { SnapshotStatus } from "../../src/raft/raw-node.js";
import type { ConfChangeSingle, ConfChangeV2, HardState, NodeId } from "../../src/raft/types.js";
import { ConfChangeTransition, ConfChangeType, MessageType, NONE } from "../../src/raft/types.js";

// ------------------------------------------------------------------ schedules

export type ConfKind =
  "add-learner" | "add-voter" | "promote" | "demote" | "remove" | "swap" | "leave" | "update";

export type Action =
  | { readonly kind: "tick"; readonly node: number | null; readonly times: number }
  | { readonly kind: "ready"; readonly node: number }
  | { readonly kind: "ready-all" }
  /** One network round: every node's Ready, then every queued message. */
  | { readonly kind: "round" }
  | { readonly kind: "deliver"; readonly at: number | null }
  | { readonly kind: "deliver-all" }
  | { readonly kind: "drop"; readonly at: number }
  | { readonly kind: "duplicate"; readonly at: number }
  | { readonly kind: "delay"; readonly at: number }
  | { readonly kind: "partition"; readonly mask: number }
  | { readonly kind: "cut"; readonly from: number; readonly to: number }
  | { readonly kind: "isolate"; readonly node: number }
  | { readonly kind: "heal" }
  | { readonly kind: "crash"; readonly node: number }
  | { readonly kind: "crash-mid-ready"; readonly node: number; readonly sendEarly: boolean }
  | { readonly kind: "restart"; readonly node: number }
  | { readonly kind: "propose"; readonly node: number }
  | { readonly kind: "compact"; readonly node: number; readonly keep: number }
  | {
      readonly kind: "conf-change";
      readonly change: ConfKind;
      readonly a: number;
      readonly b: number;
      readonly transition: ConfChangeTransition;
      readonly v1: boolean;
    }
  | { readonly kind: "transfer"; readonly to: number }
  | { readonly kind: "read"; readonly node: number }
  | { readonly kind: "forget-leader"; readonly node: number }
  | { readonly kind: "report-snapshot"; readonly to: number; readonly failure: boolean }
  | { readonly kind: "report-unreachable"; readonly to: number };

const nodeArb = fc.nat({ max: 15 });
const posArb = fc.nat({ max: 63 });

export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 25,
    arbitrary: fc.record({
      kind: fc.constant("tick" as const),
      node: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: nodeArb }),
      times: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 16, arbitrary: fc.record({ kind: fc.constant("ready" as const), node: nodeArb }) },
  { weight: 12, arbitrary: fc.constant({ kind: "ready-all" as const }) },
  { weight: 14, arbitrary: fc.constant({ kind: "round" as const }) },
  {
    weight: 26,
    arbitrary: fc.record({ kind: fc.constant("deliver" as const), at: fc.option(posArb, { freq: 4 }) }),
  },
  { weight: 8, arbitrary: fc.constant({ kind: "deliver-all" as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop" as const), at: posArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), at: posArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delay" as const), at: posArb }) },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant("propose" as const), node: nodeArb }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("partition" as const), mask: fc.nat({ max: 511 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cut" as const), from: nodeArb, to: nodeArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("isolate" as const), node: nodeArb }) },
  { weight: 4, arbitrary: fc.constant({ kind: "heal" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("crash" as const), node: nodeArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("crash-mid-ready" as const),
      node: nodeArb,
      sendEarly: fc.boolean(),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("restart" as const), node: nodeArb }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("compact" as const), node: nodeArb, keep: fc.nat({ max: 2 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("conf-change" as const),
      change: fc.constantFrom<ConfKind>(
        "add-learner",
        "add-voter",
        "promote",
        "demote",
        "remove",
        "swap",
        "leave",
        "update",
      ),
      a: nodeArb,
      b: nodeArb,
      transition: fc.constantFrom<ConfChangeTransition>(
        ConfChangeTransition.Auto,
        ConfChangeTransition.Auto,
        ConfChangeTransition.JointImplicit,
        ConfChangeTransition.JointExplicit,
      ),
      v1: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("transfer" as const), to: nodeArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("read" as const), node: nodeArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("forget-leader" as const), node: nodeArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("report-snapshot" as const),
      to: nodeArb,
      failure: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("report-unreachable" as const), to: nodeArb }) },
);

export interface Schedule {
  readonly voters: number;
  readonly learners: number;
  readonly seed: number;
  readonly raft: RaftOverrides;
  readonly actions: readonly Action[];
}

/** Node configurations, swarm-style: every flag combination, small and large limits. */
export const raftOverridesArb: fc.Arbitrary<RaftOverrides> = fc.record({
  electionTicks: fc.integer({ min: 3, max: 8 }),
  heartbeatTicks: fc.constant(1),
  maxSizePerMsg: fc.constantFrom(16, 64, 1024 * 1024),
  maxInflightMsgs: fc.constantFrom(1, 2, 256),
  maxInflightBytes: fc.constantFrom(0, 2 * 1024 * 1024),
  maxCommittedSizePerReady: fc.constantFrom(24, 1024 * 1024),
  maxUncommittedEntriesSize: fc.constantFrom(0, 0, 64),
  checkQuorum: fc.constantFrom(true, true, true, false),
  preVote: fc.boolean(),
  stepDownOnRemoval: fc.boolean(),
  disableProposalForwarding: fc.boolean(),
});

export function scheduleArb(options: { minActions: number; maxActions: number }): fc.Arbitrary<Schedule> {
  return fc.record({
    voters: fc.integer({ min: 3, max: 7 }),
    learners: fc.integer({ min: 0, max: 1 }),
    seed: fc.nat(),
    raft: raftOverridesArb,
    actions: fc.array(actionArb, {
      minLength: options.minActions,
      maxLength: options.maxActions,
      size: "max",
    }),
  });
}

// ------------------------------------------------------------------ the safety model

interface CommittedRecord {
  readonly term: number;
  readonly digest: number;
  /** The lowest term of a node seen holding it committed: it was committed in this term or earlier. */
  readonly observedTerm: number;
  readonly by: NodeId;
}

/** Coverage marks: each property run asserts that the interesting things actually happened. */
export interface Marks {
  leaders: number;
  committed: number;
  snapshotsDelivered: number;
  confChangesApplied: number;
  jointConfigs: number;
  crashes: number;
  restarts: number;
  transfers: number;
  readsServed: number;
  compactions: number;
  unknownReads: number;
}

export function emptyMarks(): Marks {
  return {
    leaders: 0,
    committed: 0,
    snapshotsDelivered: 0,
    confChangesApplied: 0,
    jointConfigs: 0,
    crashes: 0,
    restarts: 0,
    transfers: 0,
    readsServed: 0,
    compactions: 0,
    unknownReads: 0,
  };
}

/**
 * What must hold after every step, beyond the cluster's own SafetyChecker:
 * - election safety: at most one leader per term, over the whole run (crashed leaders included);
 * - committed prefixes agree (LogInv): every entry a node holds committed, at any time, has the
 *   same term and payload digest as every other committed copy of that index;
 * - leader completeness: every entry committed by term T is in the log (or snapshot) of every
 *   leader of a term >= T, checked for every leader at every step, not only when elected;
 * - durable votes: a node's persisted term never decreases, its persisted vote never changes
 *   within a term, its persisted commit never decreases;
 * - linearizable reads: a ReadIndex answer is at least every index committed before the read was
 *   requested.
 */
export class SafetyModel {
  readonly violations: string[] = [];
  readonly leaders = new Map<number, NodeId>();
  readonly committed = new Map<number, CommittedRecord>();
  private maxCommitted = 0;
  private readonly checkedCommit = new Map<NodeId, number>();
  private readonly durable = new Map<NodeId, HardState>();
  /** For each RawNode instance: read id -> the highest committed index when it was requested. */
  private readonly reads = new WeakMap<RawNode, Map<number, number>>();
  private readonly instrumented = new WeakSet<RawNode>();
  private readonly knownConfigs = new Set<string>();

  constructor(readonly marks: Marks) {}

  private violation(step: number, text: string): void {
    if (this.violations.length < 20) this.violations.push(`step ${step}: ${text}`);
  }

  /** Forgets what was checked of a node's commit (it restarted, and re-reads its log). */
  forgetNode(id: NodeId): void {
    this.checkedCommit.delete(id);
  }

  requestRead(raw: RawNode, readId: number): void {
    let m = this.reads.get(raw);
    if (m === undefined) {
      m = new Map();
      this.reads.set(raw, m);
    }
    m.set(readId, this.maxCommitted);
  }

  /** Wraps ready() of a node so the model sees its read states (the Cluster drops them). */
  instrument(raw: RawNode, step: () => number): void {
    if (this.instrumented.has(raw)) return;
    this.instrumented.add(raw);
    const ready = raw.ready.bind(raw);
    raw.ready = () => {
      const rd = ready();
      for (const rs of rd.readStates) {
        const bound = this.reads.get(raw)?.get(rs.readId);
        if (bound === undefined) {
          this.marks.unknownReads++;
          continue;
        }
        this.marks.readsServed++;
        if (rs.index < bound) {
          this.violation(
            step(),
            `linearizability: node ${raw.id} read ${rs.readId} answered at index ${rs.index}, but ${bound} was committed before it was requested`,
          );
        }
      }
      return rd;
    };
  }

  check(cluster: Cluster, step: number): void {
    const aliveLeaders: { id: NodeId; raw: RawNode }[] = [];
    for (const id of cluster.ids()) {
      const sim = cluster.node(id);
      this.checkDurable(step, id, sim.storage.initialState().hardState);
      const cs = sim.confState;
      const key = JSON.stringify(cs);
      if (!this.knownConfigs.has(key)) {
        if (this.knownConfigs.size > 0) this.marks.confChangesApplied++;
        if (cs.votersOutgoing.length > 0) this.marks.jointConfigs++;
        this.knownConfigs.add(key);
      }
      if (!sim.alive) continue;
      const raw = sim.raw;
      this.instrument(raw, () => step);
      const r = raw.raftForTesting;
      if (r.state === StateType.Leader) {
        aliveLeaders.push({ id, raw });
        const known = this.leaders.get(r.term);
        if (known === undefined) {
          this.leaders.set(r.term, id);
          this.marks.leaders++;
        } else if (known !== id) {
          this.violation(step, `election safety: nodes ${known} and ${id} both led term ${r.term}`);
        }
      }
      this.recordCommitted(step, id, raw);
    }
    for (const { id, raw } of aliveLeaders) this.checkLeaderComplete(step, id, raw);
    cluster.checker.checkLogs(cluster);
  }

  private checkDurable(step: number, id: NodeId, hs: HardState): void {
    const prev = this.durable.get(id);
    if (prev !== undefined) {
      if (hs.term < prev.term)
        this.violation(step, `node ${id}: durable term went from ${prev.term} to ${hs.term}`);
      if (hs.term === prev.term && prev.vote !== NONE && hs.vote !== prev.vote) {
        this.violation(
          step,
          `node ${id}: durable vote in term ${hs.term} changed from ${prev.vote} to ${hs.vote}`,
        );
      }
      if (hs.commit < prev.commit)
        this.violation(step, `node ${id}: durable commit went from ${prev.commit} to ${hs.commit}`);
    }
    this.durable.set(id, hs);
  }

  private recordCommitted(step: number, id: NodeId, raw: RawNode): void {
    const r = raw.raftForTesting;
    const log = r.raftLog;
    const lo = Math.max((this.checkedCommit.get(id) ?? 0) + 1, log.firstIndex());
    const hi = log.committed;
    this.checkedCommit.set(id, Math.max(hi, this.checkedCommit.get(id) ?? 0));
    if (lo > hi) return;
    for (const e of log.slice(lo, hi + 1, Infinity)) {
      const digest = digestEntry(e);
      const rec = this.committed.get(e.index);
      if (rec === undefined) {
        this.committed.set(e.index, { term: e.term, digest, observedTerm: r.term, by: id });
        this.marks.committed++;
        this.maxCommitted = Math.max(this.maxCommitted, e.index);
        continue;
      }
      if (rec.term !== e.term || rec.digest !== digest) {
        this.violation(
          step,
          `committed entries differ at index ${e.index}: node ${id} holds term ${e.term}, node ${rec.by} held term ${rec.term}`,
        );
      } else if (r.term < rec.observedTerm) {
        this.committed.set(e.index, { ...rec, observedTerm: r.term });
      }
    }
  }

  private checkLeaderComplete(step: number, id: NodeId, raw: RawNode): void {
    const r = raw.raftForTesting;
    const log = r.raftLog;
    const first = log.firstIndex();
    for (const [index, rec] of this.committed) {
      if (rec.observedTerm > r.term || index < first - 1) continue;
      const t = log.termOrUndefined(index);
      if (t !== rec.term) {
        this.violation(
          step,
          `leader completeness: leader ${id} of term ${r.term} has term ${t ?? "none"} at index ${index}, committed with term ${rec.term} by term ${rec.observedTerm}`,
        );
      }
    }
  }
}

// ------------------------------------------------------------------ running a schedule

export interface RunResult {
  readonly violations: readonly string[];
  readonly converged: boolean | null;
}

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

export class ScheduleRunner {
  readonly cluster: Cluster;
  readonly model: SafetyModel;
  private step = 0;
  private proposals = 0;
  private readonly maxNodes = 9;

  constructor(
    readonly schedule: Schedule,
    readonly marks: Marks = emptyMarks(),
  ) {
    const voters = Array.from({ length: schedule.voters }, (_, i) => i + 1);
    const learners = Array.from({ length: schedule.learners }, (_, i) => schedule.voters + i + 1);
    this.cluster = new Cluster({ voters, learners, seed: schedule.seed, raft: schedule.raft });
    this.model = new SafetyModel(marks);
  }

  /** Runs every action, checking after each; then (optionally) heals and requires convergence. */
  run(options: { converge: boolean; livenessTicks?: number }): RunResult {
    this.model.check(this.cluster, 0);
    for (const action of this.schedule.actions) {
      this.step++;
      this.act(action);
      this.model.check(this.cluster, this.step);
      if (this.cluster.checker.violations.length > 0 || this.model.violations.length > 0) break;
    }
    let converged: boolean | null = null;
    if (options.converge && this.violations().length === 0)
      converged = this.converge(options.livenessTicks ?? 300);
    return { violations: this.violations(), converged };
  }

  violations(): string[] {
    return [...this.cluster.checker.violations.map((v) => `checker: ${v}`), ...this.model.violations];
  }

  private alive(n: number): NodeId | undefined {
    return pick(this.cluster.aliveIds(), n);
  }

  act(action: Action): void {
    const c = this.cluster;
    switch (action.kind) {
      case "tick":
        if (action.node === null) c.tickAll(action.times);
        else {
          const id = this.alive(action.node);
          if (id !== undefined) c.tick(id, action.times);
        }
        return;
      case "ready": {
        const id = this.alive(action.node);
        if (id !== undefined) c.processReady(id);
        return;
      }
      case "ready-all":
        for (const id of c.aliveIds()) c.processReady(id);
        return;
      case "round":
        for (const id of c.aliveIds()) c.processReady(id);
        for (let i = 0; i < c.queue.length; i++) this.noteDelivery(i);
        c.deliverAll();
        return;
      case "deliver": {
        if (c.queue.length === 0) return;
        const at = action.at === null ? 0 : action.at % c.queue.length;
        this.noteDelivery(at);
        c.deliverAt(at);
        return;
      }
      case "deliver-all":
        for (let i = 0; i < c.queue.length; i++) this.noteDelivery(i);
        c.deliverAll();
        return;
      case "drop":
        if (c.queue.length > 0) c.dropAt(action.at % c.queue.length);
        return;
      case "duplicate":
        if (c.queue.length > 0) c.duplicateAt(action.at % c.queue.length);
        return;
      case "delay": {
        // Holds one message back behind everything sent so far.
        if (c.queue.length === 0) return;
        const [m] = c.queue.splice(action.at % c.queue.length, 1);
        if (m !== undefined) c.queue.push(m);
        return;
      }
      case "partition": {
        const ids = c.ids();
        const side = ids.filter((_, i) => (action.mask >> i) & 1);
        const rest = ids.filter((id) => !side.includes(id));
        c.partition([side, rest]);
        return;
      }
      case "cut": {
        const ids = c.ids();
        const a = pick(ids, action.from);
        const b = pick(ids, action.to);
        if (a !== undefined && b !== undefined && a !== b) c.cut(a, b, true);
        return;
      }
      case "isolate": {
        const id = pick(c.ids(), action.node);
        if (id !== undefined) c.isolate(id);
        return;
      }
      case "heal":
        c.heal();
        return;
      case "crash": {
        const id = this.alive(action.node);
        // Keep one node up: a schedule with everyone down only burns steps.
        if (id === undefined || c.aliveIds().length <= 1) return;
        c.crash(id);
        this.model.forgetNode(id);
        this.marks.crashes++;
        return;
      }
      case "crash-mid-ready": {
        const id = this.alive(action.node);
        if (id === undefined || c.aliveIds().length <= 1) return;
        c.crashDuringReady(id, action.sendEarly);
        this.model.forgetNode(id);
        this.marks.crashes++;
        return;
      }
      case "restart": {
        const down = c.ids().filter((id) => !c.node(id).alive);
        const id = pick(down, action.node);
        if (id === undefined) return;
        c.restart(id);
        this.model.forgetNode(id);
        this.marks.restarts++;
        return;
      }
      case "propose": {
        const id = this.alive(action.node);
        if (id !== undefined) c.propose(id, `p${this.proposals++}`);
        return;
      }
      case "compact": {
        const id = this.alive(action.node);
        if (id !== undefined && c.compact(id, action.keep)) this.marks.compactions++;
        return;
      }
      case "conf-change":
        this.confChange(action);
        return;
      case "transfer": {
        const leader = c.leader();
        if (leader === undefined) return;
        const target = pick(c.node(leader).raw.status().config.voters, action.to);
        if (target === undefined) return;
        c.node(leader).raw.transferLeader(target);
        this.marks.transfers++;
        return;
      }
      case "read": {
        const id = this.alive(action.node);
        if (id === undefined) return;
        const raw = c.node(id).raw;
        this.model.requestRead(raw, raw.readIndex());
        return;
      }
      case "forget-leader": {
        const id = this.alive(action.node);
        if (id !== undefined) c.node(id).raw.forgetLeader();
        return;
      }
      case "report-snapshot": {
        const leader = c.leader();
        const to = pick(c.ids(), action.to);
        if (leader === undefined || to === undefined) return;
        c.node(leader).raw.reportSnapshot(
          to,
          action.failure ? SnapshotStatus.Failure : SnapshotStatus.Finish,
        );
        return;
      }
      case "report-unreachable": {
        const leader = c.leader();
        const to = pick(c.ids(), action.to);
        if (leader !== undefined && to !== undefined) c.node(leader).raw.reportUnreachable(to);
        return;
      }
    }
  }

  private noteDelivery(at: number): void {
    const m = this.cluster.queue[at];
    if (m === undefined || m.type !== MessageType.Snap) return;
    const target = this.cluster.nodes.get(m.to);
    if (target?.alive === true && !this.cluster.isBlocked(m.from, m.to)) this.marks.snapshotsDelivered++;
  }

  /** Proposes a membership change, chosen from the leader's view of the configuration. */
  private confChange(action: Extract<Action, { kind: "conf-change" }>): void {
    const c = this.cluster;
    const leader = c.leader();
    if (leader === undefined) return;
    const cs = c.node(leader).raw.status().config;
    const voters = [...cs.voters];
    const learners = [...cs.learners];
    const fresh = (): NodeId | undefined => {
      if (c.ids().length >= this.maxNodes) return undefined;
      const id = Math.max(...c.ids()) + 1;
      c.addNode(id);
      return id;
    };
    let changes: ConfChangeSingle[] = [];
    switch (action.change) {
      case "add-learner":
      case "add-voter": {
        const id = fresh();
        if (id === undefined) return;
        const type = action.change === "add-voter" ? ConfChangeType.AddNode : ConfChangeType.AddLearnerNode;
        changes = [{ type, nodeId: id }];
        break;
      }
      case "promote": {
        const id = pick(learners, action.a);
        if (id === undefined) return;
        changes = [{ type: ConfChangeType.AddNode, nodeId: id }];
        break;
      }
      case "demote":
      case "remove": {
        // Keep at least three voters, so that the group stays live once faults stop.
        const pool = voters.length > 3 ? [...voters, ...learners] : learners;
        const id = pick(pool, action.a);
        if (id === undefined) return;
        const type = action.change === "demote" ? ConfChangeType.AddLearnerNode : ConfChangeType.RemoveNode;
        changes = [{ type, nodeId: id }];
        break;
      }
      case "swap": {
        const promoted = pick(learners, action.a);
        const demoted = pick(voters, action.b);
        if (promoted === undefined || demoted === undefined) return;
        changes = [
          { type: ConfChangeType.AddNode, nodeId: promoted },
          {
            type: action.a % 2 === 0 ? ConfChangeType.AddLearnerNode : ConfChangeType.RemoveNode,
            nodeId: demoted,
          },
        ];
        break;
      }
      case "leave":
        changes = [];
        break;
      case "update": {
        const id = pick(voters, action.a);
        if (id === undefined) return;
        changes = [{ type: ConfChangeType.UpdateNode, nodeId: id }];
        break;
      }
    }
    const context = new Uint8Array(0);
    const only = changes[0];
    if (action.v1 && changes.length === 1 && only !== undefined) {
      c.proposeConfChange(leader, { type: only.type, nodeId: only.nodeId, context, id: this.step });
      return;
    }
    const cc: ConfChangeV2 = {
      transition: changes.length === 0 ? ConfChangeTransition.Auto : action.transition,
      changes,
      context,
    };
    c.proposeConfChange(leader, cc);
  }

  /** Stops faults, restarts everyone, and requires the members to agree on one applied state. */
  private converge(livenessTicks: number): boolean {
    const c = this.cluster;
    c.heal();
    for (const id of c.ids()) {
      if (!c.node(id).alive) {
        c.restart(id);
        this.model.forgetNode(id);
      }
    }
    let agreed = false;
    for (let round = 0; round < 2 && !agreed; round++) {
      if (round === 1) {
        // Make sure the last write commits everywhere (a joint configuration may wait for it).
        const leader = c.leader();
        if (leader !== undefined) c.propose(leader, "final");
      }
      for (let t = 0; t < livenessTicks && !agreed; t++) {
        c.tickAll();
        this.settle();
        if (this.violations().length > 0) return false;
        agreed = this.agreed();
      }
    }
    return agreed;
  }

  /** Processes readies and delivers messages in rounds until quiet, checking after each round. */
  private settle(): void {
    const c = this.cluster;
    for (let round = 0; round < 1000; round++) {
      let busy = false;
      for (const id of c.aliveIds()) while (c.processReady(id)) busy = true;
      if (c.queue.length > 0) {
        c.deliverAll();
        busy = true;
      }
      this.step++;
      this.model.check(c, this.step);
      if (!busy) return;
    }
  }

  private agreed(): boolean {
    const c = this.cluster;
    const leader = c.leader();
    if (leader === undefined) return false;
    const st = c.node(leader).raw.status();
    const lead = c.node(leader).applied;
    if (st.hardState.commit !== lead.index) return false;
    const members = [...st.config.voters, ...st.config.learners, ...st.config.votersOutgoing];
    return members.every((m) => {
      const n = c.nodes.get(m);
      return n !== undefined && n.applied.index === lead.index && n.applied.digest === lead.digest;
    });
  }
}

/** A short description of a schedule, for failure messages. */
export function describeSchedule(s: Schedule): string {
  return `voters=${s.voters} learners=${s.learners} seed=${s.seed} raft=${JSON.stringify(s.raft)} actions=${s.actions.length}`;
}
