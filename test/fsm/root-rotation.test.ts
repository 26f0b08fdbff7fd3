// Root CA rotation decisions: SwarmKit's reconciler scenarios (swarmkit.md §5.3, §7 #54).
import { describe, expect, test } from "vitest";
import type { Cluster, Node, RootRotation, Store } from "../../src/fsm/index.js";
import {
  Store as StoreClass,
  decideFinishRootRotation,
  decideRotateBatch,
  decideStartRootRotation,
  newCluster,
  newNode,
  rotationProgress,
} from "../../src/fsm/index.js";
import {
  bytesOf,
  clusterIn,
  commit,
  create,
  expectApplied,
  expectRejected,
  propose,
  update,
} from "./helpers.js";

const rotation: RootRotation = {
  caCertPem: bytesOf("new root"),
  caKeyPem: bytesOf("new key"),
  crossSignedCaCertPem: bytesOf("new root signed by the old"),
};
const tokens = { worker: "worker-token-2", manager: "manager-token-2" };

function node(id: string, issuer: string, state: Node["certificate"]["state"] = "issued"): Node {
  const base = newNode({ id, role: "worker", csr: bytesOf(`csr-${id}`) });
  return { ...base, certificate: { ...base.certificate, certificate: bytesOf(issuer), state } };
}

function storeWith(...nodes: Node[]): Store {
  const store = new StoreClass({ debugChecks: true });
  const cluster: Cluster = {
    ...newCluster({ id: "c" }),
    rootCa: {
      caCertPem: bytesOf("old root"),
      caKeyPem: bytesOf("old key"),
      joinTokens: { worker: "worker-token-1", manager: "manager-token-1" },
      rotation: null,
    },
  };
  expectApplied(propose(store, 1, [create("cluster", cluster), ...nodes.map((n) => create("node", n))]));
  return store;
}

const cluster = (store: Store): Cluster => clusterIn(store);

/** A node is on the new root when its stored certificate says so (the CA decides it in production). */
const onNewRoot = (n: Node): boolean => Buffer.from(n.certificate.certificate).toString() === "new";

describe("root rotation", () => {
  test("start records the rotation, which survives a snapshot; a second start is refused", () => {
    const store = storeWith(node("a", "old"));
    commit(store, decideStartRootRotation(cluster(store), rotation));
    expect(cluster(store).rootCa.rotation).toEqual(rotation);
    expect(decideStartRootRotation(cluster(store), { ...rotation, caCertPem: bytesOf("third") })).toBeNull();
    const restored = StoreClass.fromSnapshot(store.snapshot(), { debugChecks: true });
    expect(restored.get("cluster", "c")?.rootCa.rotation).toEqual(rotation);
  });

  test("progress counts every node, and marks a bounded batch ROTATE, skipping nodes the signer owes", () => {
    const store = storeWith(
      node("a", "old"),
      node("b", "old", "renew"),
      node("c", "old", "pending"),
      node("d", "new"),
      node("e", "old"),
      node("f", "old", "failed"),
    );
    commit(store, decideStartRootRotation(cluster(store), rotation));
    const progress = rotationProgress(store, onNewRoot);
    expect(progress).toEqual({ converged: 1, total: 6, pending: ["a", "b", "c", "e", "f"] });
    commit(store, decideRotateBatch(store, progress.pending, 2));
    expect(store.list("node").map((n) => `${n.id}:${n.certificate.state}`)).toEqual([
      "a:rotate",
      "b:renew",
      "c:pending",
      "d:issued",
      "e:rotate",
      "f:failed",
    ]);
    commit(store, decideRotateBatch(store, progress.pending, 2));
    expect(store.get("node", "f")?.certificate.state).toBe("rotate");
    expect(decideRotateBatch(store, progress.pending, 2)).toBeNull();
  });

  test("finish installs the new root and tokens, only for the rotation it was decided on", () => {
    const store = storeWith(node("a", "new"));
    expect(decideFinishRootRotation(cluster(store), rotation, tokens)).toBeNull();
    commit(store, decideStartRootRotation(cluster(store), rotation));
    const other = { ...rotation, caCertPem: bytesOf("another new root") };
    expect(decideFinishRootRotation(cluster(store), other, tokens)).toBeNull();
    commit(store, decideFinishRootRotation(cluster(store), rotation, tokens));
    const rootCa = cluster(store).rootCa;
    expect(rootCa).toEqual({
      caCertPem: rotation.caCertPem,
      caKeyPem: rotation.caKeyPem,
      joinTokens: tokens,
      rotation: null,
    });
  });

  test("a finish decided on a stale read is rejected: the cluster changed meanwhile", () => {
    const store = storeWith(node("a", "new"));
    commit(store, decideStartRootRotation(cluster(store), rotation));
    const stale = decideFinishRootRotation(cluster(store), rotation, tokens);
    const c = cluster(store);
    commit(store, { actions: [update("cluster", { ...c, spec: { ...c.spec, name: "renamed" } })] });
    if (stale === null) throw new Error("expected a proposal");
    expectRejected(propose(store, store.appliedIndex + 1, stale.actions), "VERSION_CONFLICT");
    expect(cluster(store).rootCa.rotation).toEqual(rotation);
  });

  test("a rotation with a missing part, or the current root again, is refused whole", () => {
    const store = storeWith(node("a", "old"));
    const c = cluster(store);
    for (const bad of [
      { ...rotation, crossSignedCaCertPem: new Uint8Array(0) },
      { ...rotation, caKeyPem: new Uint8Array(0) },
      { ...rotation, caCertPem: c.rootCa.caCertPem },
    ]) {
      const draft = { actions: [update("cluster", { ...c, rootCa: { ...c.rootCa, rotation: bad } })] };
      expectRejected(propose(store, store.appliedIndex + 1, draft.actions), "INVALID_OBJECT");
    }
    expect(cluster(store).rootCa.rotation).toBeNull();
  });
});
