// Scenarios 22-29 of raft-anchors.md §3.5: replication and flow control.
import { describe, expect, test } from "vitest";
import { ProgressState } from "../../src/raft/progress.js";
import { StateType } from "../../src/raft/raft.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { MessageType, entryBytes } from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { Cluster as SimCluster } from "../../src/sim/cluster.js";
import { FIG7, PAPER, clusterFromLogs, raftErrorOf, stabilizeWith, termsOf, unit } from "./helpers-a.js";
import { clusterWithLeader, text } from "./helpers.js";

const isApp = (m: Message): boolean => m.type === MessageType.App;
const progressOf = (c: Cluster, leader: NodeId, id: NodeId) => {
  const pr = c.node(leader).raw.status().progress.get(id);
  if (pr === undefined) throw new Error(`no progress for ${id}`);
  return pr;
};

/** Elects node 1 over prepared logs and counts the appends node 2 rejects until all is settled. */
function syncFollower(
  leaderTerms: readonly number[],
  leaderTerm: number,
  followerTerms: readonly number[],
  followerTerm: number,
  commit: number,
): { c: Cluster; rejections: number; appsToFollower: number } {
  const c = clusterFromLogs(
    [1, 2, 3],
    new Map([
      [1, { terms: leaderTerms, hardState: { term: leaderTerm, vote: 0, commit } }],
      [2, { terms: followerTerms, hardState: { term: followerTerm, vote: 0, commit } }],
      // An empty third log whose vote the leader can always get.
      [3, { terms: [], hardState: { term: followerTerm, vote: 0, commit: 1 } }],
    ]),
  );
  let rejections = 0;
  let appsToFollower = 0;
  c.node(1).raw.campaign();
  stabilizeWith(c, {
    observe: (m) => {
      if (m.type === MessageType.AppResp && m.from === 2 && m.reject) rejections++;
      if (isApp(m) && m.to === 2) appsToFollower++;
    },
  });
  expect(c.leader()).toBe(1);
  expect(c.node(1).raw.status().hardState.term).toBe(leaderTerm + 1);
  return { c, rejections, appsToFollower };
}

