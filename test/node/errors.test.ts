// Every operating condition a caller can meet comes back as a NodeError with its own code.
import { afterEach, describe, expect, test } from "vitest";
import { keel } from "../../src/gen/disk.js";
import { NodeError } from "../../src/node/errors.js";
import { raftIdFromNodeId, nodeIdFromRaftId } from "../../src/node/identity.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { decodeSnapshotData, encodeSnapshotData } from "../../src/node/snapshot-data.js";
import { newSecret } from "../../src/fsm/defaults.js";
import { Prng } from "../../src/raft/prng.js";
import { Wal } from "../../src/wal/wal.js";
import { seededEntropy } from "../../src/entropy.js";
import { ELECTION_MS, SimCluster, codeOf, secret } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

describe("typed errors", () => {
  test("NOT_LEADER: no leader known, or a leader-only call on a follower (with the leader's id)", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 41 }));
    const stranger = await c.addMember();
    const alone = await c.startNode(stranger.id, { kind: "join", peers: [] });
    expect(await codeOf(alone.propose([secret()]))).toBe("NOT_LEADER");
    expect(await codeOf(alone.linearizableRead())).toBe("NOT_LEADER");
    const follower = c.followers()[0]!;
    const err = await follower.addLearner(12345, "x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NodeError);
    expect((err as NodeError).type).toEqual({
      code: "NOT_LEADER",
      leader: c.requireLeader().id,
      operation: "addLearner",
    });
  });

  test("TIMEOUT: a follower whose forwarded proposals never reach the leader", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 42 }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    // One way only: it still hears the leader's heartbeats, so it keeps believing in it.
    c.network.cut(follower.id, leader.id, { oneWay: true });
    const p = follower.propose([secret()], { timeoutMs: 300 });
    expect(await codeOf(c.resolve(p, ELECTION_MS))).toBe("TIMEOUT");
  });

  test("TOO_LARGE: a proposal above the store's transaction limit never reaches Raft", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 43 }));
    const big = new Uint8Array(2 * 1024 * 1024);
    const action = {
      action: "create",
      kind: "secret",
      object: newSecret({ id: "big", name: "big", data: big }),
    } as const;
    const err = await c
      .requireLeader()
      .propose([action])
      .catch((e: unknown) => e);
    expect((err as NodeError).type).toMatchObject({ code: "TOO_LARGE", bytesMax: 1.5 * 1024 * 1024 });
  });

  test("DROPPED: Raft refuses a proposal past the uncommitted-size limit, or a second conf change", async () => {
    const c = (cluster = await SimCluster.create(3, {
      seed: 44,
      tuning: { raft: { maxUncommittedEntriesSize: 200 } },
    }));
    const leader = c.requireLeader();
    c.network.isolate(leader.id, c.ids());
    const big = (i: number): Promise<string> => codeOf(leader.propose([secret(`big${i}`, "x".repeat(60))]));
    // Raft takes anything while nothing is uncommitted, and the proposals of one turn of the
    // loop go in together: the limit holds back those of the turns after.
    const first = big(1);
    await c.run(1);
    const codes = [first, ...[2, 3, 4, 5, 6].map(big)];
    // The accepted ones cannot commit and fail when the cut-off leader steps down.
    const settled = await c.resolve(Promise.all(codes), 3 * ELECTION_MS);
    expect(settled).toContain("DROPPED");
    expect(settled).toContain("LOST_LEADERSHIP");
    c.network.heal();
    await c.until(() => c.leader() !== null, 4 * ELECTION_MS);
    const l = c.requireLeader();
    const a = l.addLearner(111, "a");
    const b = l.addLearner(222, "b");
    expect(await codeOf(b)).toBe("DROPPED");
    await c.resolve(a, ELECTION_MS);
  });

  test("LOST_LEADERSHIP: a leader cut off steps down and fails what it had pending", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 45 }));
    const leader = c.requireLeader();
    c.network.isolate(leader.id, c.ids());
    const p = leader.propose([secret()]);
    const r = codeOf(leader.linearizableRead());
    expect(await codeOf(c.resolve(p, 3 * ELECTION_MS))).toBe("LOST_LEADERSHIP");
    expect(await r).toBe("LOST_LEADERSHIP");
  });

  test("REJECTED: the store refuses a proposal identically everywhere", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 46 }));
    const leader = c.requireLeader();
    await c.resolve(leader.propose([secret("dup")]), ELECTION_MS);
    const err = await c.resolve(leader.propose([secret("dup")]), ELECTION_MS).catch((e: unknown) => e);
    expect((err as NodeError).code).toBe("REJECTED");
    const type = (err as NodeError).type;
    if (type.code === "REJECTED") expect(type.error.code).toBeTypeOf("string");
  });

  test("STOPPED after close, and close is idempotent; ALREADY_MEMBER", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 47 }));
    const leader = c.requireLeader();
    expect(await codeOf(leader.addLearner(c.followers()[0]!.id, "x"))).toBe("ALREADY_MEMBER");
    const pending = leader.propose([secret()]);
    await Promise.all([leader.close(), leader.close()]);
    await leader.close();
    expect(await codeOf(pending)).toBe("STOPPED");
    expect(await codeOf(leader.propose([secret()]))).toBe("STOPPED");
    expect(leader.lifecycle).toBe("closed");
  });

  test("STORAGE_FAILED: a failed WAL write stops the node (fail-stop), and it recovers on reopen", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 48 }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    c.member(follower.id).db.failNextWrites(1);
    await c.resolve(leader.propose([secret("f1")]), ELECTION_MS);
    await c.until(() => follower.lifecycle === "failed", ELECTION_MS);
    expect(await codeOf(follower.propose([secret()]))).toBe("STORAGE_FAILED");
    await c.crash(follower.id);
    const back = await c.restart(follower.id);
    await c.until(() => back.store.get("secret", "f1") !== undefined, 2 * ELECTION_MS);
  });

  /** Opens a new member's WAL (after `prepare` wrote to it) and a node on it, with neither bootstrap nor join; closes it again. */
  async function openWithoutInitial(seed: number, prepare: (wal: Wal) => Promise<void>): Promise<unknown> {
    const c = (cluster = await SimCluster.create(1, { seed }));
    const m = await c.addMember();
    const open = () =>
      Wal.open({ db: m.db, keyStore: m.keyStore, kek: null, entropy: seededEntropy(Prng.fromSeed(1)) });
    const first = await open();
    await prepare(first.wal);
    await first.wal.close();
    const { wal, recovered } = await open();
    const err = await RaftNode.open({
      id: m.id,
      wal,
      recovered,
      transport: c.network.endpoint(m.id, m.address),
      clock: c.clock,
      prng: Prng.fromSeed(2),
    }).catch((e: unknown) => e);
    if (err instanceof RaftNode) await err.close();
    await wal.close();
    return err;
  }

  test("NOT_INITIALIZED: an empty WAL with neither bootstrap nor join", async () => {
    const err = await openWithoutInitial(49, async () => {});
    expect((err as NodeError).code).toBe("NOT_INITIALIZED");
  });

  test("a join stopped before its first snapshot opens again: the leader's snapshot tells it the members", async () => {
    // MEMBERS_UNKNOWN (lost-tail.test.ts) is for a log that lost its snapshot, not for this.
    const opened = await openWithoutInitial(50, (wal) =>
      wal.save({ hardState: { term: 3, vote: 0, commit: 0 } }),
    );
    expect(opened).toBeInstanceOf(RaftNode);
  });

  test("MALFORMED: snapshot data and node ids from outside are validated", () => {
    const good = encodeSnapshotData({
      store: new Uint8Array([1, 2]),
      members: [{ id: 7, address: "a" }],
      removed: [9],
    });
    expect(decodeSnapshotData(good)).toEqual({
      store: new Uint8Array([1, 2]),
      members: [{ id: 7, address: "a" }],
      removed: [9],
    });
    const encode = (fields: keel.disk.INodeSnapshot) => keel.disk.NodeSnapshot.encode(fields).finish();
    for (const bad of [
      new Uint8Array([1, 2, 3]),
      good.slice(0, good.length - 1),
      new Uint8Array(0),
      encode({ formatVersion: 2, store: new Uint8Array([1]) }),
      encode({ formatVersion: 1, members: [{ id: 0, address: "a" }] }),
      encode({ formatVersion: 1, removed: [2 ** 53 + 2] }),
    ]) {
      expect(() => decodeSnapshotData(bad)).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    }
    expect(raftIdFromNodeId(nodeIdFromRaftId(2 ** 53 - 1))).toBe(2 ** 53 - 1);
    for (const bad of ["", "0", "ABC", "zzzzzzzzzzz", "1-2"]) {
      expect(() => raftIdFromNodeId(bad)).toThrow(expect.objectContaining({ code: "MALFORMED" }));
    }
  });
});
