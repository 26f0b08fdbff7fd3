// src/raft/invariants.ts must notice a corrupted state: each test breaks one invariant of a
// sound node by hand and expects checkInvariants (and RawNode's per-step check) to report it.
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { checkInvariants } from "../../src/raft/invariants.js";
import type { Raft } from "../../src/raft/raft.js";
import { StateType } from "../../src/raft/raft.js";
import { EntryType } from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { clusterWithLeader } from "./helpers.js";

function sound(): Cluster {
  const c = clusterWithLeader([1, 2, 3], 1);
  for (let i = 0; i < 3; i++) c.propose(1, `v${i}`);
  c.stabilize();
  return c;
}
const leaderOf = (c: Cluster): Raft => c.node(1).raw.raftForTesting;
const followerOf = (c: Cluster): Raft => c.node(2).raw.raftForTesting;

describe("checkInvariants", () => {
  test("a sound leader and follower have no problems", () => {
    const c = sound();
    expect(checkInvariants(leaderOf(c))).toEqual([]);
    expect(checkInvariants(followerOf(c))).toEqual([]);
    expect(c.node(3).raw.invariantProblems()).toEqual([]);
  });

  const corruptions: [string, (c: Cluster) => Raft, RegExp][] = [
    [
      "applied beyond committed",
      (c) => {
        const r = followerOf(c);
        r.raftLog.applied = r.raftLog.committed + 1;
        return r;
      },
      /applied .* > committed/,
    ],
    [
      "committed beyond the last index",
      (c) => {
        const r = followerOf(c);
        r.raftLog.committed = r.raftLog.lastIndex() + 5;
        return r;
      },
      /committed .* > last index/,
    ],
    [
      "applying behind applied",
      (c) => {
        const r = followerOf(c);
        r.raftLog.applying = r.raftLog.applied - 1;
        return r;
      },
      /applying .* < applied/,
    ],
    [
      "an unstable entry from a future term",
      (c) => {
        const r = leaderOf(c);
        const i = r.raftLog.lastIndex() + 1;
        r.raftLog.unstable.entries.push({
          term: r.term + 3,
          index: i,
          type: EntryType.Normal,
          data: new Uint8Array(0),
        });
        return r;
      },
      /term .* > current term/,
    ],
    [
      "unstable terms decreasing",
      (c) => {
        const r = leaderOf(c);
        const i = r.raftLog.lastIndex();
        r.raftLog.unstable.offset = i + 1;
        r.raftLog.unstable.entries = [
          { term: r.term, index: i + 1, type: EntryType.Normal, data: new Uint8Array(0) },
          { term: r.term - 1, index: i + 2, type: EntryType.Normal, data: new Uint8Array(0) },
        ];
        return r;
      },
      /term decreases/,
    ],
    [
      "a learner that is also a voter",
      (c) => {
        const r = leaderOf(c);
        r.trk.config.learners.add(2);
        return r;
      },
      /configuration: 2 is both a learner and a voter/,
    ],
    [
      "a member without progress",
      (c) => {
        const r = leaderOf(c);
        r.trk.progress.delete(3);
        return r;
      },
      /no progress for member 3/,
    ],
    [
      "a follower's match beyond the leader's log",
      (c) => {
        const r = leaderOf(c);
        const pr = r.trk.progress.get(2);
        if (pr === undefined) throw new Error("no progress");
        pr.match = r.raftLog.lastIndex() + 1;
        pr.next = pr.match + 1;
        return r;
      },
      /match .* > last index/,
    ],
    [
      "next at or below match",
      (c) => {
        const r = leaderOf(c);
        const pr = r.trk.progress.get(3);
        if (pr === undefined) throw new Error("no progress");
        pr.next = pr.match;
        return r;
      },
      /next .* <= match/,
    ],
    [
      "a leader that does not lead",
      (c) => {
        const r = leaderOf(c);
        r.lead = 2;
        return r;
      },
      /leader's lead is 2/,
    ],
    [
      "a leader that voted for another node in its term",
      (c) => {
        const r = leaderOf(c);
        r.vote = 3;
        return r;
      },
      /leader voted for 3/,
    ],
    [
      "a candidate that did not vote for itself",
      (c) => {
        const r = followerOf(c);
        r.state = StateType.Candidate;
        r.lead = 0;
        r.vote = 1;
        return r;
      },
      /candidate voted for 1/,
    ],
    [
      "a follower with a lead transferee",
      (c) => {
        const r = followerOf(c);
        r.leadTransferee = 3;
        return r;
      },
      /follower has a lead transferee/,
    ],
  ];

  test.each(corruptions)("detects %s", (_name, corrupt, problem) => {
    const c = sound();
    const r = corrupt(c);
    const problems = checkInvariants(r);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });

  test("RawNode with checkInvariants on fails its next step with an assertion", () => {
    const c = sound();
    const r = followerOf(c);
    r.raftLog.applied = r.raftLog.committed + 1;
    expect(() => c.node(2).raw.tick()).toThrow(AssertionError);
    expect(() => c.node(2).raw.tick()).toThrow(/raft invariants violated on node 2/);
  });
});
