// The heal at the end of a seed forgets every armed disk fault. A node that a full disk had
// just stopped, not yet noticed by the operator, was then judged with no fault to explain it
// (node-layer seed 930): the heal must judge and restart it first, as a power cut does.
import { describe, expect, it } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import { methods } from "../../src/manager/api/methods.js";
import { ELECTION_MS } from "../../src/sim/node/cluster.js";
import { World } from "../../src/sim/node/node-sim.js";
import { heal } from "../../src/sim/node/verdict.js";

const seed = 5;

describe("node-layer simulation: the heal after a disk fault", () => {
  it("judges a node its armed full disk stopped before forgetting the fault, and restarts it", async () => {
    const world = await World.create({ seed, faultMs: 0 });
    try {
      await world.setUp();
      const leader = world.cluster.requireLeader().id;
      const follower = [...world.cluster.members.keys()].find((id) => id !== leader) as number;
      const m = world.cluster.member(follower);
      m.db.failNextWrites(1, 0, "ENOSPC");
      world.armed.set(follower, "ENOSPC");
      const body = keelapi.SecretCreateRequest.encode({
        name: "s1",
        data: new TextEncoder().encode("v"),
      }).finish();
      // Answered as the simulated clock runs (below): the follower's save of it hits the full disk.
      const created = world.managers.get(leader)?.call(methods.secretCreate, body);
      await world.cluster.until(() => world.failed.has(follower), 20 * ELECTION_MS);
      await heal(world);
      await created;
      // (The write above is no client's, so the history check disowns it: only the judgement counts.)
      const unexplained = world.checks.violations.filter((v) => v.includes("no fault to explain"));
      expect(unexplained, `replay: seed ${seed}`).toEqual([]);
      expect(world.marks.counts.get("disk ENOSPC stops")).toBe(1);
      expect(world.cluster.member(follower).node?.lifecycle).toBe("running");
    } finally {
      await world.cluster.closeAll();
      for (const manager of world.managers.values()) await manager.close();
    }
  });
});
