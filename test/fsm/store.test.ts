// Store apply and reads: SwarmKit's memory-store scenarios (swarmkit.md §7 #58) in our terms.
import { describe, expect, test } from "vitest";
import { Store, newCluster, newNode, newSecret } from "../../src/fsm/index.js";
import { keelstore } from "../../src/gen/objects.js";
import {
  bytesOf,
  create,
  expectApplied,
  expectRejected,
  propose,
  remove,
  secret,
  update,
} from "./helpers.js";

function freshStore(): Store {
  return new Store({ debugChecks: true });
}

describe("create, read, update, remove", () => {
  test("a created object gets the entry index as version and the proposal time as timestamps", () => {
    const store = freshStore();
    expectApplied(propose(store, 5, [secret("s1", "db-password")], { timestampMs: 1234 }));
    const s = store.get("secret", "s1");
    expect(s?.meta).toEqual({ version: 5, createdAtMs: 1234, updatedAtMs: 1234 });
    expect(new TextDecoder().decode(s?.spec.data)).toBe("s3cret");
    expect(store.appliedIndex).toBe(5);
  });

  test("objects without labels share one frozen labels object; labelled ones keep their own", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1"), secret("s2")], { timestampMs: 100 });
    const [s1, s2] = [store.get("secret", "s1"), store.get("secret", "s2")];
    if (s1 === undefined || s2 === undefined) throw new Error("missing");
    expect(s1.spec.labels).toBe(s2.spec.labels);
    expect(Object.isFrozen(s1.spec.labels)).toBe(true);
    expect(s1.spec.labels).toEqual({});
    expectApplied(
      propose(store, 2, [update("secret", { ...s1, spec: { ...s1.spec, labels: { team: "red" } } })]),
    );
    expect(store.get("secret", "s1")?.spec.labels).toEqual({ team: "red" });
    expect(store.get("secret", "s2")?.spec.labels).toEqual({});
  });

  test("an update keeps createdAt, moves updatedAt and the version", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1")], { timestampMs: 100 });
    const s1 = store.get("secret", "s1");
    if (s1 === undefined) throw new Error("missing");
    const changed = { ...s1, spec: { ...s1.spec, labels: { team: "red" } } };
    expectApplied(propose(store, 2, [update("secret", changed)], { timestampMs: 200 }));
    expect(store.get("secret", "s1")?.meta).toEqual({ version: 2, createdAtMs: 100, updatedAtMs: 200 });
    expect(store.get("secret", "s1")?.spec.labels).toEqual({ team: "red" });
  });

  test("remove deletes the object and frees its name", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1", "x")]);
    const s1 = store.get("secret", "s1");
    if (s1 === undefined) throw new Error("missing");
    expectApplied(propose(store, 2, [remove("secret", s1)]));
    expect(store.get("secret", "s1")).toBeUndefined();
    expectApplied(propose(store, 3, [secret("s2", "x")]));
  });

  test("reads: list sorted by id, find by name (case-insensitive), id prefix, role", () => {
    const store = freshStore();
    propose(store, 1, [
      secret("b2", "Beta"),
      secret("a1", "alpha"),
      create("node", newNode({ id: "n1", role: "manager", csr: bytesOf("csr"), name: "host" })),
      create("node", newNode({ id: "n2", role: "worker", csr: bytesOf("csr"), name: "HOST" })),
      create("node", newNode({ id: "m3", role: "manager", csr: bytesOf("csr"), name: "other" })),
    ]);
    expect(store.list("secret").map((s) => s.id)).toEqual(["a1", "b2"]);
    expect(store.findByName("secret", "BETA").map((s) => s.id)).toEqual(["b2"]);
    expect(store.findByName("secret", "gamma")).toEqual([]);
    expect(store.findByName("node", "host").map((n) => n.id)).toEqual(["n1", "n2"]);
    expect(store.findByIdPrefix("node", "n").map((n) => n.id)).toEqual(["n1", "n2"]);
    expect(store.findNodesByRole("manager").map((n) => n.id)).toEqual(["m3", "n1"]);
    expect(store.count("node")).toBe(3);
  });

  test("labels are stored in key order whatever order the proposer used", () => {
    const store = freshStore();
    propose(store, 1, [
      create("secret", newSecret({ id: "s", name: "s", data: bytesOf("x"), labels: { b: "2", a: "1" } })),
    ]);
    expect(Object.keys(store.get("secret", "s")?.spec.labels ?? {})).toEqual(["a", "b"]);
  });

  test("the store copies bytes: changing the proposal buffer afterwards changes nothing", () => {
    const store = freshStore();
    const data = bytesOf("original");
    propose(store, 1, [create("secret", newSecret({ id: "s", name: "s", data }))]);
    data.fill(0);
    expect(new TextDecoder().decode(store.get("secret", "s")?.spec.data)).toBe("original");
  });
});

