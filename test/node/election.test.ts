// Election and replication on three real RaftNodes over the simulated network.
import { afterEach, describe, expect, test } from "vitest";
import { ELECTION_MS, SimCluster, secret, secretIds } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

describe("RaftNode cluster", () => {
  test("three nodes elect one leader, and all agree on it", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 1 }));
    await c.run(2 * ELECTION_MS);
    const leader = c.requireLeader();
    expect(c.live()).toHaveLength(3);
    for (const n of c.live()) expect(n.status().leader).toBe(leader.id);
    expect(c.voters()).toHaveLength(3);
  });

  test("a proposal resolves on the leader and on a follower, and reaches every store", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 2 }));
    const leader = c.requireLeader();
    const onLeader = await c.resolve(leader.propose([secret("a")]), ELECTION_MS);
    expect(onLeader.status).toBe("applied");
    const follower = c.followers()[0]!;
    const onFollower = await c.resolve(follower.propose([secret("b")]), ELECTION_MS);
    expect(onFollower.index).toBeGreaterThan(onLeader.index);
    // The follower resolved only once it had applied its own proposal.
    expect(follower.store.get("secret", "b")).toBeDefined();
    await c.run(100);
    for (const n of c.live()) expect(secretIds(n)).toEqual(["a", "b"]);
  });
});
