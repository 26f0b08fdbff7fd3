// Scenarios 55-58 of raft-anchors §3.5: leadership transfer, the append ABA race, and
// commit/apply pagination.
import { describe, expect, test } from "vitest";
import { encodeConfChange } from "../../src/raft/codec.js";
import { Prng } from "../../src/raft/prng.js";
import { StateType } from "../../src/raft/raft.js";
import { RawNode } from "../../src/raft/raw-node.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Entry } from "../../src/raft/types.js";
import { ConfChangeType, EntryType, MessageType, entryBytes, message } from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { clusterWithLeader, drain, newNode } from "./helpers.js";
import {
  lastIndexOf,
  progressOf,
  queued,
  raftErrorOf,
  stabilizeUntil,
  stabilizeWatching,
  text,
} from "./helpers-b.js";

const ET = 10;

function transferee(c: Cluster, leader = 1): number {
  return c.node(leader).raw.status().leadTransferee;
}

function termOf(c: Cluster, id: number): number {
  return c.node(id).raw.status().hardState.term;
}

/** Leader 1 of [1,2,3] with 3 behind by `n` entries (3 was cut off while they committed). */
function slowFollower3(n: number): Cluster {
  const c = clusterWithLeader([1, 2, 3], 1);
  c.isolate(3);
  for (let i = 0; i < n; i++) c.propose(1, `v${i}`);
  c.stabilize();
  c.heal();
  expect(progressOf(c, 1, 3).match).toBeLessThan(lastIndexOf(c, 1));
  return c;
}

const entry = (index: number, term: number, data = ""): Entry => ({
  index,
  term,
  type: EntryType.Normal,
  data: text(data),
});

describe("leadership transfer (55-56)", () => {
  test("scenario 55: a transfer to an up-to-date node is immediate", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    const term = termOf(c, 1);
    // Asked on a follower, it is forwarded to the leader.
    c.node(2).raw.transferLeader(2);
    c.processReady(2);
    c.deliverAll();
    c.processReady(1);
    expect(queued(c, MessageType.TimeoutNow, 1, 2)).toHaveLength(1);
    c.stabilize();
    expect(c.leader()).toBe(2);
    expect(termOf(c, 2)).toBe(term + 1);
    expect(c.node(1).raw.status().softState.raftState).toBe(StateType.Follower);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 55: a transfer to a slow node first catches it up, and proposals are dropped meanwhile", () => {
    const c = slowFollower3(5);
    c.node(1).raw.transferLeader(3);
    expect(transferee(c)).toBe(3);
    expect(raftErrorOf(() => c.node(1).raw.propose(text("during")))?.type).toEqual({
      code: "PROPOSAL_DROPPED",
      reason: "leader-transfer",
    });
    c.processReady(1);
    expect(queued(c, MessageType.TimeoutNow)).toEqual([]);
    expect(queued(c, MessageType.App, 1, 3)).toHaveLength(1);
    // TimeoutNow goes out only once 3 holds the whole log.
    expect(stabilizeUntil(c, () => queued(c, MessageType.TimeoutNow, 1, 3).length > 0)).toBe(true);
    expect(progressOf(c, 1, 3).match).toBe(lastIndexOf(c, 1));
    c.stabilize();
    expect(c.leader()).toBe(3);
    expect(c.node(3).applied.index).toBe(c.node(1).applied.index);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 55: a transfer that cannot finish is aborted after an election timeout, and proposals flow again", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.isolate(3);
    c.node(1).raw.transferLeader(3);
    for (let t = 1; t < ET; t++) {
      c.tick(1);
      c.stabilize();
      expect(transferee(c)).toBe(3);
      expect(c.propose(1, `p${t}`)).toBe(false);
    }
    c.tick(1);
    c.stabilize();
    expect(transferee(c)).toBe(0);
    expect(c.leader()).toBe(1);
    expect(c.propose(1, "after")).toBe(true);
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["after"]);
  });

  test("scenario 56: a transfer to itself, to a non-member or to a learner is a no-op", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { learners: [4] });
    const r = c.node(1).raw.raftForTesting;
    c.tick(1, 3);
    c.stabilize();
    const elapsed = r.electionElapsed;
    expect(elapsed).toBe(3);
    for (const target of [1, 9, 4]) {
      c.node(1).raw.transferLeader(target);
      expect(transferee(c)).toBe(0);
      expect(r.electionElapsed).toBe(elapsed);
      expect(c.propose(1, `to-${target}`)).toBe(true);
      const sent = stabilizeWatching(c, (m) => m.type === MessageType.TimeoutNow);
      expect(sent).toEqual([]);
    }
    expect(c.leader()).toBe(1);
    expect(c.node(4).applied.values).toEqual(["to-1", "to-9", "to-4"]);
  });

  test("scenario 56: a second transfer to another node aborts the first; repeating the same one changes nothing", () => {
    const c = slowFollower3(5);
    c.isolate(3);
    c.node(1).raw.transferLeader(3);
    const r = c.node(1).raw.raftForTesting;
    c.tick(1, 4);
    c.stabilize();
    // Asking again for the same node does not restart the transfer's clock.
    c.node(1).raw.transferLeader(3);
    expect(r.electionElapsed).toBe(4);
    expect(transferee(c)).toBe(3);
    // Another node: the first transfer is abandoned, and 2 (up to date) takes over at once.
    c.node(1).raw.transferLeader(2);
    expect(transferee(c)).toBe(2);
    c.heal();
    const timeouts = stabilizeWatching(c, (m) => m.type === MessageType.TimeoutNow);
    expect(timeouts.map((m) => m.to)).toEqual([2]);
    expect(c.leader()).toBe(2);
    for (let t = 0; t < 2 * ET; t++) {
      c.tickAll();
      expect(stabilizeWatching(c, (m) => m.type === MessageType.TimeoutNow)).toEqual([]);
    }
    expect(c.leader()).toBe(2);
  });
});

