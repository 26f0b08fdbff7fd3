// The Raft driver against hostile snapshots, unlucky timing and long deadlines: each test failed
// on the code before its fix (an adversarial review of src/node), and pins the fix.
import { afterEach, describe, expect, test } from "vitest";
import { seededEntropy } from "../../src/entropy.js";
import { Store } from "../../src/fsm/store.js";
import type { RaftTransport, RaftTransportHandlers } from "../../src/node/seams.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { encodeSnapshotData } from "../../src/node/snapshot-data.js";
import { Prng } from "../../src/raft/prng.js";
import type { Message } from "../../src/raft/types.js";
import { EMPTY_CONF_STATE, MessageType, message } from "../../src/raft/types.js";
import { Wal } from "../../src/wal/wal.js";
import { ELECTION_MS, SimCluster, codeOf, secret } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

/** A transport the test drives by hand: it records what the node sends. */
class HandTransport implements RaftTransport {
  handlers: RaftTransportHandlers | null = null;
  readonly sent: Message[] = [];
  async start(handlers: RaftTransportHandlers): Promise<void> {
    this.handlers = handlers;
    return Promise.resolve();
  }
  send(messages: readonly Message[]): void {
    this.sent.push(...messages);
  }
  addPeer(): void {}
  removePeer(): void {}
  async close(): Promise<void> {
    this.handlers = null;
    return Promise.resolve();
  }
}

async function settleMicrotasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** unhandledRejectionsOf runs `step`, lets its work settle, and returns the rejections nobody handled. */
async function unhandledRejectionsOf(step: () => void): Promise<unknown[]> {
  const rejections: unknown[] = [];
  const onRejection = (e: unknown): void => void rejections.push(e);
  process.on("unhandledRejection", onRejection);
  try {
    step();
    await settleMicrotasks();
  } finally {
    process.off("unhandledRejection", onRejection);
  }
  return rejections;
}

/** A joining node on a hand transport, and a way to reopen its WAL afterwards. */
async function joiningNode(c: SimCluster, leaderId: number) {
  const m = await c.addMember();
  const transport = new HandTransport();
  const openWal = () =>
    Wal.open({ db: m.db, keyStore: m.keyStore, kek: null, entropy: seededEntropy(Prng.fromSeed(5)) });
  const { wal, recovered } = await openWal();
  const node = await RaftNode.open({
    id: m.id,
    wal,
    recovered,
    transport,
    clock: c.clock,
    prng: Prng.fromSeed(6),
    initial: { kind: "join", peers: [{ id: leaderId, address: "leader" }] },
  });
  await node.start();
  return { m, node, transport, openWal };
}

function snapshotMessage(from: number, to: number, store: Uint8Array, index: number): Message {
  const data = encodeSnapshotData({
    store,
    members: [
      { id: from, address: "leader" },
      { id: to, address: "me" },
    ],
    removed: [],
  });
  return message({
    type: MessageType.Snap,
    from,
    to,
    term: 2,
    snapshot: { data, metadata: { confState: { ...EMPTY_CONF_STATE, voters: [from, to] }, index, term: 2 } },
  });
}

describe("snapshots received from a peer", () => {
  test("a snapshot whose store bytes are garbage stops the node typed (MALFORMED) and is not persisted", async () => {
    const c = (cluster = await SimCluster.create(1, { seed: 901 }));
    const leaderId = 424242;
    const { node, transport, openWal } = await joiningNode(c, leaderId);
    const rejections = await unhandledRejectionsOf(() =>
      transport.handlers!.onMessage(
        snapshotMessage(leaderId, node.id, new Uint8Array([0xff, 0xff, 0xff]), 10),
      ),
    );
    expect(node.lifecycle).toBe("failed");
    // Untrusted bytes are a typed MALFORMED, as garbage in the outer snapshot data is ...
    expect.soft(await codeOf(node.propose([secret("x")]))).toBe("MALFORMED");
    // ... the Ready loop does not die with an unhandled rejection ...
    expect.soft(rejections.map(String)).toEqual([]);
    await node.close();
    // ... and the bad snapshot was not written ("bad bytes stop the node, unpersisted"), so
    // the member can open again (before the fix the WAL held it and Store.fromSnapshot threw).
    const { wal, recovered } = await openWal();
    await wal.close();
    expect.soft(recovered.snapshot).toBeNull();
  });

  test("a snapshot whose store version is ahead of its Raft index is refused, not an assertion later", async () => {
    const c = (cluster = await SimCluster.create(1, { seed: 902 }));
    const leaderId = 434343;
    const { node, transport } = await joiningNode(c, leaderId);
    // A well-formed store snapshot at version 50, carried by a Raft snapshot at index 10.
    const ahead = new Store();
    ahead.passOver(50);
    transport.handlers!.onMessage(snapshotMessage(leaderId, node.id, ahead.snapshot(), 10));
    await settleMicrotasks();
    // Entry 11 from the leader: the store (at 50) asserts "index 11 applied after 50".
    const rejections = await unhandledRejectionsOf(() =>
      transport.handlers!.onMessage(
        message({
          type: MessageType.App,
          from: leaderId,
          to: node.id,
          term: 2,
          logTerm: 2,
          index: 10,
          commit: 11,
          entries: [{ term: 2, index: 11, type: 0, data: new Uint8Array(0) }],
        }),
      ),
    );
    // Expected: the inconsistent snapshot is refused as MALFORMED when it arrives, so the node
    // either ignores it or stops with a typed error; never a FAILED assertion from the store.
    expect(rejections).toEqual([]);
    if (node.lifecycle === "failed") {
      expect(await codeOf(node.propose([secret("x")]))).toBe("MALFORMED");
    } else {
      expect(node.store.appliedIndex).toBe(node.status().applied);
    }
    await node.close();
  });
});

