// The Raft log and its unstable tail: maybeAppend, findConflict, findConflictByTerm, slices
// across storage and unstable, and stableTo with a mismatched term.
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { RaftError } from "../../src/raft/errors.js";
import { Unstable } from "../../src/raft/log-unstable.js";
import { RaftLog } from "../../src/raft/log.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Entry } from "../../src/raft/types.js";
import { EntryType } from "../../src/raft/types.js";

const ent = (index: number, term: number, size = 0): Entry => ({
  index,
  term,
  type: EntryType.Normal,
  data: new Uint8Array(size),
});
/** Entries index from..to with the given terms (one term per entry). */
const ents = (from: number, terms: number[]): Entry[] => terms.map((t, i) => ent(from + i, t));
const terms = (es: readonly Entry[]): number[] => es.map((e) => e.term);
const indexes = (es: readonly Entry[]): number[] => es.map((e) => e.index);

/** A log over storage holding entries 1..n with the given terms (stable), plus `unstable` after. */
function logWith(stored: number[], unstable: number[] = [], maxApplyingBytes = 1 << 20): RaftLog {
  const storage = new MemoryStorage();
  storage.append(ents(1, stored));
  const log = new RaftLog(storage, maxApplyingBytes);
  if (unstable.length > 0) log.append(ents(stored.length + 1, unstable));
  return log;
}

describe("findConflict", () => {
  const log = logWith([1, 2, 3]);
  test.each([
    [[], 0],
    [ents(1, [1, 2, 3]), 0],
    [ents(2, [2, 3]), 0],
    [ents(3, [3]), 0],
    [ents(1, [1, 2, 3, 4, 4]), 4],
    [ents(3, [3, 4, 4]), 4],
    [ents(1, [4, 4]), 1],
    [ents(2, [1, 4, 4]), 2],
    [ents(3, [1, 2, 4, 4]), 3],
  ] as const)("case %#", (entries, want) => {
    expect(log.findConflict(entries)).toBe(want);
  });
});

describe("findConflictByTerm", () => {
  // Log: index 1..10 with terms 2 2 2 4 4 4 5 5 7 7 (compacted before index 3).
  const storage = new MemoryStorage();
  storage.append(ents(1, [2, 2, 2, 4, 4, 4, 5, 5, 7, 7]));
  storage.compact(2);
  const log = new RaftLog(storage, 1 << 20);
  test.each([
    [10, 7, 10, 7],
    [10, 6, 8, 5],
    [10, 5, 8, 5],
    [10, 4, 6, 4],
    [10, 3, 3, 2],
    [7, 4, 6, 4],
    [5, 8, 5, 4],
    // Below the first stored term we cannot tell: the hint stops at the first unknown index.
    [10, 1, 1, 0],
    [0, 7, 0, 0],
  ])("index %i term %i -> (%i, %i)", (index, term, wantIndex, wantTerm) => {
    const [i, t] = log.findConflictByTerm(index, term);
    expect([i, t]).toEqual([wantIndex, wantTerm]);
  });
});

describe("maybeAppend", () => {
  test("appends after a matching entry and commits up to min(commit, last new)", () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeAppend(3, 3, 5, ents(4, [4, 4]))).toBe(5);
    expect([log.lastIndex(), log.committed]).toEqual([5, 5]);
    const l2 = logWith([1, 2, 3]);
    expect(l2.maybeAppend(3, 3, 100, ents(4, [4]))).toBe(4);
    expect(l2.committed).toBe(4);
  });

  test("refuses when the previous entry does not match", () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeAppend(3, 2, 3, ents(4, [4]))).toBeUndefined();
    expect(log.maybeAppend(4, 3, 3, ents(5, [4]))).toBeUndefined();
    expect(log.lastIndex()).toBe(3);
    expect(log.committed).toBe(0);
  });

  test("truncates at the first conflict; keeps matching entries; duplicates change nothing", () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeAppend(1, 1, 0, ents(2, [4, 4]))).toBe(3);
    expect(terms(log.entries(1, Infinity))).toEqual([1, 4, 4]);
    // An older, shorter append that matches does not truncate the longer log.
    log.maybeAppend(1, 1, 0, ents(2, [4]));
    expect(log.lastIndex()).toBe(3);
    // Commit never goes past the last new entry of this message.
    expect(log.maybeAppend(1, 1, 3, [])).toBe(1);
    expect(log.committed).toBe(1);
  });

  test("a conflict at or below the commit index is a bug (assertion)", () => {
    const log = logWith([1, 2, 3]);
    log.commitTo(2);
    expect(() => log.maybeAppend(1, 1, 2, ents(2, [5]))).toThrow(AssertionError);
  });
});

