// The sliced snapshot encoder gives exactly the bytes of Store.snapshot(), whatever the slice
// size, and encodes the store as it was when it was made, not as it is when it finishes.
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { Store, newCluster, newNode } from "../../src/fsm/index.js";
import { bytesOf, create, propose, remove, secret, update } from "./helpers.js";

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
  test("freshly encoded pieces lie on SharedArrayBuffers, which V8 leaves out of its full-GC trigger", () => {
    const encoder = storeWith(["a", "b", "c"], true).snapshotEncoder();
    while (!encoder.step(2));
    expect(encoder.pieces().length).toBeGreaterThan(0);
    for (const piece of encoder.pieces()) expect(piece.buffer instanceof SharedArrayBuffer).toBe(true);
  });

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

describe("SnapshotEncoder copying from the previous snapshot", () => {
  /** Encodes the store in slices, keeps its records (over a copy of the bytes), returns both. */
  function snapshotAndKeep(store: Store, budget: number): { bytes: Uint8Array; copied: number } {
    const encoder = store.snapshotEncoder();
    while (!encoder.step(budget));
    const bytes = encoder.bytes();
    store.keepSnapshotRecords(encoder.records(bytes));
    return { bytes, copied: encoder.copied };
  }

  const change = fc.record({
    kind: fc.constantFrom("create", "update", "remove"),
    pick: fc.nat(),
    id: fc.stringMatching(/^[a-z0-9]{1,12}$/),
  });

  property.prop(
    [
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { maxLength: 200 }),
      fc.array(fc.array(change, { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 1, max: 300 }),
      fc.boolean(),
    ],
    { numRuns: 60 },
  )(
    "snapshot after snapshot, the bytes are those of snapshot(); unchanged objects are copied",
    (ids, rounds, budget, verify) => {
      const store = new Store({ debugChecks: verify });
      let index = 1;
      propose(store, index++, [create("cluster", newCluster({ id: "c" }))]);
      for (let i = 0; i < ids.length; i += 50) {
        propose(
          store,
          index++,
          ids.slice(i, i + 50).map((id) => secret(id, id, `value-${id}`)),
        );
      }
      const first = snapshotAndKeep(store, budget);
      expect(first.copied).toBe(0);
      expect(Buffer.from(first.bytes).equals(Buffer.from(store.snapshot()))).toBe(true);
      for (const round of rounds) {
        const changed = new Set<string>();
        for (const c of round) {
          const secrets = store.list("secret");
          const target = secrets[c.pick % Math.max(1, secrets.length)];
          if (c.kind === "create" || target === undefined) {
            if (store.get("secret", c.id) !== undefined) continue;
            propose(store, index++, [secret(c.id, c.id, `new-${index}`)]);
            changed.add(c.id);
          } else if (c.kind === "update") {
            const next = { ...target, spec: { ...target.spec, data: bytesOf(`updated-${index}`) } };
            propose(store, index++, [update("secret", next)]);
            changed.add(target.id);
          } else {
            propose(store, index++, [remove("secret", target)]);
            changed.delete(target.id);
          }
        }
        const next = snapshotAndKeep(store, budget);
        expect(Buffer.from(next.bytes).equals(Buffer.from(store.snapshot()))).toBe(true);
        // The cluster and every secret not created or changed since are copied.
        const unchanged = store.list("secret").filter((s) => !changed.has(s.id)).length;
        expect(next.copied).toBe(1 + unchanged);
      }
    },
  );

  test("a restored store has nothing to copy from: the old objects are gone", () => {
    const store = new Store();
    propose(store, 1, [create("cluster", newCluster({ id: "c" })), secret("a"), secret("b")]);
    snapshotAndKeep(store, 10);
    expect(snapshotAndKeep(store, 10).copied).toBe(3);
    store.restore(store.snapshot());
    const after = snapshotAndKeep(store, 10);
    expect(after.copied).toBe(0);
    expect(Buffer.from(after.bytes).equals(Buffer.from(store.snapshot()))).toBe(true);
  });

  test("with debug checks, a copied record that is not its object's encoding is a bug found", () => {
    const store = new Store({ debugChecks: true });
    propose(store, 1, [create("cluster", newCluster({ id: "c" })), secret("a", "a", "value-a")]);
    const { bytes } = snapshotAndKeep(store, 10);
    // Flip a byte of the secret's value inside the kept bytes.
    const at = Buffer.from(bytes).indexOf("value-a");
    expect(at).toBeGreaterThan(0);
    bytes[at] = bytes[at]! ^ 1;
    const encoder = store.snapshotEncoder();
    expect(() => {
      while (!encoder.step(10));
    }).toThrow(AssertionError);
  });
});
