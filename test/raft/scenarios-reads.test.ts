// Scenarios 51-54 of raft-anchors §3.5: linearizable reads (ReadIndex, follower reads, leases).
import { describe, expect, test } from "vitest";
import { Prng } from "../../src/raft/prng.js";
import type { ReadIndexState } from "../../src/raft/raw-node.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { MessageType } from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { clusterWithLeader } from "./helpers.js";
import type { RegisterOp } from "./helpers-b.js";
import {
  captureReadStates,
  committedOf,
  isLinearizable,
  lastIndexOf,
  newCluster,
  processAll,
  queued,
  stabilizeUntil,
  takeQueued,
  text,
} from "./helpers-b.js";

const ET = 10;
/** Workload steps after which a client abandons an operation. */
const CLIENT_TIMEOUT = 300;
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

/** The register value node `id` serves: the last value it applied ("" before any). */
function valueAt(c: Cluster, id: NodeId): string {
  const values = c.node(id).applied.values;
  return values[values.length - 1] ?? "";
}

function isLeader(c: Cluster, id: NodeId): boolean {
  return c.node(id).raw.isLeader();
}

describe("reads (51-54)", () => {
  test("scenario 51: ReadIndex on a new leader waits until it has committed an entry of its own term", () => {
    const c = newCluster([1, 2, 3]);
    c.node(1).raw.campaign();
    c.stabilize();
    // 1 commits x with both acks and answers its client, but the commit index never reaches 2 or 3.
    c.propose(1, "x");
    c.processReady(1);
    const k = lastIndexOf(c, 1);
    c.deliverAll();
    processAll(c);
    c.deliverAll();
    c.processReady(1);
    expect(c.node(1).applied.values).toEqual(["x"]);
    takeQueued(c, (m) => m.from === 1);
    c.crash(1);
    expect(committedOf(c, 2)).toBeLessThan(k);
    // 2 wins the next election (its timeout is the shortest) ...
    c.node(2).raw.raftForTesting.setRandomizedElectionTimeout(ET);
    c.node(3).raw.raftForTesting.setRandomizedElectionTimeout(2 * ET - 1);
    let won = false;
    for (let t = 0; t < 3 * ET && !won; t++) {
      c.tickAll();
      won = stabilizeUntil(c, () => isLeader(c, 2));
    }
    expect(won).toBe(true);
    // ... and, before committing anything of its term, still has commit < k: serving a read now
    // would miss x, which a client has already seen.
    expect(committedOf(c, 2)).toBeLessThan(k);
    const reads2 = captureReadStates(c, 2);
    const reads3 = captureReadStates(c, 3);
    const id2 = c.node(2).raw.readIndex(text("leader-read"));
    c.processReady(2); // its empty entry is written and sent; the read is held
    expect(reads2).toEqual([]);
    // 3 learns who leads from 2's append (a follower that knows no leader drops reads; the
    // client retries) and sends a read; 3's acknowledgement is held back.
    c.deliverAll((m) => m.to === 3 && m.type === MessageType.App);
    const id3 = c.node(3).raw.readIndex(text("follower-read"));
    c.processReady(3);
    c.deliverAll((m) => m.type === MessageType.ReadIndex);
    c.processReady(2);
    expect(queued(c, MessageType.ReadIndexResp)).toEqual([]);
    expect(c.node(2).raw.raftForTesting.pendingReadIndexMessages).toHaveLength(2);
    c.stabilize();
    const term2 = c.node(2).raw.status().hardState.term;
    expect(c.node(2).storage.term(committedOf(c, 2))).toBe(term2);
    expect(reads2.map((r) => [r.readId, decode(r.requestCtx)])).toEqual([[id2, "leader-read"]]);
    expect(reads3.map((r) => [r.readId, decode(r.requestCtx)])).toEqual([[id3, "follower-read"]]);
    for (const r of [...reads2, ...reads3]) expect(r.index).toBeGreaterThan(k);
    expect(valueAt(c, 3)).toBe("x");
  });

  test("scenario 52: a retried read gets a fresh id; the late answer to the first attempt is told apart, and the retry's index is never older than the commit index at the retry", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.propose(1, "a");
    c.stabilize();
    const reads = captureReadStates(c, 3);
    const first = c.node(3).raw.readIndex(text("q"));
    // The leader answers, but the answer is held up in the network.
    let held: Message[] = [];
    for (let round = 0; round < 10 && held.length === 0; round++) {
      processAll(c);
      held = takeQueued(c, (m) => m.type === MessageType.ReadIndexResp);
      c.deliverAll();
    }
    expect(held).toHaveLength(1);
    const stale = held[0]?.index ?? 0;
    // Meanwhile a write commits and is acknowledged.
    c.propose(1, "b");
    c.stabilize();
    const commitAtRetry = committedOf(c, 1);
    expect(commitAtRetry).toBeGreaterThan(stale);
    // The client gives up on the first attempt and retries with the same context.
    const retry = c.node(3).raw.readIndex(text("q"));
    expect(retry).not.toBe(first);
    c.processReady(3);
    // The late answer to the first attempt lands before the retry's.
    for (const m of held) c.send(m);
    c.deliverAll((m) => m.type === MessageType.ReadIndexResp);
    c.stabilize();
    expect(reads.map((r) => [r.readId, decode(r.requestCtx)])).toEqual([
      [first, "q"],
      [retry, "q"],
    ]);
    // Matching on the context alone would serve the retry from the stale index; the id does not.
    const late = reads.find((r) => r.readId === first) as ReadIndexState;
    const fresh = reads.find((r) => r.readId === retry) as ReadIndexState;
    expect(late.index).toBe(stale);
    expect(late.index).toBeLessThan(commitAtRetry);
    expect(fresh.index).toBeGreaterThanOrEqual(commitAtRetry);
  });

  test("scenario 52 (leader change): the first attempt's answer from the deposed leader is dropped, and the retry is answered by the new leader at or after the commit index", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.propose(1, "a");
    c.stabilize();
    const reads = captureReadStates(c, 3);
    const first = c.node(3).raw.readIndex(text("q"));
    let held: Message[] = [];
    for (let round = 0; round < 10 && held.length === 0; round++) {
      processAll(c);
      held = takeQueued(c, (m) => m.type === MessageType.ReadIndexResp);
      c.deliverAll();
    }
    expect(held).toHaveLength(1);
    // 1 is cut off; 2 and 3 elect a new leader, which commits b.
    c.isolate(1);
    let leader: NodeId | undefined;
    for (let t = 0; t < 5 * ET && (leader === undefined || leader === 1); t++) {
      c.tick(2);
      c.tick(3);
      c.stabilize();
      leader = [2, 3].find((id) => isLeader(c, id));
    }
    expect(leader).toBeDefined();
    const newLeader = leader as NodeId;
    c.propose(newLeader, "b");
    c.stabilize();
    const commitAtRetry = committedOf(c, newLeader);
    const retry = c.node(3).raw.readIndex(text("q"));
    c.processReady(3);
    // The old answer finally arrives: it carries the old term and is ignored.
    c.heal();
    for (const m of held) c.send(m);
    c.deliverAll((m) => m.type === MessageType.ReadIndexResp);
    c.processReady(3);
    expect(reads).toEqual([]);
    c.stabilize();
    expect(reads.map((r) => r.readId)).toEqual([retry]);
    expect(reads[0]?.readId).not.toBe(first);
    expect(reads[0]?.index).toBeGreaterThanOrEqual(commitAtRetry);
  });

  test("scenario 53: a follower read is forwarded, answered, and served locally only once applied reaches the read index", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    // x commits with 2's ack; 3 has the entry but does not know it is committed.
    c.propose(1, "x");
    c.processReady(1);
    const k = lastIndexOf(c, 1);
    c.deliverAll();
    processAll(c);
    c.deliverAll((m) => m.from === 2);
    takeQueued(c, (m) => m.from === 3);
    c.processReady(1);
    takeQueued(c, (m) => m.to === 3 && m.type === MessageType.App);
    expect(committedOf(c, 1)).toBe(k);
    expect(committedOf(c, 3)).toBeLessThan(k);
    const reads = captureReadStates(c, 3);
    const id = c.node(3).raw.readIndex(text("r"));
    c.processReady(3);
    expect(queued(c, MessageType.ReadIndex, 3, 1)).toHaveLength(1);
    // Deliver everything but the commit updates to 3, until the answer is back.
    for (let round = 0; round < 10 && reads.length === 0; round++) {
      processAll(c);
      takeQueued(c, (m) => m.to === 3 && m.type !== MessageType.ReadIndexResp && m.commit >= k);
      c.deliverAll();
    }
    processAll(c);
    expect(reads.map((r) => [r.readId, r.index])).toEqual([[id, k]]);
    // Answered, but 3 has not applied k: serving now would miss x. It waits.
    expect(c.node(3).applied.index).toBeLessThan(k);
    expect(valueAt(c, 3)).toBe("");
    c.tick(1);
    c.stabilize();
    expect(c.node(3).applied.index).toBeGreaterThanOrEqual(k);
    expect(valueAt(c, 3)).toBe("x");
  });

  test("scenario 53: the linearizability checker accepts linearizable register histories and rejects stale reads", () => {
    const w = (client: number, value: string, call: number, ret: number): RegisterOp => ({
      client,
      kind: "write",
      value,
      call,
      ret,
    });
    const r = (client: number, value: string, call: number, ret: number): RegisterOp => ({
      client,
      kind: "read",
      value,
      call,
      ret,
    });
    // Overlapping write and read: either order is fine.
    expect(isLinearizable([w(1, "a", 1, 4), r(2, "", 2, 3)])).toBe(true);
    expect(isLinearizable([w(1, "a", 1, 4), r(2, "a", 2, 3)])).toBe(true);
    // The read starts after the write returned: it must see it.
    expect(isLinearizable([w(1, "a", 1, 2), r(2, "", 3, 4)])).toBe(false);
    // Two reads may not see the writes in opposite orders.
    expect(
      isLinearizable([w(1, "a", 1, 10), w(2, "b", 1, 10), r(3, "a", 2, 3), r(3, "b", 4, 5), r(4, "a", 6, 7)]),
    ).toBe(false);
    // A write whose outcome is unknown may or may not have happened.
    expect(isLinearizable([w(1, "a", 1, Infinity), r(2, "a", 2, 3), r(2, "a", 4, 5)])).toBe(true);
    expect(isLinearizable([w(1, "a", 1, Infinity), r(2, "a", 2, 3), r(2, "", 4, 5)])).toBe(false);
  });

  test("scenario 53: random workloads of writes and follower ReadIndex reads are linearizable; unsafe local reads are caught", () => {
    const runs: { seed: number; ops: number; reads: number; ok: boolean }[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const history = registerWorkload(seed, false);
      const reads = history.filter((o) => o.kind === "read").length;
      runs.push({ seed, ops: history.length, reads, ok: isLinearizable(history) });
    }
    expect(runs.filter((r) => !r.ok)).toEqual([]);
    expect(runs.every((r) => r.ops >= 25 && r.reads >= 8)).toBe(true);
    // The same workloads, with reads served from local state without ReadIndex.
    const unsafe = [];
    for (let seed = 1; seed <= 12; seed++) unsafe.push(isLinearizable(registerWorkload(seed, true)));
    expect(unsafe.filter((ok) => !ok).length).toBeGreaterThan(0);
  });

  test("scenario 54: lease reads stay correct when every clock ticks (a deposed leader stops serving before a new one can commit)", () => {
    // The adversarial timing: the partition comes right after a CheckQuorum round, and the
    // followers time out as early as possible.
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    c.propose(1, "a");
    c.stabilize();
    const leaderRaft = c.node(1).raw.raftForTesting;
    while (leaderRaft.electionElapsed !== 0 || c.queue.length > 0) {
      c.tickAll();
      c.stabilize();
    }
    c.partition([[1], [2, 3]]);
    // 2 times out first, as early as allowed; 3 later, so they do not split the vote.
    c.node(2).raw.raftForTesting.setRandomizedElectionTimeout(ET);
    c.node(3).raw.raftForTesting.setRandomizedElectionTimeout(2 * ET - 1);
    const reads = captureReadStates(c, 1);
    let served = 0;
    // Ticks at which 1 still believes it leads although b is committed elsewhere.
    let overlap = 0;
    let committedElsewhere: number | undefined;
    for (let t = 0; t < 3 * ET; t++) {
      c.tickAll();
      c.stabilize();
      const newLeader = [2, 3].find((id) => isLeader(c, id));
      if (newLeader !== undefined && committedElsewhere === undefined) {
        c.propose(newLeader, "b");
        c.stabilize();
        committedElsewhere = committedOf(c, newLeader);
      }
      if (!isLeader(c, 1)) continue;
      if (committedElsewhere !== undefined) overlap++;
      const before = reads.length;
      const id = c.node(1).raw.readIndex(text(`t${t}`));
      c.processReady(1);
      const answer = reads.slice(before).find((r) => r.readId === id);
      if (answer === undefined) continue;
      served++;
      // Served from the lease: the state it returns must not miss a write committed meanwhile.
      if (committedElsewhere !== undefined) {
        expect.fail(`stale lease read at tick ${t}: index ${answer.index}, value "${valueAt(c, 1)}"`);
      }
    }
    expect(committedElsewhere).toBeDefined();
    expect(served).toBeGreaterThan(0);
    expect(overlap).toBeGreaterThan(0);
    expect(isLeader(c, 1)).toBe(false);
  });

  test("scenario 54 (negative): with the old leader's clock stopped, its lease never expires and it serves a stale read", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
    c.propose(1, "a");
    c.stabilize();
    c.partition([[1], [2, 3]]);
    // 1 is paused: it never ticks again. 2 and 3 elect a leader and commit b.
    let newLeader: NodeId | undefined;
    for (let t = 0; t < 5 * ET && newLeader === undefined; t++) {
      c.tick(2);
      c.tick(3);
      c.stabilize();
      newLeader = [2, 3].find((id) => isLeader(c, id));
    }
    expect(newLeader).toBeDefined();
    c.propose(newLeader as NodeId, "b");
    c.stabilize();
    expect(c.node(newLeader as NodeId).applied.values).toEqual(["a", "b"]);
    // A client reads from 1, which still believes in its lease: the answer misses b.
    expect(isLeader(c, 1)).toBe(true);
    const reads = captureReadStates(c, 1);
    const id = c.node(1).raw.readIndex(text("stale?"));
    c.processReady(1);
    expect(reads.map((r) => r.readId)).toEqual([id]);
    expect(reads[0]?.index).toBeLessThan(committedOf(c, newLeader as NodeId));
    expect(valueAt(c, 1)).toBe("a");
    const history: RegisterOp[] = [
      { client: 1, kind: "write", value: "a", call: 1, ret: 2 },
      { client: 2, kind: "write", value: "b", call: 3, ret: 4 },
      { client: 3, kind: "read", value: valueAt(c, 1), call: 5, ret: 6 },
    ];
    expect(isLinearizable(history)).toBe(false);
  });

  test("scenario 54 (contrast): with ReadIndex (safe) reads, the paused old leader never answers", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.propose(1, "a");
    c.stabilize();
    c.partition([[1], [2, 3]]);
    let newLeader: NodeId | undefined;
    for (let t = 0; t < 5 * ET && newLeader === undefined; t++) {
      c.tick(2);
      c.tick(3);
      c.stabilize();
      newLeader = [2, 3].find((id) => isLeader(c, id));
    }
    expect(newLeader).toBeDefined();
    const reads = captureReadStates(c, 1);
    c.node(1).raw.readIndex(text("stale?"));
    c.stabilize();
    expect(reads).toEqual([]);
  });
});

