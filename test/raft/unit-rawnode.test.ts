// RawNode's typed errors: local messages from the network, every reason a proposal is dropped,
// a refused ForgetLeader, and storage failures that stop the node for good. Also: read ids stay
// fresh across a restart, so an answer to a read from before a crash is never taken for the
// answer to a new one; takeUnwritten leaves the write and its acknowledgements for takeReady.
import { describe, expect, test } from "vitest";
import { RaftError } from "../../src/raft/errors.js";
import type { ProposalDropReason } from "../../src/raft/errors.js";
import { Prng } from "../../src/raft/prng.js";
import type { ReadIndexState } from "../../src/raft/raw-node.js";
import { RawNode } from "../../src/raft/raw-node.js";
import type { Storage } from "../../src/raft/storage.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Message } from "../../src/raft/types.js";
import { ConfChangeType, EntryType, MessageType, message } from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { clusterWithLeader, drain, newNode, text } from "./helpers.js";

function raftError(fn: () => unknown): RaftError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RaftError) return e;
    throw e;
  }
  throw new Error("expected a RaftError");
}

function dropReason(fn: () => unknown): ProposalDropReason {
  const e = raftError(fn);
  if (e.type.code !== "PROPOSAL_DROPPED") throw new Error(`expected PROPOSAL_DROPPED, got ${e.type.code}`);
  return e.type.reason;
}

describe("step", () => {
  test.each([
    MessageType.Hup,
    MessageType.Beat,
    MessageType.Unreachable,
    MessageType.SnapStatus,
    MessageType.CheckQuorum,
  ])("local message type %i from the network is STEP_LOCAL_MESSAGE", (type) => {
    const { node } = newNode(1, [1, 2, 3]);
    const e = raftError(() => node.step(message({ type, from: 2, to: 1 })));
    expect(e.type.code).toBe("STEP_LOCAL_MESSAGE");
    expect(node.status().softState.raftState).toBe("follower");
    expect(node.hasReady()).toBe(false);
  });

  test("a response from an untracked node is ignored", () => {
    const { node } = newNode(1, [1, 2, 3]);
    node.step(message({ type: MessageType.AppResp, from: 9, to: 1, term: 1, index: 5 }));
    expect(node.hasReady()).toBe(false);
  });
});

describe("proposeEntries and leader()", () => {
  test("several entries proposed at once commit together, in order, through a follower too", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.node(1).raw.proposeEntries([text("a"), text("b")]);
    c.node(2).raw.proposeEntries([text("c"), text("d")]);
    c.stabilize();
    expect(c.node(3).applied.values).toEqual(["a", "b", "c", "d"]);
  });

  test("leader() is the lead a status reports, through an election and a transfer", () => {
    const { node } = newNode(1, [1, 2, 3]);
    expect(node.leader()).toBe(0);
    const c = clusterWithLeader([1, 2, 3], 1);
    for (const id of [1, 2, 3]) expect(c.node(id).raw.leader()).toBe(1);
    c.node(1).raw.transferLeader(2);
    c.stabilize();
    for (const id of [1, 2, 3]) {
      expect(c.node(id).raw.leader()).toBe(c.node(id).raw.status().softState.lead);
      expect(c.node(id).raw.leader()).toBe(2);
    }
  });
});

describe("proposals dropped, with their reason", () => {
  test("no-leader: a follower that knows no leader, and a candidate", () => {
    const { node, storage } = newNode(1, [1, 2, 3]);
    expect(dropReason(() => node.propose(text("x")))).toBe("no-leader");
    node.campaign();
    drain(node, storage);
    expect(node.status().softState.raftState).toBe("pre-candidate");
    expect(dropReason(() => node.propose(text("x")))).toBe("no-leader");
  });

  test("forwarding-disabled: a follower with a leader, when forwarding is off", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { disableProposalForwarding: true } });
    expect(dropReason(() => c.node(2).raw.propose(text("x")))).toBe("forwarding-disabled");
    // With forwarding on, the same proposal is forwarded and commits.
    const d = clusterWithLeader([1, 2, 3], 1);
    d.node(2).raw.propose(text("y"));
    d.stabilize();
    expect(d.node(3).applied.values).toEqual(["y"]);
  });

  test("leader-transfer: while a transfer is in progress", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.crash(3);
    c.propose(1, "a");
    c.stabilize();
    c.restart(3);
    // 3 is behind: the transfer waits for it to catch up, proposals are refused meanwhile.
    c.node(1).raw.transferLeader(3);
    expect(c.node(1).raw.status().leadTransferee).toBe(3);
    expect(dropReason(() => c.node(1).raw.propose(text("b")))).toBe("leader-transfer");
    c.stabilize();
    expect(c.leader()).toBe(3);
  });

  test("not-a-member: a leader removed from the configuration that has not stepped down", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { stepDownOnRemoval: false } });
    c.proposeConfChange(1, { type: ConfChangeType.RemoveNode, nodeId: 1, context: new Uint8Array(0), id: 1 });
    c.stabilize();
    expect(c.node(1).raw.isLeader()).toBe(true);
    expect(c.node(1).raw.status().config.voters).toEqual([2, 3]);
    expect(dropReason(() => c.node(1).raw.propose(text("x")))).toBe("not-a-member");
  });

  test("uncommitted-size-limit: beyond maxUncommittedEntriesSize (the first proposal always fits)", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxUncommittedEntriesSize: 10 } });
    c.isolate(1);
    const leader = c.node(1).raw;
    leader.propose(new Uint8Array(30));
    expect(dropReason(() => leader.propose(new Uint8Array(1)))).toBe("uncommitted-size-limit");
    c.heal();
    c.stabilize();
    // Once the tail commits, proposals are accepted again.
    leader.propose(new Uint8Array(5));
    leader.propose(new Uint8Array(5));
    expect(dropReason(() => leader.propose(new Uint8Array(5)))).toBe("uncommitted-size-limit");
  });
});

