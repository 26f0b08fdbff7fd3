import { afterEach, expect, test } from "vitest";
import { KeelCluster } from "../../src/harness/index.js";

let cluster: KeelCluster | null = null;
afterEach(async () => {
  await cluster?.close();
  cluster = null;
});

test("three managers elect a leader", async () => {
  const t0 = Date.now();
  cluster = await KeelCluster.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  console.log("started in", Date.now() - t0, "leader", leader.name);
  expect(cluster.managers).toHaveLength(3);
}, 60_000);
