// MemoryStorage: compaction, append with overwrite, snapshots, and typed range errors.
import { describe, expect, test } from "vitest";
import { RaftError } from "../../src/raft/errors.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { ConfState, Entry } from "../../src/raft/types.js";
import { EntryType } from "../../src/raft/types.js";

const ent = (index: number, term: number, size = 0): Entry => ({
  index,
  term,
  type: EntryType.Normal,
  data: new Uint8Array(size),
});
const cs: ConfState = {
  voters: [1, 2, 3],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};

/** Storage holding entries 3..5 with terms 3 4 5 (compaction point 3). */
function storage345(): MemoryStorage {
  const s = new MemoryStorage();
  s.append([ent(1, 1), ent(2, 2), ent(3, 3), ent(4, 4), ent(5, 5)]);
  s.compact(3);
  return s;
}

function errorOf(fn: () => unknown): RaftError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RaftError) return e;
    throw e;
  }
  throw new Error("expected a RaftError");
}

describe("MemoryStorage", () => {
  test("term: COMPACTED below the compaction point, UNAVAILABLE past the end", () => {
    const s = storage345();
    expect([s.firstIndex(), s.lastIndex(), s.term(3), s.term(5)]).toEqual([4, 5, 3, 5]);
    expect(errorOf(() => s.term(2)).type).toEqual({ code: "COMPACTED", index: 2, firstIndex: 4 });
    expect(errorOf(() => s.term(6)).type).toEqual({ code: "UNAVAILABLE", index: 6, lastIndex: 5 });
  });

  test("entries: range checks and byte limits (at least one entry)", () => {
    const s = new MemoryStorage();
    s.append([ent(1, 1, 10), ent(2, 1, 10), ent(3, 1, 10)]);
    expect(s.entries(1, 4, Infinity).map((e) => e.index)).toEqual([1, 2, 3]);
    expect(s.entries(1, 4, 26).map((e) => e.index)).toEqual([1]);
    expect(s.entries(1, 4, 52).map((e) => e.index)).toEqual([1, 2]);
    expect(s.entries(2, 4, 0).map((e) => e.index)).toEqual([2]);
    expect(errorOf(() => s.entries(0, 2, Infinity)).code).toBe("COMPACTED");
    expect(errorOf(() => s.entries(2, 5, Infinity)).type).toEqual({
      code: "UNAVAILABLE",
      index: 4,
      lastIndex: 3,
    });
    expect(s.callStats.entries).toBe(6);
  });

  test("compact: keeps the compaction point's term; refuses compacted or unavailable indexes", () => {
    const s = storage345();
    s.compact(4);
    expect([s.firstIndex(), s.term(4)]).toEqual([5, 4]);
    expect(errorOf(() => s.compact(4)).type).toEqual({ code: "COMPACTED", index: 4, firstIndex: 5 });
    expect(errorOf(() => s.compact(9)).type).toEqual({ code: "UNAVAILABLE", index: 9, lastIndex: 5 });
    s.compact(5);
    expect([s.firstIndex(), s.lastIndex()]).toEqual([6, 5]);
  });

  test("append: overwrite from the first new index, skip compacted, refuse gaps", () => {
    const s = storage345();
    s.append([ent(3, 3), ent(4, 6), ent(5, 6)]);
    expect([s.term(4), s.term(5), s.lastIndex()]).toEqual([6, 6, 5]);
    s.append([ent(5, 7)]);
    expect([s.term(4), s.term(5)]).toEqual([6, 7]);
    s.append([ent(6, 7)]);
    expect(s.lastIndex()).toBe(6);
    // Partly compacted: only the part after the compaction point is taken.
    s.append([ent(2, 9), ent(3, 9), ent(4, 9)]);
    expect([s.firstIndex(), s.term(4), s.lastIndex()]).toEqual([4, 9, 4]);
    // Wholly compacted: ignored.
    s.append([ent(1, 9), ent(2, 9)]);
    expect(s.lastIndex()).toBe(4);
    expect(errorOf(() => s.append([ent(7, 9)])).code).toBe("UNAVAILABLE");
    s.append([]);
    expect(s.lastIndex()).toBe(4);
  });

  test("snapshots: create at an applied index, apply, refuse out-of-date ones", () => {
    const s = storage345();
    const snap = s.createSnapshot(4, cs, new Uint8Array([1, 2]));
    expect(snap.metadata).toEqual({ confState: cs, index: 4, term: 4 });
    expect(s.snapshot()).toBe(snap);
    expect(errorOf(() => s.createSnapshot(4, cs, new Uint8Array(0))).type).toEqual({
      code: "SNAPSHOT_OUT_OF_DATE",
      index: 4,
      snapshotIndex: 4,
    });
    expect(errorOf(() => s.createSnapshot(9, cs, new Uint8Array(0))).code).toBe("UNAVAILABLE");

    const t = new MemoryStorage();
    t.applySnapshot({ data: new Uint8Array(0), metadata: { confState: cs, index: 10, term: 4 } });
    expect([t.firstIndex(), t.lastIndex(), t.term(10)]).toEqual([11, 10, 4]);
    expect(t.initialState().confState).toEqual(cs);
    expect(
      errorOf(() =>
        t.applySnapshot({ data: new Uint8Array(0), metadata: { confState: cs, index: 10, term: 5 } }),
      ).type,
    ).toEqual({ code: "SNAPSHOT_OUT_OF_DATE", index: 10, snapshotIndex: 10 });
    expect(
      errorOf(() =>
        t.applySnapshot({ data: new Uint8Array(0), metadata: { confState: cs, index: 3, term: 1 } }),
      ).code,
    ).toBe("SNAPSHOT_OUT_OF_DATE");
  });

  test("hard state and initial state", () => {
    const s = MemoryStorage.withVoters([1, 2], [3]);
    expect(s.initialState().hardState).toEqual({ term: 0, vote: 0, commit: 0 });
    expect(s.initialState().confState.voters).toEqual([1, 2]);
    expect(s.initialState().confState.learners).toEqual([3]);
    s.setHardState({ term: 4, vote: 2, commit: 1 });
    expect(s.initialState().hardState).toEqual({ term: 4, vote: 2, commit: 1 });
    expect(s.bytes()).toBe(16);
  });
});