describe("storage (57-58)", () => {
  test("scenario 57: entries overwritten by a newer leader while their write is in flight are not marked durable by the old write", () => {
    const { node, storage } = newNode(2, [1, 2, 3]);
    // Leader 1 (term 2) sends entries 2 and 3; the driver starts writing them.
    node.step(
      message({
        type: MessageType.App,
        from: 1,
        to: 2,
        term: 2,
        index: 1,
        logTerm: 1,
        entries: [entry(2, 2, "a"), entry(3, 2, "b")],
        commit: 1,
      }),
    );
    const rd1 = node.ready();
    expect(rd1.entries.map((e) => [e.index, e.term])).toEqual([
      [2, 2],
      [3, 2],
    ]);
    // Before that write completes, leader 3 (term 3) overwrites index 3.
    node.step(
      message({
        type: MessageType.App,
        from: 3,
        to: 2,
        term: 3,
        index: 2,
        logTerm: 2,
        entries: [entry(3, 3, "c")],
        commit: 1,
      }),
    );
    // The old write completes and is advanced: (3, term 2) is durable, but the log now holds
    // (3, term 3), which is not.
    storage.append(rd1.entries);
    if (rd1.hardState !== null) storage.setHardState(rd1.hardState);
    node.advance();
    const log = node.raftForTesting.raftLog;
    expect(log.term(3)).toBe(3);
    expect(storage.term(3)).toBe(2);
    expect(log.lastStableIndex()).toBeLessThan(3);
    expect(log.unstable.entries.map((e) => [e.index, e.term])).toContainEqual([3, 3]);
    // The overwrite is written by the next Ready, and acknowledged only after it.
    const rd2 = node.ready();
    expect(rd2.entries.map((e) => [e.index, e.term])).toEqual([[3, 3]]);
    expect(rd2.messages.filter((m) => m.type === MessageType.AppResp)).toEqual([]);
    expect(rd2.messagesAfterDurable.map((m) => [m.to, m.type, m.index])).toEqual([
      [3, MessageType.AppResp, 3],
    ]);
    storage.append(rd2.entries);
    if (rd2.hardState !== null) storage.setHardState(rd2.hardState);
    node.advance();
    expect(log.lastStableIndex()).toBe(3);
    expect(storage.term(3)).toBe(3);
  });

  test("scenario 57 (leader): a deposed leader's self-ack for an overwritten entry counts for nothing", () => {
    const { node, storage } = newNode(1, [1, 2, 3], { preVote: false });
    node.campaign();
    drain(node, storage);
    const t = node.status().hardState.term;
    node.step(message({ type: MessageType.VoteResp, from: 2, to: 1, term: t }));
    drain(node, storage);
    expect(node.isLeader()).toBe(true);
    node.step(message({ type: MessageType.AppResp, from: 2, to: 1, term: t, index: 2 }));
    drain(node, storage);
    expect(node.status().hardState.commit).toBe(2);
    node.propose(text("x"));
    const rd1 = node.ready();
    expect(rd1.entries.map((e) => [e.index, e.term])).toEqual([[3, t]]);
    // 2 acks entry 3 (so with the leader's own durable copy it would commit) ...
    node.step(message({ type: MessageType.AppResp, from: 2, to: 1, term: t, index: 3 }));
    expect(node.status().hardState.commit).toBe(2);
    // ... but first leader 3 of term t+1 overwrites it.
    node.step(
      message({
        type: MessageType.App,
        from: 3,
        to: 1,
        term: t + 1,
        index: 2,
        logTerm: t,
        entries: [entry(3, t + 1, "y")],
        commit: 2,
      }),
    );
    expect(node.status().softState.raftState).toBe(StateType.Follower);
    storage.append(rd1.entries);
    node.advance(); // delivers the term-t self-ack for (3, term t)
    expect(node.status().hardState.commit).toBe(2);
    expect(node.raftForTesting.raftLog.term(3)).toBe(t + 1);
    expect(node.raftForTesting.raftLog.lastStableIndex()).toBe(2);
    const rd2 = node.ready();
    expect(rd2.entries.map((e) => [e.index, e.term])).toEqual([[3, t + 1]]);
    expect(rd2.committedEntries).toEqual([]);
    node.advance();
  });

  test("scenario 58: a restart with a large committed but unapplied tail hands it out in bounded chunks, and the campaign scan pages too", () => {
    const budget = 1000;
    const payload = "p".repeat(100);
    const tail = 200;
    const storage = MemoryStorage.withVoters([1, 2, 3]);
    const persisted: Entry[] = [];
    for (let i = 0; i < tail; i++) persisted.push(entry(2 + i, 1, `${payload}${i}`));
    // The last committed entry is a conf change (adding a learner), not yet applied.
    const ccIndex = 2 + tail;
    persisted.push({
      index: ccIndex,
      term: 1,
      type: EntryType.ConfChange,
      data: encodeConfChange({
        type: ConfChangeType.AddLearnerNode,
        nodeId: 4,
        context: new Uint8Array(0),
        id: 1,
      }),
    });
    storage.append(persisted);
    storage.setHardState({ term: 1, vote: 1, commit: ccIndex });
    // Every read from storage is recorded, with its size.
    const reads: number[] = [];
    const entries = storage.entries.bind(storage);
    storage.entries = (lo, hi, maxBytes) => {
      const got = entries(lo, hi, maxBytes);
      reads.push(got.reduce((n, e) => n + entryBytes(e), 0));
      return got;
    };
    const node = new RawNode({
      id: 1,
      storage,
      applied: 1,
      prng: Prng.fromSeed(1),
      maxCommittedSizePerReady: budget,
      checkInvariants: true,
    });
    // Campaigning first scans the unapplied tail for conf changes, a page at a time; it finds
    // one, so the node refuses to campaign.
    node.campaign();
    expect(node.status().softState.raftState).toBe(StateType.Follower);
    expect(node.status().hardState.term).toBe(1);
    expect(reads.length).toBeGreaterThan(10);
    for (const bytes of reads) expect(bytes).toBeLessThanOrEqual(budget);
    // Applying: each Ready hands out at most `budget` bytes.
    reads.length = 0;
    const applied: number[] = [];
    const chunks: number[] = [];
    while (node.hasReady()) {
      const rd = node.ready();
      expect(rd.entries).toEqual([]);
      const bytes = rd.committedEntries.reduce((n, e) => n + entryBytes(e), 0);
      if (rd.committedEntries.length > 1) expect(bytes).toBeLessThanOrEqual(budget);
      chunks.push(rd.committedEntries.length);
      for (const e of rd.committedEntries) {
        applied.push(e.index);
        if (e.type === EntryType.ConfChange) {
          node.applyConfChange({
            type: ConfChangeType.AddLearnerNode,
            nodeId: 4,
            context: new Uint8Array(0),
            id: 1,
          });
        }
      }
      node.advance();
    }
    expect(applied).toEqual(Array.from({ length: tail + 1 }, (_, i) => 2 + i));
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor((tail * (payload.length + 18)) / budget));
    for (const bytes of reads) expect(bytes).toBeLessThanOrEqual(budget);
    expect(node.status().applied).toBe(ccIndex);
    expect(node.status().config.learners).toEqual([4]);
    // Everything applied: now it campaigns.
    node.campaign();
    const rd = node.ready();
    expect(rd.messages.filter((m) => m.type === MessageType.PreVote).map((m) => m.to)).toEqual([2, 3]);
    node.advance();
  });
});
