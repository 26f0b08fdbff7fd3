// Messages a later one in the same Ready implies are dropped before sending (keel's driver does
// it; the Raft simulation draws it per seed): what is dropped, what is kept, and that a leader
// fed only what is kept ends where the full stream leaves it.
import { describe, expect, test } from "vitest";
import { withoutSuperseded } from "../../src/raft/superseded.js";
import type { Message } from "../../src/raft/types.js";
import { MessageType, message } from "../../src/raft/types.js";
import { clusterWithLeader, text } from "./helpers.js";
import { committedOf, lastIndexOf, processAll, progressOf, takeQueued } from "./helpers-b.js";

const ack = (to: number, index: number, more: Partial<Message> = {}): Message =>
  message({ type: MessageType.AppResp, from: 2, to, term: 3, index, ...more });
const toFollower = (to: number, index: number, commit: number, more: Partial<Message>): Message =>
  message({ type: MessageType.App, from: 1, to, term: 3, index, logTerm: 3, commit, ...more });
const notice = (to: number, index: number, commit: number, more: Partial<Message> = {}): Message =>
  toFollower(to, index, commit, { commitOnly: true, ...more });
const append = (to: number, index: number, commit: number, more: Partial<Message> = {}): Message =>
  toFollower(to, index, commit, {
    entries: [{ term: 3, index: index + 1, type: 0, data: text("x") }],
    ...more,
  });

describe("withoutSuperseded", () => {
  test("an acknowledgement is dropped when a later one to the same leader reaches as far", () => {
    const a5 = ack(1, 5);
    const a8 = ack(1, 8);
    const a9 = ack(1, 9);
    expect(withoutSuperseded([a5, a8, a9])).toEqual([a9]);
    expect(withoutSuperseded([a5, a5])).toEqual([a5]);
  });

  test("acknowledgements of another term, another peer, a rejection, a lower index or a recovery are kept", () => {
    const kept = [
      [ack(1, 5, { term: 2 }), ack(1, 8)],
      [ack(1, 5), ack(4, 8)],
      [ack(1, 8), ack(1, 5)],
      [ack(1, 5), ack(1, 8, { reject: true, rejectHint: 4 })],
      [ack(1, 5, { recovering: true }), ack(1, 8)],
    ];
    for (const batch of kept) expect(withoutSuperseded(batch)).toEqual(batch);
  });

  test("a commit notice is dropped when a later append to the same follower carries its commit", () => {
    const n = notice(2, 7, 6);
    const later = append(2, 7, 7);
    const other = append(3, 7, 7);
    expect(withoutSuperseded([n, other, later])).toEqual([other, later]);
    expect(withoutSuperseded([n, notice(2, 7, 7)])).toEqual([notice(2, 7, 7)]);
  });

  test("a commit notice is kept before an append with a lower commit, another term, a lower index, or none after it", () => {
    const kept = [
      [notice(2, 7, 6), append(2, 7, 5)],
      [notice(2, 7, 6), append(2, 7, 6, { term: 4 })],
      [notice(2, 7, 6), append(2, 6, 6)],
      [append(2, 7, 6), notice(2, 8, 6)],
      [notice(2, 7, 6), append(3, 7, 6)],
    ];
    for (const batch of kept) expect(withoutSuperseded(batch)).toEqual(batch);
  });

  test("an append with entries is never dropped, nor a probe that asks for an answer", () => {
    const probe = message({
      type: MessageType.App,
      from: 1,
      to: 2,
      term: 3,
      index: 7,
      logTerm: 3,
      commit: 6,
    });
    const batch = [append(2, 6, 6), probe, append(2, 7, 7)];
    expect(withoutSuperseded(batch)).toEqual(batch);
  });

  test("the same array comes back when nothing is dropped", () => {
    const batch = [ack(1, 5), notice(2, 7, 6)];
    expect(withoutSuperseded(batch)).toBe(batch);
  });
});

describe("a leader given only what is kept", () => {
  /**
   * Node 2 takes three appends before its Ready, so it acknowledges each; node 3 hears nothing.
   * Returns node 2's acknowledgements, filtered or not, then delivered to the leader.
   */
  function run(drop: boolean): { sent: number; commit: number; match: number; last: number } {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { lazyCommitNotices: true } });
    for (const v of ["a", "b", "c"]) {
      c.propose(1, v);
      c.processReady(1);
    }
    takeQueued(c, (m) => m.to === 3);
    c.deliverAll((m) => m.to === 2);
    expect(c.processReady(2)).toBe(true);
    const acks = takeQueued(c, (m) => m.type === MessageType.AppResp && m.to === 1);
    expect(acks.length).toBe(3);
    const sent = drop ? withoutSuperseded(acks) : acks;
    for (const m of sent) c.send(m);
    c.deliverAll((m) => m.to === 1);
    processAll(c);
    return {
      sent: sent.length,
      commit: committedOf(c, 1),
      match: progressOf(c, 1, 2).match,
      last: lastIndexOf(c, 1),
    };
  }

  test("commits and tracks the follower as far as with every acknowledgement", () => {
    const full = run(false);
    const kept = run(true);
    expect(kept.sent).toBe(1);
    expect(full.sent).toBe(3);
    expect(kept.commit).toBe(full.last);
    expect({ ...kept, sent: 0 }).toEqual({ ...full, sent: 0 });
  });
});
