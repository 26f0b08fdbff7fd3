// The Raft core against what no correct peer sends (malformed appends, terms at 2^53, local
// message types, impossible acks), lease reads around an aborted transfer, and a bad `applied`:
// each test failed on the code before its fix (a review against etcd raft), and pins the fix.
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { decodeMessage, encodeMessage } from "../../src/raft/codec.js";
import { RaftError } from "../../src/raft/errors.js";
import { Prng } from "../../src/raft/prng.js";
import { StateType } from "../../src/raft/raft.js";
import { RawNode } from "../../src/raft/raw-node.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Entry, Message } from "../../src/raft/types.js";
import { MessageType, message } from "../../src/raft/types.js";
import { clusterWithLeader, drain, text } from "./helpers.js";
import { ent, out, unit } from "./helpers-a.js";
import type { Unit } from "./helpers-a.js";
import { captureReadStates } from "./helpers-b.js";

/** Steps m from the network; returns what was thrown (undefined when nothing). */
function stepCatching(u: Unit, m: Message): unknown {
  try {
    u.raw.step(m);
    return undefined;
  } catch (e) {
    return e;
  }
}

/** Bad input from a peer may be refused with a RaftError or dropped, never an assertion. */
function expectNoAssertion(thrown: unknown): void {
  if (thrown === undefined || thrown instanceof RaftError) return;
  expect.fail(
    `peer input raised ${thrown instanceof AssertionError ? "an assertion" : "an error"}: ${String(thrown)}`,
  );
}

/** A follower (node 2 of 1,2,3) at term 2 that knows node 1 as leader and holds entries 2..3. */
function followerWithLog(): Unit {
  const u = unit(2, [1, 2, 3], {
    entries: [ent(2, 1), ent(3, 1)],
    hardState: { term: 2, vote: 1, commit: 2 },
  });
  u.raw.step(message({ type: MessageType.Heartbeat, from: 1, to: 2, term: 2, commit: 2 }));
  out(u);
  expect(u.r.lead).toBe(1);
  return u;
}

/** Every entry the node holds sits at the index it claims. */
function logIsWellFormed(u: Unit): boolean {
  const log = u.r.raftLog;
  const all = log.allEntries();
  return all.every((e: Entry, i: number) => e.index === log.firstIndex() + i);
}

/** An append from leader 1 at term 2 to node 2, after `index` (of term 1), with `entries`. */
function appendTo2(index: number, entries: Entry[]): Message {
  return message({ type: MessageType.App, from: 1, to: 2, term: 2, index, logTerm: 1, entries, commit: 2 });
}

describe("malformed appends from a peer", () => {
  test("an append whose entries do not follow its previous index is refused, the log untouched", () => {
    const u = followerWithLog();
    // prev (3, 1) matches; the entries claim indexes 4 and 6 (a gap), not 4 and 5.
    const bad = appendTo2(3, [ent(4, 2), ent(6, 2)]);
    const thrown = stepCatching(u, bad);
    expectNoAssertion(thrown);
    // Either refused, or the log still holds every entry at its own index. Before the fix, the
    // entry claiming index 6 is stored at index 5, and the node acknowledges index 5.
    expect(logIsWellFormed(u)).toBe(true);
    // The variant with the gap first (entries 5, 6 after prev 3) ends in an assertion instead.
    const v = followerWithLog();
    expectNoAssertion(stepCatching(v, { ...bad, entries: [ent(5, 2), ent(6, 2)] }));
  });

  test("an append whose entries reach below the commit index is refused, not an assertion", () => {
    const u = followerWithLog();
    // prevIndex 2 == committed, so it passes the stale check; the entry claims index 1 (term 9).
    const bad = appendTo2(2, [ent(1, 9)]);
    expectNoAssertion(stepCatching(u, bad));
  });
});