describe("forgetLeader", () => {
  test("refused under lease-based reads, accepted otherwise", () => {
    const lease = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    expect(raftError(() => lease.node(2).raw.forgetLeader()).type).toEqual({
      code: "FORGET_LEADER_REFUSED",
      reason: "lease-based reads are enabled",
    });
    expect(lease.node(2).raw.status().softState.lead).toBe(1);

    const safe = clusterWithLeader([1, 2, 3], 1);
    safe.node(2).raw.forgetLeader();
    expect(safe.node(2).raw.status().softState.lead).toBe(0);
  });
});

/** A Storage over MemoryStorage whose every method throws once `failing` is set. */
class FailingStorage implements Storage {
  failing = false;
  constructor(readonly inner: MemoryStorage) {}
  private check(): void {
    if (this.failing) throw new Error("disk gone");
  }
  initialState(): ReturnType<Storage["initialState"]> {
    this.check();
    return this.inner.initialState();
  }
  entries(lo: number, hi: number, maxBytes: number): ReturnType<Storage["entries"]> {
    this.check();
    return this.inner.entries(lo, hi, maxBytes);
  }
  term(i: number): number {
    this.check();
    return this.inner.term(i);
  }
  lastIndex(): number {
    this.check();
    return this.inner.lastIndex();
  }
  firstIndex(): number {
    this.check();
    return this.inner.firstIndex();
  }
  snapshot(): ReturnType<Storage["snapshot"]> {
    this.check();
    return this.inner.snapshot();
  }
}

describe("storage failures", () => {
  test("a storage that throws at construction is STORAGE_FAILED", () => {
    const storage = new FailingStorage(MemoryStorage.withVoters([1]));
    storage.failing = true;
    const e = raftError(() => new RawNode({ id: 1, storage, prng: Prng.fromSeed(1) }));
    expect(e.type.code).toBe("STORAGE_FAILED");
    expect(e.cause).toBeInstanceOf(Error);
  });

  test("a storage failure stops the node: every later call reports it, hasReady is false", () => {
    const inner = MemoryStorage.withVoters([1, 2, 3]);
    const storage = new FailingStorage(inner);
    const node = new RawNode({ id: 1, storage, prng: Prng.fromSeed(1), checkInvariants: true });
    storage.failing = true;
    // Campaigning reads the last term from storage.
    const failure = raftError(() => node.campaign());
    expect(failure.type.code).toBe("STORAGE_FAILED");
    // Even once the storage recovers, the node stays failed (fail-stop).
    storage.failing = false;
    for (const call of [
      () => node.tick(),
      () => node.campaign(),
      () => node.propose(text("x")),
      () => node.step(message({ type: MessageType.Heartbeat, from: 2, to: 1, term: 5 })),
      () => node.ready(),
      () => node.readIndex(),
      () => node.transferLeader(2),
      () => node.forgetLeader(),
      () => node.reportUnreachable(2),
    ]) {
      expect(raftError(call)).toBe(failure);
    }
    expect(node.hasReady()).toBe(false);
  });

  test("range errors (COMPACTED, UNAVAILABLE) from storage are not failures", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.crash(3);
    for (let i = 0; i < 5; i++) c.propose(1, `v${i}`);
    c.stabilize();
    expect(c.compact(1)).toBe(true);
    c.restart(3);
    // The leader finds 3's next index compacted and sends a snapshot instead.
    for (let i = 0; i < 30 && c.node(3).applied.index < c.node(1).applied.index; i++) {
      c.tickAll();
      c.stabilize();
    }
    expect(c.node(3).applied.index).toBe(c.node(1).applied.index);
    expect(c.node(1).raw.isLeader()).toBe(true);
  });
});

