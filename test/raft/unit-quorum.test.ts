// Quorum arithmetic: majority and joint committed indexes and vote results, checked by hand and
// against naive reference implementations (as etcd's quorum/quick_test.go does).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { AckedIndexer } from "../../src/raft/quorum.js";
import {
  VoteResult,
  jointCommittedIndex,
  jointVoteResult,
  majorityCommittedIndex,
  majorityVoteResult,
} from "../../src/raft/quorum.js";
import { insertAscending } from "../../src/raft/util.js";

const acked =
  (m: Record<number, number>): AckedIndexer =>
  (id) =>
    m[id];
const votes = (m: Record<number, boolean>): Map<number, boolean> =>
  new Map(Object.entries(m).map(([k, v]) => [Number(k), v]));
const set = (...ids: number[]): Set<number> => new Set(ids);

/** The largest index that at least a majority of voters has acknowledged, by brute force. */
function naiveCommitted(voters: ReadonlySet<number>, idx: AckedIndexer): number {
  if (voters.size === 0) return Infinity;
  const values = [...voters].map((id) => idx(id) ?? 0);
  let best = 0;
  for (const candidate of values) {
    const count = values.filter((v) => v >= candidate).length;
    if (count > voters.size / 2 && candidate > best) best = candidate;
  }
  return best;
}

function naiveVote(voters: ReadonlySet<number>, v: ReadonlyMap<number, boolean>): VoteResult {
  if (voters.size === 0) return VoteResult.Won;
  const yes = [...voters].filter((id) => v.get(id) === true).length;
  const no = [...voters].filter((id) => v.get(id) === false).length;
  if (yes > voters.size / 2) return VoteResult.Won;
  if (no >= voters.size / 2 && no > 0 && voters.size - no <= voters.size / 2) return VoteResult.Lost;
  return VoteResult.Pending;
}

