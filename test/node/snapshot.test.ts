// Snapshots every N entries, log compaction, catching up through a snapshot, DEK rotation.
import { afterEach, describe, expect, test } from "vitest";
import { ELECTION_MS, SimCluster, TICK_MS, secret, secretIds } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

const tuning = { snapshotEveryEntries: 20, keepEntriesAfterSnapshot: 5 };

describe("snapshots", () => {
  test("every N applied entries a snapshot is taken and the log compacted behind it", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 21, tuning }));
    const leader = c.requireLeader();
    for (let i = 0; i < 30; i++) await c.resolve(leader.propose([secret(`n${i}`)]), ELECTION_MS);
    await c.run(50);
    for (const n of c.live()) {
      const events = c.member(n.id).events;
      const snaps = events.flatMap((e) =>
        e.kind === "snapshot" && e.reason === "interval" ? [e.index] : [],
      );
      expect(snaps.length).toBeGreaterThanOrEqual(1);
      const compacted = events.flatMap((e) => (e.kind === "compacted" ? [e.index] : []));
      expect(compacted.at(-1)).toBe(snaps.at(-1)! - tuning.keepEntriesAfterSnapshot);
      expect(n.status().snapshotIndex).toBe(snaps.at(-1));
    }
  });

  test("a snapshot copies the objects unchanged since the node's previous one instead of encoding them", async () => {
    const c = (cluster = await SimCluster.create(3, {
      seed: 24,
      tuning: { ...tuning, snapshotSizeFactor: 0 },
    }));
    const leader = c.requireLeader();
    for (let i = 0; i < 70; i++) await c.resolve(leader.propose([secret(`c${i}`)]), ELECTION_MS);
    await c.run(50);
    for (const n of c.live()) {
      const snaps = c
        .member(n.id)
        .events.flatMap((e) => (e.kind === "snapshot" && e.reason === "interval" ? [e] : []));
      expect(snaps.length).toBeGreaterThanOrEqual(3);
      expect(snaps[0]!.copied).toBe(0);
      // Only secrets are created, one an entry: a snapshot copies every secret of the one before,
      // which holds one per entry but the few that carried no secret (conf changes, no-ops).
      const withoutSecret = snaps.slice(1).map((snap, i) => snaps[i]!.index - snap.copied);
      expect(new Set(withoutSecret).size).toBe(1);
      expect(withoutSecret[0]).toBeGreaterThan(0);
      expect(withoutSecret[0]).toBeLessThan(10);
    }
  });

  test("managers take their interval snapshots at different indexes (a jitter of up to a tenth)", async () => {
    const every = 40;
    const c = (cluster = await SimCluster.create(3, {
      seed: 29,
      tuning: { snapshotEveryEntries: every, keepEntriesAfterSnapshot: 5 },
    }));
    const leader = c.requireLeader();
    for (let i = 0; i < 150; i++) await c.resolve(leader.propose([secret(`j${i}`)]), ELECTION_MS);
    await c.run(50);
    const firsts = c.live().map((n) => {
      const snaps = c
        .member(n.id)
        .events.flatMap((e) => (e.kind === "snapshot" && e.reason === "interval" ? [e.index] : []));
      expect(snaps.length).toBeGreaterThanOrEqual(2);
      // Each gap is the interval plus less than a tenth of it.
      for (let i = 1; i < snaps.length; i++) {
        expect(snaps[i]! - snaps[i - 1]!).toBeGreaterThanOrEqual(every);
        expect(snaps[i]! - snaps[i - 1]!).toBeLessThan(every + every / 10);
      }
      return snaps.join(",");
    });
    expect(new Set(firsts).size).toBeGreaterThan(1);
  });

  test("with a size factor a growing store is snapshotted less often: the log must reach its size", async () => {
    /** The interval snapshots the leader took, with the bytes of each. */
    const intervalSnapshots = async (
      snapshotSizeFactor: number,
    ): Promise<{ index: number; bytes: number }[]> => {
      const c = (cluster = await SimCluster.create(3, {
        seed: 40,
        tuning: { snapshotEveryEntries: 10, snapshotSizeFactor, keepEntriesAfterSnapshot: 5 },
      }));
      const leader = c.requireLeader();
      // Every entry adds a secret of 1 kB: the store grows by about what the log does.
      const value = "v".repeat(1000);
      for (let i = 0; i < 120; i++) await c.resolve(leader.propose([secret(`g${i}`, value)]), ELECTION_MS);
      await c.run(50);
      const snapshots = c
        .member(leader.id)
        .events.flatMap((e) =>
          e.kind === "snapshot" && e.reason === "interval" ? [{ index: e.index, bytes: e.bytes }] : [],
        );
      await c.closeAll();
      cluster = null;
      return snapshots;
    };
    // By count alone: every 10 entries.
    expect((await intervalSnapshots(0)).length).toBeGreaterThanOrEqual(11);
    // Factor 1: the entries between two snapshots (each well under 1,100 bytes) hold at least
    // the earlier snapshot's bytes, so the gaps grow with the store.
    const sized = await intervalSnapshots(1);
    expect(sized.length).toBeGreaterThanOrEqual(3);
    expect(sized.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < sized.length; i++) {
      expect((sized[i]!.index - sized[i - 1]!.index) * 1100).toBeGreaterThanOrEqual(sized[i - 1]!.bytes);
    }
  });

  test("a restarted node still waits for the log to reach its recovered snapshot's size", async () => {
    const c = (cluster = await SimCluster.create(3, {
      seed: 41,
      tuning: { snapshotEveryEntries: 10, snapshotSizeFactor: 1, keepEntriesAfterSnapshot: 5 },
    }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    const value = "v".repeat(1000);
    let n = 0;
    const write = (): Promise<unknown> => c.resolve(leader.propose([secret(`r${n++}`, value)]), ELECTION_MS);
    // Until the follower holds a snapshot of at least 30 secrets of 1 kB (about 30 kB).
    while (follower.status().snapshotIndex < 30) await write();
    const before = follower.status().snapshotIndex;
    await c.crash(follower.id);
    const back = await c.restart(follower.id);
    // Past the count (10 entries, 11 with the most jitter) but not the size: 12 kB or so more.
    for (let i = 0; i < 12; i++) await write();
    await c.until(() => back.status().applied === leader.status().applied, ELECTION_MS);
    expect(back.status().applied - before).toBeLessThan(20);
    expect(back.status().snapshotIndex).toBe(before);
  });

  test("a large store is encoded between Readies: writes go on committing while it snapshots", async () => {
    const every = 60;
    const c = (cluster = await SimCluster.create(3, {
      seed: 30,
      // Small slices: each takes a turn of the loop (a simulated millisecond here).
      tuning: { snapshotEveryEntries: every, keepEntriesAfterSnapshot: 5, snapshotSliceObjects: 50 },
    }));
    const leader = c.requireLeader();
    const events = c.member(leader.id).events;
    // Big proposals fill the store quickly (100 secrets each): more than one slice to encode.
    let n = 0;
    const batch = (): ReturnType<typeof secret>[] => Array.from({ length: 100 }, () => secret(`big-${n++}`));
    const created = events.length;
    const encoding = (): boolean => events.slice(created).some((e) => e.kind === "snapshot-encoding");
    while (!encoding()) await c.resolve(leader.propose(batch()), ELECTION_MS);
    expect(secretIds(leader).length).toBeGreaterThan(5000);
    // The snapshot is still being encoded: proposals made now are applied before it is saved.
    const during: Promise<unknown>[] = [];
    const start = events.length;
    for (let i = 0; i < 5; i++) during.push(leader.propose(batch()));
    await c.until(() => events.slice(start).some((e) => e.kind === "snapshot"), 10 * ELECTION_MS);
    await c.resolve(Promise.all(during), ELECTION_MS);
    const after = events.slice(start);
    const savedAt = after.findIndex((e) => e.kind === "snapshot");
    const appliedBefore = after.slice(0, savedAt).filter((e) => e.kind === "applied").length;
    expect(appliedBefore).toBeGreaterThan(0);
    // The snapshot holds the store as it was when encoding began.
    const encodingAt = events.slice(created).find((e) => e.kind === "snapshot-encoding");
    const savedSnapshot = after[savedAt];
    expect(savedSnapshot?.kind === "snapshot" ? savedSnapshot.index : -1).toBe(
      encodingAt?.kind === "snapshot-encoding" ? encodingAt.index : -2,
    );
    await c.until(() => c.caughtUp(), ELECTION_MS);
  });

  test("the loop goes on while a snapshot is saved: a leader whose disk holds it still commits and applies", async () => {
    const c = (cluster = await SimCluster.create(3, {
      seed: 31,
      tuning: { snapshotEveryEntries: 1000, keepEntriesAfterSnapshot: 2 },
    }));
    const leader = c.requireLeader();
    for (let i = 0; i < 10; i++) await c.resolve(leader.propose([secret(`h${i}`)]), ELECTION_MS);
    const events = c.member(leader.id).events;
    const start = events.length;
    const release = c.member(leader.id).db.holdWrites();
    try {
      // Due now: encoded at once (a small store), then saved against a disk that holds it.
      leader.setSnapshotPolicy({ snapshotEveryEntries: 5, keepEntriesAfterSnapshot: 2 });
      await c.until(() => events.slice(start).some((e) => e.kind === "snapshot-encoding"), ELECTION_MS);
      await c.resolve(leader.propose([secret("while-saving")]), ELECTION_MS);
      expect(secretIds(leader)).toContain("while-saving");
      expect(events.slice(start).some((e) => e.kind === "snapshot")).toBe(false);
    } finally {
      release();
    }
    await c.until(() => events.slice(start).some((e) => e.kind === "snapshot"), ELECTION_MS);
    await c.until(() => c.caughtUp(), ELECTION_MS);
  });

  test("a node that fell behind the compacted log catches up through a snapshot", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 22, tuning }));
    const leader = c.requireLeader();
    const lagging = c.followers()[0]!;
    c.network.isolate(lagging.id, c.ids());
    for (let i = 0; i < 60; i++) await c.resolve(leader.propose([secret(`l${i}`)]), ELECTION_MS);
    expect(leader.status().snapshotIndex).toBeGreaterThan(lagging.status().lastIndex);
    c.network.heal();
    await c.until(() => lagging.status().applied === leader.status().applied, 4 * ELECTION_MS);
    expect(c.member(lagging.id).events.some((e) => e.kind === "restored")).toBe(true);
    expect(secretIds(lagging)).toEqual(secretIds(leader));
    // It restarts from the snapshot it received.
    await c.crash(lagging.id);
    const back = await c.restart(lagging.id);
    expect(secretIds(back)).toEqual(secretIds(leader));
  });
});

