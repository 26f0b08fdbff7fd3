// The Raft paper, §5.1-5.4, test by test after etcd's raft_paper_test.go. These run the paper's
// algorithm (PreVote and CheckQuorum off). Keel's log starts with a bootstrap snapshot at (1, 1),
// so etcd's index i is index i + 1 here wherever a prepared log is involved.
import { describe, expect, test } from "vitest";
import { StateType } from "../../src/raft/raft.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { MessageType, message } from "../../src/raft/types.js";
import {
  ET,
  FIG7,
  PAPER,
  clusterFromLogs,
  ent,
  entsFromTerms,
  leaderWithCommittedNoop,
  out,
  stripEntry,
  termsOf,
  unit,
} from "./helpers-a.js";
import type { Unit } from "./helpers-a.js";
import { text } from "./helpers.js";

const ids = (n: number): NodeId[] => Array.from({ length: n }, (_, i) => i + 1);

function only(msgs: readonly Message[], type: MessageType): Message[] {
  return msgs.filter((m) => m.type === type);
}

/** Puts a fresh node of a 3-node cluster at term 1 in the given state. */
function inState(state: StateType): Unit {
  const u = unit(1, [1, 2, 3]);
  switch (state) {
    case StateType.Follower:
      u.r.becomeFollower(1, 2);
      break;
    case StateType.Candidate:
      u.r.becomeCandidate();
      break;
    case StateType.Leader:
      u.r.becomeCandidate();
      u.r.becomeLeader();
      break;
    case StateType.PreCandidate:
      u.r.becomePreCandidate();
      break;
  }
  out(u);
  expect(u.r.term).toBe(1);
  return u;
}

describe("§5.1 terms", () => {
  for (const state of [StateType.Follower, StateType.Candidate, StateType.Leader]) {
    const name = { follower: "Follower", candidate: "Candidate", leader: "Leader" }[
      state as "follower" | "candidate" | "leader"
    ];
    test(`${name}UpdateTermFromMessage: a larger term makes the node adopt it and follow`, () => {
      const u = inState(state);
      u.raw.step(message({ type: MessageType.App, from: 2, to: 1, term: 2 }));
      expect(u.r.term).toBe(2);
      expect(u.r.state).toBe(StateType.Follower);
      expect(u.r.lead).toBe(2);
      expect(u.r.vote).toBe(0);
    });
  }

  test("RejectStaleTermMessage: a message with a stale term is ignored", () => {
    const u = unit(1, [1, 2, 3], { hardState: { term: 2, vote: 0, commit: 1 } });
    const before = { term: u.r.term, last: u.r.raftLog.lastIndex(), lead: u.r.lead };
    u.raw.step(
      message({ type: MessageType.App, from: 2, to: 1, term: 1, index: 1, logTerm: 1, entries: [ent(2, 1)] }),
    );
    u.raw.step(message({ type: MessageType.Heartbeat, from: 2, to: 1, term: 1, commit: 1 }));
    u.raw.step(message({ type: MessageType.Vote, from: 2, to: 1, term: 1, index: 5, logTerm: 1 }));
    expect(out(u)).toEqual([]);
    expect({ term: u.r.term, last: u.r.raftLog.lastIndex(), lead: u.r.lead }).toEqual(before);
    expect(u.r.vote).toBe(0);
  });
});

