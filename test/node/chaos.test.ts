// A seeded run with loss, duplication, partitions and crashes: every acknowledged proposal is
// on every node at the end, and all stores agree.
import { describe, expect, test } from "vitest";
import { Prng } from "../../src/raft/prng.js";
import { ELECTION_MS, SimCluster, secret, secretIds } from "./harness.js";

async function chaos(seed: number): Promise<void> {
  const c = await SimCluster.create(3, {
    seed,
    network: { loss: { numerator: 1, denominator: 25 }, duplication: { numerator: 1, denominator: 25 } },
    tuning: { snapshotEveryEntries: 15, keepEntriesAfterSnapshot: 3 },
  });
  const prng = Prng.fromSeed(seed * 7919);
  const acked = new Set<string>();
  try {
    let n = 0;
    for (let round = 0; round < 20; round++) {
      const live = c.live();
      const target = prng.pick(live);
      const ids = Array.from({ length: 1 + prng.below(4) }, () => `k${n++}`);
      for (const id of ids) {
        target.propose([secret(id)], { timeoutMs: ELECTION_MS }).then(
          () => acked.add(id),
          () => undefined,
        );
      }
      switch (prng.below(4)) {
        case 0: {
          const victim = prng.pick(c.ids());
          if (c.member(victim).node !== null && c.live().length === 3) await c.crash(victim);
          break;
        }
        case 1:
          c.network.isolate(prng.pick(c.ids()), c.ids());
          break;
        default:
          break;
      }
      await c.run(ELECTION_MS / 2 + prng.below(ELECTION_MS));
      c.network.heal();
      for (const id of c.ids()) if (c.member(id).node === null) await c.restart(id);
      await c.run(prng.below(ELECTION_MS));
    }
    c.network.heal();
    await c.until(() => c.leader() !== null && c.caughtUp(), 10 * ELECTION_MS);
    const reference = secretIds(c.requireLeader());
    for (const id of acked) expect(reference).toContain(id);
    for (const node of c.live()) expect(secretIds(node)).toEqual(reference);
    expect(acked.size).toBeGreaterThan(10);
    expect(c.log.filter((l) => l.includes('"kind":"started"')).length).toBeGreaterThan(3);
  } finally {
    await c.closeAll();
  }
}

describe("chaos", () => {
  for (const seed of [61, 62, 63, 64, 65, 66]) {
    test(`seed ${seed}: acknowledged proposals survive loss, partitions and crashes`, async () => {
      await chaos(seed);
    });
  }
});
