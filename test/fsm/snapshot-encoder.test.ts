// The sliced snapshot encoder gives exactly the bytes of Store.snapshot(), whatever the slice
// size, and encodes the store as it was when it was made, not as it is when it finishes.
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { Store, newCluster, newNode } from "../../src/fsm/index.js";
import { bytesOf, create, propose, secret } from "./helpers.js";

function storeWith(secretIds: readonly string[], withNodes: boolean): Store {
  const store = new Store();
  let index = 1;
  propose(store, index++, [create("cluster", newCluster({ id: "c" }))]);
  if (withNodes) {
    propose(store, index++, [
      create("node", newNode({ id: "n2", role: "manager", csr: bytesOf("csr") })),
      create("node", newNode({ id: "n1", role: "worker", csr: bytesOf("csr") })),
    ]);
  }
  for (let i = 0; i < secretIds.length; i += 50) {
    propose(
      store,
      index++,
      secretIds.slice(i, i + 50).map((id) => secret(id, `value-${id}`)),
    );
  }
  return store;
}

function encodeInSlices(store: Store, budget: number): Uint8Array {
  const encoder = store.snapshotEncoder();
  let slices = 0;
  while (!encoder.step(budget)) slices++;
  expect(slices).toBeLessThan(1_000_000);
  return encoder.bytes();
}

describe("SnapshotEncoder", () => {
  property.prop(
    [
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { maxLength: 300 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 400 }),
    ],
    { numRuns: 60 },
  )("any slice size gives the bytes of snapshot()", (ids, withNodes, budget) => {
    const store = storeWith(ids, withNodes);
    expect(store.list("secret")).toHaveLength(ids.length);
    expect(Buffer.from(encodeInSlices(store, budget))).toEqual(Buffer.from(store.snapshot()));
  });

  test("tables larger than a sorted run merge back into id order", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `s${((i * 7919) % 20_000).toString(36)}`);
    const store = storeWith(ids, true);
    expect(store.list("secret")).toHaveLength(ids.length);
    const expected = store.snapshot();
    // Compared natively: a deep equality of megabytes is slow.
    for (const budget of [1, 3000]) {
      expect(Buffer.from(encodeInSlices(store, budget)).equals(Buffer.from(expected))).toBe(true);
    }
  });

  property.prop([fc.integer({ min: 1, max: 50 })], { numRuns: 10 })(
    "the store may change while it encodes: the bytes are those of the moment it was made",
    (budget) => {
      const store = storeWith(["a", "b", "c", "d"], false);
      const before = store.snapshot();
      const encoder = store.snapshotEncoder();
      encoder.step(budget);
      propose(store, store.appliedIndex + 1, [secret("e", "later")]);
      while (!encoder.step(budget));
      expect(Buffer.from(encoder.bytes())).toEqual(Buffer.from(before));
      expect(store.snapshot()).not.toEqual(before);
    },
  );
});