describe("majority committed index", () => {
  test("empty configuration never holds the commit back", () => {
    expect(majorityCommittedIndex(set(), acked({}))).toBe(Infinity);
  });
  test("single voter", () => {
    expect(majorityCommittedIndex(set(1), acked({ 1: 12 }))).toBe(12);
    expect(majorityCommittedIndex(set(1), acked({}))).toBe(0);
  });
  test("odd and even sizes take the median a majority has reached", () => {
    expect(majorityCommittedIndex(set(1, 2, 3), acked({ 1: 10, 2: 5, 3: 7 }))).toBe(7);
    expect(majorityCommittedIndex(set(1, 2, 3), acked({ 1: 10 }))).toBe(0);
    expect(majorityCommittedIndex(set(1, 2, 3), acked({ 1: 10, 2: 9 }))).toBe(9);
    expect(majorityCommittedIndex(set(1, 2, 3, 4), acked({ 1: 10, 2: 9, 3: 8, 4: 1 }))).toBe(8);
    expect(majorityCommittedIndex(set(1, 2, 3, 4), acked({ 1: 10, 2: 9 }))).toBe(0);
    expect(majorityCommittedIndex(set(1, 2, 3, 4, 5), acked({ 1: 5, 2: 4, 3: 3, 4: 2, 5: 1 }))).toBe(3);
  });
  test("matches a naive implementation (quick check)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 9 }),
        fc.dictionary(fc.integer({ min: 1, max: 12 }).map(String), fc.nat({ max: 20 })),
        (ids, raw) => {
          const m = Object.fromEntries(Object.entries(raw).map(([k, v]) => [Number(k), v]));
          const voters = new Set(ids);
          expect(majorityCommittedIndex(voters, acked(m))).toBe(naiveCommitted(voters, acked(m)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("majority vote result", () => {
  test("by hand", () => {
    expect(majorityVoteResult(set(), votes({}))).toBe(VoteResult.Won);
    expect(majorityVoteResult(set(1), votes({}))).toBe(VoteResult.Pending);
    expect(majorityVoteResult(set(1), votes({ 1: true }))).toBe(VoteResult.Won);
    expect(majorityVoteResult(set(1), votes({ 1: false }))).toBe(VoteResult.Lost);
    expect(majorityVoteResult(set(1, 2, 3), votes({ 1: true }))).toBe(VoteResult.Pending);
    expect(majorityVoteResult(set(1, 2, 3), votes({ 1: true, 2: true }))).toBe(VoteResult.Won);
    expect(majorityVoteResult(set(1, 2, 3), votes({ 1: false, 2: false }))).toBe(VoteResult.Lost);
    expect(majorityVoteResult(set(1, 2, 3), votes({ 1: true, 2: false }))).toBe(VoteResult.Pending);
    expect(majorityVoteResult(set(1, 2, 3, 4), votes({ 1: true, 2: true, 3: false }))).toBe(
      VoteResult.Pending,
    );
    expect(majorityVoteResult(set(1, 2, 3, 4), votes({ 1: true, 2: false, 3: false }))).toBe(VoteResult.Lost);
    // Votes of non-members do not count.
    expect(majorityVoteResult(set(1, 2, 3), votes({ 7: true, 8: true, 1: true }))).toBe(VoteResult.Pending);
  });
  test("matches a naive implementation", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 9 }),
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.boolean()),
        (ids, raw) => {
          const v = votes(Object.fromEntries(Object.entries(raw).map(([k, b]) => [Number(k), b])));
          const voters = new Set(ids);
          expect(majorityVoteResult(voters, v)).toBe(naiveVote(voters, v));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("joint quorums", () => {
  test("committed index is the minimum of both halves", () => {
    const cfg = { incoming: set(1, 2, 3), outgoing: set(3, 4, 5) };
    expect(jointCommittedIndex(cfg, acked({ 1: 10, 2: 10, 3: 3, 4: 3, 5: 2 }))).toBe(3);
    expect(jointCommittedIndex(cfg, acked({ 1: 10, 2: 10, 3: 8, 4: 9, 5: 9 }))).toBe(9);
  });
  test("a joint configuration with an empty half behaves like a majority", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 7 }),
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.nat({ max: 20 })),
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.boolean()),
        (ids, rawIdx, rawVotes) => {
          const m = acked(Object.fromEntries(Object.entries(rawIdx).map(([k, v]) => [Number(k), v])));
          const v = votes(Object.fromEntries(Object.entries(rawVotes).map(([k, b]) => [Number(k), b])));
          const voters = new Set(ids);
          for (const cfg of [
            { incoming: voters, outgoing: set() },
            { incoming: set(), outgoing: voters },
          ]) {
            expect(jointCommittedIndex(cfg, m)).toBe(majorityCommittedIndex(voters, m));
            expect(jointVoteResult(cfg, v)).toBe(majorityVoteResult(voters, v));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
  test("vote results: both halves must win, either losing loses", () => {
    const cfg = { incoming: set(1, 2, 3), outgoing: set(4, 5, 6) };
    expect(jointVoteResult(cfg, votes({ 1: true, 2: true, 4: true, 5: true }))).toBe(VoteResult.Won);
    expect(jointVoteResult(cfg, votes({ 1: true, 2: true, 4: true }))).toBe(VoteResult.Pending);
    expect(jointVoteResult(cfg, votes({ 1: true, 2: true, 4: false, 5: false }))).toBe(VoteResult.Lost);
    expect(jointVoteResult(cfg, votes({ 1: false, 2: false, 4: true, 5: true }))).toBe(VoteResult.Lost);
    expect(jointVoteResult(cfg, votes({}))).toBe(VoteResult.Pending);
  });
  test("joint results agree with the naive combination of naive halves", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 6 }),
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.nat({ max: 20 })),
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.boolean()),
        (inc, out, rawIdx, rawVotes) => {
          const m = acked(Object.fromEntries(Object.entries(rawIdx).map(([k, v]) => [Number(k), v])));
          const v = votes(Object.fromEntries(Object.entries(rawVotes).map(([k, b]) => [Number(k), b])));
          const cfg = { incoming: new Set(inc), outgoing: new Set(out) };
          expect(jointCommittedIndex(cfg, m)).toBe(
            Math.min(naiveCommitted(cfg.incoming, m), naiveCommitted(cfg.outgoing, m)),
          );
          const a = naiveVote(cfg.incoming, v);
          const b = naiveVote(cfg.outgoing, v);
          const expected =
            a === VoteResult.Lost || b === VoteResult.Lost
              ? VoteResult.Lost
              : a === VoteResult.Won && b === VoteResult.Won
                ? VoteResult.Won
                : VoteResult.Pending;
          expect(jointVoteResult(cfg, v)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("insertAscending", () => {
  test("builds the ascending order of any numbers, duplicates and negatives included", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 12 }), (values) => {
        const out: number[] = [];
        for (const v of values) insertAscending(out, v);
        expect(out).toEqual([...values].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });
});
