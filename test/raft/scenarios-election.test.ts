// Scenarios 1-12 of raft-anchors.md §3.5: elections and terms.
import { describe, expect, test } from "vitest";
import { encodeConfChange } from "../../src/raft/codec.js";
import { StateType } from "../../src/raft/raft.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { ConfChangeType, EntryType, MessageType, message } from "../../src/raft/types.js";
import { Cluster } from "../../src/sim/cluster.js";
import {
  ET,
  PAPER,
  captureReadies,
  ent,
  leadersOf,
  out,
  readStatesOf,
  stabilizeWith,
  stateOf,
  termOf,
  termsOf,
  tickUntilLeader,
  unit,
} from "./helpers-a.js";
import type { Unit } from "./helpers-a.js";
import { clusterWithLeader, text } from "./helpers.js";

const coldStart = (seed: number): { leader: NodeId; ticks: number; term: number } => {
  const c = new Cluster({ voters: [1, 2, 3], seed });
  const ticks = tickUntilLeader(c, 2 * ET);
  expect(leadersOf(c)).toHaveLength(1);
  const leader = c.leader() ?? 0;
  for (const id of c.ids()) {
    expect(termOf(c, id)).toBe(1);
    if (id !== leader) {
      expect(stateOf(c, id)).toBe(StateType.Follower);
      expect(c.node(id).raw.status().softState.lead).toBe(leader);
    }
  }
  expect(c.checker.violations).toEqual([]);
  return { leader, ticks, term: termOf(c, leader) };
};

