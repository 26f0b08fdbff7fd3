// Scenarios 13-21 of raft-anchors.md §3.5: PreVote, CheckQuorum and liveness.
import { describe, expect, test } from "vitest";
import { StateType } from "../../src/raft/raft.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { ConfChangeType, MessageType } from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { Cluster as SimCluster } from "../../src/sim/cluster.js";
import {
  ET,
  PAPER,
  clusterFromLogs,
  leadersOf,
  raftErrorOf,
  restartWith,
  run,
  stabilizeWith,
  stateOf,
  termOf,
  tickUntilLeader,
} from "./helpers-a.js";
import { clusterWithLeader, text } from "./helpers.js";

const terms = (c: Cluster): number[] => c.aliveIds().map((id) => termOf(c, id));
const isPreVoteResp = (m: Message): boolean => m.type === MessageType.PreVoteResp;

/** Ticks and stabilizes `ticks` times, checking after each tick that `id` leads in `term`. */
function expectStableLeader(c: Cluster, id: NodeId, term: number, ticks: number): void {
  for (let t = 0; t < ticks; t++) {
    c.tickAll();
    c.stabilize();
    expect({ t, leaders: leadersOf(c), term: termOf(c, id) }).toEqual({ t, leaders: [id], term });
  }
}

describe("scenarios 13-21: PreVote, CheckQuorum, liveness", () => {
  test("scenario 13: a partitioned minority node rejoins without bumping the term or deposing the leader (PreVote)", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.isolate(3);
    c.propose(1, "during");
    expectStableLeader(c, 1, 1, 10 * ET);
    expect(termOf(c, 3)).toBe(1);
    expect([StateType.PreCandidate, StateType.Follower]).toContain(stateOf(c, 3));
    c.heal();
    expectStableLeader(c, 1, 1, 5 * ET);
    expect(terms(c)).toEqual([1, 1, 1]);
    expect(c.node(3).raw.status().softState).toEqual({ lead: 1, raftState: StateType.Follower });
    expect(c.node(3).applied.values).toEqual(["during"]);

    // Without PreVote (and CheckQuorum) the same rejoin deposes the leader.
    const p = clusterWithLeader([1, 2, 3], 1, { raft: PAPER });
    p.isolate(3);
    run(p, 10 * ET);
    expect(termOf(p, 3)).toBeGreaterThan(3);
    p.heal();
    run(p, 5 * ET);
    expect(termOf(p, 1)).toBeGreaterThan(3);
  });

  test("scenario 14: PreVote with a lagging log is rejected and no term moves; the up-to-date node then wins", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.isolate(3);
    c.propose(1, "a");
    c.propose(1, "b");
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["a", "b"]);
    c.crash(1);
    c.heal();
    c.node(2).raw.raftForTesting.setRandomizedElectionTimeout(2 * ET - 1);
    c.node(3).raw.raftForTesting.setRandomizedElectionTimeout(ET);
    const seen: Message[] = [];
    for (let t = 0; t < ET; t++) {
      c.tickAll();
      stabilizeWith(c, { observe: (m) => seen.push(m) });
    }
    expect(stateOf(c, 3)).toBe(StateType.PreCandidate);
    expect(seen.filter(isPreVoteResp).map((m) => [m.from, m.to, m.term, m.reject])).toEqual([
      [2, 3, 1, true],
    ]);
    expect(seen.some((m) => m.type === MessageType.Vote)).toBe(false);
    expect([termOf(c, 2), termOf(c, 3), c.node(1).storage.initialState().hardState.term]).toEqual([1, 1, 1]);
    const ticks = tickUntilLeader(c, ET);
    expect(ticks).toBe(ET - 1);
    expect([c.leader(), termOf(c, 2), termOf(c, 3)]).toEqual([2, 2, 2]);
    expect(c.node(3).applied.values).toEqual(["a", "b"]);
  });

  test("scenario 15: a lower-term PreVote is rejected with the term, so a node stuck at a smaller term can finish an election (etcd#8243)", () => {
    // Node 1 has the higher term but the shorter log; node 3 the longer log at term 1; node 2 is down.
    const c = clusterFromLogs(
      [1, 2, 3],
      new Map([
        [1, { terms: [1], hardState: { term: 3, vote: 0, commit: 2 } }],
        [3, { terms: [1, 1], hardState: { term: 1, vote: 0, commit: 2 } }],
      ]),
    );
    c.crash(2);
    const seen: Message[] = [];
    const ticks = tickUntilLeader(c, 6 * ET, { observe: (m) => seen.push(m) });
    expect(ticks).toBeLessThan(6 * ET);
    expect(seen.some((m) => isPreVoteResp(m) && m.from === 1 && m.to === 3 && m.reject && m.term === 3)).toBe(
      true,
    );
    expect([c.leader(), termOf(c, 3), termOf(c, 1)]).toEqual([3, 4, 4]);
  });

  test("scenario 16: with PreVote and CheckQuorum, after the leader dies a new leader is elected within 2·ET", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const c = clusterWithLeader([1, 2, 3], 1, { seed });
      // Within the lease, prevotes are ignored: node 2 cannot start an election while 1 leads.
      const seen: Message[] = [];
      c.node(2).raw.campaign();
      stabilizeWith(c, { observe: (m) => seen.push(m) });
      expect(seen.filter((m) => m.type === MessageType.PreVote).map((m) => m.to)).toEqual([1, 3]);
      expect(seen.filter(isPreVoteResp)).toEqual([]);
      expect(terms(c)).toEqual([1, 1, 1]);
      c.tick(1); // a heartbeat brings node 2 back
      c.stabilize();
      expect(c.node(2).raw.status().softState).toEqual({ lead: 1, raftState: StateType.Follower });

      c.crash(1);
      const [t2, t3] = [2, 3].map((id) => c.node(id).raw.raftForTesting.randomizedElectionTimeout);
      const ticks = tickUntilLeader(c, 4 * ET);
      expect(ticks).toBeGreaterThanOrEqual(ET);
      // The first follower to time out finds the other past its lease and wins at once; only a
      // tie (both time out on the same tick, a split vote) takes a second round.
      if (t2 !== t3) expect(ticks).toBe(Math.min(t2 ?? 0, t3 ?? 0));
      else expect(ticks).toBeLessThan(4 * ET);
      const leader = c.leader() ?? 0;
      expect([2, 3]).toContain(leader);
      expect(terms(c)).toEqual(t2 !== t3 ? [2, 2] : [3, 3]);
    }
  });

  test("scenario 17: under a partial partition (1-2 up, 2-3 up, 1-3 down) there is no election storm and the leader stays", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.cut(1, 3);
    c.propose(1, "x");
    expectStableLeader(c, 1, 1, 20 * ET);
    expect(terms(c)).toEqual([1, 1, 1]);
    expect(c.node(2).applied.values).toEqual(["x"]);

    // Cold starts with the partition in place: a leader within bounded time, then no change.
    for (let seed = 1; seed <= 10; seed++) {
      const s = new SimCluster({ voters: [1, 2, 3], seed });
      s.cut(1, 3);
      tickUntilLeader(s, 6 * ET);
      const leader = s.leader() ?? 0;
      expectStableLeader(s, leader, termOf(s, leader), 10 * ET);
      expect(s.checker.violations).toEqual([]);
    }

    // Without PreVote and CheckQuorum, node 3 deposes nobody it can reach but takes over with
    // node 2, while node 1 goes on believing it leads term 1: proposals there never commit.
    const p = clusterWithLeader([1, 2, 3], 1, { raft: PAPER });
    p.cut(1, 3);
    run(p, 20 * ET);
    expect(leadersOf(p)).toEqual([1, 3]);
    expect([termOf(p, 1), termOf(p, 3)]).toEqual([1, 2]);
    p.propose(1, "stranded");
    run(p, ET);
    expect(p.node(2).applied.values).toEqual([]);
  });

  test("scenario 18: a leader cut off from the quorum steps down within an election timeout, and then drops proposals", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    run(c, 3);
    const leader = c.node(1).raw.raftForTesting;
    const e0 = leader.electionElapsed;
    expect(e0).toBe(3);
    c.isolate(1);
    expect(c.propose(1, "lost")).toBe(true); // still the leader: accepted, never committed
    let ticks = 0;
    while (stateOf(c, 1) === StateType.Leader) {
      c.tickAll();
      c.stabilize();
      ticks++;
      expect(ticks).toBeLessThanOrEqual(2 * ET);
    }
    // The first check after the cut still saw followers heard in its period; the next one steps down.
    expect(ticks).toBe(ET - e0 + ET);
    expect(c.node(1).raw.status().softState).toEqual({ lead: 0, raftState: StateType.Follower });
    const err = raftErrorOf(() => c.node(1).raw.propose(text("refused")));
    expect(err.type).toEqual({ code: "PROPOSAL_DROPPED", reason: "no-leader" });
    c.heal();
    tickUntilLeader(c, 4 * ET);
    run(c, 2 * ET);
    const newLeader = c.leader();
    expect([2, 3]).toContain(newLeader);
    expect(c.node(1).raw.status().softState.lead).toBe(newLeader);
    for (const id of c.ids()) expect(c.node(id).applied.values).toEqual([]);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 19: a removed node that keeps campaigning cannot disrupt the cluster (votes ignored under the lease)", () => {
    const setup = (raft: typeof PAPER): Cluster => {
      const c = clusterWithLeader([1, 2, 3, 4], 1, { raft });
      c.isolate(4); // node 4 never learns it was removed
      expect(
        c.proposeConfChange(1, {
          type: ConfChangeType.RemoveNode,
          nodeId: 4,
          context: new Uint8Array(0),
          id: 1,
        }),
      ).toBe(true);
      c.stabilize();
      for (const id of [1, 2, 3]) expect(c.node(id).confState.voters).toEqual([1, 2, 3]);
      expect(c.node(4).confState.voters).toEqual([1, 2, 3, 4]);
      c.heal();
      return c;
    };
    const c = setup({ preVote: false });
    const votes: Message[] = [];
    for (let t = 0; t < 20 * ET; t++) {
      c.tickAll();
      stabilizeWith(c, { observe: (m) => m.type === MessageType.Vote && votes.push(m) });
      expect(leadersOf(c)).toEqual([1]);
    }
    expect(votes.length).toBeGreaterThan(10);
    expect(votes.every((m) => m.from === 4)).toBe(true);
    expect(termOf(c, 4)).toBeGreaterThan(5);
    expect([termOf(c, 1), termOf(c, 2), termOf(c, 3)]).toEqual([1, 1, 1]);
    c.propose(1, "still");
    c.stabilize();
    for (const id of [1, 2, 3]) expect(c.node(id).applied.values).toEqual(["still"]);

    // Without CheckQuorum's lease, the removed node's votes depose the leader.
    const p = setup(PAPER);
    run(p, 10 * ET);
    expect(termOf(p, 1)).toBeGreaterThan(1);
  });

  test("scenario 20: ForgetLeader lets a follower grant prevotes at once (never to a stale log); refused under lease-based reads", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.crash(1);
    const seen: Message[] = [];
    c.node(3).raw.campaign();
    stabilizeWith(c, { observe: (m) => seen.push(m) });
    expect(seen.filter(isPreVoteResp)).toEqual([]); // node 2 still honours node 1's lease
    expect(stateOf(c, 3)).toBe(StateType.PreCandidate);
    c.node(2).raw.forgetLeader();
    expect(c.node(2).raw.status().softState).toEqual({ lead: 0, raftState: StateType.Follower });
    expect(termOf(c, 2)).toBe(1);
    c.node(3).raw.campaign();
    c.stabilize();
    expect([c.leader(), termOf(c, 2), termOf(c, 3)]).toEqual([3, 2, 2]);

    // On a leader, ForgetLeader does nothing.
    c.node(3).raw.forgetLeader();
    expect(c.leader()).toBe(3);

    // A forgetful follower still refuses a stale log.
    const s = clusterWithLeader([1, 2, 3], 1);
    s.isolate(3);
    s.propose(1, "a");
    s.stabilize();
    s.crash(1);
    s.heal();
    s.node(2).raw.forgetLeader();
    const replies: Message[] = [];
    s.node(3).raw.campaign();
    stabilizeWith(s, { observe: (m) => isPreVoteResp(m) && replies.push(m) });
    expect(replies.map((m) => [m.from, m.to, m.reject, m.term])).toEqual([[2, 3, true, 1]]);
    expect([s.leader(), termOf(s, 2), termOf(s, 3)]).toEqual([undefined, 1, 1]);

    const lease = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    const err = raftErrorOf(() => lease.node(2).raw.forgetLeader());
    expect(err.type.code).toBe("FORGET_LEADER_REFUSED");
    expect(lease.node(2).raw.status().softState.lead).toBe(1);
  });

  describe("scenario 21", () => {
    /**
     * A rolling upgrade to PreVote: nodes 1 and 2 already run it, node 3 does not. Node 3 is cut
     * off, campaigns twice without PreVote (reaching term 3) and misses an entry, then restarts
     * with PreVote on, and the network heals.
     */
    function migrating(): Cluster {
      const on = { preVote: true, checkQuorum: false };
      const c = clusterWithLeader([1, 2, 3], 1, { raft: on });
      restartWith(c, 3, { preVote: false, checkQuorum: false }, 33);
      c.tick(1);
      c.stabilize();
      expect(c.node(3).raw.status().softState.lead).toBe(1);
      c.isolate(3);
      c.propose(1, "a");
      c.stabilize();
      for (let i = 0; i < 2; i++) {
        c.node(3).raw.campaign();
        c.stabilize();
      }
      expect([stateOf(c, 1), termOf(c, 1), termOf(c, 2)]).toEqual([StateType.Leader, 1, 1]);
      expect([stateOf(c, 3), termOf(c, 3)]).toEqual([StateType.Candidate, 3]);
      restartWith(c, 3, on, 34);
      c.heal();
      return c;
    }

    test("scenario 21: migrating from PreVote off to on (mixed configs) still elects when the leader dies", () => {
      const c = migrating();
      c.crash(1);
      const ticks = tickUntilLeader(c, 6 * ET);
      expect(ticks).toBeLessThan(6 * ET);
      // Node 3's log is behind, so node 2 wins, after learning term 3 from node 3's rejection.
      expect([c.leader(), termOf(c, 2), termOf(c, 3)]).toEqual([2, 4, 4]);
      c.stabilize();
      expect(c.node(3).applied.values).toEqual(["a"]);
      expect(c.checker.violations).toEqual([]);
    });

    test("scenario 21: migrating from PreVote off to on frees the stuck higher-term node while the old leader lives", () => {
      const c = migrating();
      expect(c.leader()).toBe(1);
      run(c, 6 * ET); // the first heartbeat to node 3 is answered with term 3; a new election settles
      const leader = c.leader() ?? 0;
      expect([1, 2]).toContain(leader);
      expect(leadersOf(c)).toEqual([leader]);
      const term = termOf(c, leader);
      expect(term).toBeGreaterThanOrEqual(4);
      expect(terms(c)).toEqual([term, term, term]);
      expect(c.node(3).applied.values).toEqual(["a"]);
      expect(c.checker.violations).toEqual([]);
    });
  });
});
