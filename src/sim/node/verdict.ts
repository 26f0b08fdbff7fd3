// The end of a seed: heal everything, bring every member back, let the clients finish, wait for
// convergence, and judge the run (logs, stores, acknowledged writes, linearizability).
import { decodeSnapshot } from "../../fsm/snapshot.js";
import type { RaftNode } from "../../node/raft-node.js";
import { checkSecretHistory } from "../linearizability/index.js";
import { fnv1a } from "../digest.js";
import { stepMs } from "./faults.js";
import { checkAcknowledgedWrites } from "./history.js";
import type { World } from "./node-sim.js";
import { bringBack, stopFailed, tend } from "./operator.js";

const convergeMsMax = 60_000;

/** Heals everything, brings every member back, lets the clients finish, and checks convergence. */
export async function heal(w: World): Promise<void> {
  w.note("heal");
  w.cluster.network.heal();
  w.partitionUntilMs = null;
  for (const m of w.cluster.members.values()) m.db.failNextWrites(0);
  // As at a power cut: a failure not yet noticed is judged while the fault that explains it is
  // still armed (seed 930: a full disk stopped a node just before the heal forgot the fault).
  await stopFailed(w);
  w.armed.clear();
  const workload = w.workload;
  const stopping = workload?.stop();
  let stopped = false;
  void stopping?.then(() => (stopped = true));
  const deadline = w.cluster.clock.monotonicMs() + convergeMsMax;
  while (w.cluster.clock.monotonicMs() < deadline) {
    await w.cluster.run(stepMs);
    await tend(w);
    for (const id of [...w.down.keys()]) await bringBack(w, id);
    w.flushLog();
    if (stopped && workload?.straggling === 0 && converged(w)) break;
  }
  if (!converged(w)) {
    const states = [...w.cluster.members.values()].map((m) => {
      const st = m.node?.status();
      return `${m.id.toString(36)}:${m.node?.lifecycle ?? "down"}${st === undefined ? "" : ` ${st.role} term ${st.term} applied ${st.applied} commit ${st.commit}`}`;
    });
    w.checks.violation(
      `the cluster did not converge within ${convergeMsMax} ms of healing: ${states.join("; ")}`,
    );
    return;
  }
  const nodes = w.cluster.live();
  w.checks.checkLogs(nodes);
  if (w.options.plant === "diverge-store") plantDivergence(nodes);
  for (const node of nodes) w.checks.compareStore(node);
  const leader = w.cluster.requireLeader();
  const final = new Map<string, string>();
  for (const s of leader.store.list("secret")) final.set(s.spec.name, s.spec.labels["v"] ?? "");
  const history = workload?.history ?? [];
  for (const v of checkAcknowledgedWrites(history, final)) w.checks.violation(v);
  const verdict = checkSecretHistory(history);
  if (verdict.verdict === "violation") {
    w.checks.violation(`not linearizable (secret ${verdict.partition}): ${verdict.explanation}`);
  } else if (verdict.verdict === "undecided") {
    w.marks.hit("linearizability undecided");
    w.note(`linearizability undecided for ${verdict.partition}: ${verdict.reason}`);
  } else {
    w.marks.hit("histories linearizable");
  }
}

export function converged(w: World): boolean {
  const leader = w.cluster.leader();
  if (leader === null || w.down.size > 0) return false;
  const commit = leader.status().commit;
  const all = [...w.cluster.members.values()];
  if (!all.every((m) => m.node?.lifecycle === "running" && m.node.status().applied === commit)) return false;
  const digest = fnv1a(leader.store.snapshot());
  return w.cluster.live().every((n) => fnv1a(n.store.snapshot()) === digest);
}

/** A planted bug for the checkers' own test: one node's store silently loses its cluster object. */
function plantDivergence(nodes: readonly RaftNode[]): void {
  const node = nodes[nodes.length - 1];
  if (node === undefined) return;
  const content = decodeSnapshot(node.store.snapshot());
  node.store.restoreContent({ ...content, clusters: [] });
}
