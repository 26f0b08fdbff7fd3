// The pipelined driver: later Readies are taken while earlier ones are written, committed
// entries are applied before this node's own copy is durable (a quorum holds them), and
// acknowledgements still wait for durability.
import { afterEach, describe, expect, test } from "vitest";
import { writesInFlightMax } from "../../src/node/raft-node.js";
import type { SaveBatch } from "../../src/wal/wal.js";
import { ELECTION_MS, SimCluster, secret, secretIds } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

describe("pipelined driver", () => {
  test("every batch the driver saves has the same fields, whatever its Ready holds", async () => {
    // One shape: spreading only the parts a Ready has made batches of many shapes, each built
    // by V8's object-spread runtime (most of the driver's own time per Ready).
    const c = (cluster = await SimCluster.create(3, { seed: 24 }));
    const leader = c.requireLeader();
    const batches: SaveBatch[] = [];
    for (const id of [leader.id, c.followers()[0]!.id]) {
      const wal = c.member(id).wal!;
      const save = wal.save.bind(wal);
      wal.save = (batch: SaveBatch): Promise<void> => {
        batches.push(batch);
        return save(batch);
      };
    }
    for (let i = 0; i < 3; i++) await c.resolve(leader.propose([secret(`shape-${i}`)]), ELECTION_MS);
    await c.until(() => c.caughtUp(), ELECTION_MS);
    // Entries with a hard state, and a hard state alone (a commit-only Ready), among them.
    expect(batches.some((b) => (b.entries?.length ?? 0) > 0)).toBe(true);
    expect(batches.some((b) => (b.entries?.length ?? 0) === 0 && b.hardState !== undefined)).toBe(true);
    expect(new Set(batches.map((b) => Object.keys(b).join(",")))).toEqual(
      new Set(["hardState,entries,snapshot,sync"]),
    );
  });

  test("a leader whose own disk is slow still commits and applies on its followers' acknowledgements", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 21 }));
    const leader = c.requireLeader();
    const release = c.member(leader.id).db.holdWrites();
    try {
      const applied = await c.resolve(leader.propose([secret("slow-0")]), ELECTION_MS);
      // Its own write is still held, yet the entry is committed and applied here.
      expect(c.member(leader.id).db.writesStarted).toBeGreaterThan(0);
      expect(leader.status().applied).toBeGreaterThanOrEqual(applied.index);
      expect(secretIds(leader)).toContain("slow-0");
      // More Readies were taken while the first write waits: a second proposal goes through too.
      await c.resolve(leader.propose([secret("slow-1")]), ELECTION_MS);
      expect(secretIds(leader)).toContain("slow-1");
    } finally {
      release();
    }
    await c.until(() => c.caughtUp(), ELECTION_MS);
  });

  test("a follower whose disk is held acknowledges nothing until its write is durable", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 22 }));
    const leader = c.requireLeader();
    const [a, b] = c.followers();
    const releaseA = c.member(a!.id).db.holdWrites();
    const releaseB = c.member(b!.id).db.holdWrites();
    const proposal = leader.propose([secret("held")]);
    let settled = false;
    void proposal.then(
      () => (settled = true),
      () => (settled = true),
    );
    await c.run(ELECTION_MS / 2);
    // Neither follower's copy is durable: no quorum, no commit.
    expect(settled).toBe(false);
    expect(leader.status().commit).toBeLessThan(leader.raftStatus().lastIndex ?? Infinity);
    releaseA();
    await c.resolve(proposal, ELECTION_MS);
    releaseB();
    await c.until(() => c.caughtUp(), ELECTION_MS);
  });

  test("several writes are in flight at once on a busy leader", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 23 }));
    const leader = c.requireLeader();
    const release = c.member(leader.id).db.holdWrites();
    const proposals: Promise<unknown>[] = [];
    let inFlightMax = 0;
    try {
      for (let i = 0; i < 4; i++) {
        proposals.push(leader.propose([secret(`burst-${i}`)]));
        await c.run(2);
        inFlightMax = Math.max(inFlightMax, leader.writesInFlight);
      }
    } finally {
      release();
    }
    // The loop did not wait for the first write before taking the next Readies.
    expect(inFlightMax).toBeGreaterThanOrEqual(2);
    await c.resolve(Promise.all(proposals), ELECTION_MS);
    expect(secretIds(leader)).toEqual(expect.arrayContaining(["burst-0", "burst-1", "burst-2", "burst-3"]));
  });

  test("a follower at its bound of writes in flight still forwards a proposal and applies the commit", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 25 }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    await c.resolve(leader.propose([secret("warm")]), ELECTION_MS);
    const release = c.member(follower.id).db.holdWrites();
    try {
      // Appends arriving one by one, each a Ready with entries the held disk never finishes.
      const burst: Promise<unknown>[] = [];
      for (let i = 0; i < 2 * writesInFlightMax && follower.writesInFlight < writesInFlightMax; i++) {
        burst.push(leader.propose([secret(`burst-${i}`)]));
        await c.run(2);
      }
      expect(follower.writesInFlight).toBe(writesInFlightMax);
      await c.resolve(Promise.all(burst), ELECTION_MS);
      // The forwarded proposal waits for no write of the follower's: the leader and the other
      // follower commit it, and the follower applies it from its log before its copy is durable.
      await c.resolve(follower.propose([secret("forwarded")]), ELECTION_MS);
      expect(secretIds(follower)).toContain("forwarded");
      expect(follower.writesInFlight).toBe(writesInFlightMax);
    } finally {
      release();
    }
    await c.until(() => c.caughtUp(), ELECTION_MS);
  });

  test("the proposals of one turn go to Raft together: one append per follower, not one per proposal", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 24 }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    await c.resolve(leader.propose([secret("warm")]), ELECTION_MS);
    for (const [at, name] of [
      [leader, "leader"],
      [follower, "follower"],
    ] as const) {
      await c.until(() => c.caughtUp(), ELECTION_MS);
      const sentBefore = c.network.stats.sent;
      const proposals = Array.from({ length: 20 }, (_, i) => at.propose([secret(`${name}-${i}`)]));
      await c.resolve(Promise.all(proposals), ELECTION_MS);
      // One at a time, each would cost an append and an acknowledgement per follower (80 and more).
      const sent = c.network.stats.sent - sentBefore;
      expect(sent, `${name}: ${sent} messages for 20 proposals`).toBeLessThan(20);
      expect(secretIds(at)).toContain(`${name}-19`);
    }
  });

  test("what arrives before the loop's deferred wake goes into one Ready", async () => {
    // On Node the wake waits for the turn's I/O callbacks (setImmediate): two requests that come
    // in on separate callbacks, each ending in its own microtasks, still make one Ready.
    const c = (cluster = await SimCluster.create(3, { seed: 25 }));
    const leader = c.requireLeader();
    await c.resolve(leader.propose([secret("warm")]), ELECTION_MS);
    await c.until(() => c.caughtUp(), ELECTION_MS);
    const wal = c.member(leader.id).wal!;
    const entriesPerSave: number[] = [];
    const save = wal.save.bind(wal);
    wal.save = (batch: SaveBatch): Promise<void> => {
      if ((batch.entries?.length ?? 0) > 0) entriesPerSave.push(batch.entries!.length);
      return save(batch);
    };
    const clock = c.member(leader.id).clock;
    const deferred: (() => void)[] = [];
    clock.defer = (fn) => void deferred.push(fn);
    const turns = async (): Promise<void> => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    };
    const first = leader.propose([secret("turn-1")]);
    await turns();
    const second = leader.propose([secret("turn-2")]);
    await turns();
    expect(entriesPerSave).toEqual([]);
    expect(deferred.length).toBe(1);
    Reflect.deleteProperty(clock, "defer");
    for (const wake of deferred) wake();
    await c.resolve(Promise.all([first, second]), ELECTION_MS);
    expect(entriesPerSave[0]).toBe(2);
    expect(secretIds(leader)).toEqual(expect.arrayContaining(["turn-1", "turn-2"]));
  });
});