describe("DEK rotation", () => {
  test("a requested rotation triggers a snapshot and completes; the node restarts under the new key", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 23 }));
    const leader = c.requireLeader();
    for (let i = 0; i < 5; i++) await c.resolve(leader.propose([secret(`d${i}`)]), ELECTION_MS);
    const follower = c.followers()[0]!;
    await c.resolve(follower.requestDekRotation(), ELECTION_MS);
    // Pending until a snapshot at or past the last entry written under the old key exists.
    await c.until(() => follower.status().dek?.state === "idle", 2 * ELECTION_MS);
    const reasons = c.member(follower.id).events.flatMap((e) => (e.kind === "snapshot" ? [e.reason] : []));
    expect(reasons).toContain("dek-rotation");
    await c.resolve(leader.propose([secret("d5")]), ELECTION_MS);
    await c.run(20);
    await c.crash(follower.id);
    const back = await c.restart(follower.id);
    await c.until(() => secretIds(back).length === 6, 2 * ELECTION_MS);
    expect(back.status().dek).toEqual({ state: "idle" });
  });

  test("a rotation waits while entries under the old key are written but not applied", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 24 }));
    const leader = c.requireLeader();
    // The leader writes entries that cannot commit while it is cut off from both followers.
    c.network.isolate(leader.id, c.ids());
    const pending = Promise.allSettled([leader.propose([secret("u1")]), leader.propose([secret("u2")])]);
    await c.run(5);
    await c.resolve(leader.requestDekRotation(), ELECTION_MS);
    await c.run(50);
    const dek = leader.status().dek;
    expect(dek?.state).toBe("pending");
    if (dek?.state === "pending") expect(dek.snapshotIndexMin).toBeGreaterThan(leader.status().applied);
    // Healed, its tail is either committed or replaced by the new leader's; then it snapshots.
    c.network.heal();
    await c.resolve(pending, 4 * ELECTION_MS);
    await c.until(() => leader.status().dek?.state === "idle", 4 * ELECTION_MS);
    expect(c.member(leader.id).events.some((e) => e.kind === "snapshot" && e.reason === "dek-rotation")).toBe(
      true,
    );
  });
});