describe("rejections change nothing and carry a typed reason", () => {
  test("a duplicate id is ALREADY_EXISTS", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1", "a")]);
    expectRejected(propose(store, 2, [secret("s1", "b")]), "ALREADY_EXISTS");
  });

  test("a duplicate name is NAME_CONFLICT, case-insensitively, also within one proposal", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1", "Name")]);
    const result = propose(store, 2, [secret("s2", "NAME")]);
    expectRejected(result, "NAME_CONFLICT");
    if (result.status === "rejected") expect(result.error.type).toMatchObject({ existingId: "s1" });
    expectRejected(propose(store, 3, [secret("s3", "x"), secret("s4", "X")]), "NAME_CONFLICT");
  });

  test("cluster names are unique too; node names are not", () => {
    const store = freshStore();
    expectApplied(propose(store, 1, [create("cluster", newCluster({ id: "c1" }))]));
    expectRejected(propose(store, 2, [create("cluster", newCluster({ id: "c2" }))]), "NAME_CONFLICT");
    const node = (id: string) =>
      create("node", newNode({ id, role: "worker", csr: bytesOf("c"), name: "h" }));
    expectApplied(propose(store, 3, [node("n1"), node("n2")]));
  });

  test("a stale version is VERSION_CONFLICT for update and remove", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1")]);
    const v1 = store.get("secret", "s1");
    if (v1 === undefined) throw new Error("missing");
    expectApplied(propose(store, 2, [update("secret", { ...v1, spec: { ...v1.spec, labels: { a: "1" } } })]));
    const stale = propose(store, 3, [update("secret", v1)]);
    expectRejected(stale, "VERSION_CONFLICT");
    if (stale.status === "rejected") expect(stale.error.type).toMatchObject({ expected: 1, actual: 2 });
    expectRejected(propose(store, 4, [remove("secret", v1)]), "VERSION_CONFLICT");
    expect(store.get("secret", "s1")?.meta.version).toBe(2);
  });

  test("update or remove of a missing object is NOT_FOUND", () => {
    const store = freshStore();
    const ghost = newSecret({ id: "ghost", name: "g", data: bytesOf("x") });
    expectRejected(propose(store, 1, [update("secret", ghost)]), "NOT_FOUND");
    expectRejected(propose(store, 2, [remove("secret", ghost)]), "NOT_FOUND");
  });

  test("a failing action rolls back the actions before it", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1", "taken")]);
    const before = store.snapshot();
    const result = propose(store, 2, [secret("s2", "fresh"), secret("s3", "taken")]);
    expectRejected(result, "NAME_CONFLICT");
    expect(store.get("secret", "s2")).toBeUndefined();
    expect(store.findByName("secret", "fresh")).toEqual([]);
    // Only the applied index moves: the entry was committed even though it changed nothing.
    expect(store.appliedIndex).toBe(2);
    const after = new Store();
    propose(after, 1, [secret("s1", "taken")]);
    after.passOver(2);
    expect(after.snapshot()).toEqual(store.snapshot());
    expect(before).not.toEqual(store.snapshot());
  });

  test("a secret over 500 KiB is SECRET_TOO_LARGE; an empty one is INVALID_OBJECT", () => {
    const store = freshStore();
    const big = newSecret({ id: "big", name: "big", data: new Uint8Array(500 * 1024 + 1) });
    expectRejected(propose(store, 1, [create("secret", big)]), "SECRET_TOO_LARGE");
    const exact = newSecret({ id: "ok", name: "ok", data: new Uint8Array(500 * 1024) });
    expectApplied(propose(store, 2, [create("secret", exact)]));
    const empty = newSecret({ id: "e", name: "e", data: new Uint8Array(0) });
    expectRejected(propose(store, 3, [create("secret", empty)]), "INVALID_OBJECT");
  });

  test("bad ids and names are INVALID_OBJECT with the field", () => {
    const store = freshStore();
    const result = propose(store, 1, [secret("bad id!", "n")]);
    expectRejected(result, "INVALID_OBJECT");
    if (result.status === "rejected") expect(result.error.type).toMatchObject({ field: "id" });
    const named = propose(store, 2, [secret("ok", "-dash")]);
    if (named.status === "rejected") expect(named.error.type).toMatchObject({ field: "name" });
    expectRejected(named, "INVALID_OBJECT");
  });

  test("malformed bytes are MALFORMED without a proposal id", () => {
    const store = freshStore();
    const result = store.apply(1, new Uint8Array([0xff, 0xff, 0xff, 0xff]));
    expectRejected(result, "MALFORMED");
    if (result.status === "rejected") expect(result.proposalId).toBeNull();
    expect(store.appliedIndex).toBe(1);
  });

  test("an action naming no object is UNKNOWN_OBJECT_TYPE; an unknown kind is UNKNOWN_ACTION", () => {
    const store = freshStore();
    const noTarget = keelstore.Proposal.encode({ id: 7, actions: [{ kind: 1 }] }).finish();
    const result = store.apply(1, noTarget);
    expectRejected(result, "UNKNOWN_OBJECT_TYPE");
    // The id is still read, so the proposer's waiter learns why.
    if (result.status === "rejected") expect(result.proposalId).toBe(7);
    const badKind = keelstore.Proposal.encode({
      id: 8,
      actions: [{ kind: 9 as keelstore.StoreActionKind, secret: { id: "s" } }],
    }).finish();
    expectRejected(store.apply(2, badKind), "UNKNOWN_ACTION");
    const unknownAction = keelstore.Proposal.encode({
      id: 9,
      actions: [{ kind: 0, secret: { id: "s" } }],
    }).finish();
    expectRejected(store.apply(3, unknownAction), "UNKNOWN_ACTION");
  });

  test("an out-of-range enum is MALFORMED", () => {
    const bytes = keelstore.Proposal.encode({
      id: 1,
      actions: [{ kind: 1, node: { id: "n", role: 7 as keelstore.NodeRole } }],
    }).finish();
    expectRejected(freshStore().apply(1, bytes), "MALFORMED");
  });

  test("a proposal over 1.5 MiB is PROPOSAL_TOO_LARGE; over 1000 actions is TOO_MANY_ACTIONS", () => {
    const store = freshStore();
    expectRejected(store.apply(1, new Uint8Array(1.5 * 1024 * 1024 + 1)), "PROPOSAL_TOO_LARGE");
    const many = Array.from({ length: 1001 }, (_, i) => secret(`s${i}`));
    expectRejected(propose(store, 2, many), "TOO_MANY_ACTIONS");
    expect(store.count("secret")).toBe(0);
  });

  test("a rejection is identical on every replica", () => {
    const replicas = [freshStore(), freshStore(), freshStore()];
    const results = replicas.map((r) => {
      propose(r, 1, [secret("s1", "n")]);
      return propose(r, 2, [secret("s2", "n")]);
    });
    const types = results.map((r) => (r.status === "rejected" ? r.error.type : null));
    expect(types[0]).not.toBeNull();
    expect(types[1]).toEqual(types[0]);
    expect(types[2]).toEqual(types[0]);
  });
});

describe("apply order", () => {
  test("applying an index twice or going backwards is a driver bug (assertion)", () => {
    const store = freshStore();
    propose(store, 3, [secret("s1")]);
    expect(() => propose(store, 3, [secret("s2")])).toThrow(/assertion failed/);
    expect(() => store.passOver(2)).toThrow(/assertion failed/);
  });

  test("skip advances the applied index for entries without a proposal", () => {
    const store = freshStore();
    store.passOver(4);
    expect(store.appliedIndex).toBe(4);
    expectApplied(propose(store, 5, [secret("s1")]));
  });

  test("a rename and a reuse of the old name in one proposal succeed in order", () => {
    const store = freshStore();
    propose(store, 1, [secret("s1", "old")]);
    const s1 = store.get("secret", "s1");
    if (s1 === undefined) throw new Error("missing");
    expectApplied(
      propose(store, 2, [
        update("secret", { ...s1, spec: { ...s1.spec, name: "new" } }),
        secret("s2", "old"),
      ]),
    );
    expect(store.findByName("secret", "old").map((s) => s.id)).toEqual(["s2"]);
    expect(store.findByName("secret", "new").map((s) => s.id)).toEqual(["s1"]);
  });
});
