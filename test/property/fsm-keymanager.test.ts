// Properties of the network key manager: exactly 3 keys per subsystem after any rotations, the
// lowest Lamport time dropped whatever the order of the stored keys, Lamport times that only
// grow, and no rotation because leadership moved.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { EncryptionKey } from "../../src/fsm/index.js";
import {
  NetworkKeyManager,
  Store,
  encodeProposal,
  networkKeySubsystems,
  newCluster,
} from "../../src/fsm/index.js";
import { seededEntropy } from "../fsm/entropy.js";

const interval = 50;

/** A stored keyring: 0–5 keys per subsystem with distinct Lamport times, in any order. */
const keyringArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 10 })
  .chain((times) =>
    fc.tuple(
      fc.constant(times),
      fc.array(fc.constantFrom(...networkKeySubsystems), {
        minLength: times.length,
        maxLength: times.length,
      }),
    ),
  )
  .map(([times, subsystems]) =>
    times.map((lamportTime, i): EncryptionKey => ({
      subsystem: subsystems[i] ?? "networking:gossip",
      algorithm: "aes-128-gcm",
      key: new Uint8Array(16).fill(i),
      lamportTime,
    })),
  )
  .filter((keys) => networkKeySubsystems.every((s) => keys.filter((k) => k.subsystem === s).length <= 5));

const stepArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({ min: 0, max: 2 * interval }).map((ticks) => ({ type: "tick" as const, ticks })),
  },
  { weight: 1, arbitrary: fc.constant({ type: "leader-change" as const }) },
);

function bySubsystem(keys: readonly EncryptionKey[], subsystem: string): number[] {
  return keys.filter((k) => k.subsystem === subsystem).map((k) => k.lamportTime);
}

test.prop([keyringArb, fc.array(stepArb, { maxLength: 30 }), fc.integer()], { numRuns: 200 })(
  "rotations keep 3 keys per subsystem and drop the lowest Lamport times",
  (initial, steps, seed) => {
    const store = new Store({ debugChecks: true });
    const clock = Math.max(0, ...initial.map((k) => k.lamportTime));
    const cluster = {
      ...newCluster({ id: "c", spec: { networkKeyRotationIntervalTicks: interval } }),
      networkBootstrapKeys: initial,
      encryptionKeyLamportClock: clock,
    };
    let index = 0;
    const commit = (actions: Parameters<typeof encodeProposal>[0]["actions"]) => {
      index++;
      const result = store.apply(index, encodeProposal({ id: index, timestampMs: 0, actions }));
      expect(result.status).toBe("applied");
    };
    commit([{ action: "create", kind: "cluster", object: cluster }]);

    let now = 0;
    let manager = new NetworkKeyManager({ clusterId: "c", startTick: now, entropy: seededEntropy(seed) });
    for (const step of steps) {
      if (step.type === "leader-change") {
        manager = new NetworkKeyManager({
          clusterId: "c",
          startTick: now,
          entropy: seededEntropy(seed + index),
        });
      } else {
        now += step.ticks;
      }
      const before = store.get("cluster", "c");
      if (before === undefined) throw new Error("cluster missing");
      const balanced = networkKeySubsystems.every(
        (s) => bySubsystem(before.networkBootstrapKeys, s).length === 3,
      );
      const draft = manager.decide(store, now);
      if (step.type === "leader-change" && balanced) expect(draft).toBeNull();
      if (draft === null) continue;
      commit(draft.actions);
      const after = store.get("cluster", "c");
      if (after === undefined) throw new Error("cluster missing");
      const previousMax = Math.max(
        before.encryptionKeyLamportClock,
        ...before.networkBootstrapKeys.map((k) => k.lamportTime),
      );
      for (const subsystem of networkKeySubsystems) {
        const old = bySubsystem(before.networkBootstrapKeys, subsystem);
        const kept = bySubsystem(after.networkBootstrapKeys, subsystem).filter((t) => old.includes(t));
        const added = bySubsystem(after.networkBootstrapKeys, subsystem).filter((t) => !old.includes(t));
        expect(kept.length + added.length).toBe(3);
        // The survivors are the highest Lamport times of the old keyring: two after a rotation,
        // up to three when an unbalanced keyring is repaired.
        const survivors = balanced ? 2 : 3;
        expect([...kept].sort((a, b) => b - a)).toEqual([...old].sort((a, b) => b - a).slice(0, survivors));
        for (const t of added) expect(t).toBeGreaterThan(previousMax);
      }
      expect(after.encryptionKeyLamportClock).toBe(
        Math.max(...after.networkBootstrapKeys.map((k) => k.lamportTime)),
      );
    }
  },
);
