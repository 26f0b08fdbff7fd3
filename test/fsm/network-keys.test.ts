// The network key manager: SwarmKit's keymanager scenarios (swarmkit.md §7 #59) plus the
// min-index bug (§4) and leader changes.
import { describe, expect, test } from "vitest";
import type { EncryptionKey, ProposalDraft, Store } from "../../src/fsm/index.js";
import {
  NetworkKeyManager,
  Store as StoreClass,
  StoreError,
  lowestLamportIndex,
  newCluster,
  rotateKeyring,
} from "../../src/fsm/index.js";
import { seededEntropy } from "./entropy.js";
import { create, expectApplied, propose } from "./helpers.js";

const interval = 100;

function clusterStore(): Store {
  const store = new StoreClass({ debugChecks: true });
  const cluster = newCluster({ id: "c", spec: { networkKeyRotationIntervalTicks: interval } });
  expectApplied(propose(store, 1, [create("cluster", cluster)]));
  return store;
}

function commit(store: Store, draft: ProposalDraft | null): void {
  if (draft === null) throw new Error("expected a proposal");
  expectApplied(propose(store, store.appliedIndex + 1, draft.actions));
}

function keysOf(store: Store): readonly EncryptionKey[] {
  return store.get("cluster", "c")?.networkBootstrapKeys ?? [];
}

function key(lamportTime: number, subsystem = "networking:ipsec"): EncryptionKey {
  return { subsystem, algorithm: "aes-128-gcm", key: new Uint8Array([lamportTime]), lamportTime };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("allocation and rotation", () => {
  test("a new cluster gets 3 keys per subsystem with ascending Lamport times from a random start", () => {
    const store = clusterStore();
    const manager = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(1) });
    commit(store, manager.decide(store, 0));
    const keys = keysOf(store);
    expect(keys.map((k) => k.subsystem)).toEqual([
      "networking:gossip",
      "networking:gossip",
      "networking:gossip",
      "networking:ipsec",
      "networking:ipsec",
      "networking:ipsec",
    ]);
    const times = keys.map((k) => k.lamportTime);
    expect(times).toEqual(times.map((_, i) => (times[0] ?? 0) + i));
    expect(store.get("cluster", "c")?.encryptionKeyLamportClock).toBe(times[5]);
    expect(keys.every((k) => k.key.length === 16)).toBe(true);
    expect(manager.decide(store, 1)).toBeNull();
  });

  test("after one interval each subsystem still has 3 keys and its oldest is gone", () => {
    const store = clusterStore();
    const manager = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(2) });
    commit(store, manager.decide(store, 0));
    const before = keysOf(store);
    expect(manager.decide(store, interval - 1)).toBeNull();
    commit(store, manager.decide(store, interval));
    const after = keysOf(store);
    expect(after).toHaveLength(6);
    expect(after).not.toContainEqual(before[0]);
    expect(after).not.toContainEqual(before[3]);
    const clock = store.get("cluster", "c")?.encryptionKeyLamportClock ?? 0;
    expect(Math.max(...after.map((k) => k.lamportTime))).toBe(clock);
  });

  test("an IPsec-only manager keeps 3 IPsec keys", () => {
    const store = clusterStore();
    const manager = new NetworkKeyManager({
      clusterId: "c",
      startTick: 0,
      entropy: seededEntropy(3),
      subsystems: ["networking:ipsec"],
    });
    commit(store, manager.decide(store, 0));
    commit(store, manager.decide(store, interval));
    expect(keysOf(store).map((k) => k.subsystem)).toEqual(Array(3).fill("networking:ipsec"));
  });

  test("an unknown subsystem is CONFIG_INVALID", () => {
    const make = () =>
      new NetworkKeyManager({
        clusterId: "c",
        startTick: 0,
        entropy: seededEntropy(4),
        subsystems: ["bogus"],
      });
    expect(make).toThrow(StoreError);
    try {
      make();
    } catch (error) {
      expect(error instanceof StoreError && error.code).toBe("CONFIG_INVALID");
    }
  });

  test("no cluster, no proposal; an interval of 0 disables rotation", () => {
    const empty = new StoreClass();
    const manager = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(5) });
    expect(manager.decide(empty, 1000)).toBeNull();
    const store = new StoreClass();
    propose(store, 1, [
      create("cluster", newCluster({ id: "c", spec: { networkKeyRotationIntervalTicks: 0 } })),
    ]);
    commit(store, manager.decide(store, 1000));
    expect(manager.decide(store, 10_000_000)).toBeNull();
  });

  test("a rotation decided on a stale read is rejected by the store", () => {
    const store = clusterStore();
    const manager = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(6) });
    const first = manager.decide(store, 0);
    const second = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(7) }).decide(
      store,
      0,
    );
    commit(store, first);
    const result = propose(store, store.appliedIndex + 1, second?.actions ?? []);
    expect(result.status === "rejected" && result.error.code).toBe("VERSION_CONFLICT");
  });
});

