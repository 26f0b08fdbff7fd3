// Object ids: 25 base-36 characters of 128 random bits, drawn from a pool per entropy source.
import { describe, expect, test } from "vitest";
import { seededEntropy } from "../../src/entropy.js";
import type { EntropySource } from "../../src/entropy.js";
import { newObjectId } from "../../src/manager/ids.js";
import { Prng } from "../../src/raft/prng.js";

describe("newObjectId", () => {
  test("ids are 25 base-36 characters and do not repeat across pool refills", () => {
    const entropy = seededEntropy(Prng.fromSeed(5));
    const ids = Array.from({ length: 1000 }, () => newObjectId(entropy));
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{25}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("each id is the next 16 bytes of its own source, so a seeded run replays", () => {
    const a = seededEntropy(Prng.fromSeed(9));
    const b = seededEntropy(Prng.fromSeed(9));
    const other = seededEntropy(Prng.fromSeed(10));
    const fromA = Array.from({ length: 300 }, () => newObjectId(a));
    newObjectId(other); // another source's pool does not disturb b's sequence
    const fromB = Array.from({ length: 300 }, () => newObjectId(b));
    expect(fromB).toEqual(fromA);
    // The first id is exactly the source's first 16 bytes, big-endian, in base 36.
    const bytes = new Uint8Array(16);
    seededEntropy(Prng.fromSeed(9)).fill(bytes);
    const expected = BigInt(`0x${Buffer.from(bytes).toString("hex")}`)
      .toString(36)
      .padStart(25, "0");
    expect(fromA[0]).toBe(expected);
  });

  test("the source is asked once per 256 ids, not once per id", () => {
    let calls = 0;
    const counting: EntropySource = {
      fill(target) {
        calls++;
        target.fill(calls);
      },
    };
    for (let i = 0; i < 512; i++) newObjectId(counting);
    expect(calls).toBe(2);
  });
});