describe("scenarios 22-29: replication and flow control", () => {
  test("scenario 22: Fig. 7 logs (a-f) converge to the leader's; probes are bounded by the number of terms", () => {
    // Rejections expected with term skipping on both sides; one probe per entry would need up to 7 (f).
    const want: Record<string, number> = { a: 1, b: 1, c: 0, d: 0, e: 1, f: 1 };
    for (const [name, follower] of Object.entries(FIG7)) {
      if (name === "leader") continue;
      const { c, rejections } = syncFollower(FIG7.leader.slice(1), 8, follower.slice(1), 7, 3);
      const leaderLog = termsOf(c.node(1).raw);
      expect(leaderLog).toEqual([...FIG7.leader.slice(1).map((t, i) => [i + 2, t]), [11, 9]]);
      expect({ name, log: termsOf(c.node(2).raw) }).toEqual({ name, log: leaderLog });
      expect({ name, rejections }).toEqual({ name, rejections: want[name] });
      const divergentTerms = new Set(follower.filter((t, i) => FIG7.leader[i] !== t)).size;
      expect(rejections).toBeLessThanOrEqual(Math.max(1, divergentTerms));
      expect(c.node(2).raw.status().hardState.commit).toBe(11);
      expect(c.checker.violations).toEqual([]);
    }
  });

  test("scenario 23: a follower with a long divergent tail of higher terms is reconciled in O(#terms) round trips", () => {
    const run = (n: number): number[] => Array.from({ length: n }, () => 0);
    // Leader: 2-4 term 1, 5-54 term 3, 55 term 6. Follower: 2-4 term 1, then 150 entries of terms 2, 4, 5.
    const leader = [1, 1, 1, ...run(50).map(() => 3), 6];
    const follower = [1, 1, 1, ...run(50).map(() => 2), ...run(50).map(() => 4), ...run(50).map(() => 5)];
    const { c, rejections, appsToFollower } = syncFollower(leader, 6, follower, 5, 4);
    expect(rejections).toBe(2);
    expect(appsToFollower).toBeLessThanOrEqual(4);
    const leaderLog = termsOf(c.node(1).raw);
    expect(leaderLog).toHaveLength(55);
    expect(termsOf(c.node(2).raw)).toEqual(leaderLog);
    expect(c.node(2).raw.status().hardState.commit).toBe(56);
    expect(c.checker.violations).toEqual([]);
  });

  describe("scenario 24", () => {
    /** Node 1 leads [1, 2]; proposals a, b, c are sent as three appends to node 2, not yet delivered. */
    function threeAppends(values: readonly string[]): { c: Cluster; apps: Message[] } {
      const c = clusterWithLeader([1, 2], 1);
      for (const v of values) {
        c.propose(1, v);
        c.processReady(1);
      }
      const apps = c.queue.filter(isApp);
      expect(apps.map((m) => [m.to, m.index, m.entries.length])).toEqual(values.map((_, i) => [2, 2 + i, 1]));
      c.queue = [];
      return { c, apps };
    }

    /** Steps m into node 2 and returns node 2's answers. */
    function into2(c: Cluster, m: Message): Message[] {
      c.node(2).raw.step(m);
      c.processReady(2);
      const answers = c.queue;
      c.queue = [];
      return answers;
    }

    test("scenario 24: reordered and duplicated appends and acks never regress Match nor cause a spurious probe", () => {
      const { c, apps } = threeAppends(["a", "b", "c"]);
      const [app1, app2, app3] = apps as [Message, Message, Message];
      const acks = [app1, app3, app2, app3, app1].flatMap((m) => into2(c, m));
      expect(acks.map((m) => [m.index, m.reject])).toEqual([
        [3, false],
        [4, true], // app3 arrived before app2
        [4, false],
        [5, false],
        [3, false],
      ]);
      const [ack3, rej4, ack4, ack5, ack3dup] = acks as [Message, Message, Message, Message, Message];
      const sentAfter: number[] = [];
      const matches: number[] = [];
      for (const m of [ack5, rej4, ack4, ack3, ack3dup, ack5]) {
        c.node(1).raw.step(m);
        c.processReady(1);
        sentAfter.push(c.queue.filter((q) => isApp(q) && q.to === 2).length);
        c.queue = [];
        const pr = progressOf(c, 1, 2);
        matches.push(pr.match);
        expect(pr.state).toBe(ProgressState.Replicate);
      }
      expect(matches).toEqual([5, 5, 5, 5, 5, 5]);
      // Only the first ack (which commits 3-5) makes the leader send: the commit index.
      expect(sentAfter).toEqual([1, 0, 0, 0, 0, 0]);
      c.tick(1);
      c.stabilize();
      expect(c.node(2).applied.values).toEqual(["a", "b", "c"]);
    });

    test("scenario 24: a delayed rejection after a transient unreachable report resends from Match, not from the stale hint", () => {
      const { c, apps } = threeAppends(["a", "b"]);
      const [app1, app2] = apps as [Message, Message];
      const [rej3] = into2(c, app2) as [Message];
      expect([rej3.reject, rej3.index, rej3.rejectHint]).toEqual([true, 3, 2]);
      const [ack3] = into2(c, app1) as [Message];
      c.node(1).raw.step(ack3);
      expect(progressOf(c, 1, 2).match).toBe(3);
      c.node(1).raw.reportUnreachable(2);
      expect(progressOf(c, 1, 2).state).toBe(ProgressState.Probe);
      c.processReady(1);
      c.queue = [];
      c.node(1).raw.step(rej3);
      c.processReady(1);
      const resent = c.queue.filter(isApp);
      expect(resent.map((m) => [m.to, m.index, m.entries.map((e) => e.index)])).toEqual([[2, 3, [4]]]);
      expect(progressOf(c, 1, 2).match).toBe(3);
      c.stabilize();
      expect(c.node(2).applied.values).toEqual(["a", "b"]);
    });
  });

  test("scenario 25: inflights full and every append in flight lost: a heartbeat response brings an empty append that resumes replication", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxInflightMsgs: 3 } });
    let lose = true;
    const lost: Message[] = [];
    const drop = (m: Message): boolean => lose && isApp(m) && m.to === 2 && lost.push(m) > 0;
    for (let i = 0; i < 5; i++) {
      c.propose(1, `v${i}`);
      stabilizeWith(c, { drop });
    }
    // Three appends carry entries (then the window is full); the others only carried the commit index.
    expect(lost.filter((m) => m.entries.length > 0).map((m) => m.entries[0]?.index)).toEqual([3, 4, 5]);
    expect(lost.filter((m) => m.entries.length === 0).length).toBe(lost.length - 3);
    const pr = progressOf(c, 1, 2);
    expect([pr.state, pr.inflight, pr.paused, pr.match]).toEqual([ProgressState.Replicate, 3, true, 2]);
    expect(c.node(3).applied.values).toHaveLength(5);
    lose = false;
    const after: Message[] = [];
    c.tick(1);
    stabilizeWith(c, { observe: (m) => m.to === 2 && isApp(m) && after.push(m) });
    expect(after.length).toBeGreaterThanOrEqual(2);
    const [probe, catchUp] = after as [Message, Message];
    expect([probe.entries.length, probe.index]).toEqual([0, 5]);
    expect([catchUp.index, catchUp.entries.map((e) => e.index)]).toEqual([2, [3, 4, 5, 6, 7]]);
    expect(c.node(2).applied.values).toEqual(["v0", "v1", "v2", "v3", "v4"]);
    expect(progressOf(c, 1, 2).state).toBe(ProgressState.Replicate);
  });

  test("scenario 26: MaxInflightBytes bounds the bytes in flight to a slow follower when single entries are large", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxInflightBytes: 3000, maxSizePerMsg: 1000 } });
    let hold = true;
    const held: Message[] = [];
    const drop = (m: Message): boolean => hold && isApp(m) && m.to === 2 && held.push(m) > 0;
    const big = (i: number): Uint8Array => new Uint8Array(800).fill(i);
    for (let i = 0; i < 10; i++) {
      c.propose(1, big(i));
      c.processReady(1);
    }
    stabilizeWith(c, { drop });
    // One 800-byte entry per message (two would exceed 1000); the fourth reaches 3200 >= 3000.
    expect(held.map((m) => m.entries.length)).toEqual([1, 1, 1, 1]);
    const pr = progressOf(c, 1, 2);
    expect([pr.inflight, pr.inflightBytes, pr.paused]).toEqual([4, 3200, true]);
    expect(c.node(3).applied.values).toHaveLength(10);

    hold = false;
    let maxBytes = 0;
    c.tick(1);
    stabilizeWith(c, { observe: () => (maxBytes = Math.max(maxBytes, progressOf(c, 1, 2).inflightBytes)) });
    expect(maxBytes).toBeLessThanOrEqual(3000 + 800);
    expect(c.node(2).applied.values).toHaveLength(10);

    // A single entry larger than the whole budget still goes, alone.
    hold = true;
    held.length = 0;
    c.propose(1, new Uint8Array(5000));
    c.propose(1, big(1));
    stabilizeWith(c, { drop });
    expect(held.map((m) => m.entries.map((e) => e.data.length))).toEqual([[5000]]);
    expect(progressOf(c, 1, 2).inflightBytes).toBe(5000);
  });

  test("scenario 27: MaxSizePerMsg caps an append's bytes, but an oversized entry still goes alone", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxSizePerMsg: 100 } });
    c.cut(1, 2);
    const sizes = [30, 30, 30, 30, 30, 500, 30, 30, 30];
    sizes.forEach((n, i) => c.propose(1, new Uint8Array(n).fill(i + 1)));
    c.stabilize();
    c.heal();
    const apps: Message[] = [];
    c.tick(1);
    stabilizeWith(c, { observe: (m) => isApp(m) && m.to === 2 && apps.push(m) });
    const carrying = apps.filter((m) => m.entries.length > 0);
    for (const m of carrying) {
      const bytes = m.entries.reduce((n, e) => n + entryBytes(e), 0);
      if (m.entries.length > 1) expect(bytes).toBeLessThanOrEqual(100);
    }
    // 46-byte entries (30 + 16) go two at a time; the 516-byte one alone.
    expect(carrying.map((m) => m.entries.map((e) => e.data.length))).toEqual([
      [30, 30],
      [30, 30],
      [30],
      [500],
      [30, 30],
      [30],
    ]);
    expect(c.node(2).applied.values).toHaveLength(sizes.length);
  });

  test("scenario 28: a leader cut off with MaxUncommittedEntriesSize drops proposals once its tail is full, and memory stays bounded", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxUncommittedEntriesSize: 1000 } });
    c.isolate(1);
    const payload = new Uint8Array(100);
    for (let i = 0; i < 10; i++) {
      c.node(1).raw.propose(payload);
      c.processReady(1);
    }
    const leader = c.node(1).raw.raftForTesting;
    expect([leader.uncommittedSize, leader.raftLog.lastIndex()]).toEqual([1000, 12]);
    for (let i = 0; i < 1000; i++) {
      const err = raftErrorOf(() => c.node(1).raw.propose(payload));
      expect(err.type).toEqual({ code: "PROPOSAL_DROPPED", reason: "uncommitted-size-limit" });
    }
    c.stabilize();
    expect([leader.uncommittedSize, leader.raftLog.lastIndex(), c.node(1).storage.lastIndex()]).toEqual([
      1000, 12, 12,
    ]);
    expect(c.node(1).raw.isLeader()).toBe(true);

    c.heal();
    c.tick(1);
    c.stabilize();
    expect(c.node(1).raw.status().hardState.commit).toBe(12);
    expect(leader.uncommittedSize).toBe(0);
    expect(c.node(2).applied.values).toHaveLength(10);
    // With an empty tail, even a proposal above the limit is taken.
    c.node(1).raw.propose(new Uint8Array(5000));
    expect(leader.uncommittedSize).toBe(5000);
    expect(raftErrorOf(() => c.node(1).raw.propose(payload)).type).toEqual({
      code: "PROPOSAL_DROPPED",
      reason: "uncommitted-size-limit",
    });
  });

  test("scenario 29: a follower forwards proposals to the leader; with forwarding disabled or no leader they are dropped with a typed error", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.node(2).raw.propose(text("fwd"));
    c.processReady(2);
    expect(
      c.queue.map((m) => [m.type, m.from, m.to, m.term, new TextDecoder().decode(m.entries[0]?.data)]),
    ).toEqual([[MessageType.Prop, 2, 1, 0, "fwd"]]);
    c.stabilize();
    for (const id of c.ids()) expect(c.node(id).applied.values).toEqual(["fwd"]);

    const off = clusterWithLeader([1, 2, 3], 1, { raft: { disableProposalForwarding: true } });
    expect(raftErrorOf(() => off.node(2).raw.propose(text("x"))).type).toEqual({
      code: "PROPOSAL_DROPPED",
      reason: "forwarding-disabled",
    });
    off.processReady(2);
    expect(off.queue).toEqual([]);
    expect(off.propose(1, "on the leader")).toBe(true);

    const none = new SimCluster({ voters: [1, 2, 3], seed: 1 });
    expect(raftErrorOf(() => none.node(1).raw.propose(text("x"))).type).toEqual({
      code: "PROPOSAL_DROPPED",
      reason: "no-leader",
    });
    const cand = unit(1, [1, 2, 3], { raft: PAPER });
    cand.raw.campaign();
    expect(cand.r.state).toBe(StateType.Candidate);
    expect(raftErrorOf(() => cand.raw.propose(text("x"))).type).toEqual({
      code: "PROPOSAL_DROPPED",
      reason: "no-leader",
    });
  });
});