describe("scenarios 1-12: elections and terms", () => {
  test("scenario 1: a 3-node cold start elects exactly one leader within 2·ET ticks; the same seed gives the same leader", () => {
    const first = coldStart(7);
    expect(first.ticks).toBeLessThan(2 * ET);
    expect(first.ticks).toBeGreaterThanOrEqual(ET);
    expect(coldStart(7)).toEqual(first);
    const leaders = new Set<NodeId>();
    for (let seed = 1; seed <= 40; seed++) {
      const run = coldStart(seed);
      expect(run.ticks).toBeLessThan(2 * ET);
      expect(coldStart(seed)).toEqual(run);
      leaders.add(run.leader);
    }
    // The seed decides: different seeds elect different nodes.
    expect(leaders.size).toBe(3);
  });

  test("scenario 2: a split vote elects nobody; randomized timeouts resolve it in a later term", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const c = new Cluster({ voters: [1, 2, 3, 4], seed, raft: { preVote: false } });
      c.node(1).raw.campaign();
      c.node(2).raw.campaign();
      c.processReady(1);
      c.processReady(2);
      // Node 3 hears from candidate 1 first, node 4 from candidate 2 first: two votes each.
      c.deliverAll((m) => (m.from === 1 && m.to === 3) || (m.from === 2 && m.to === 4));
      const responses: Message[] = [];
      stabilizeWith(c, { observe: (m) => responses.push(m) });
      const grants = responses.filter((m) => m.type === MessageType.VoteResp && !m.reject);
      expect(grants.map((m) => [m.from, m.to]).sort()).toEqual([
        [3, 1],
        [4, 2],
      ]);
      expect(c.leader()).toBeUndefined();
      for (const id of c.ids()) expect(termOf(c, id)).toBe(1);
      expect(stateOf(c, 1)).toBe(StateType.Follower);
      expect(stateOf(c, 2)).toBe(StateType.Follower);
      // Within two election rounds (4·ET ticks) the randomized timeouts produce a leader.
      const ticks = tickUntilLeader(c, 4 * ET);
      expect(ticks).toBeLessThan(4 * ET);
      expect(leadersOf(c)).toHaveLength(1);
      expect(termOf(c, c.leader() ?? 0)).toBeGreaterThanOrEqual(2);
      expect(c.checker.violations).toEqual([]);
    }
  });

  describe("scenario 3", () => {
    const snapshotMsg = (term: number): Message =>
      message({
        type: MessageType.Snap,
        from: 2,
        to: 1,
        term,
        snapshot: {
          data: new Uint8Array(0),
          metadata: {
            index: 10,
            term: 4,
            confState: {
              voters: [1, 2, 3],
              learners: [],
              votersOutgoing: [],
              learnersNext: [],
              autoLeave: false,
            },
          },
        },
      });
    const higher: [string, (term: number) => Message, NodeId][] = [
      ["App", (term) => message({ type: MessageType.App, from: 2, to: 1, term, index: 1, logTerm: 1 }), 2],
      ["Heartbeat", (term) => message({ type: MessageType.Heartbeat, from: 2, to: 1, term }), 2],
      ["Vote", (term) => message({ type: MessageType.Vote, from: 2, to: 1, term, index: 50, logTerm: 4 }), 0],
      ["Snap", snapshotMsg, 2],
      ["AppResp", (term) => message({ type: MessageType.AppResp, from: 2, to: 1, term, index: 1 }), 0],
    ];
    const atTerm2 = (state: StateType, raft = PAPER): Unit => {
      const u = unit(1, [1, 2, 3], { raft, hardState: { term: 1, vote: 0, commit: 1 } });
      switch (state) {
        case StateType.Follower:
          u.r.becomeFollower(2, 3);
          break;
        case StateType.PreCandidate:
          u.r.becomeFollower(2, 0);
          u.r.becomePreCandidate();
          break;
        case StateType.Candidate:
          u.r.becomeCandidate();
          break;
        case StateType.Leader:
          u.r.becomeCandidate();
          u.r.becomeLeader();
          break;
      }
      out(u);
      expect(u.r.term).toBe(2);
      expect(u.r.state).toBe(state);
      return u;
    };

    test("scenario 3: a higher term in App, Heartbeat, Vote, Snap or AppResp makes any node step down and adopt it (§5.1)", () => {
      const states = [StateType.Follower, StateType.PreCandidate, StateType.Candidate, StateType.Leader];
      for (const state of states) {
        for (const [name, make, lead] of higher) {
          const u = atTerm2(state);
          u.raw.step(make(5));
          const got = { state, name, term: u.r.term, role: u.r.state, lead: u.r.lead };
          expect(got).toEqual({ state, name, term: 5, role: StateType.Follower, lead });
          if (name === "Vote") expect(u.r.vote).toBe(2);
          if (name === "Snap") expect(u.r.raftLog.lastIndex()).toBe(10);
        }
      }
    });

    test("scenario 3: with PreVote and CheckQuorum on, the same holds except for a vote inside a leader's lease", () => {
      for (const state of [StateType.Follower, StateType.Candidate, StateType.Leader]) {
        for (const [name, make, lead] of higher) {
          const u = atTerm2(state, {});
          u.raw.step(make(5));
          const leased = name === "Vote" && (state === StateType.Follower || state === StateType.Leader);
          const want = leased
            ? { term: 2, role: state, lead: state === StateType.Leader ? 1 : 3 }
            : { term: 5, role: StateType.Follower, lead };
          expect({ state, name, term: u.r.term, role: u.r.state, lead: u.r.lead }).toEqual({
            state,
            name,
            ...want,
          });
        }
      }
    });
  });

  test("scenario 4: stale-term messages are ignored; under CheckQuorum/PreVote a stale append gets an empty AppResp with the newer term", () => {
    const stale: Message[] = [
      message({
        type: MessageType.App,
        from: 2,
        to: 1,
        term: 2,
        index: 1,
        logTerm: 1,
        entries: [ent(2, 2)],
        commit: 2,
      }),
      message({ type: MessageType.Heartbeat, from: 2, to: 1, term: 2, commit: 1 }),
      message({ type: MessageType.Vote, from: 2, to: 1, term: 2, index: 9, logTerm: 2 }),
    ];
    // The paper's algorithm: silently ignored.
    const paper = unit(1, [1, 2, 3], { hardState: { term: 3, vote: 0, commit: 1 } });
    for (const m of stale) paper.raw.step(m);
    expect(out(paper)).toEqual([]);
    expect([paper.r.term, paper.r.vote, paper.r.raftLog.lastIndex(), paper.r.raftLog.committed]).toEqual([
      3, 0, 1, 1,
    ]);
    // Keel's defaults: appends and heartbeats are answered so the stale leader learns term 3.
    const u = unit(1, [1, 2, 3], { raft: {}, hardState: { term: 3, vote: 0, commit: 1 } });
    for (const m of stale) u.raw.step(m);
    const msgs = out(u);
    expect(msgs.map((m) => [m.type, m.to, m.term, m.index, m.reject, m.entries.length])).toEqual([
      [MessageType.AppResp, 2, 3, 0, false, 0],
      [MessageType.AppResp, 2, 3, 0, false, 0],
    ]);
    expect([u.r.term, u.r.vote, u.r.raftLog.lastIndex(), u.r.raftLog.committed, u.r.lead]).toEqual([
      3, 0, 1, 1, 0,
    ]);

    // End to end: a leader cut off while the others elect a new one steps down on its first heartbeat.
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { checkQuorum: false } });
    c.isolate(1);
    c.node(2).raw.raftForTesting.setRandomizedElectionTimeout(ET);
    c.node(3).raw.raftForTesting.setRandomizedElectionTimeout(2 * ET - 1);
    for (let i = 0; i < ET; i++) {
      c.tick(2);
      c.tick(3);
      c.stabilize();
    }
    expect([c.leader(), termOf(c, 2)]).toEqual([2, 2]);
    expect(stateOf(c, 1)).toBe(StateType.Leader);
    c.heal();
    const seen: Message[] = [];
    c.tick(1);
    stabilizeWith(c, { observe: (m) => seen.push(m) });
    expect(
      seen.some((m) => m.type === MessageType.AppResp && m.to === 1 && m.term === 2 && m.index === 0),
    ).toBe(true);
    expect([stateOf(c, 1), termOf(c, 1), leadersOf(c)]).toEqual([StateType.Follower, 2, [2]]);
  });

  test("scenario 5: one vote per term, also across a crash and restart (the vote is durable before the VoteResp goes out)", () => {
    const vote = (from: NodeId): Message =>
      message({ type: MessageType.Vote, from, to: 1, term: 1, index: 1, logTerm: 1 });
    const a = unit(1, [1, 2, 3]);
    a.raw.step(vote(2));
    const rd = a.raw.ready();
    expect(rd.hardState).toEqual({ term: 1, vote: 2, commit: 1 });
    expect(rd.mustSync).toBe(true);
    expect(rd.messages).toEqual([]);
    expect(rd.messagesAfterDurable.map((m) => [m.type, m.to, m.term, m.reject])).toEqual([
      [MessageType.VoteResp, 2, 1, false],
    ]);
    a.storage.setHardState(rd.hardState ?? { term: 0, vote: 0, commit: 0 });
    a.raw.advance();
    a.raw.step(vote(3));
    expect(out(a).map((m) => [m.to, m.reject])).toEqual([[3, true]]);

    // Restart over the same storage: the vote for 2 is remembered.
    const restarted = unit(1, [1, 2, 3], { storage: a.storage });
    expect([restarted.r.term, restarted.r.vote]).toEqual([1, 2]);
    restarted.raw.step(vote(3));
    expect(out(restarted).map((m) => [m.type, m.to, m.term, m.reject])).toEqual([
      [MessageType.VoteResp, 3, 1, true],
    ]);
    restarted.raw.step(vote(2));
    expect(out(restarted).map((m) => [m.to, m.reject])).toEqual([[2, false]]);

    // A crash before the vote was written: the grant was never released, so granting 3 now is the only vote anyone sees.
    const b = unit(1, [1, 2, 3]);
    b.raw.step(vote(2));
    const lost = b.raw.ready();
    expect(lost.messages.filter((m) => m.type === MessageType.VoteResp)).toEqual([]);
    const afterCrash = unit(1, [1, 2, 3], { storage: b.storage });
    expect([afterCrash.r.term, afterCrash.r.vote]).toEqual([0, 0]);
    afterCrash.raw.step(vote(3));
    expect(out(afterCrash).map((m) => [m.to, m.reject])).toEqual([[3, false]]);
  });

  test("scenario 6: a candidate with a less up-to-date log is denied, by last term first, then last index (§5.4.1)", () => {
    // The voter's log ends at (3, 2).
    const cases: [index: number, logTerm: number, reject: boolean][] = [
      [4, 1, true], // longer, but an older last term
      [50, 1, true],
      [2, 2, true], // same last term, shorter
      [3, 2, false], // identical
      [4, 2, false], // same last term, longer
      [2, 3, false], // newer last term, shorter
    ];
    for (const raft of [PAPER, {}]) {
      for (const type of raft === PAPER ? [MessageType.Vote] : [MessageType.Vote, MessageType.PreVote]) {
        for (const [index, logTerm, reject] of cases) {
          const u = unit(1, [1, 2, 3], {
            raft,
            entries: [ent(2, 1), ent(3, 2)],
            hardState: { term: 2, vote: 0, commit: 1 },
          });
          u.raw.step(message({ type, from: 2, to: 1, term: 5, index, logTerm }));
          const msgs = out(u);
          expect({ type, index, logTerm, got: msgs.map((m) => [m.to, m.reject]) }).toEqual({
            type,
            index,
            logTerm,
            got: [[2, reject]],
          });
          expect(u.r.vote).toBe(reject || type === MessageType.PreVote ? 0 : 2);
          expect(u.r.term).toBe(type === MessageType.PreVote ? 2 : 5);
        }
      }
    }
  });

  describe("scenario 7", () => {
    /**
     * Fig. 8 of the paper with five nodes; index 3 plays the paper's index 2. (a) S1 leads term 1
     * and gets "x" (3, t1) to S2 only. (b) S1 crashes; S5 wins term 2 with S3 and S4 and writes
     * (3, t2) only locally, then crashes. (c) S1 restarts and wins term 3; it gets (3, t1) onto S3
     * and S4 too, while every append that would place its own term-3 entry is lost.
     */
    function fig8(): Cluster {
      const c = clusterWithLeader([1, 2, 3, 4, 5], 1, { raft: { ...PAPER, maxSizePerMsg: 1 } });
      expect(termOf(c, 1)).toBe(1);
      c.propose(1, "x");
      stabilizeWith(c, { drop: (m) => m.type === MessageType.App && m.from === 1 && m.to !== 2 });
      expect(termsOf(c.node(2).raw)).toEqual([
        [2, 1],
        [3, 1],
      ]);
      c.crash(1);
      c.node(5).raw.campaign();
      stabilizeWith(c, { drop: (m) => m.type === MessageType.App && m.from === 5 });
      expect([c.leader(), termOf(c, 5)]).toEqual([5, 2]);
      expect(c.node(5).raw.raftForTesting.raftLog.term(3)).toBe(2);
      c.crash(5);
      c.restart(1);
      // Lost: every append that would give a follower S1's own term-3 entry.
      const dropOwnTerm = (m: Message): boolean =>
        m.type === MessageType.App &&
        m.from === 1 &&
        m.entries.some((e) => e.term === 3) &&
        c.node(m.to).alive &&
        c.node(m.to).raw.raftForTesting.raftLog.matchTerm(m.index, m.logTerm);
      c.node(1).raw.campaign(); // term 2: S3 and S4 already voted for S5
      stabilizeWith(c, { drop: dropOwnTerm });
      expect(stateOf(c, 1)).toBe(StateType.Candidate);
      c.node(1).raw.campaign(); // term 3
      stabilizeWith(c, { drop: dropOwnTerm });
      expect([c.leader(), termOf(c, 1)]).toEqual([1, 3]);
      return c;
    }

    test("scenario 7: Fig. 8 — a leader never commits a previous-term entry by counting replicas", () => {
      const c = fig8();
      // (3, t1) is on S1, S2, S3 and S4, and the leader knows S3 and S4 hold it...
      for (const id of [1, 2, 3, 4]) expect(c.node(id).raw.raftForTesting.raftLog.term(3)).toBe(1);
      const progress = c.node(1).raw.status().progress;
      expect([progress.get(3)?.match, progress.get(4)?.match]).toEqual([3, 3]);
      // ...yet it is not committed: it is of term 1, not the leader's term 3.
      for (const id of [1, 2, 3, 4]) expect(c.node(id).raw.status().hardState.commit).toBe(2);
      expect(c.node(1).raw.raftForTesting.raftLog.lastIndex()).toBe(4);

      // (d) Rightly so: S1 crashes, S5 (last term 2) wins and overwrites index 3 everywhere.
      c.crash(1);
      c.restart(5);
      c.node(5).raw.campaign(); // term 3: everyone voted for S1 already
      c.stabilize();
      expect(c.leader()).toBeUndefined();
      c.node(5).raw.campaign(); // term 4
      c.stabilize();
      expect([c.leader(), termOf(c, 5)]).toEqual([5, 4]);
      for (const id of [2, 3, 4, 5]) {
        expect(termsOf(c.node(id).raw)).toEqual([
          [2, 1],
          [3, 2],
          [4, 4],
        ]);
        expect(c.node(id).raw.status().hardState.commit).toBe(4);
        expect(c.node(id).applied.values).toEqual([]);
      }
      expect(c.checker.violations).toEqual([]);
    });

    test("scenario 7: Fig. 8 (e) — replicating a current-term entry commits the older entry with it", () => {
      const c = fig8();
      c.tick(1); // a heartbeat resumes replication; nothing is lost from now on
      c.stabilize();
      for (const id of [1, 2, 3, 4]) {
        expect(c.node(id).raw.status().hardState.commit).toBe(4);
        expect(c.node(id).applied.values).toEqual(["x"]);
      }
      // S5 can no longer win: its last term 2 is behind the committed (4, t3).
      c.crash(1);
      c.restart(5);
      for (let i = 0; i < 3; i++) {
        c.node(5).raw.campaign();
        c.stabilize();
      }
      expect(c.leader()).toBeUndefined();
      expect(c.node(5).raw.raftForTesting.raftLog.term(3)).toBe(2);
      expect(c.checker.violations).toEqual([]);
    });
  });

  test("scenario 8: a new leader appends an empty entry of its term and commits it before serving ReadIndex", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    for (const v of ["a", "b"]) c.propose(1, v);
    c.stabilize();
    const oldCommit = c.node(2).raw.status().hardState.commit;
    c.crash(1);
    const readies = captureReadies(c.node(2).raw);
    c.node(2).raw.raftForTesting.setRandomizedElectionTimeout(ET);
    c.node(3).raw.raftForTesting.setRandomizedElectionTimeout(2 * ET - 1);
    // Hold back the followers' acknowledgements: the new leader cannot commit yet.
    const holdAcks = (m: Message): boolean => m.type === MessageType.AppResp && m.to === 2;
    const held: Message[] = [];
    for (let i = 0; i < ET && c.leader() === undefined; i++) {
      c.tickAll();
      stabilizeWith(c, { drop: (m) => holdAcks(m) && held.push(m) > 0 });
    }
    expect([c.leader(), termOf(c, 2)]).toEqual([2, 2]);
    const log = c.node(2).raw.raftForTesting.raftLog;
    const empty = log.lastIndex();
    expect(empty).toBe(oldCommit + 1);
    const e = log.slice(empty, empty + 1, Infinity)[0];
    expect([e?.term, e?.type, e?.data.length]).toEqual([2, EntryType.Normal, 0]);
    expect(log.committed).toBe(oldCommit);

    const heartbeats: Message[] = [];
    const readId = c.node(2).raw.readIndex(text("r1"));
    stabilizeWith(c, {
      drop: holdAcks,
      observe: (m) => m.type === MessageType.Heartbeat && heartbeats.push(m),
    });
    expect(readStatesOf(readies)).toEqual([]);
    expect(heartbeats).toEqual([]);

    for (const m of held) c.queue.push(m);
    c.stabilize();
    expect(log.committed).toBe(empty);
    expect(readStatesOf(readies)).toEqual([{ index: empty, requestCtx: text("r1"), readId }]);
  });

  test("scenario 9: a candidate (or pre-candidate) receiving an append or heartbeat at its own term follows the sender", () => {
    for (const type of [MessageType.App, MessageType.Heartbeat]) {
      const cand = unit(1, [1, 2, 3]);
      cand.raw.campaign();
      out(cand);
      expect([cand.r.state, cand.r.term]).toEqual([StateType.Candidate, 1]);
      cand.raw.step(message({ type, from: 2, to: 1, term: 1, index: 1, logTerm: 1 }));
      expect([cand.r.state, cand.r.term, cand.r.lead, cand.r.vote]).toEqual([StateType.Follower, 1, 2, 1]);
      const reply = type === MessageType.App ? MessageType.AppResp : MessageType.HeartbeatResp;
      expect(out(cand).map((m) => [m.type, m.to, m.term, m.reject])).toEqual([[reply, 2, 1, false]]);

      const pre = unit(1, [1, 2, 3], { raft: {}, hardState: { term: 1, vote: 0, commit: 1 } });
      pre.raw.campaign();
      out(pre);
      expect([pre.r.state, pre.r.term]).toEqual([StateType.PreCandidate, 1]);
      pre.raw.step(message({ type, from: 3, to: 1, term: 1, index: 1, logTerm: 1 }));
      expect([pre.r.state, pre.r.term, pre.r.lead]).toEqual([StateType.Follower, 1, 3]);
      expect(out(pre).map((m) => [m.type, m.to])).toEqual([[reply, 3]]);
    }
  });

  test("scenario 10: a single voter elects itself and commits at once, with or without learners", () => {
    const solo = new Cluster({ voters: [1], seed: 3 });
    const ticks = tickUntilLeader(solo, 2 * ET);
    expect(ticks).toBeLessThan(2 * ET);
    expect([solo.leader(), termOf(solo, 1)]).toEqual([1, 1]);
    expect(solo.stats.delivered).toBe(0);
    solo.propose(1, "v");
    expect(solo.processReady(1)).toBe(true); // write the entry; advance acknowledges it
    expect(solo.node(1).raw.status().hardState.commit).toBe(3);
    solo.processReady(1);
    expect(solo.node(1).applied.values).toEqual(["v"]);

    const c = new Cluster({ voters: [1], learners: [2, 3], seed: 3 });
    c.node(1).raw.campaign();
    c.stabilize();
    expect([c.leader(), termOf(c, 1)]).toEqual([1, 1]);
    c.isolate(1);
    c.propose(1, "alone");
    c.stabilize();
    expect(c.node(1).applied.values).toEqual(["alone"]);
    expect(c.node(2).applied.values).toEqual([]);
    c.heal();
    for (let i = 0; i < 20 * ET; i++) {
      c.tickAll();
      c.stabilize();
    }
    expect(leadersOf(c)).toEqual([1]);
    for (const id of [2, 3]) {
      expect(stateOf(c, id)).toBe(StateType.Follower);
      expect(termOf(c, id)).toBe(1);
      expect(c.node(id).applied.values).toEqual(["alone"]);
    }
  });

  test("scenario 11: a node with a committed but unapplied conf change refuses to campaign", () => {
    const cc = encodeConfChange({
      type: ConfChangeType.AddNode,
      nodeId: 4,
      context: new Uint8Array(0),
      id: 1,
    });
    const u = unit(1, [1, 2, 3], {
      raft: {},
      entries: [{ index: 2, term: 1, type: EntryType.ConfChange, data: cc }],
      hardState: { term: 1, vote: 0, commit: 2 },
    });
    u.raw.campaign();
    for (let i = 0; i < 4 * ET; i++) u.raw.tick();
    expect([u.r.state, u.r.term]).toEqual([StateType.Follower, 1]);
    const rd = u.raw.ready();
    expect(rd.messages).toEqual([]);
    expect(rd.committedEntries.map((e) => [e.index, e.type])).toEqual([[2, EntryType.ConfChange]]);
    expect(
      u.raw.applyConfChange({ type: ConfChangeType.AddNode, nodeId: 4, context: new Uint8Array(0), id: 1 })
        .voters,
    ).toEqual([1, 2, 3, 4]);
    u.raw.advance();
    u.raw.campaign();
    expect(u.r.state).toBe(StateType.PreCandidate);
    expect(
      out(u)
        .filter((m) => m.type === MessageType.PreVote)
        .map((m) => m.to),
    ).toEqual([2, 3, 4]);
  });

  test("scenario 12: a candidate's self-vote delivered after it lost is ignored, and a stale self-prevote never counts as a vote", () => {
    // Lost before its own vote was durable.
    const u = unit(1, [1, 2, 3, 4, 5]);
    u.raw.campaign();
    const rd = u.raw.ready();
    for (const from of [3, 4, 5])
      u.raw.step(message({ type: MessageType.VoteResp, from, to: 1, term: 1, reject: true }));
    expect(u.r.state).toBe(StateType.Follower);
    u.raw.step(message({ type: MessageType.VoteResp, from: 2, to: 1, term: 1 }));
    u.storage.setHardState(rd.hardState ?? { term: 0, vote: 0, commit: 0 });
    u.raw.advance(); // the self-vote arrives now
    out(u);
    expect([u.r.state, u.r.term, u.r.vote]).toEqual([StateType.Follower, 1, 1]);

    // The pre-candidate wins its PreVote before its own PreVote response is delivered.
    const p = unit(1, [1, 2, 3], { raft: {} });
    p.raw.campaign();
    p.raw.ready();
    for (const from of [2, 3]) p.raw.step(message({ type: MessageType.PreVoteResp, from, to: 1, term: 1 }));
    expect([p.r.state, p.r.term]).toEqual([StateType.Candidate, 1]);
    p.raw.advance(); // delivers the stale self PreVoteResp: not a vote
    p.raw.step(message({ type: MessageType.VoteResp, from: 2, to: 1, term: 1 }));
    expect(p.r.state).toBe(StateType.Candidate);
    expect(p.r.trk.tallyVotes()).toMatchObject({ granted: 1, rejected: 0 });
    out(p); // the durable self-vote: now it wins
    expect([p.r.state, p.r.term]).toEqual([StateType.Leader, 1]);
  });
});
