// Lazy commit notices (`lazyCommitNotices`, on in keel's driver): after a commit the leader tells
// at once only the followers that wait for it — one whose forwarded proposal it was, one given a
// read index. The others learn the commit from the next append or heartbeat.
import { describe, expect, test } from "vitest";
import { ConfChangeType, MessageType } from "../../src/raft/types.js";
import { clusterWithLeader, text } from "./helpers.js";
import { captureReadStates, committedOf, lastIndexOf, stabilizeWatching, takeQueued } from "./helpers-b.js";

const lazy = { lazyCommitNotices: true } as const;

describe("lazy commit notices", () => {
  test("a write to the leader sends no commit notice; followers learn the commit at the next heartbeat", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: lazy });
    expect(c.propose(1, "x")).toBe(true);
    const index = lastIndexOf(c, 1);
    const sent = stabilizeWatching(c, (m) => m.type === MessageType.App);
    // Only the appends carrying x: no empty append after the commit.
    expect(sent.map((m) => [m.to, m.entries.length])).toEqual([
      [2, 1],
      [3, 1],
    ]);
    expect(committedOf(c, 1)).toBe(index);
    expect(committedOf(c, 2)).toBeLessThan(index);
    expect(committedOf(c, 3)).toBeLessThan(index);
    c.tick(1);
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["x"]);
    expect(c.node(3).applied.values).toEqual(["x"]);
    expect(c.checker.violations).toEqual([]);
  });

  test("the next append carries the commit of the write before it", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: lazy });
    c.propose(1, "x");
    c.stabilize();
    c.propose(1, "y");
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["x"]);
    expect(c.node(3).applied.values).toEqual(["x"]);
  });

  test("a follower whose forwarded proposal committed is told at once; the other is not", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: lazy });
    expect(c.propose(2, "x")).toBe(true);
    c.stabilize();
    const index = lastIndexOf(c, 1);
    expect(committedOf(c, 1)).toBe(index);
    expect(c.node(2).applied.values).toEqual(["x"]);
    expect(committedOf(c, 3)).toBeLessThan(index);
    expect(c.checker.violations).toEqual([]);
  });

  test("a follower given a lease read index is told the commit it must apply before reading", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { ...lazy, readOnlyOption: "lease-based" } });
    c.propose(1, "x");
    c.stabilize();
    const index = lastIndexOf(c, 1);
    expect(committedOf(c, 2)).toBeLessThan(index);
    const reads = captureReadStates(c, 2);
    c.node(2).raw.readIndex(text("r"));
    c.stabilize();
    expect(reads.map((r) => r.index)).toEqual([index]);
    expect(c.node(2).applied.values).toEqual(["x"]);
    expect(committedOf(c, 3)).toBeLessThan(index);
  });

  test("every member is told a conf change at once, the member it removes too", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: lazy });
    const removal = { type: ConfChangeType.RemoveNode, nodeId: 3, context: new Uint8Array(0), id: 0 };
    expect(c.proposeConfChange(1, removal)).toBe(true);
    const index = lastIndexOf(c, 1);
    c.stabilize();
    expect(committedOf(c, 2)).toBeGreaterThanOrEqual(index);
    // Once the leader applies it, node 3 gets nothing more: this notice was its only news.
    expect(committedOf(c, 3)).toBeGreaterThanOrEqual(index);
  });

  test("a transferee is told the commit before it is told to campaign", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: lazy });
    c.propose(1, "x");
    c.stabilize();
    const index = lastIndexOf(c, 1);
    expect(committedOf(c, 2)).toBeLessThan(index);
    c.node(1).raw.transferLeader(2);
    c.processReady(1);
    const sent = takeQueued(c, (m) => m.from === 1 && m.to === 2);
    expect(sent.map((m) => [m.type, m.commit])).toEqual([
      [MessageType.App, index],
      [MessageType.TimeoutNow, 0],
    ]);
  });

  test("off (etcd's behaviour), every follower is told at once", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.propose(1, "x");
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["x"]);
    expect(c.node(3).applied.values).toEqual(["x"]);
  });
});