/** Collects the read states a node's Readys carry (the Cluster does not keep them). */
function captureReads(c: Cluster, id: number): ReadIndexState[] {
  const raw = c.node(id).raw;
  const seen: ReadIndexState[] = [];
  const ready = raw.ready.bind(raw);
  raw.ready = () => {
    const rd = ready();
    seen.push(...rd.readStates);
    return rd;
  };
  return seen;
}

describe("read ids", () => {
  test("are fresh within one node", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    const raw = c.node(2).raw;
    const ids = [raw.readIndex(), raw.readIndex(), raw.readIndex()];
    expect(new Set(ids).size).toBe(3);
    const seen = captureReads(c, 2);
    c.stabilize();
    expect(seen.map((r) => r.readId).sort()).toEqual([...ids].sort());
  });

  test("stay fresh across a restart: an answer to a read from before a crash never answers a new read", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    const oldId = c.node(2).raw.readIndex();
    // Run until the leader's answer to node 2 is on the wire, and hold it back.
    let answer: Message | undefined;
    for (let round = 0; round < 20 && answer === undefined; round++) {
      for (const id of c.aliveIds()) while (c.processReady(id));
      const at = c.queue.findIndex((m) => m.type === MessageType.ReadIndexResp && m.to === 2);
      if (at >= 0) [answer] = c.queue.splice(at, 1);
      else c.deliverAll();
    }
    if (answer === undefined) throw new Error("the leader never answered the read");
    c.stabilize();
    // Something commits after that read; then node 2 crashes and comes back.
    c.propose(1, "later");
    c.stabilize();
    const committed = c.node(1).raw.status().hardState.commit;
    expect(committed).toBeGreaterThan(answer.index);
    c.crash(2);
    c.restart(2);
    // A follower forwards reads only once it knows the leader again.
    for (let i = 0; i < 5 && c.node(2).raw.status().softState.lead !== 1; i++) {
      c.tickAll();
      c.stabilize();
    }
    expect(c.node(2).raw.status().softState.lead).toBe(1);
    const seen = captureReads(c, 2);
    const fresh = c.node(2).raw.readIndex();
    expect(fresh).not.toBe(oldId);
    c.processReady(2);
    // The old answer arrives first, then the new read is served.
    c.queue.unshift(answer);
    c.stabilize();
    for (let i = 0; i < 3; i++) {
      c.tickAll();
      c.stabilize();
    }
    const answers = seen.filter((r) => r.readId === fresh);
    expect(answers.length).toBeGreaterThan(0);
    // Linearizability: the new read must see everything committed before it was asked.
    for (const a of answers) expect(a.index).toBeGreaterThanOrEqual(committed);
  });
});

describe("takeUnwritten", () => {
  test("takes the messages and committed entries, and leaves the write and its acknowledgement", () => {
    const { node, storage } = newNode(1, [1, 2, 3]);
    node.step(message({ type: MessageType.App, from: 2, to: 1, term: 2, index: 1, logTerm: 1, commit: 1 }));
    drain(node, storage);
    const entry = { term: 2, index: 2, type: EntryType.Normal, data: text("a") };
    node.step(
      message({
        type: MessageType.App,
        from: 2,
        to: 1,
        term: 2,
        index: 1,
        logTerm: 1,
        entries: [entry],
        commit: 2,
      }),
    );
    node.proposeEntries([text("b")]);
    expect(node.hasUnwritten()).toBe(true);

    const { ready, work } = node.takeUnwritten();
    expect(ready.messages.map((m) => [m.type, m.to])).toEqual([[MessageType.Prop, 2]]);
    expect(ready.committedEntries.map((e) => e.index)).toEqual([2]);
    expect(ready.entries).toEqual([]);
    expect(ready.hardState).toBeNull();
    expect(ready.messagesAfterDurable).toEqual([]);
    expect(ready.mustSync).toBe(false);
    node.applied(work);
    expect(node.hasUnwritten()).toBe(false);

    // The write is still to come, and the acknowledgement waits for it.
    const rest = node.takeReady().ready;
    expect(rest.entries.map((e) => e.index)).toEqual([2]);
    expect(rest.hardState?.commit).toBe(2);
    expect(rest.committedEntries).toEqual([]);
    expect(rest.messagesAfterDurable.map((m) => [m.type, m.index])).toEqual([[MessageType.AppResp, 2]]);
  });

  test("has nothing while the leader or role changed: a full Ready reports that first", () => {
    const { node } = newNode(1, [1, 2, 3]);
    node.step(message({ type: MessageType.App, from: 2, to: 1, term: 2, index: 1, logTerm: 1, commit: 1 }));
    expect(node.hasReady()).toBe(true);
    expect(node.hasUnwritten()).toBe(false);
  });
});
