import { describe, expect, test } from "vitest";
import type { AgentKey, AgentKeyErrorCode } from "../../../src/fsm/agent/index.js";
import {
  AgentKeyError,
  computeKeyUpdate,
  keyringOf,
  primaryOf,
  subsystemGossip,
  subsystemIpsec,
} from "../../../src/fsm/agent/index.js";
import { keyOf, ringAfter, times } from "./fixtures.js";

function codeOf(run: () => unknown): AgentKeyErrorCode | "no error" {
  try {
    run();
  } catch (error) {
    if (error instanceof AgentKeyError) return error.code;
    throw error;
  }
  return "no error";
}

describe("primaryOf", () => {
  test("is the second-newest key by Lamport time, whatever the order of the ring", () => {
    for (const order of [
      [5, 3, 1],
      [1, 3, 5],
      [3, 5, 1],
    ]) {
      const ring = keyringOf(
        order.map((t) => keyOf(t)),
        subsystemIpsec,
      );
      expect(primaryOf(ring, subsystemIpsec).lamportTime).toBe(3);
    }
  });

  test("is the only key of a bootstrap ring, and an empty ring is a typed error", () => {
    expect(primaryOf([keyOf(7)], subsystemIpsec).lamportTime).toBe(7);
    expect(codeOf(() => primaryOf([], subsystemIpsec))).toBe("EMPTY_KEYRING");
  });
});

describe("keyringOf", () => {
  test("keeps only the subsystem's keys, oldest first", () => {
    const keys = [keyOf(9), keyOf(2, subsystemGossip), keyOf(4), keyOf(6)];
    expect(times(keyringOf(keys, subsystemIpsec))).toEqual([4, 6, 9]);
    expect(times(keyringOf(keys, subsystemGossip))).toEqual([2]);
  });

  test("refuses two keys with one Lamport time, and unusable keys", () => {
    expect(codeOf(() => keyringOf([keyOf(4), keyOf(4)], subsystemIpsec))).toBe("DUPLICATE_LAMPORT_TIME");
    const bad: AgentKey[] = [
      { ...keyOf(1), lamportTime: -1 },
      { ...keyOf(1), lamportTime: 1.5 },
      { ...keyOf(1), key: new Uint8Array(0) },
      { ...keyOf(1), key: new Uint8Array(65) },
    ];
    for (const k of bad) expect(codeOf(() => keyringOf([k], subsystemIpsec))).toBe("INVALID_KEY");
  });
});

describe("computeKeyUpdate", () => {
  test("one rotation: one new key, the middle key becomes primary, the oldest is pruned", () => {
    const update = computeKeyUpdate(ringAfter(0), ringAfter(1), subsystemIpsec);
    expect(times(update.added)).toEqual([103]);
    expect(update.primary.lamportTime).toBe(102);
    expect(times(update.pruned)).toEqual([100]);
    expect(update.rotations).toBe(1);
  });

  test("the order of keys in either list does not matter", () => {
    const update = computeKeyUpdate(
      [...ringAfter(0)].reverse(),
      [keyOf(102), keyOf(103), keyOf(101)],
      subsystemIpsec,
    );
    expect(times(update.added)).toEqual([103]);
    expect(times(update.pruned)).toEqual([100]);
    expect(update.primary.lamportTime).toBe(102);
  });

  test("a missed rotation lists every added and pruned key (libnetwork keeps only the last)", () => {
    const update = computeKeyUpdate(ringAfter(0), ringAfter(2), subsystemIpsec);
    expect(times(update.added)).toEqual([103, 104]);
    expect(times(update.pruned)).toEqual([100, 101]);
    expect(update.rotations).toBe(2);
  });

  test("the first keyring is a bootstrap: everything added, nothing pruned, no rotation", () => {
    const update = computeKeyUpdate([], ringAfter(0), subsystemIpsec);
    expect(times(update.added)).toEqual([100, 101, 102]);
    expect(update.pruned).toEqual([]);
    expect(update.rotations).toBe(0);
  });

  test("an unchanged keyring is an empty update", () => {
    const update = computeKeyUpdate(ringAfter(3), ringAfter(3), subsystemIpsec);
    expect(update.added).toEqual([]);
    expect(update.pruned).toEqual([]);
    expect(update.rotations).toBe(0);
  });

  test("a key whose bytes changed under the same Lamport time is refused", () => {
    const changed = { ...keyOf(101), key: new Uint8Array(16).fill(9) };
    expect(
      codeOf(() => computeKeyUpdate(ringAfter(0), [changed, keyOf(102), keyOf(103)], subsystemIpsec)),
    ).toBe("KEY_CHANGED");
  });

  test("a next keyring without keys of the subsystem is refused", () => {
    expect(
      codeOf(() => computeKeyUpdate(ringAfter(0), ringAfter(1, 100, subsystemGossip), subsystemIpsec)),
    ).toBe("EMPTY_KEYRING");
  });
});
