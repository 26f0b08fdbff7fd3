// Group commit, failover without losing acknowledged proposals, and crash recovery.
import { afterEach, describe, expect, test } from "vitest";
import type { Applied } from "../../src/node/raft-node.js";
import { ELECTION_MS, SimCluster, codeOf, secret, secretIds } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

describe("group commit", () => {
  test("proposals made while a save is in flight share the next save", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 11 }));
    const leader = c.requireLeader();
    const events = c.member(leader.id).events;
    const syncsBefore = c.member(leader.id).db.syncCount;
    const savesBefore = events.length;
    const first = leader.propose([secret("g0")]);
    // Let the loop take the first Ready and start its save, then propose five more.
    await Promise.resolve();
    await Promise.resolve();
    const rest = [1, 2, 3, 4, 5].map((i) => leader.propose([secret(`g${i}`)]));
    const results = await c.resolve(Promise.all([first, ...rest]), ELECTION_MS);
    const saves = events
      .slice(savesBefore)
      .flatMap((e) => (e.kind === "saved" && e.entries > 0 ? [e.entries] : []));
    expect(saves.slice(0, 2)).toEqual([1, 5]);
    // One synced write per Ready that had entries, a term or a vote to persist; a Ready that
    // only moved the commit index is written unsynced (Raft's mustSync).
    const saved = events.slice(savesBefore).flatMap((e) => (e.kind === "saved" ? [e] : []));
    expect(c.member(leader.id).db.syncCount - syncsBefore).toBe(saved.filter((e) => e.synced).length);
    expect(saved.filter((e) => !e.synced && e.entries === 0).length).toBeGreaterThan(0);
    expect(saved.filter((e) => !e.synced && e.entries > 0)).toEqual([]);
    expect(new Set(results.map((r) => r.index)).size).toBe(6);
  });
});

describe("failover", () => {
  test("a new leader takes over within two election timeouts and no acknowledged proposal is lost", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 12 }));
    const acked: string[] = [];
    const old = c.requireLeader();
    for (let i = 0; i < 10; i++) {
      await c.resolve(old.propose([secret(`f${i}`)]), ELECTION_MS);
      acked.push(`f${i}`);
    }
    // Proposals in flight at the crash may or may not survive; acknowledged ones must.
    const inFlight = [old.propose([secret("x1")]), old.propose([secret("x2")])];
    await c.crash(old.id);
    for (const p of inFlight) expect(["STOPPED", "no error"]).toContain(await codeOf(p));
    const took = await c.until(() => c.leader() !== null, 2 * 2 * ELECTION_MS);
    expect(took).toBeLessThanOrEqual(4 * ELECTION_MS);
    const leader = c.requireLeader();
    expect(leader.id).not.toBe(old.id);
    await c.resolve(leader.propose([secret("after")]), ELECTION_MS);
    acked.push("after");
    for (const n of c.live()) {
      await c.resolve(n.linearizableRead(), ELECTION_MS);
      for (const id of acked) expect(secretIds(n)).toContain(id);
    }
  });
});

describe("crash and recovery", () => {
  test("a follower that loses its unsynced writes recovers from its WAL and catches up", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 13 }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    const results: Applied[] = [];
    for (let i = 0; i < 5; i++) results.push(await c.resolve(leader.propose([secret(`c${i}`)]), ELECTION_MS));
    // The follower learns the last commit from the next heartbeat (no commit notice is owed it).
    await c.until(() => follower.status().applied >= results[4]!.index, ELECTION_MS);
    await c.crash(follower.id, 0);
    for (let i = 5; i < 10; i++)
      results.push(await c.resolve(leader.propose([secret(`c${i}`)]), ELECTION_MS));
    const back = await c.restart(follower.id);
    // What it had applied is back at once, but for the last commit-only step (a Ready that only
    // moves the commit index is not synced): the store is rebuilt from the snapshot and the
    // log, before it hears from anyone. Each append it synced carried the commit index of the
    // proposal before it.
    c.network.isolate(back.id, c.ids());
    await c.run(1);
    expect(back.status().applied).toBeGreaterThanOrEqual(results[3]!.index);
    c.network.heal();
    await c.until(() => back.status().applied >= results[9]!.index, 2 * ELECTION_MS);
    expect(secretIds(back)).toEqual(secretIds(leader));
  });

  test("the whole cluster crashes and restarts with every acknowledged proposal", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 14 }));
    const leader = c.requireLeader();
    for (let i = 0; i < 5; i++) await c.resolve(leader.propose([secret(`w${i}`)]), ELECTION_MS);
    const ids = c.live().map((n) => n.id);
    for (const id of ids) await c.crash(id, 0);
    for (const id of ids) await c.restart(id);
    await c.until(() => c.leader() !== null, 4 * ELECTION_MS);
    const next = c.requireLeader();
    await c.resolve(next.propose([secret("w5")]), ELECTION_MS);
    for (const n of c.live()) {
      await c.resolve(n.linearizableRead(), ELECTION_MS);
      expect(secretIds(n)).toEqual(["w0", "w1", "w2", "w3", "w4", "w5"]);
    }
  });
});
