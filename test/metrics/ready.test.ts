// /ready on a partitioned manager: three real `keel` processes (src/harness), each watched by a
// MetricsServer on its data dir (the one --metrics-addr starts: readiness comes from the node's
// status over its control socket). The leader cut off from both followers steps down and knows
// no leader: 503 while the majority elects another and stays 200; 200 again once healed.
import { afterAll, expect, test } from "vitest";
import { KeelCluster, pollUntil } from "../../src/harness/index.js";
import type { KeelProcess } from "../../src/harness/index.js";
import { MetricsServer } from "../../src/metrics/index.js";

let cluster: KeelCluster | null = null;
const servers: MetricsServer[] = [];

afterAll(async () => {
  await Promise.allSettled(servers.map((s) => s.close()));
  await cluster?.close();
});

async function ready(server: MetricsServer): Promise<{ status: number; reason: string }> {
  const response = await fetch(`http://${server.address}/ready`);
  return { status: response.status, reason: (await response.text()).trim() };
}

/** Polls until `server` answers /ready with `status`; returns the reason it gave. */
function readyBecomes(p: KeelProcess, server: MetricsServer, status: number): Promise<string> {
  return pollUntil(p.name, `/ready ${status}`, 20_000, async () => {
    const answer = await ready(server);
    return answer.status === status ? answer.reason : undefined;
  });
}

test("/ready is 503 on a partitioned manager and 200 on the others, and 200 again once healed", async () => {
  cluster = await KeelCluster.start({ managers: 3 });
  const managers = cluster.managers;
  const watched = new Map<KeelProcess, MetricsServer>();
  for (const p of managers) {
    const server = await MetricsServer.listen("127.0.0.1:0", p.dataDir);
    servers.push(server);
    watched.set(p, server);
  }
  const at = (p: KeelProcess): MetricsServer => watched.get(p) ?? servers[0]!;
  for (const p of managers) await readyBecomes(p, at(p), 200);

  const leader = await cluster.waitForLeader();
  const others = managers.filter((p) => p !== leader);
  await cluster.isolate(leader);
  // Check-quorum makes the cut-off leader step down; it then knows no leader.
  expect(await readyBecomes(leader, at(leader), 503)).toBe("no leader known");
  await cluster.waitForLeader({ among: others, timeoutMs: 20_000 });
  for (const p of others) await readyBecomes(p, at(p), 200);
  expect((await ready(at(leader))).status).toBe(503);

  await cluster.rejoin(leader);
  await readyBecomes(leader, at(leader), 200);
  for (const p of others) expect((await ready(at(p))).status).toBe(200);
}, 120_000);
