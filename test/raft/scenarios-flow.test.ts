// Scenarios 30-33 of raft-anchors §3.5: commit propagation, probe recovery and durability of
// acknowledgements.
import { describe, expect, test } from "vitest";
import { StateType } from "../../src/raft/raft.js";
import { EntryType, MessageType, message } from "../../src/raft/types.js";
import { Cluster } from "../../src/sim/cluster.js";
import { clusterWithLeader, drain, newNode, text } from "./helpers.js";
import {
  committedOf,
  electSomeLeader,
  lastIndexOf,
  processAll,
  progressOf,
  queued,
  takeQueued,
} from "./helpers-b.js";

describe("replication and flow control (30-33)", () => {
  test("scenario 30: the commit index reaches a lagging follower on its ack, without waiting for a heartbeat", () => {
    // One append in flight per follower: while 3's append is unanswered the leader cannot send
    // it anything, so the commit that 2's ack produces does not reach 3 then.
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxInflightMsgs: 1 } });
    expect(c.propose(1, "x")).toBe(true);
    c.processReady(1);
    const index = lastIndexOf(c, 1);
    expect(queued(c, MessageType.App, 1)).toHaveLength(2);
    c.deliverAll(); // Apps to 2 and 3
    c.processReady(2);
    c.processReady(3);
    // Deliver only 2's ack: the leader commits `index`.
    c.deliverAll((m) => m.from === 2);
    expect(committedOf(c, 1)).toBe(index);
    c.processReady(1);
    // 3's inflight window is full: no append carrying the commit went to 3.
    expect(progressOf(c, 1, 3).paused).toBe(true);
    expect(queued(c, MessageType.App, 1, 3)).toHaveLength(0);
    expect(committedOf(c, 3)).toBeLessThan(index);
    // 3's (delayed) ack arrives. No tick happens at all from here on.
    c.deliverAll((m) => m.from === 3);
    c.processReady(1);
    const bump = queued(c, MessageType.App, 1, 3);
    expect(bump).toHaveLength(1);
    expect(bump[0]?.commit).toBe(index);
    expect(bump[0]?.entries).toHaveLength(0);
    expect(queued(c, MessageType.Heartbeat)).toHaveLength(0);
    c.deliverAll();
    expect(committedOf(c, 3)).toBe(index);
    c.stabilize();
    expect(c.node(3).applied.values).toEqual(["x"]);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 30 (lost commit): a dropped commit update reaches the follower with the next heartbeat", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    expect(c.propose(1, "x")).toBe(true);
    c.processReady(1);
    const index = lastIndexOf(c, 1);
    c.deliverAll();
    c.processReady(2);
    c.processReady(3);
    c.deliverAll((m) => m.from === 2);
    c.processReady(1);
    // The empty append carrying the commit to 3 is lost in a network blip.
    expect(takeQueued(c, (m) => m.to === 3 && m.type === MessageType.App)).toHaveLength(1);
    c.stabilize();
    expect(committedOf(c, 3)).toBeLessThan(index);
    c.tick(1); // heartbeatTicks is 1
    c.stabilize();
    expect(committedOf(c, 3)).toBe(index);
  });

  test("scenario 31: a caught-up follower moved to probe by reportUnreachable returns to replicate on its next heartbeat response", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    expect(progressOf(c, 1, 2).state).toBe("replicate");
    c.node(1).raw.reportUnreachable(2);
    expect(progressOf(c, 1, 2).state).toBe("probe");
    // Nothing moves it back without a message from 2.
    c.stabilize();
    expect(progressOf(c, 1, 2).state).toBe("probe");
    c.tick(1);
    c.processReady(1);
    expect(queued(c, MessageType.Heartbeat, 1, 2)).toHaveLength(1);
    c.stabilize();
    const pr = progressOf(c, 1, 2);
    expect(pr.state).toBe("replicate");
    expect(pr.match).toBe(lastIndexOf(c, 1));
    // And it replicates optimistically again: two proposals go out without waiting for an ack.
    c.propose(1, "a");
    c.processReady(1);
    c.propose(1, "b");
    c.processReady(1);
    expect(queued(c, MessageType.App, 1, 2)).toHaveLength(2);
  });

  test("scenario 32: the leader counts its own entries toward the quorum only once they are durable", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    const leader = c.node(1);
    const before = committedOf(c, 1);
    leader.raw.propose(text("x"));
    const rd = leader.raw.ready();
    const index = rd.entries[rd.entries.length - 1]?.index ?? 0;
    expect(index).toBe(before + 1);
    // The leader's appends may leave before its own write (thesis §10.2.1) ...
    for (const m of rd.messages) c.send(m);
    c.isolate(3);
    c.deliverAll();
    c.processReady(2);
    c.deliverAll();
    // ... 2 has acked, but 1 has not written its own copy yet: 1 of 3 durable copies plus the
    // unwritten leader copy is not a quorum.
    expect(progressOf(c, 1, 2).match).toBe(index);
    expect(progressOf(c, 1, 1).match).toBe(before);
    expect(committedOf(c, 1)).toBe(before);
    // The write completes; advance() delivers the leader's self-ack and the entry commits.
    leader.storage.append(rd.entries);
    if (rd.hardState !== null) leader.storage.setHardState(rd.hardState);
    leader.raw.advance();
    expect(progressOf(c, 1, 1).match).toBe(index);
    expect(committedOf(c, 1)).toBe(index);
  });

  test("scenario 32 (single voter): a lone leader commits only after advance() reports the write", () => {
    const { node, storage } = newNode(1, [1]);
    node.campaign();
    drain(node, storage);
    expect(node.status().softState.raftState).toBe(StateType.Leader);
    const committed = node.status().hardState.commit;
    node.propose(text("x"));
    const rd = node.ready();
    expect(rd.entries.map((e) => e.index)).toEqual([committed + 1]);
    expect(rd.committedEntries.map((e) => e.index)).not.toContain(committed + 1);
    expect(node.status().hardState.commit).toBe(committed);
    storage.append(rd.entries);
    node.advance();
    expect(node.status().hardState.commit).toBe(committed + 1);
    const next = node.ready();
    expect(next.committedEntries.map((e) => e.index)).toEqual([committed + 1]);
    node.advance();
  });

  test("scenario 33a: a follower's append response is only released after the write (messagesAfterDurable)", () => {
    const { node, storage } = newNode(2, [1, 2, 3]);
    node.step(
      message({
        type: MessageType.App,
        from: 1,
        to: 2,
        term: 2,
        logTerm: 1,
        index: 1,
        entries: [{ term: 2, index: 2, type: EntryType.Normal, data: text("x") }],
        commit: 1,
      }),
    );
    const rd = node.ready();
    expect(rd.entries.map((e) => e.index)).toEqual([2]);
    expect(rd.mustSync).toBe(true);
    expect(rd.messages.filter((m) => m.type === MessageType.AppResp)).toEqual([]);
    const acks = rd.messagesAfterDurable.filter((m) => m.type === MessageType.AppResp);
    expect(acks).toHaveLength(1);
    expect(acks[0]?.index).toBe(2);
    storage.append(rd.entries);
    node.advance();
  });

  test("scenario 33b: a follower crashing between receiving entries and writing them loses them, and they are never counted committed", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.isolate(3); // only 2 can make a quorum with 1
    const before = committedOf(c, 1);
    expect(c.propose(1, "x")).toBe(true);
    c.processReady(1);
    const index = lastIndexOf(c, 1);
    c.deliverAll();
    // 2 takes the Ready holding the entry and crashes before writing it; even its early
    // messages go out (they must not include the ack).
    c.crashDuringReady(2, true);
    expect(queued(c, MessageType.AppResp, 2)).toHaveLength(0);
    c.stabilize();
    expect(committedOf(c, 1)).toBe(before);
    c.restart(2);
    expect(c.node(2).storage.lastIndex()).toBeLessThan(index);
    expect(lastIndexOf(c, 2)).toBeLessThan(index);
    expect(c.checker.committed.has(index)).toBe(false);
    // Deliver one message at a time: whenever the leader's commit reaches the entry, 2 already
    // holds it durably.
    c.tick(1);
    for (let step = 0; step < 1000 && committedOf(c, 1) < index; step++) {
      processAll(c);
      if (c.queue.length === 0) {
        c.tick(1);
        continue;
      }
      c.deliverAt(0);
      if (committedOf(c, 1) >= index) expect(c.node(2).storage.lastIndex()).toBeGreaterThanOrEqual(index);
    }
    expect(committedOf(c, 1)).toBe(index);
    expect(c.node(2).storage.term(index)).toBe(c.node(1).storage.term(index));
    c.stabilize();
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 33c: a driver that sends the ack before the write lets a crash lose a committed entry, and the checker catches it", () => {
    const c = new Cluster({ voters: [1, 2, 3], seed: 7 });
    c.node(1).raw.campaign();
    c.stabilize();
    expect(c.leader()).toBe(1);
    expect(c.propose(1, "x")).toBe(true);
    c.processReady(1);
    const index = lastIndexOf(c, 1);
    takeQueued(c, (m) => m.to === 3); // 3 never hears of x
    c.deliverAll();
    // The broken driver on 2: sends everything, including the ack, then crashes before writing.
    const rd = c.node(2).raw.ready();
    for (const m of [...rd.messages, ...rd.messagesAfterDurable]) c.send(m);
    c.crash(2);
    c.deliverAll();
    expect(committedOf(c, 1)).toBe(index);
    c.processReady(1); // the leader applies x and would answer its client
    expect(c.node(1).applied.values).toEqual(["x"]);
    // The only durable copy of x dies with the leader; 2 and 3 never held it.
    c.crash(1);
    c.restart(2);
    const { leader } = electSomeLeader(c);
    expect(c.propose(leader, "y")).toBe(true);
    c.stabilize();
    expect(c.node(leader).applied.values).toEqual(["y"]);
    expect(c.checker.violations.some((v) => v.startsWith("state machine safety"))).toBe(true);
  });
});
