// Unlock keys and join tokens: SwarmKit's UpdateCluster rules (swarmkit.md §3.3, §5.1, §7 #52,
// #55–57).
import { describe, expect, test } from "vitest";
import type { Cluster, Store } from "../../src/fsm/index.js";
import {
  Store as StoreClass,
  decideJoinTokens,
  decideUnlockKey,
  joinTokenRole,
  managerUnlockKey,
  newCluster,
} from "../../src/fsm/index.js";
import { seededEntropy } from "./entropy.js";
import { clusterIn, commit, create, expectApplied, propose } from "./helpers.js";

function clusterStore(autolockManagers: boolean): Store {
  const store = new StoreClass({ debugChecks: true });
  expectApplied(propose(store, 1, [create("cluster", newCluster({ id: "c", spec: { autolockManagers } }))]));
  return store;
}

const cluster = (store: Store): Cluster => clusterIn(store);

function setAutolock(store: Store, autolockManagers: boolean): void {
  const c = cluster(store);
  commit(store, {
    actions: [{ action: "update", kind: "cluster", object: { ...c, spec: { ...c.spec, autolockManagers } } }],
  });
}

describe("unlock keys", () => {
  const entropy = seededEntropy(42);

  test("unlocked: no key, and a rotation request is ignored", () => {
    const store = clusterStore(false);
    expect(decideUnlockKey(cluster(store), { rotate: false }, entropy)).toBeNull();
    expect(decideUnlockKey(cluster(store), { rotate: true }, entropy)).toBeNull();
  });

  test("autolock on generates one 32-byte swarm-manager key; asking again changes nothing", () => {
    const store = clusterStore(false);
    setAutolock(store, true);
    commit(store, decideUnlockKey(cluster(store), { rotate: false }, entropy));
    const key = managerUnlockKey(cluster(store));
    expect(key?.key).toHaveLength(32);
    expect(cluster(store).unlockKeys).toHaveLength(1);
    expect(decideUnlockKey(cluster(store), { rotate: false }, entropy)).toBeNull();
  });

  test("rotation replaces the key, and the cluster version (the KEK version) moves", () => {
    const store = clusterStore(true);
    commit(store, decideUnlockKey(cluster(store), { rotate: false }, entropy));
    const before = cluster(store);
    commit(store, decideUnlockKey(before, { rotate: true }, entropy));
    const after = cluster(store);
    expect(after.unlockKeys).toHaveLength(1);
    expect(managerUnlockKey(after)?.key).not.toEqual(managerUnlockKey(before)?.key);
    expect(after.meta.version).toBeGreaterThan(before.meta.version);
  });

  test("autolock off removes the key", () => {
    const store = clusterStore(true);
    commit(store, decideUnlockKey(cluster(store), { rotate: false }, entropy));
    setAutolock(store, false);
    commit(store, decideUnlockKey(cluster(store), { rotate: false }, entropy));
    expect(managerUnlockKey(cluster(store))).toBeUndefined();
  });
});

describe("join tokens", () => {
  const first = { worker: "SWMTKN-1-digest-worker1", manager: "SWMTKN-1-digest-manager1" };
  const second = { worker: "SWMTKN-1-digest-worker2", manager: "SWMTKN-1-digest-manager2" };

  test("a cluster without tokens gets both; the token decides the role", () => {
    const store = clusterStore(false);
    expect(joinTokenRole(cluster(store), "")).toBeNull();
    commit(store, decideJoinTokens(cluster(store), first, {}));
    expect(joinTokenRole(cluster(store), first.worker)).toBe("worker");
    expect(joinTokenRole(cluster(store), first.manager)).toBe("manager");
    expect(joinTokenRole(cluster(store), "SWMTKN-1-digest-worker")).toBeNull();
    expect(decideJoinTokens(cluster(store), second, {})).toBeNull();
  });

  test("rotating the worker token invalidates the old one and keeps the manager token", () => {
    const store = clusterStore(false);
    commit(store, decideJoinTokens(cluster(store), first, {}));
    commit(store, decideJoinTokens(cluster(store), second, { worker: true }));
    expect(joinTokenRole(cluster(store), first.worker)).toBeNull();
    expect(joinTokenRole(cluster(store), second.worker)).toBe("worker");
    expect(joinTokenRole(cluster(store), first.manager)).toBe("manager");
    expect(joinTokenRole(cluster(store), second.manager)).toBeNull();
  });

  test("rotating the manager token invalidates the old one", () => {
    const store = clusterStore(false);
    commit(store, decideJoinTokens(cluster(store), first, {}));
    commit(store, decideJoinTokens(cluster(store), second, { manager: true }));
    expect(joinTokenRole(cluster(store), first.manager)).toBeNull();
    expect(joinTokenRole(cluster(store), second.manager)).toBe("manager");
  });
});