describe("leader changes", () => {
  test("a new leader adopts the keys and waits a full interval before rotating", () => {
    const store = clusterStore();
    const first = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(8) });
    commit(store, first.decide(store, 0));
    commit(store, first.decide(store, interval));
    const keys = keysOf(store);
    // Leadership moves at tick 150 (another manager's clock: ticks are per manager).
    const second = new NetworkKeyManager({ clusterId: "c", startTick: 150, entropy: seededEntropy(9) });
    expect(second.decide(store, 150)).toBeNull();
    expect(second.decide(store, 150 + interval - 1)).toBeNull();
    expect(keysOf(store)).toEqual(keys);
    commit(store, second.decide(store, 150 + interval));
    expect(keysOf(store)).not.toEqual(keys);
  });
});

describe("the lowest Lamport time is dropped whatever the order (SwarmKit's min-index bug)", () => {
  test("SwarmKit's example [5, 3, 1] drops 1, not 3", () => {
    const keys = [key(5), key(3), key(1)];
    expect(lowestLamportIndex(keys)).toBe(2);
    const rotated = rotateKeyring(keys, "networking:ipsec", [key(6)]);
    expect(rotated.map((k) => k.lamportTime)).toEqual([5, 3, 6]);
  });

  for (const order of permutations([10, 20, 30])) {
    test(`keys in order [${order.join(", ")}] lose 10`, () => {
      const rotated = rotateKeyring(
        order.map((t) => key(t)),
        "networking:ipsec",
        [key(31)],
      );
      expect(rotated.map((k) => k.lamportTime).sort((a, b) => a - b)).toEqual([20, 30, 31]);
    });
  }

  test("the other subsystem's keys are untouched, even when older", () => {
    const keys = [key(1, "networking:gossip"), key(12), key(10), key(11)];
    const rotated = rotateKeyring(keys, "networking:ipsec", [key(13)]);
    expect(rotated.map((k) => `${k.subsystem}@${k.lamportTime}`)).toEqual([
      "networking:gossip@1",
      "networking:ipsec@12",
      "networking:ipsec@11",
      "networking:ipsec@13",
    ]);
  });

  test("the manager drops the lowest key of a keyring stored out of order", () => {
    const store = new StoreClass();
    const cluster = newCluster({ id: "c", spec: { networkKeyRotationIntervalTicks: interval } });
    const keys = [key(7, "networking:gossip"), key(9, "networking:gossip"), key(8, "networking:gossip")];
    const stored = {
      ...cluster,
      networkBootstrapKeys: [...keys, key(5), key(3), key(4)],
      encryptionKeyLamportClock: 9,
    };
    propose(store, 1, [create("cluster", stored)]);
    const manager = new NetworkKeyManager({ clusterId: "c", startTick: 0, entropy: seededEntropy(10) });
    commit(store, manager.decide(store, interval));
    expect(keysOf(store).map((k) => `${k.subsystem.slice(11)}@${k.lamportTime}`)).toEqual([
      "gossip@9",
      "gossip@8",
      "ipsec@5",
      "ipsec@4",
      "gossip@10",
      "ipsec@11",
    ]);
  });
});
