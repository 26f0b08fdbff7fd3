import { describe, expect, test } from "vitest";
import { findSkewedPeers, rotationGap } from "../../../src/fsm/agent/index.js";

describe("rotationGap", () => {
  test("counts the rotations between two rings, in either order", () => {
    expect(rotationGap([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(rotationGap([1, 2, 3], [2, 3, 4])).toBe(1);
    expect(rotationGap([4, 3, 2], [1, 2, 3])).toBe(1);
    expect(rotationGap([1, 2, 3], [3, 4, 5])).toBe(2);
    expect(rotationGap([9, 10, 11], [1, 2, 3])).toBe(3);
  });
});

describe("findSkewedPeers", () => {
  test("reports exactly the pairs more than one rotation apart, behind and ahead named", () => {
    const rings = new Map([
      ["c", [3, 4, 5]],
      ["a", [1, 2, 3]],
      ["b", [2, 3, 4]],
    ]);
    expect(findSkewedPeers(rings)).toEqual([{ behind: "a", ahead: "c", rotations: 2 }]);
    expect(findSkewedPeers(new Map([...rings].filter(([n]) => n !== "c")))).toEqual([]);
  });
});