/**
 * A seeded workload on a 3-node cluster: four clients each run one operation at a time, writes
 * proposed on the node they believe leads, reads by ReadIndex on a random node (or, when
 * `unsafeReads`, from that node's local state at once). Messages are delivered in random order,
 * sometimes duplicated, with ticks now and then. Returns the history of completed operations
 * (writes that never returned have ret = Infinity).
 */
function registerWorkload(seed: number, unsafeReads: boolean): RegisterOp[] {
  const c = newCluster([1, 2, 3], { seed });
  c.node(1).raw.campaign();
  c.stabilize();
  const prng = Prng.fromSeed(seed * 7919);
  const ids = [1, 2, 3];
  const readStates = new Map(ids.map((id) => [id, captureReadStates(c, id)]));
  type Pending =
    | { kind: "write"; client: number; node: NodeId; value: string; call: number; step: number }
    | {
        kind: "read";
        client: number;
        node: NodeId;
        readId: number;
        index?: number;
        call: number;
        step: number;
      };
  const pending = new Map<number, Pending>();
  const history: RegisterOp[] = [];
  let time = 0;
  let writes = 0;
  const pick = <T>(xs: readonly T[]): T => xs[prng.below(xs.length)] as T;

  let currentStep = 0;
  const complete = (): void => {
    for (const [client, op] of pending) {
      if (currentStep - op.step > CLIENT_TIMEOUT) {
        // The client gives up: a read that never returned says nothing; a write may or may not
        // have happened.
        if (op.kind === "write")
          history.push({ client, kind: "write", value: op.value, call: op.call, ret: Infinity });
        pending.delete(client);
        continue;
      }
      if (op.kind === "write") {
        if (c.node(op.node).applied.values.includes(op.value)) {
          history.push({ client, kind: "write", value: op.value, call: op.call, ret: ++time });
          pending.delete(client);
        }
        continue;
      }
      if (op.index === undefined) {
        const rs = readStates.get(op.node)?.find((r) => r.readId === op.readId);
        if (rs !== undefined) op.index = rs.index;
      }
      if (op.index !== undefined && c.node(op.node).applied.index >= op.index) {
        history.push({ client, kind: "read", value: valueAt(c, op.node), call: op.call, ret: ++time });
        pending.delete(client);
      }
    }
  };

  const start = (client: number): void => {
    const node = pick(ids);
    if (prng.below(2) === 0) {
      const leader = c.leader() ?? node;
      const value = `w${++writes}`;
      const call = ++time;
      // A dropped proposal is known not to have happened: no operation.
      if (c.propose(leader, value))
        pending.set(client, { kind: "write", client, node: leader, value, call, step: currentStep });
    } else if (unsafeReads) {
      const call = ++time;
      history.push({ client, kind: "read", value: valueAt(c, node), call, ret: ++time });
    } else {
      const call = ++time;
      const readId = c.node(node).raw.readIndex(text(`c${client}`));
      pending.set(client, { kind: "read", client, node, readId, call, step: currentStep });
    }
  };

  for (; currentStep < 1000; currentStep++) {
    const roll = prng.below(100);
    if (roll < 20) {
      const client = prng.below(4);
      if (!pending.has(client)) start(client);
    } else if (roll < 55) {
      const busy = ids.filter((id) => c.node(id).raw.hasReady());
      if (busy.length > 0) c.processReady(pick(busy));
    } else if (roll < 96) {
      if (c.queue.length > 0) c.deliverAt(prng.below(c.queue.length));
    } else if (roll < 98) {
      if (c.queue.length > 0) c.duplicateAt(prng.below(c.queue.length));
    } else {
      c.tickAll();
    }
    complete();
  }
  // Let what is in flight finish.
  for (let t = 0; t < 3 * ET && pending.size > 0; t++) {
    c.stabilize();
    complete();
    c.tickAll();
  }
  for (const [client, op] of pending) {
    if (op.kind === "write")
      history.push({ client, kind: "write", value: op.value, call: op.call, ret: Infinity });
  }
  expect(c.checker.violations).toEqual([]);
  return history;
}
