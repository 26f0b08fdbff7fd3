// The manager follows the cluster object and the nodes after an applied batch only when one of
// them changed: a batch of secrets alone (most writes) runs neither its followers nor the
// leader's controllers.
import { describe, expect, test } from "vitest";
import { Store, newNode } from "../../src/fsm/index.js";
import { FollowedChanges } from "../../src/manager/followed-changes.js";
import { bytesOf, create, expectApplied, propose, remove, secret, update } from "../fsm/helpers.js";

describe("manager: followed changes", () => {
  test("secrets change nothing followed; a node created, updated or removed does, once", () => {
    const store = new Store();
    const followed = new FollowedChanges(store);
    expect(followed.changed()).toBe(false);
    expectApplied(propose(store, 1, [secret("s1")]));
    store.passOver(2);
    expect(followed.changed()).toBe(false);
    const node = newNode({ id: "n1", role: "worker", csr: bytesOf("csr") });
    expectApplied(propose(store, 3, [create("node", node)]));
    expectApplied(propose(store, 4, [secret("s2")]));
    expect(followed.changed()).toBe(true);
    expect(followed.changed()).toBe(false);
    const stored = store.get("node", "n1")!;
    expectApplied(propose(store, 5, [update("node", { ...stored, spec: { ...stored.spec, name: "w" } })]));
    expect(followed.changed()).toBe(true);
    expectApplied(propose(store, 6, [remove("node", store.get("node", "n1")!)]));
    expect(followed.changed()).toBe(true);
    followed.close();
    followed.close();
  });

  test("a snapshot restored over the store counts as a change when it differs in a followed kind", () => {
    const source = new Store();
    expectApplied(
      propose(source, 1, [create("node", newNode({ id: "n1", role: "worker", csr: bytesOf("c") }))]),
    );
    const store = new Store();
    const followed = new FollowedChanges(store);
    store.restore(source.snapshot());
    expect(followed.changed()).toBe(true);
    const secretsOnly = new Store();
    expectApplied(
      propose(secretsOnly, 1, [create("node", newNode({ id: "n1", role: "worker", csr: bytesOf("c") }))]),
    );
    expectApplied(propose(secretsOnly, 2, [secret("s1")]));
    // The same node (same version): only the secret differs.
    store.restore(secretsOnly.snapshot());
    expect(followed.changed()).toBe(false);
  });
});