describe("malformed messages from a peer end in assertions", () => {
  test("an empty forwarded proposal is refused, not an assertion", () => {
    const u = unit(1, [1, 2, 3]);
    u.r.becomeCandidate();
    u.r.becomeLeader();
    out(u);
    expectNoAssertion(stepCatching(u, message({ type: MessageType.Prop, from: 2, to: 1, entries: [] })));
  });

  test("a vote request with term 0 is refused (only local messages have term 0)", () => {
    const u = unit(2, [1, 2, 3]);
    expectNoAssertion(
      stepCatching(u, message({ type: MessageType.Vote, from: 3, to: 2, term: 0, index: 1, logTerm: 1 })),
    );
  });

  test("a message whose sender is the receiver itself is refused", () => {
    const u = unit(2, [1, 2, 3]);
    expectNoAssertion(stepCatching(u, message({ type: MessageType.Heartbeat, from: 2, to: 2, term: 5 })));
  });

  test("a forwarded read or proposal that carries a term is refused", () => {
    const u = followerWithLog();
    expectNoAssertion(
      stepCatching(u, message({ type: MessageType.ReadIndex, from: 3, to: 2, term: 2, context: text("x") })),
    );
    expectNoAssertion(
      stepCatching(u, message({ type: MessageType.Prop, from: 3, to: 2, term: 2, entries: [ent(0, 0)] })),
    );
  });
});

describe("forwarding", () => {
  test("a follower forwards its own proposals and reads, never one forwarded to it while it led", () => {
    // Node 2 follows 1. A proposal and a read from 3 reached it while it led (a transfer moved
    // leadership on): sent on, they would leave 2 under 3's name, which a peer must refuse
    // (SENDER_MISMATCH). They are dropped, without an error (3 retries them); its own go on.
    const u = unit(2, [1, 2, 3]);
    u.r.becomeFollower(2, 1);
    out(u);
    const prop = message({ type: MessageType.Prop, from: 3, to: 2, entries: [ent(0, 0, "x")] });
    expect(stepCatching(u, prop)).toBeUndefined();
    expect(
      stepCatching(u, message({ type: MessageType.ReadIndex, from: 3, to: 2, context: text("r") })),
    ).toBeUndefined();
    expect(out(u)).toEqual([]);
    u.raw.propose(text("own"));
    u.raw.readIndex(text("own-read"));
    expect(out(u).map((m) => [m.type, m.from, m.to])).toEqual([
      [MessageType.Prop, 2, 1],
      [MessageType.ReadIndex, 2, 1],
    ]);
  });
});

describe("lease reads", () => {
  test("after an aborted transfer a lease read waits for fresh acks (the transferee may have won)", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    const reads = captureReadStates(c, 1);
    c.node(1).raw.transferLeader(3);
    // Node 3 is caught up: the leader sends MsgTimeoutNow at once. It gets through, then node 1
    // is cut off from everyone.
    while (c.processReady(1));
    expect(c.queue.some((m) => m.type === MessageType.TimeoutNow && m.to === 3)).toBe(true);
    c.deliverAll((m) => m.type === MessageType.TimeoutNow);
    c.isolate(1);
    c.stabilize();
    expect(c.node(3).raw.isLeader()).toBe(true);
    expect(c.propose(3, "w")).toBe(true);
    c.stabilize();
    const written = c.node(3).raw.status().hardState.commit;
    expect(c.node(2).raw.status().hardState.commit).toBe(written);
    // Node 1 never heard of term 3. Its operator cancels the transfer (a transfer to itself) and reads.
    expect(c.node(1).raw.isLeader()).toBe(true);
    c.node(1).raw.transferLeader(1);
    c.node(1).raw.readIndex(text("r"));
    while (c.processReady(1));
    // Linearizability: a read issued after "w" committed must not be served below it.
    for (const rs of reads) expect(rs.index).toBeGreaterThanOrEqual(written);
  });

  test("an aborted transfer does not stretch the lease past an election timeout", () => {
    // ET = 10. Acks at tick 0; node 1 is cut off; at tick 9 a transfer starts and is cancelled;
    // followers elect a new leader after their election timeout while node 1 still
    // counts the acks of tick 0 as fresh for its lease.
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    const reads = captureReadStates(c, 1);
    c.isolate(1);
    for (let t = 0; t < 9; t++) {
      c.tickAll();
      c.stabilize();
    }
    c.node(1).raw.transferLeader(2);
    c.node(1).raw.transferLeader(1);
    let written = 0;
    for (let t = 0; t < 30 && written === 0; t++) {
      c.tickAll();
      c.stabilize();
      const l = [2, 3].find((id) => c.node(id).raw.isLeader());
      if (l !== undefined && c.node(1).raw.isLeader()) {
        c.propose(l, "w");
        c.stabilize();
        written = c.node(l).raw.status().hardState.commit;
      }
    }
    expect(written).toBeGreaterThan(0);
    expect(c.node(1).raw.isLeader()).toBe(true);
    c.node(1).raw.readIndex(text("r"));
    while (c.processReady(1));
    for (const rs of reads) expect(rs.index).toBeGreaterThanOrEqual(written);
  });
});