describe("slices across storage and unstable", () => {
  test("entries span both parts, bounded by bytes but at least one", () => {
    const storage = new MemoryStorage();
    storage.append([ent(1, 1, 10), ent(2, 1, 10), ent(3, 1, 10)]);
    const log = new RaftLog(storage, 1 << 20);
    log.append([ent(4, 2, 10), ent(5, 2, 10)]);
    expect(indexes(log.slice(2, 6, Infinity))).toEqual([2, 3, 4, 5]);
    expect(indexes(log.slice(4, 6, Infinity))).toEqual([4, 5]);
    expect(indexes(log.slice(1, 3, Infinity))).toEqual([1, 2]);
    // entryBytes = payload + 16 => 26 per entry.
    expect(indexes(log.slice(2, 6, 52))).toEqual([2, 3]);
    expect(indexes(log.slice(3, 6, 52))).toEqual([3, 4]);
    expect(indexes(log.slice(2, 6, 1))).toEqual([2]);
    expect(indexes(log.slice(4, 6, 1))).toEqual([4]);
    expect(log.slice(3, 3, Infinity)).toEqual([]);
    expect(() => log.slice(2, 7, Infinity)).toThrow(AssertionError);
  });

  test("compacted ranges throw COMPACTED; term() reports COMPACTED / UNAVAILABLE", () => {
    const storage = new MemoryStorage();
    storage.append(ents(1, [1, 1, 2, 2]));
    storage.compact(2);
    const log = new RaftLog(storage, 1 << 20);
    expect(() => log.slice(1, 3, Infinity)).toThrow(expect.objectContaining({ code: "COMPACTED" }));
    expect(log.term(2)).toBe(1); // the compaction point's term is kept
    expect(() => log.term(0)).toThrow(expect.objectContaining({ code: "COMPACTED" }));
    expect(() => log.term(5)).toThrow(expect.objectContaining({ code: "UNAVAILABLE" }));
    expect(log.termOrUndefined(5)).toBeUndefined();
    const err = (() => {
      try {
        log.term(9);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(RaftError);
    expect((err as RaftError).type).toEqual({ code: "UNAVAILABLE", index: 9, lastIndex: 4 });
  });

  test("committed entries are paged by maxCommittedSizePerReady", () => {
    const storage = new MemoryStorage();
    storage.append([ent(1, 1, 20), ent(2, 1, 20), ent(3, 1, 20)]);
    const log = new RaftLog(storage, 80);
    log.commitTo(3);
    const first = log.nextCommittedEntries(true);
    expect(indexes(first)).toEqual([1, 2]);
    log.acceptApplying(2, 72, true);
    expect(log.hasNextCommittedEntries(true)).toBe(false);
    log.appliedTo(2, 72);
    expect(indexes(log.nextCommittedEntries(true))).toEqual([3]);
  });

  test("isUpToDate compares last term, then last index", () => {
    const log = logWith([1, 2, 3]);
    expect(log.isUpToDate(3, 3)).toBe(true);
    expect(log.isUpToDate(2, 3)).toBe(false);
    expect(log.isUpToDate(1, 4)).toBe(true);
    expect(log.isUpToDate(9, 2)).toBe(false);
  });

  test("maybeCommit only commits entries of the given term", () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeCommit(2, 3)).toBe(false);
    expect(log.maybeCommit(3, 3)).toBe(true);
    expect(log.committed).toBe(3);
    expect(log.maybeCommit(3, 3)).toBe(false);
  });
});

describe("unstable", () => {
  test("stableTo with a mismatched term is ignored (the entry was overwritten meanwhile)", () => {
    const u = new Unstable(5);
    u.truncateAndAppend(ents(5, [1, 1, 1]));
    u.acceptInProgress();
    // A newer leader overwrites 6..7 while the write of 5..7 (term 1) is in flight.
    u.truncateAndAppend(ents(6, [2, 2]));
    expect(u.offsetInProgress).toBe(6);
    u.stableTo(7, 1);
    expect([u.offset, u.entries.length]).toEqual([5, 3]);
    u.stableTo(5, 1);
    expect([u.offset, terms(u.entries)]).toEqual([6, [2, 2]]);
    u.stableTo(9, 2); // beyond the tail: ignored
    u.stableTo(4, 0); // before the tail: ignored
    expect(u.offset).toBe(6);
    u.stableTo(7, 2);
    expect([u.offset, u.entries.length]).toEqual([8, 0]);
  });

  test("truncateAndAppend: append, replace all, replace a suffix", () => {
    const u = new Unstable(5);
    u.truncateAndAppend(ents(5, [1, 1]));
    u.truncateAndAppend(ents(7, [1]));
    expect(indexes(u.entries)).toEqual([5, 6, 7]);
    u.truncateAndAppend(ents(6, [2]));
    expect(terms(u.entries)).toEqual([1, 2]);
    u.truncateAndAppend(ents(3, [3, 3]));
    expect([u.offset, indexes(u.entries)]).toEqual([3, [3, 4]]);
  });

  test("nextEntries and nextSnapshot hand out each part once", () => {
    const u = new Unstable(1);
    u.truncateAndAppend(ents(1, [1, 1]));
    expect(u.nextEntries().length).toBe(2);
    u.acceptInProgress();
    expect(u.nextEntries()).toEqual([]);
    u.truncateAndAppend(ents(3, [1]));
    expect(indexes(u.nextEntries())).toEqual([3]);
    const snap = {
      data: new Uint8Array(0),
      metadata: {
        confState: { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
        index: 10,
        term: 2,
      },
    };
    u.restore(snap);
    expect(u.nextSnapshot()).toBe(snap);
    expect([u.maybeFirstIndex(), u.maybeLastIndex(), u.maybeTerm(10), u.maybeTerm(9)]).toEqual([
      11,
      10,
      2,
      undefined,
    ]);
    u.acceptInProgress();
    expect(u.nextSnapshot()).toBeNull();
    u.stableSnapTo(9);
    expect(u.snapshot).not.toBeNull();
    u.stableSnapTo(10);
    expect(u.snapshot).toBeNull();
  });
});