describe("DEK rotation on every manager at once", () => {
  test("the managers take turns: each begins its snapshot a spacing after the one ranked before it", async () => {
    const spacingMs = 300;
    const began: { id: number; atMs: number }[] = [];
    let c: SimCluster | null = null;
    c = cluster = await SimCluster.create(3, {
      seed: 27,
      tuning: { rotationSnapshotSpacingMs: spacingMs },
      onEvent: (m, e) => {
        if (e.kind === "snapshot-encoding" && e.reason === "dek-rotation") {
          began.push({ id: m.id, atMs: c?.clock.monotonicMs() ?? -1 });
        }
      },
    });
    const leader = c.requireLeader();
    for (let i = 0; i < 5; i++) await c.resolve(leader.propose([secret(`t${i}`)]), ELECTION_MS);
    await c.until(() => c.caughtUp(), ELECTION_MS);
    const requestedMs = c.clock.monotonicMs();
    await c.resolve(Promise.all(c.live().map((n) => n.requestDekRotation())), ELECTION_MS);
    await c.until(() => c.live().every((n) => n.status().dek?.state === "idle"), 4 * ELECTION_MS);
    // In the order of their ids, the first at once, then one spacing apart (give or take a tick).
    expect(began.map((b) => b.id)).toEqual([...c.ids()].sort((a, b) => a - b));
    expect(began[0]!.atMs - requestedMs).toBeLessThan(TICK_MS);
    for (let i = 1; i < began.length; i++) {
      const gapMs = began[i]!.atMs - began[i - 1]!.atMs;
      expect(gapMs).toBeGreaterThanOrEqual(spacingMs - TICK_MS);
      expect(gapMs).toBeLessThan(spacingMs + TICK_MS);
    }
  });
});

describe("DEK rotation on an idle node", () => {
  test("a sole manager with nothing to do completes a requested rotation promptly", async () => {
    const c = (cluster = await SimCluster.create(1, { seed: 25 }));
    const leader = c.requireLeader();
    for (let i = 0; i < 3; i++) await c.resolve(leader.propose([secret(`i${i}`)]), ELECTION_MS);
    // Idle: no Ready is coming (a sole leader has nobody to heartbeat).
    await c.run(ELECTION_MS);
    await c.resolve(leader.requestDekRotation(), ELECTION_MS);
    await c.until(() => leader.status().dek?.state === "idle", ELECTION_MS);
    const events = c.member(leader.id).events;
    expect(events.some((e) => e.kind === "snapshot" && e.reason === "dek-rotation")).toBe(true);
  });
});
