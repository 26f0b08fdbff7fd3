// Inflights: the appends in flight to one follower, bounded by message count and by bytes.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { Inflights } from "../../src/raft/inflights.js";

describe("inflights", () => {
  test("count limit: full at maxMessages, freed by freeLE", () => {
    const inf = new Inflights(3, 0);
    inf.add(1, 10);
    inf.add(2, 10);
    expect(inf.full()).toBe(false);
    inf.add(5, 10);
    expect(inf.full()).toBe(true);
    expect(inf.count).toBe(3);
    expect(() => inf.add(6, 1)).toThrow(AssertionError);
    inf.freeLE(2);
    expect(inf.count).toBe(1);
    expect(inf.bytes).toBe(10);
    expect(inf.full()).toBe(false);
  });

  test("byte limit: full once the bytes in flight reach maxBytes", () => {
    const inf = new Inflights(100, 100);
    inf.add(1, 60);
    expect(inf.full()).toBe(false);
    inf.add(2, 40);
    expect(inf.full()).toBe(true);
    expect(inf.bytes).toBe(100);
    inf.freeLE(1);
    expect(inf.bytes).toBe(40);
    expect(inf.full()).toBe(false);
    // A single oversized append is allowed when nothing is in flight, and then fills it.
    inf.freeLE(2);
    inf.add(3, 1000);
    expect(inf.full()).toBe(true);
  });

  test("freeLE frees exactly the appends at or below the index, and is idempotent", () => {
    const inf = new Inflights(10, 0);
    for (const i of [3, 5, 8, 9]) inf.add(i, i);
    inf.freeLE(4);
    expect([inf.count, inf.bytes]).toEqual([3, 22]);
    inf.freeLE(4);
    expect([inf.count, inf.bytes]).toEqual([3, 22]);
    inf.freeLE(0);
    expect(inf.count).toBe(3);
    inf.freeLE(8);
    expect([inf.count, inf.bytes]).toEqual([1, 9]);
    inf.freeLE(100);
    expect([inf.count, inf.bytes]).toEqual([0, 0]);
  });

  test("indexes must increase", () => {
    const inf = new Inflights(10, 0);
    inf.add(5, 1);
    expect(() => inf.add(5, 1)).toThrow(AssertionError);
    expect(() => inf.add(4, 1)).toThrow(AssertionError);
  });

  test("reset and clone", () => {
    const inf = new Inflights(4, 50);
    inf.add(1, 20);
    inf.add(2, 20);
    const copy = inf.clone();
    inf.reset();
    expect([inf.count, inf.bytes, inf.full()]).toEqual([0, 0, false]);
    expect([copy.count, copy.bytes]).toEqual([2, 40]);
    copy.add(3, 10);
    expect(copy.full()).toBe(true);
  });

  test("long runs compact internally and still agree with a model", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(0, 64, 300),
        fc.array(fc.oneof(fc.record({ add: fc.nat({ max: 80 }) }), fc.record({ free: fc.nat({ max: 6 }) })), {
          maxLength: 400,
        }),
        (maxMessages, maxBytes, ops) => {
          const inf = new Inflights(maxMessages, maxBytes);
          let model: { index: number; bytes: number }[] = [];
          let next = 1;
          for (const op of ops) {
            if ("add" in op) {
              const full = model.length >= maxMessages || (maxBytes > 0 && sum(model) >= maxBytes);
              expect(inf.full()).toBe(full);
              if (full) continue;
              inf.add(next, op.add);
              model.push({ index: next, bytes: op.add });
              next += 1 + (op.add % 3);
            } else {
              const upTo = next - 1 - op.free;
              inf.freeLE(upTo);
              model = model.filter((m) => m.index > upTo);
            }
            expect(inf.count).toBe(model.length);
            expect(inf.bytes).toBe(sum(model));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

function sum(items: readonly { bytes: number }[]): number {
  return items.reduce((n, m) => n + m.bytes, 0);
}
