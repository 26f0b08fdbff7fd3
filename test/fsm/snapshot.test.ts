// Snapshot and restore: deterministic bytes, full validation of untrusted snapshot bytes.
import { describe, expect, test } from "vitest";
import { keelstore } from "../../src/gen/objects.js";
import { Store, StoreError, newCluster, newNode } from "../../src/fsm/index.js";
import { bytesOf, create, propose, secret } from "./helpers.js";

function populated(): Store {
  const store = new Store();
  propose(store, 1, [secret("b", "beta"), secret("a", "alpha"), create("cluster", newCluster({ id: "c" }))], {
    timestampMs: 77,
  });
  propose(store, 2, [create("node", newNode({ id: "n", role: "manager", csr: bytesOf("csr") }))]);
  store.passOver(3);
  return store;
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  return "no error";
}

function snapshotWith(fields: keelstore.StoreSnapshot.$Properties): Uint8Array {
  return keelstore.StoreSnapshot.encode({ formatVersion: 1, version: 10, ...fields }).finish();
}

describe("snapshot", () => {
  test("restore reproduces the store, the applied index and the same bytes", () => {
    const store = populated();
    const bytes = store.snapshot();
    const restored = Store.fromSnapshot(bytes, { debugChecks: true });
    expect(restored.appliedIndex).toBe(3);
    expect(restored.list("secret")).toEqual(store.list("secret"));
    expect(restored.get("cluster", "c")).toEqual(store.get("cluster", "c"));
    expect(restored.get("node", "n")).toEqual(store.get("node", "n"));
    expect(restored.snapshot()).toEqual(bytes);
  });

  test("insertion order does not change the bytes", () => {
    const one = new Store();
    propose(one, 1, [secret("a"), secret("b")]);
    const two = new Store();
    propose(two, 1, [secret("b"), secret("a")]);
    expect(one.snapshot()).toEqual(two.snapshot());
  });

  test("the snapshot does not share memory with the store", () => {
    const store = populated();
    const bytes = store.snapshot();
    const restored = Store.fromSnapshot(bytes);
    bytes.fill(0);
    expect(restored.snapshot()).toEqual(store.snapshot());
  });
});

describe("untrusted snapshot bytes are typed errors", () => {
  test("garbage is MALFORMED", () => {
    expect(codeOf(() => Store.fromSnapshot(new Uint8Array([0xff, 0xff, 0xff])))).toBe("MALFORMED");
  });

  test("an unknown format version is SNAPSHOT_UNSUPPORTED", () => {
    expect(codeOf(() => Store.fromSnapshot(snapshotWith({ formatVersion: 2 })))).toBe("SNAPSHOT_UNSUPPORTED");
    expect(codeOf(() => Store.fromSnapshot(new Uint8Array(0)))).toBe("SNAPSHOT_UNSUPPORTED");
  });

  test("duplicate ids, duplicate names and objects newer than the snapshot are MALFORMED", () => {
    const s = (id: string, name: string, version = 1) => ({
      id,
      meta: { version },
      spec: { name, data: bytesOf("x") },
    });
    expect(codeOf(() => Store.fromSnapshot(snapshotWith({ secrets: [s("a", "x"), s("a", "y")] })))).toBe(
      "MALFORMED",
    );
    expect(codeOf(() => Store.fromSnapshot(snapshotWith({ secrets: [s("b", "x"), s("a", "y")] })))).toBe(
      "MALFORMED",
    );
    expect(codeOf(() => Store.fromSnapshot(snapshotWith({ secrets: [s("a", "x"), s("b", "X")] })))).toBe(
      "MALFORMED",
    );
    expect(codeOf(() => Store.fromSnapshot(snapshotWith({ secrets: [s("a", "x", 11)] })))).toBe("MALFORMED");
    expect(Store.fromSnapshot(snapshotWith({ secrets: [s("a", "x"), s("b", "y")] })).count("secret")).toBe(2);
  });

  test("an invalid object is rejected as apply would reject it", () => {
    const big = { id: "a", spec: { name: "a", data: new Uint8Array(500 * 1024 + 1) } };
    expect(codeOf(() => Store.fromSnapshot(snapshotWith({ secrets: [big] })))).toBe("SECRET_TOO_LARGE");
  });

  test("restoring an older snapshot in place is SNAPSHOT_STALE and changes nothing", () => {
    const old = populated().snapshot();
    const store = populated();
    propose(store, 4, [secret("z")]);
    const before = store.snapshot();
    expect(codeOf(() => store.restore(old))).toBe("SNAPSHOT_STALE");
    expect(codeOf(() => store.restore(new Uint8Array([1, 2, 3])))).toBe("MALFORMED");
    expect(store.snapshot()).toEqual(before);
  });
});