describe("§5.2 leader election", () => {
  test("StartAsFollower: nodes start as followers", () => {
    const u = unit(1, [1, 2, 3]);
    expect(u.r.state).toBe(StateType.Follower);
    expect(u.raw.status().softState).toEqual({ lead: 0, raftState: StateType.Follower });
  });

  test("LeaderBcastBeat: on a heartbeat tick the leader sends empty heartbeats to all", () => {
    const u = unit(1, [1, 2, 3]);
    u.r.becomeCandidate();
    u.r.becomeLeader();
    for (let i = 0; i < 10; i++) u.raw.propose(text(`e${i}`));
    out(u);
    u.raw.tick(); // heartbeatTicks = 1
    const msgs = out(u);
    expect(
      msgs.map((m) => ({
        type: m.type,
        to: m.to,
        term: m.term,
        entries: m.entries.length,
        commit: m.commit,
      })),
    ).toEqual([
      { type: MessageType.Heartbeat, to: 2, term: 1, entries: 0, commit: 0 },
      { type: MessageType.Heartbeat, to: 3, term: 1, entries: 0, commit: 0 },
    ]);
  });

  for (const state of [StateType.Follower, StateType.Candidate]) {
    const name = state === StateType.Follower ? "FollowerStartElection" : "CandidateStartNewElection";
    test(`${name}: on timeout, term+1, vote for self, RequestVote to all`, () => {
      const u = inState(state);
      for (let i = 0; i < 2 * ET; i++) u.raw.tick();
      expect(u.r.term).toBe(2);
      expect(u.r.state).toBe(StateType.Candidate);
      expect(u.r.vote).toBe(1);
      const votes = only(out(u), MessageType.Vote);
      expect(votes.map((m) => [m.to, m.term, m.index, m.logTerm])).toEqual([
        [2, 2, 1, 1],
        [3, 2, 1, 1],
      ]);
    });
  }

  test("LeaderElectionInOneRoundRPC: win, lose or wait on one round of votes", () => {
    const cases: [size: number, votes: Record<number, boolean>, want: StateType][] = [
      [1, {}, StateType.Leader],
      [3, { 2: true, 3: true }, StateType.Leader],
      [3, { 2: true }, StateType.Leader],
      [5, { 2: true, 3: true, 4: true, 5: true }, StateType.Leader],
      [5, { 2: true, 3: true, 4: true }, StateType.Leader],
      [5, { 2: true, 3: true }, StateType.Leader],
      [3, { 2: false, 3: false }, StateType.Follower],
      [5, { 2: false, 3: false, 4: false, 5: false }, StateType.Follower],
      [5, { 2: true, 3: false, 4: false, 5: false }, StateType.Follower],
      [3, {}, StateType.Candidate],
      [5, { 2: true }, StateType.Candidate],
      [5, { 2: false, 3: false }, StateType.Candidate],
      [5, {}, StateType.Candidate],
    ];
    for (const [size, votes, want] of cases) {
      const u = unit(1, ids(size));
      u.raw.campaign();
      out(u); // the self-vote counts once durable
      for (const [from, granted] of Object.entries(votes)) {
        u.raw.step(
          message({ type: MessageType.VoteResp, from: Number(from), to: 1, term: 1, reject: !granted }),
        );
      }
      out(u);
      expect({ size, votes, state: u.r.state }).toEqual({ size, votes, state: want });
      expect(u.r.term).toBe(1);
    }
  });

  test("FollowerVote: at most one vote per term, first come first served", () => {
    const cases: [vote: NodeId, from: NodeId, reject: boolean][] = [
      [0, 2, false],
      [0, 3, false],
      [2, 2, false],
      [3, 3, false],
      [2, 3, true],
      [3, 2, true],
    ];
    for (const [vote, from, reject] of cases) {
      const u = unit(1, [1, 2, 3], { hardState: { term: 1, vote, commit: 1 } });
      u.raw.step(message({ type: MessageType.Vote, from, to: 1, term: 1, index: 1, logTerm: 1 }));
      const msgs = out(u);
      expect(msgs.map((m) => [m.type, m.to, m.term, m.reject])).toEqual([
        [MessageType.VoteResp, from, 1, reject],
      ]);
      expect(u.r.vote).toBe(vote === 0 ? from : vote);
    }
  });

  test("CandidateFallback: an append at term >= its own makes a candidate follow", () => {
    for (const term of [1, 2]) {
      const u = unit(1, [1, 2, 3]);
      u.raw.campaign();
      out(u);
      expect(u.r.state).toBe(StateType.Candidate);
      u.raw.step(message({ type: MessageType.App, from: 2, to: 1, term, index: 1, logTerm: 1 }));
      expect(u.r.state).toBe(StateType.Follower);
      expect(u.r.term).toBe(term);
      expect(u.r.lead).toBe(2);
    }
  });

  /** Ticks until the node times out; `timedOut` says when. */
  function timeouts(u: Unit, reset: () => void, timedOut: () => boolean, rounds: number): Set<number> {
    const seen = new Set<number>();
    for (let round = 0; round < rounds; round++) {
      reset();
      let t = 0;
      while (!timedOut()) {
        u.r.tick();
        t++;
        expect(t).toBeLessThan(2 * ET);
      }
      seen.add(t);
      u.r.msgs = [];
      u.r.msgsAfterAppend = [];
    }
    return seen;
  }

  const wantTimeouts = Array.from({ length: ET }, (_, i) => ET + i);

  test("FollowerElectionTimeoutRandomized: the timeout takes every value in [ET, 2ET)", () => {
    const u = unit(1, [1, 2, 3]);
    const seen = timeouts(
      u,
      () => u.r.becomeFollower(u.r.term + 1, 2),
      () => u.r.state === StateType.Candidate,
      50 * ET,
    );
    expect([...seen].sort((a, b) => a - b)).toEqual(wantTimeouts);
  });

  test("CandidateElectionTimeoutRandomized: the timeout takes every value in [ET, 2ET)", () => {
    const u = unit(1, [1, 2, 3]);
    let term = 0;
    const seen = timeouts(
      u,
      () => {
        u.r.becomeFollower(u.r.term, 0);
        u.r.becomeCandidate();
        term = u.r.term;
      },
      () => u.r.term !== term,
      50 * ET,
    );
    expect([...seen].sort((a, b) => a - b)).toEqual(wantTimeouts);
  });

  /** The fraction of rounds in which more than one of five nodes timed out on the same tick. */
  function conflictRate(state: StateType): number {
    const nodes = ids(5).map((id) => unit(id, ids(5), { seed: 1000 + id }));
    const rounds = 1000;
    let conflicts = 0;
    for (let round = 0; round < rounds; round++) {
      const terms = nodes.map((u) => {
        if (state === StateType.Follower) u.r.becomeFollower(u.r.term + 1, 0);
        else {
          u.r.becomeFollower(u.r.term, 0);
          u.r.becomeCandidate();
        }
        u.r.msgs = [];
        u.r.msgsAfterAppend = [];
        return u.r.term;
      });
      let timedOut = 0;
      while (timedOut === 0) {
        nodes.forEach((u, i) => {
          u.r.tick();
          const fired =
            state === StateType.Follower ? u.r.state === StateType.Candidate : u.r.term !== terms[i];
          if (fired) timedOut++;
        });
      }
      if (timedOut > 1) conflicts++;
    }
    return conflicts / rounds;
  }

  test("FollowersElectionTimeoutNonconflict: usually only one follower times out first", () => {
    expect(conflictRate(StateType.Follower)).toBeLessThanOrEqual(0.3);
  });

  test("CandidatesElectionTimeoutNonconflict: usually only one candidate times out first", () => {
    expect(conflictRate(StateType.Candidate)).toBeLessThanOrEqual(0.3);
  });
});

