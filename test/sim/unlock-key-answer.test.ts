// The simulated operator keeps the unlock key a rotation's answer gave it, as a person keeps
// what `keel unlock-key --rotate` prints. It once learnt keys only from a leader's store, so a
// leader that re-sealed its key file under the new key and lost power before the next step
// could not be unlocked while no leader was left to read the key from: node-layer seeds 340
// and 479 reported "cannot restart: WRONG_UNLOCK_KEY" for a manager that was right.
import { describe, expect, it } from "vitest";
import { inspectKeyFile } from "../../src/crypto/key-file.js";
import { ELECTION_MS } from "../../src/sim/node/cluster.js";
import { fault } from "../../src/sim/node/injector.js";
import { World } from "../../src/sim/node/node-sim.js";
import { bringBack, followKeys, powerOff } from "../../src/sim/node/operator.js";

/** A seed whose mix is autolocked, with three managers and no message loss. */
const seed = 5;

function sealedUnder(world: World, id: number): string | null {
  const bytes = world.cluster.member(id).keyStore.bytes;
  return bytes === null ? null : inspectKeyFile(bytes).kekId;
}

describe("node-layer simulation: the operator after an unlock-key rotation", () => {
  it("unlocks a leader cut off right after it re-sealed its key file, with no leader left to ask", async () => {
    const world = await World.create({ seed, faultMs: 0 });
    expect(world.mix.autolock).toBe(true);
    try {
      await world.setUp();
      const leader = world.cluster.requireLeader().id;
      const before = sealedUnder(world, leader);
      await fault(world, "unlock-key-rotation");
      await world.cluster.until(
        () => world.marks.counts.has("unlock-key rotations") && sealedUnder(world, leader) !== before,
        20 * ELECTION_MS,
      );
      // Every member alone: the followers that applied the rotation elect nobody.
      const ids = [...world.cluster.members.keys()];
      world.cluster.network.partition(ids.map((id) => [id]));
      world.partitionUntilMs = Number.MAX_SAFE_INTEGER;
      await powerOff(world, leader, "crashed after the rotation");
      await world.cluster.run(3 * ELECTION_MS);
      followKeys(world);
      expect(world.cluster.leader(), "a leader would tell the operator the key").toBeNull();
      await bringBack(world, leader);
      expect(world.checks.violations, `replay: seed ${seed}`).toEqual([]);
      expect(world.cluster.member(leader).node?.lifecycle).toBe("running");
    } finally {
      await world.cluster.closeAll();
      for (const manager of world.managers.values()) await manager.close();
    }
  });
});
