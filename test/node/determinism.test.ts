// One seed, one run: the same seed replays the same elections, messages, saves and applies,
// even with loss and duplication on the network; another seed gives another run.
import { describe, expect, test } from "vitest";
import { ELECTION_MS, SimCluster, secret } from "./harness.js";

async function scenario(seed: number): Promise<string[]> {
  const c = await SimCluster.create(3, {
    seed,
    network: { loss: { numerator: 1, denominator: 20 }, duplication: { numerator: 1, denominator: 20 } },
  });
  try {
    for (let i = 0; i < 5; i++)
      await c.resolve(c.requireLeader().propose([secret(`d${i}`)]), 2 * ELECTION_MS);
    const old = c.requireLeader();
    await c.crash(old.id);
    await c.until(() => c.leader() !== null, 4 * ELECTION_MS);
    await c.restart(old.id);
    await c.resolve(c.requireLeader().propose([secret("end")]), 2 * ELECTION_MS);
    await c.run(ELECTION_MS);
    return c.log;
  } finally {
    await c.closeAll();
  }
}

describe("determinism", () => {
  test("the same seed gives the same sequence of events", async () => {
    const a = await scenario(51);
    const b = await scenario(51);
    expect(a.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
    const other = await scenario(52);
    expect(other).not.toEqual(a);
  });
});
