// One look at the node for a scrape: its status (and, on a running manager, its node list)
// through the control socket, as `keel status` sees it, written into the gauges; and whether
// the node is ready: a member that knows a leader and has applied what it knows committed.
import type { KeelClient } from "../client/client.js";
import { looseU64 } from "../protobuf-u64.js";
import type { NodeMetrics } from "./registry.js";

export interface Readiness {
  readonly ready: boolean;
  readonly reason: string;
}

export async function sample(client: KeelClient, metrics: NodeMetrics, nowMs: number): Promise<Readiness> {
  metrics.up.set(1);
  let status;
  try {
    status = await client.status(2_000);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    metrics.scrapeErrors.inc({ code: typeof code === "string" ? code : "ERROR" });
    return { ready: false, reason: `no status: ${(error as Error).message}` };
  }
  const locked = status.state === "locked";
  metrics.locked.set(locked ? 1 : 0);
  metrics.kekVersion.set(looseU64(status.kekVersion));
  if (locked) return { ready: false, reason: "locked: waiting for keel unlock" };
  const notAfterMs = looseU64(status.certificateNotAfterMs);
  if (notAfterMs > 0) metrics.certificateExpirySeconds.set(Math.round((notAfterMs - nowMs) / 1000));
  if (status.role !== "manager") {
    const ready = status.state === "running" && status.leaderAddress !== "";
    return { ready, reason: ready ? "worker with a manager" : `worker ${status.state}, no manager yet` };
  }
  const commit = looseU64(status.commit);
  const applied = looseU64(status.applied);
  metrics.hasLeader.set(status.leaderId === "" ? 0 : 1);
  metrics.isLeader.set(status.raftState === "leader" ? 1 : 0);
  metrics.term.set(looseU64(status.term));
  metrics.commitIndex.set(commit);
  metrics.appliedIndex.set(applied);
  metrics.dekState.reset();
  metrics.dekState.set({ state: status.dekState }, 1);
  metrics.members.reset();
  metrics.peerReachable.reset();
  for (const m of status.members) {
    metrics.members.inc({ suffrage: m.suffrage ?? "" });
    if (m.nodeId !== status.nodeId)
      metrics.peerReachable.set({ peer: m.nodeId ?? "" }, m.reachable === true ? 1 : 0);
  }
  if (status.leaderId !== "") await sampleNodes(client, metrics);
  if (status.state !== "running") return { ready: false, reason: `manager ${status.state}` };
  if (status.leaderId === "") return { ready: false, reason: "no leader known" };
  if (applied < commit) return { ready: false, reason: `applied ${applied} of ${commit} committed` };
  return { ready: true, reason: "member with a leader, applied what it committed" };
}

async function sampleNodes(client: KeelClient, metrics: NodeMetrics): Promise<void> {
  try {
    const nodes = await client.nodes.list();
    metrics.nodes.reset();
    for (const n of nodes) metrics.nodes.inc({ role: n.role ?? "", state: n.state ?? "" });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    metrics.scrapeErrors.inc({ code: typeof code === "string" ? code : "ERROR" });
  }
}