describe("proposals and snapshot installs", () => {
  test("a follower's proposal that arrives inside an installed snapshot settles promptly, not at its timeout", async () => {
    const c = (cluster = await SimCluster.create(3, {
      seed: 903,
      tuning: { snapshotEveryEntries: 5, keepEntriesAfterSnapshot: 0 },
    }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    // The follower still reaches the leader, but hears nothing back for a moment (well under
    // an election timeout, so it keeps its leader and nothing fails as LOST_LEADERSHIP).
    c.network.cut(leader.id, follower.id, { oneWay: true });
    let outcome: string | null = null;
    const p = follower.propose([secret("inside-snapshot")]);
    p.then(
      () => (outcome = "applied"),
      (e: { code?: string }) => (outcome = e.code ?? "uncoded"),
    );
    await c.until(() => leader.store.get("secret", "inside-snapshot") !== undefined, 200);
    // The leader moves on, snapshots and compacts past what the follower has.
    for (let i = 0; i < 12; i++) await c.resolve(leader.propose([secret(`after-${i}`)]), ELECTION_MS);
    expect(leader.status().snapshotIndex).toBeGreaterThan(follower.status().lastIndex);
    c.network.heal();
    await c.until(() => follower.status().applied >= leader.status().applied, ELECTION_MS);
    expect(c.member(follower.id).events.some((e) => e.kind === "restored")).toBe(true);
    expect(follower.store.get("secret", "inside-snapshot")).toBeDefined();
    expect(follower.raftStatus().softState.lead).toBe(leader.id);
    // The entry was committed and is in the follower's store. Before the fix its proposer waited
    // for requestTimeoutMs (10 s) and got TIMEOUT: a caller told "timed out" for a write that
    // happened retries it and gets ALREADY_EXISTS. Now: outcome unknown, at once.
    await c.run(2 * ELECTION_MS);
    expect(outcome).toBe("SNAPSHOT_INSTALLED");
  });
});

describe("joining", () => {
  test("a joiner restarted (join again) before its first snapshot still reaches the leader and catches up", async () => {
    const c = (cluster = await SimCluster.create(1, { seed: 904 }));
    const leader = c.requireLeader();
    await c.resolve(leader.propose([secret("before-join")]), ELECTION_MS);
    const m = await c.addMember();
    const peers = [{ id: leader.id, address: c.member(leader.id).address }];
    await c.startNode(m.id, { kind: "join", peers });
    // It hears the leader (and persists its term) but its answers are lost for now.
    c.network.cut(m.id, leader.id, { oneWay: true });
    const added = leader.addLearner(m.id, m.address);
    await c.resolve(added, ELECTION_MS);
    await c.until(() => c.node(m.id).raftStatus().hardState.term > 0, ELECTION_MS);
    expect(c.node(m.id).status().snapshotIndex).toBe(0);
    // It restarts (a resumed join passes the same peers again), and the network heals.
    await c.crash(m.id);
    c.network.heal();
    const back = await c.startNode(m.id, { kind: "join", peers });
    await c.run(3 * ELECTION_MS);
    // Expected: it answers the leader, gets the snapshot and applies "before-join".
    // Before the fix: its WAL is not empty (a term), so `initial` is ignored and it knows no peers:
    // every reply is no-route, and it never catches up.
    expect(back.store.get("secret", "before-join")).toBeDefined();
  });
});

describe("request deadlines on the real clock", () => {
  test("SystemClock.setTimeout with a deadline past 2^31-1 ms (or Infinity) does not fire at once", async () => {
    // propose(..., { timeoutMs }) and every Waiter use clock.setTimeout; Node's setTimeout turns
    // any delay above 2^31-1 ms into 1 ms, so a caller asking for "no deadline" (Infinity) or
    // a month gets TIMEOUT after 1 ms. SimClock waits as asked, so simulation hides it.
    const { SystemClock } = await import("../../src/node/clock.js");
    const clock = new SystemClock();
    const fired: string[] = [];
    const cancels = [
      clock.setTimeout(() => fired.push("Infinity"), Number.POSITIVE_INFINITY),
      clock.setTimeout(() => fired.push("30 days"), 30 * 24 * 3600 * 1000),
    ];
    await new Promise((resolve) => setTimeout(resolve, 30));
    for (const cancel of cancels) cancel();
    expect(fired).toEqual([]);
  });
});

describe("close", () => {
  test("close() during leave()'s leadership transfer settles leave() at once with STOPPED", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 905 }));
    const leader = c.requireLeader();
    // The transfer cannot finish: nothing the leader sends arrives (it still counts the others
    // as reachable, having heard them within an election timeout).
    for (const f of c.followers()) c.network.cut(leader.id, f.id, { oneWay: true });
    let outcome: string | null = null;
    leader.leave().then(
      () => (outcome = "left"),
      (e: { code?: string }) => (outcome = e.code ?? "uncoded"),
    );
    await c.run(10);
    expect(outcome).toBeNull(); // the transfer is in flight
    c.member(leader.id).node = null;
    await leader.close();
    await c.run(50);
    // Expected: STOPPED at once, like every other pending request. Before the fix: leave() keeps
    // waiting on #leaderChangeWithin's timer, which close() neither cancels nor resolves; it
    // settles (STOPPED) only when that timer fires, an election timeout later, after
    // #transferLeadership has looked at the closed node's Raft state again.
    expect(outcome).toBe("STOPPED");
  });
});
