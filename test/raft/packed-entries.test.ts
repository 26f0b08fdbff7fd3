// The entry lists of the write path are PACKED arrays whether the function that makes them runs
// in the interpreter or optimised: TurboFan's inlined Array.prototype.map makes a HOLEY array
// where the builtin makes a PACKED one, and Raft keeps these lists (the log) and hands them on
// (Readies, the WAL, the transport), so a maker optimised after its callees had seen only
// PACKED lists sent every one of them back to the interpreter (a `wrong map` deoptimisation)
// and to TurboFan again: a wave of them on every manager when the write path changed pace.
import { describe, expect, test } from "vitest";
import { Raft } from "../../src/raft/raft.js";
import { RawNode } from "../../src/raft/raw-node.js";
import type { Entry } from "../../src/raft/types.js";
import { isHoley, isOptimised, warmThenOptimise } from "../v8-natives.js";
import { drain, newNode } from "./helpers.js";

const data = (i: number): Uint8Array => new Uint8Array(16).fill(i & 0xff);

describe("the write path's entry lists stay PACKED once optimised", () => {
  test("a leader's proposed entries, from proposeEntries and appendEntry", () => {
    const { node, storage } = newNode(1, [1]);
    node.campaign();
    drain(node, storage);
    let last: readonly Entry[] = [];
    const proposeEntries = RawNode.prototype.proposeEntries;
    // The private method that stamps them and appends them to the log; reached as V8 sees it.
    const appendEntry = (Raft.prototype as unknown as Record<string, unknown>)["appendEntry"];
    warmThenOptimise([proposeEntries, appendEntry], (i) => {
      node.proposeEntries([data(i), data(i + 1)]);
      const rd = node.ready();
      last = rd.entries;
      storage.append(rd.entries);
      node.advance();
      drain(node, storage);
    });
    expect(last).toHaveLength(2);
    expect(isHoley(last)).toBe(false);
    expect(isOptimised(proposeEntries)).toBe(true);
    expect(isOptimised(appendEntry)).toBe(true);
  });
});
