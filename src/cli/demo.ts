// `keel demo`: a seeded five-node Raft cluster in one process, taken through the faults a swarm
// manager must survive, narrating each stage. Deterministic: the same seed prints the same run.
import { ConfChangeTransition, ConfChangeType } from "../raft/types.js";
import type { NodeId } from "../raft/types.js";
import { Cluster } from "../sim/cluster.js";

export interface DemoOptions {
  readonly seed: number;
  readonly write: (line: string) => void;
}

interface Stage {
  readonly title: string;
  readonly run: (c: Cluster) => string;
}

/** Ticks and settles the cluster until a leader exists; returns the ticks it took. */
function awaitLeader(c: Cluster, maxTicks = 200, exclude: NodeId[] = []): number {
  for (let t = 1; t <= maxTicks; t++) {
    c.tickAll();
    c.stabilize();
    const leader = c.leader();
    if (leader !== undefined && !exclude.includes(leader)) return t;
  }
  throw new Error(`no leader after ${maxTicks} ticks`);
}

/** Lets `ticks` ticks of time pass, delivering every message in between. */
function pass(c: Cluster, ticks: number): void {
  for (let t = 0; t < ticks; t++) {
    c.tickAll();
    c.stabilize();
  }
}

function leaderOf(c: Cluster): NodeId {
  const leader = c.leader();
  if (leader === undefined) throw new Error("no leader");
  return leader;
}

function write(c: Cluster, count: number, prefix: string): number {
  let accepted = 0;
  for (let i = 0; i < count; i++) {
    if (c.propose(leaderOf(c), `${prefix}-${i}`)) accepted++;
    if (i % 8 === 7) c.stabilize();
  }
  c.stabilize();
  return accepted;
}

function describe(c: Cluster): string {
  const leader = c.leader();
  if (leader === undefined) return "no leader";
  const st = c.node(leader).raw.status();
  return `leader=${leader} term=${st.hardState.term} commit=${st.hardState.commit}`;
}

const stages: Stage[] = [
  {
    title: "cold start",
    run: (c) => {
      const ticks = awaitLeader(c);
      return `${describe(c)} after ${ticks} ticks`;
    },
  },
  {
    title: "client writes",
    run: (c) => `${write(c, 50, "secret")} of 50 proposals accepted; ${describe(c)}`,
  },
  {
    title: "partition the leader away from the majority",
    run: (c) => {
      const old = leaderOf(c);
      c.isolate(old);
      const ticks = awaitLeader(c, 200, [old]);
      const accepted = write(c, 20, "during-partition");
      return `old leader ${old} cut off; new ${describe(c)} after ${ticks} ticks; ${accepted} writes on the majority side`;
    },
  },
  {
    title: "heal the partition",
    run: (c) => {
      c.heal();
      pass(c, 20);
      return `${describe(c)}; the old leader rejoined as a follower`;
    },
  },
  {
    title: "crash a follower, compact the leader's log, restart the follower",
    run: (c) => {
      const leader = leaderOf(c);
      const victim = c.aliveIds().find((id) => id !== leader) ?? leader;
      c.crash(victim);
      write(c, 30, "while-down");
      c.compact(leader);
      c.restart(victim);
      pass(c, 25);
      const caughtUp = c.node(victim).applied.index === c.node(leader).applied.index;
      return `node ${victim} restarted and ${caughtUp ? "caught up from a snapshot" : "is still catching up"}; ${describe(c)}`;
    },
  },
  {
    title: "add a manager as a learner, then promote it",
    run: (c) => {
      c.addNode(6);
      const noContext = new Uint8Array(0);
      c.proposeConfChange(leaderOf(c), {
        type: ConfChangeType.AddLearnerNode,
        nodeId: 6,
        context: noContext,
        id: 1,
      });
      pass(c, 5);
      c.proposeConfChange(leaderOf(c), {
        transition: ConfChangeTransition.Auto,
        changes: [{ type: ConfChangeType.AddNode, nodeId: 6 }],
        context: noContext,
      });
      pass(c, 5);
      const voters = c.node(leaderOf(c)).raw.status().config.voters;
      return `voters now (${voters.join(" ")}); node 6 applied ${c.node(6).applied.index}`;
    },
  },
  {
    title: "transfer leadership",
    run: (c) => {
      const from = leaderOf(c);
      const to =
        c
          .node(from)
          .raw.status()
          .config.voters.find((id) => id !== from) ?? from;
      c.node(from).raw.transferLeader(to);
      c.stabilize();
      return `asked ${from} to hand over to ${to}: ${describe(c)}`;
    },
  },
];

export function runDemo(options: DemoOptions): boolean {
  const { write: out } = options;
  const c = new Cluster({ voters: [1, 2, 3, 4, 5], seed: options.seed });
  out(`keel demo: a 5-node Raft cluster in one process (seed ${options.seed}; PreVote, CheckQuorum on)`);
  for (const [i, stage] of stages.entries())
    out(`[${i + 1}/${stages.length}] ${stage.title}: ${stage.run(c)}`);
  pass(c, 3);
  c.checker.checkLogs(c);
  const digests = new Set(
    c.aliveIds().map((id) => `${c.node(id).applied.index}/${c.node(id).applied.digest}`),
  );
  out(
    `done: ${describe(c)}; ${c.checker.committed.size} entries committed and applied; ` +
      `faults survived: ${c.stats.crashes} crash, 1 partition, ${c.stats.dropped} messages dropped; ` +
      `replicas agree: ${digests.size === 1 ? "yes" : "NO"}; safety violations: ${c.checker.violations.length}`,
  );
  for (const v of c.checker.violations) out(`violation: ${v}`);
  return digests.size === 1 && c.checker.ok();
}
