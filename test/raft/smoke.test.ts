import { describe, expect, test } from "vitest";
import { Cluster } from "../../src/sim/cluster.js";

describe("smoke", () => {
  test("three nodes elect a leader and commit proposals", () => {
    const c = new Cluster({ voters: [1, 2, 3], seed: 1 });
    for (let i = 0; i < 40 && c.leader() === undefined; i++) {
      c.tickAll();
      c.stabilize();
    }
    const leader = c.leader();
    expect(leader).toBeDefined();
    for (let i = 0; i < 10; i++) expect(c.propose(leader ?? 0, `v${i}`)).toBe(true);
    c.stabilize();
    for (const id of c.ids())
      expect(c.node(id).applied.values).toEqual(Array.from({ length: 10 }, (_, i) => `v${i}`));
    c.checker.checkLogs(c);
    expect(c.checker.violations).toEqual([]);
  });
});