describe("ForgetLeader", () => {
  test("MsgForgetLeader from the network is refused", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    const term = c.node(2).raw.status().hardState.term;
    // RawNode.forgetLeader() refuses; the same message through step() goes straight to stepFollower.
    try {
      c.node(2).raw.step(message({ type: MessageType.ForgetLeader, from: 3, to: 2, term }));
    } catch (e) {
      if (!(e instanceof RaftError)) throw e;
    }
    expect(c.node(2).raw.status().softState.lead).toBe(1);
  });
});

describe("integer edges", () => {
  test("a term of 2^53 - 1 from a peer is refused, or campaigns after it still raise the term", () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    const u = unit(1, [1, 2, 3]);
    // A heartbeat at term 2^53 - 1 passes the codec's range check.
    const hb = decodeMessage(
      encodeMessage(message({ type: MessageType.Heartbeat, from: 2, to: 1, term: MAX })),
    );
    let refused = false;
    try {
      u.raw.step(hb);
    } catch (e) {
      if (!(e instanceof RaftError)) throw e;
      refused = true;
    }
    if (refused) return; // the fix: such a term is MALFORMED
    out(u);
    const terms: number[] = [];
    for (let i = 0; i < 2; i++) {
      u.raw.campaign();
      expect(u.r.state).toBe(StateType.Candidate);
      terms.push(u.r.term);
      out(u);
    }
    // Every campaign must start a new term (otherwise a node may vote twice in one term), and
    // its vote requests must be decodable by its peers.
    expect(terms[1]).toBeGreaterThan(terms[0] as number);
  });

  test("a vote request or heartbeat at term 2^53 - 1 or past it is refused, so no node reaches 2^53", () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    const u = unit(1, [1, 2, 3]);
    const vote = message({ type: MessageType.Vote, from: 2, to: 1, term: MAX + 1, index: 1, logTerm: 1 });
    const heartbeat = message({ type: MessageType.Heartbeat, from: 3, to: 1, term: MAX });
    for (const m of [vote, heartbeat]) {
      expect(stepCatching(u, m)).toMatchObject({ code: "MALFORMED" });
    }
    // Before the fix: at term 2^53, term + 1 === term, and a node that voted for 2 voted again,
    // for itself, in the same term.
    expect(u.r.vote).toBe(0);
    expect(u.r.term).toBeLessThan(MAX);
  });
});

describe("acknowledgements past the leader's log", () => {
  test("an acknowledgement of an index the leader never had is dropped", () => {
    const storage = MemoryStorage.withVoters([1, 2, 3]);
    // As in production: no invariant checks after each step.
    const raw = new RawNode({ id: 1, storage, prng: Prng.fromSeed(1), preVote: false, checkQuorum: false });
    const r = raw.raftForTesting;
    r.becomeCandidate();
    r.becomeLeader();
    drain(raw, storage);
    const last = r.raftLog.lastIndex();
    let thrown: unknown;
    try {
      raw.step(message({ type: MessageType.AppResp, from: 2, to: 1, term: r.term, index: last + 100 }));
    } catch (e) {
      thrown = e;
    }
    expectNoAssertion(thrown);
    // The ack is impossible (nothing past `last` was ever sent): it must be dropped.
    expect(r.trk.progress.get(2)?.match).toBeLessThanOrEqual(last);
  });
});

describe("configuration", () => {
  test("an `applied` outside [snapshot index, commit] is CONFIG_INVALID, not an assertion", () => {
    const storage = MemoryStorage.withVoters([1, 2, 3]);
    storage.append([ent(2, 1), ent(3, 1)]);
    storage.setHardState({ term: 1, vote: 0, commit: 2 });
    for (const applied of [3 /* past commit */]) {
      let thrown: unknown;
      try {
        new RawNode({ id: 1, storage, prng: Prng.fromSeed(1), applied });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(RaftError);
    }
  });
});
