// ShardedMap: a Map's semantics, kept in many small Maps so none doubles a large table at once.
import { describe, expect, test } from "vitest";
import { ShardedMap, shardCount } from "../../src/fsm/sharded-map.js";

/** xorshift32: a small seeded generator for the model test. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** An id as newObjectId makes them: 25 random base-36 characters. */
function randomId(next: () => number): string {
  let id = "";
  for (let i = 0; i < 25; i++) id += Math.floor(next() * 36).toString(36);
  return id;
}

describe("ShardedMap", () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])("does what a Map does, under random operations (seed %i)", (seed) => {
    const next = generator(seed);
    const sharded = new ShardedMap<number>();
    const model = new Map<string, number>();
    // Few distinct keys, so sets overwrite and deletes hit.
    const keys = Array.from({ length: 300 }, () => randomId(next).slice(0, 1 + Math.floor(next() * 12)));
    for (let op = 0; op < 20_000; op++) {
      const key = keys[Math.floor(next() * keys.length)]!;
      const roll = next();
      if (roll < 0.5) {
        sharded.set(key, op);
        model.set(key, op);
      } else if (roll < 0.8) {
        expect(sharded.delete(key), `seed ${seed} op ${op}`).toBe(model.delete(key));
      } else if (roll < 0.9995) {
        expect(sharded.get(key), `seed ${seed} op ${op}`).toBe(model.get(key));
        expect(sharded.has(key), `seed ${seed} op ${op}`).toBe(model.has(key));
      } else {
        sharded.clear();
        model.clear();
      }
      expect(sharded.size, `seed ${seed} op ${op}`).toBe(model.size);
    }
    const visited: [string, number][] = [];
    sharded.forEach((value, key) => visited.push([key, value]));
    const byKey = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : 1);
    expect(visited.sort(byKey), `seed ${seed}`).toEqual([...model].sort(byKey));
    expect(sharded.values().sort(), `seed ${seed}`).toEqual([...model.values()].sort());
  });

  test("random ids spread so that no shard holds more than twice its share", () => {
    const next = generator(42);
    const map = new ShardedMap<true>();
    const count = 140_000;
    for (let i = 0; i < count; i++) map.set(randomId(next), true);
    expect(map.size).toBe(count);
    expect(map.largestShard()).toBeLessThan((2 * count) / shardCount);
  });

  test("numbered names (a common prefix, a counter at the end) spread too", () => {
    const map = new ShardedMap<true>();
    const count = 140_000;
    for (let i = 0; i < count; i++) map.set(`bench-1-64-l-${i}`, true);
    expect(map.largestShard()).toBeLessThan((2 * count) / shardCount);
  });
});