describe("§5.3 log replication", () => {
  test("LeaderStartReplication: a proposal is appended and sent with its prev (index, term)", () => {
    const u = unit(1, [1, 2, 3]);
    leaderWithCommittedNoop(u);
    const li = u.r.raftLog.lastIndex();
    u.raw.propose(text("some data"));
    const rd = u.raw.ready();
    expect(rd.entries.map(stripEntry)).toEqual([{ index: li + 1, term: 1, data: "some data" }]);
    expect(
      rd.messages.map((m) => ({
        type: m.type,
        to: m.to,
        term: m.term,
        index: m.index,
        logTerm: m.logTerm,
        commit: m.commit,
      })),
    ).toEqual([
      { type: MessageType.App, to: 2, term: 1, index: li, logTerm: 1, commit: li },
      { type: MessageType.App, to: 3, term: 1, index: li, logTerm: 1, commit: li },
    ]);
    for (const m of rd.messages)
      expect(m.entries.map(stripEntry)).toEqual([{ index: li + 1, term: 1, data: "some data" }]);
  });

  test("LeaderCommitEntry: commit once replicated; the commit index goes out in later appends", () => {
    const u = unit(1, [1, 2, 3]);
    leaderWithCommittedNoop(u);
    const li = u.r.raftLog.lastIndex();
    u.raw.propose(text("some data"));
    out(u);
    for (const from of [2, 3])
      u.raw.step(message({ type: MessageType.AppResp, from, to: 1, term: 1, index: li + 1 }));
    expect(u.r.raftLog.committed).toBe(li + 1);
    const rd = u.raw.ready();
    expect(rd.committedEntries.map(stripEntry)).toEqual([{ index: li + 1, term: 1, data: "some data" }]);
    const apps = only(rd.messages, MessageType.App);
    expect(new Set(apps.map((m) => m.to))).toEqual(new Set([2, 3]));
    for (const m of apps) expect(m.commit).toBe(li + 1);
    u.raw.advance();
  });

  test("LeaderAcknowledgeCommit: commit exactly when a majority has acknowledged", () => {
    const cases: [size: number, acks: NodeId[], committed: boolean][] = [
      [1, [], true],
      [3, [], false],
      [3, [2], true],
      [3, [2, 3], true],
      [5, [], false],
      [5, [2], false],
      [5, [2, 3], true],
      [5, [2, 3, 4], true],
      [5, [2, 3, 4, 5], true],
    ];
    for (const [size, acks, want] of cases) {
      const u = unit(1, ids(size));
      leaderWithCommittedNoop(u);
      const li = u.r.raftLog.lastIndex();
      u.raw.propose(text("some data"));
      out(u); // persisted: the leader's own acknowledgement now counts
      for (const from of acks)
        u.raw.step(message({ type: MessageType.AppResp, from, to: 1, term: 1, index: li + 1 }));
      expect({ size, acks, committed: u.r.raftLog.committed > li }).toEqual({ size, acks, committed: want });
    }
  });

  test("LeaderCommitPrecedingEntries: committing an entry commits those before it, of any term", () => {
    const priors = [[], [2], [1, 2], [1]];
    for (const terms of priors) {
      const prior = entsFromTerms(terms);
      const u = unit(1, [1, 2, 3], { entries: prior, hardState: { term: 2, vote: 0, commit: 1 } });
      u.r.becomeCandidate();
      u.r.becomeLeader();
      u.raw.propose(text("some data"));
      out(u);
      const li = 1 + prior.length;
      for (const from of [2, 3])
        u.raw.step(message({ type: MessageType.AppResp, from, to: 1, term: 3, index: li + 2 }));
      const rd = u.raw.ready();
      expect(rd.committedEntries.map(stripEntry)).toEqual([
        ...prior.map(stripEntry),
        { index: li + 1, term: 3, data: "" },
        { index: li + 2, term: 3, data: "some data" },
      ]);
      u.raw.advance();
    }
  });

  test("FollowerCommitEntry: a follower applies entries up to the leader's commit, in order", () => {
    const cases: [data: string[], commit: number][] = [
      [["some data"], 2],
      [["some data", "some data2"], 3],
      [["some data2", "some data"], 3],
      [["some data", "some data2"], 2],
    ];
    for (const [data, commit] of cases) {
      const u = unit(1, [1, 2, 3]);
      u.r.becomeFollower(1, 2);
      const entries = data.map((d, i) => ent(2 + i, 1, d));
      u.raw.step(
        message({ type: MessageType.App, from: 2, to: 1, term: 1, index: 1, logTerm: 1, entries, commit }),
      );
      expect(u.r.raftLog.committed).toBe(commit);
      const rd = u.raw.ready();
      expect(rd.committedEntries.map(stripEntry)).toEqual(entries.slice(0, commit - 1).map(stripEntry));
      u.storage.append(rd.entries);
      u.raw.advance();
    }
  });

  test("FollowerCheckMsgApp: a mismatched prev (index, term) is rejected with a hint", () => {
    // Log: (1,1) snapshot, (2,1), (3,2); committed 2.
    const cases: [
      logTerm: number,
      index: number,
      wIndex: number,
      reject: boolean,
      hint: number,
      hintTerm: number,
    ][] = [
      [1, 1, 2, false, 0, 0], // matches below the commit index: answered with the commit index
      [1, 2, 2, false, 0, 0], // matches a committed entry
      [2, 3, 3, false, 0, 0], // matches an uncommitted entry
      [1, 3, 3, true, 2, 1], // conflicts with an existing entry
      [3, 4, 4, true, 3, 2], // beyond the log
    ];
    for (const [logTerm, index, wIndex, reject, hint, hintTerm] of cases) {
      const u = unit(1, [1, 2, 3], {
        entries: [ent(2, 1), ent(3, 2)],
        hardState: { term: 0, vote: 0, commit: 2 },
      });
      u.r.becomeFollower(2, 2);
      u.raw.step(message({ type: MessageType.App, from: 2, to: 1, term: 2, logTerm, index }));
      const msgs = out(u);
      expect(msgs.map((m) => [m.type, m.to, m.term, m.index, m.reject, m.rejectHint, m.logTerm])).toEqual([
        [MessageType.AppResp, 2, 2, wIndex, reject, hint, hintTerm],
      ]);
    }
  });

  test("FollowerAppendEntries: a conflicting suffix is deleted, new entries appended and persisted", () => {
    const cases: [
      index: number,
      logTerm: number,
      sent: [number, number][],
      all: [number, number][],
      unstable: [number, number][],
    ][] = [
      [
        3,
        2,
        [[4, 3]],
        [
          [2, 1],
          [3, 2],
          [4, 3],
        ],
        [[4, 3]],
      ],
      [
        2,
        1,
        [
          [3, 3],
          [4, 4],
        ],
        [
          [2, 1],
          [3, 3],
          [4, 4],
        ],
        [
          [3, 3],
          [4, 4],
        ],
      ],
      [
        1,
        1,
        [[2, 1]],
        [
          [2, 1],
          [3, 2],
        ],
        [],
      ],
      [1, 1, [[2, 3]], [[2, 3]], [[2, 3]]],
    ];
    for (const [index, logTerm, sent, all, unstable] of cases) {
      const u = unit(1, [1, 2, 3], { entries: [ent(2, 1), ent(3, 2)] });
      // The leader's term is at least that of every entry it sends.
      u.r.becomeFollower(4, 2);
      const entries = sent.map(([i, t]) => ent(i, t));
      u.raw.step(message({ type: MessageType.App, from: 2, to: 1, term: 4, logTerm, index, entries }));
      const pairs = (es: readonly { index: number; term: number }[]): [number, number][] =>
        es.map((e) => [e.index, e.term]);
      expect(pairs(u.r.raftLog.allEntries())).toEqual(all);
      const rd = u.raw.ready();
      expect(pairs(rd.entries)).toEqual(unstable);
      u.storage.append(rd.entries);
      u.raw.advance();
      expect(pairs(u.storage.entries(2, u.storage.lastIndex() + 1, Infinity))).toEqual(all);
    }
  });

  test("LeaderSyncFollowerLog: the leader brings each Fig. 7 follower log to its own (§5.3, Fig. 7)", () => {
    for (const [name, follower] of Object.entries(FIG7)) {
      // Node 3 (empty log) gives the leader the vote a longer follower log would refuse.
      const c = clusterFromLogs(
        [1, 2, 3],
        new Map([
          [1, { terms: FIG7.leader.slice(1), hardState: { term: 8, vote: 0, commit: 3 } }],
          [2, { terms: follower.slice(1), hardState: { term: 7, vote: 0, commit: 3 } }],
          [3, { terms: [], hardState: { term: 7, vote: 0, commit: 1 } }],
        ]),
        { raft: PAPER },
      );
      c.node(1).raw.campaign();
      c.stabilize();
      expect({ name, leader: c.leader() }).toEqual({ name, leader: 1 });
      expect(c.node(1).raw.status().hardState.term).toBe(9);
      c.propose(1, "some data");
      c.stabilize();
      const want = termsOf(c.node(1).raw);
      // Indexes 2-10 as in Fig. 7, then the new leader's empty entry and the proposal, in term 9.
      expect(want).toEqual([...FIG7.leader.slice(1).map((t, i) => [i + 2, t]), [11, 9], [12, 9]]);
      expect({ name, log: termsOf(c.node(2).raw) }).toEqual({ name, log: want });
      expect(c.node(2).raw.status().hardState.commit).toBe(12);
      expect(c.checker.violations).toEqual([]);
    }
  });
});

