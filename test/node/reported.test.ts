// What the node reports for metrics (src/metrics): each proposal's outcome and latency once,
// how long each save took to become durable, a snapshot's size and the time it took; all
// measured on the node's Clock (simulated time here).
import { afterEach, describe, expect, test } from "vitest";
import type { NodeEvent } from "../../src/node/index.js";
import { ELECTION_MS, SimCluster, codeOf, secret } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

type Of<K extends NodeEvent["kind"]> = Extract<NodeEvent, { kind: K }>;

function eventsOf<K extends NodeEvent["kind"]>(events: readonly NodeEvent[], kind: K): Of<K>[] {
  return events.filter((e): e is Of<K> => e.kind === kind);
}

describe("reported for metrics", () => {
  test("a held write reports how long it was held, and the proposal waiting on it its latency", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 24 }));
    const leader = c.requireLeader();
    const [a, b] = c.followers();
    const start = { leader: c.member(leader.id).events.length, a: c.member(a!.id).events.length };
    const releaseA = c.member(a!.id).db.holdWrites();
    const releaseB = c.member(b!.id).db.holdWrites();
    const heldMs = 40;
    const writesBefore = c.member(a!.id).db.writesStarted;
    const proposal = leader.propose([secret("held")]);
    // Held from when the append reaches the follower and its write starts.
    await c.until(() => c.member(a!.id).db.writesStarted > writesBefore, ELECTION_MS);
    await c.run(heldMs);
    releaseA();
    await c.resolve(proposal, ELECTION_MS);
    releaseB();
    await c.until(() => c.caughtUp(), ELECTION_MS);

    const proposals = eventsOf(c.member(leader.id).events.slice(start.leader), "proposal");
    expect(proposals.map((e) => e.outcome)).toEqual(["applied"]);
    expect(proposals[0]!.durationMs).toBeGreaterThanOrEqual(heldMs);
    const saves = eventsOf(c.member(a!.id).events.slice(start.a), "saved");
    const held = saves.find((e) => e.entries > 0);
    expect(held?.synced).toBe(true);
    expect(held?.durationMs).toBeGreaterThanOrEqual(heldMs);
  });

  test("a failed proposal reports its code and how long it waited", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 25 }));
    const leader = c.requireLeader();
    const follower = c.followers()[0]!;
    const start = c.member(follower.id).events.length;
    // Its proposals never reach the leader, whose heartbeats still reach it.
    c.network.cut(follower.id, leader.id, { oneWay: true });
    const timeoutMs = 300;
    expect(await codeOf(c.resolve(follower.propose([secret()], { timeoutMs }), ELECTION_MS))).toBe("TIMEOUT");
    const stranger = await c.addMember();
    const alone = await c.startNode(stranger.id, { kind: "join", peers: [] });
    expect(await codeOf(alone.propose([secret()]))).toBe("NOT_LEADER");

    const failed = eventsOf(c.member(follower.id).events.slice(start), "proposal");
    expect(failed.map((e) => e.outcome)).toEqual(["TIMEOUT"]);
    expect(failed[0]!.durationMs).toBeGreaterThanOrEqual(timeoutMs);
    expect(eventsOf(c.member(stranger.id).events, "proposal")).toEqual([
      { kind: "proposal", outcome: "NOT_LEADER", durationMs: 0 },
    ]);
  });

  test("a snapshot reports the bytes it saved", async () => {
    const c = (cluster = await SimCluster.create(3, {
      seed: 26,
      tuning: { snapshotEveryEntries: 10, keepEntriesAfterSnapshot: 5 },
    }));
    const leader = c.requireLeader();
    const events = c.member(leader.id).events;
    const start = events.length;
    for (let i = 0; i < 12; i++) await c.resolve(leader.propose([secret(`s${i}`)]), ELECTION_MS);
    await c.until(() => eventsOf(events.slice(start), "snapshot").length > 0, ELECTION_MS);
    const [snapshot] = eventsOf(events.slice(start), "snapshot");
    const saved = leader.storageForTesting.snapshot();
    expect(snapshot?.index).toBe(saved.metadata.index);
    expect(snapshot?.bytes).toBe(saved.data.length);
    expect(snapshot?.bytes).toBeGreaterThan(12 * "value".length);
    expect(snapshot?.durationMs).toBeGreaterThanOrEqual(0);
  });
});