describe("§5.4 safety", () => {
  test("VoteRequest: RequestVote carries the last index and term and goes to all", () => {
    const cases: [terms: number[], wTerm: number][] = [
      [[1], 2],
      [[1, 2], 3],
    ];
    for (const [terms, wTerm] of cases) {
      const u = unit(1, [1, 2, 3]);
      const entries = entsFromTerms(terms);
      u.raw.step(
        message({ type: MessageType.App, from: 2, to: 1, term: wTerm - 1, index: 1, logTerm: 1, entries }),
      );
      out(u);
      for (let i = 1; i < 2 * ET; i++) u.raw.tick();
      const last = entries[entries.length - 1];
      const votes = only(out(u), MessageType.Vote);
      expect(votes.map((m) => [m.to, m.term, m.index, m.logTerm])).toEqual([
        [2, wTerm, last?.index, last?.term],
        [3, wTerm, last?.index, last?.term],
      ]);
    }
  });

  test("Voter: a vote is denied to a candidate whose log is less up to date", () => {
    const cases: [terms: number[], logTerm: number, index: number, reject: boolean][] = [
      // same last term
      [[1], 1, 2, false],
      [[1], 1, 3, false],
      [[1, 1], 1, 2, true],
      // candidate has the higher last term
      [[1], 2, 2, false],
      [[1], 2, 3, false],
      [[1, 1], 2, 2, false],
      // voter has the higher last term
      [[2], 1, 2, true],
      [[2], 1, 3, true],
      [[2, 1], 1, 2, true],
    ];
    for (const [terms, logTerm, index, reject] of cases) {
      const u = unit(1, [1, 2], { entries: entsFromTerms(terms) });
      u.raw.step(message({ type: MessageType.Vote, from: 2, to: 1, term: 3, logTerm, index }));
      const msgs = out(u);
      expect({ terms, logTerm, index, got: msgs.map((m) => [m.type, m.to, m.term, m.reject]) }).toEqual({
        terms,
        logTerm,
        index,
        got: [[MessageType.VoteResp, 2, 3, reject]],
      });
    }
  });

  test("LeaderOnlyCommitsLogFromCurrentTerm: counting replicas commits only current-term entries (Fig. 8)", () => {
    // Log: (1,1) snapshot, (2,1), (3,2); the new leader's empty entry is (4,3).
    const cases: [ack: number, commit: number][] = [
      [2, 1],
      [3, 1],
      [4, 4],
    ];
    for (const [ack, commit] of cases) {
      const u = unit(1, [1, 2, 3], {
        entries: [ent(2, 1), ent(3, 2)],
        hardState: { term: 2, vote: 0, commit: 1 },
      });
      u.r.becomeCandidate();
      u.r.becomeLeader();
      out(u);
      u.raw.step(message({ type: MessageType.AppResp, from: 2, to: 1, term: 3, index: ack }));
      expect({ ack, commit: u.r.raftLog.committed }).toEqual({ ack, commit });
    }
  });
});
