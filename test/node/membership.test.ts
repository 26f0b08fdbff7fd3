// Joining as a learner and promotion, removal with a quorum check, removed ids, leaving, and
// handing leadership over on a clean shutdown.
import { afterEach, describe, expect, test } from "vitest";
import type { Message } from "../../src/raft/types.js";
import { MessageType } from "../../src/raft/types.js";
import { ELECTION_MS, SimCluster, codeOf, secret, secretIds } from "./harness.js";

let cluster: SimCluster | null = null;
afterEach(async () => {
  await cluster?.closeAll();
  cluster = null;
});

describe("membership", () => {
  test("a new manager joins as a learner, catches up, and is promoted to voter", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 31 }));
    const leader = c.requireLeader();
    for (let i = 0; i < 5; i++) await c.resolve(leader.propose([secret(`j${i}`)]), ELECTION_MS);
    const m = await c.join();
    const suffrage = (): string | undefined => leader.status().members.find((x) => x.id === m.id)?.suffrage;
    // Right after the add it is a learner (it has not caught up yet), then a voter.
    const kinds = c
      .member(leader.id)
      .events.flatMap((e) => (e.kind === "membership" ? [e.learners.includes(m.id)] : []));
    expect(kinds).toContain(true);
    await c.until(() => suffrage() === "voter", 4 * ELECTION_MS);
    expect(c.member(leader.id).events.some((e) => e.kind === "promoting" && e.id === m.id)).toBe(true);
    const joined = c.node(m.id);
    await c.resolve(joined.linearizableRead(), ELECTION_MS);
    expect(secretIds(joined)).toEqual(secretIds(leader));
    expect(
      joined
        .status()
        .members.map((x) => x.id)
        .sort(),
    ).toEqual(c.ids().sort());
  });

  test("the leader tells a removed member the commit of its removal, and it stops as removed", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 37 }));
    const leader = c.requireLeader();
    const removed = c.followers()[0]!;
    const heartbeats: Message[] = [];
    const route = c.network.route.bind(c.network);
    c.network.route = (sender, address, m) => {
      if (m.type === MessageType.Heartbeat && m.to === removed.id) heartbeats.push(m);
      route(sender, address, m);
    };
    await c.resolve(leader.removeMember(removed.id), 2 * ELECTION_MS);
    const applied = leader.status().applied;
    const sentAfter = heartbeats.length;
    // Raft no longer replicates to it; the one heartbeat sent as the removal applied carries a
    // commit that reaches the removal, so the removed node applies it even if the leader's
    // last append to it was lost or never sent (its inflight window full).
    expect(heartbeats.some((m) => m.commit >= applied)).toBe(true);
    await c.until(() => removed.lifecycle === "removed", ELECTION_MS);
    await c.run(3 * ELECTION_MS);
    expect(heartbeats.length).toBe(sentAfter);
  });

  test("remove refuses to break quorum, and a removed id is never accepted again", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 32 }));
    const leader = c.requireLeader();
    const [down, healthy] = c.followers();
    await c.crash(down!.id);
    await c.run(2 * ELECTION_MS);
    // Removing the healthy one would leave the leader and a down node: one of two reachable.
    const refused = leader.removeMember(healthy!.id);
    expect(await codeOf(refused)).toBe("QUORUM_AT_RISK");
    await c.resolve(leader.removeMember(down!.id), ELECTION_MS);
    expect(
      leader
        .status()
        .members.map((m) => m.id)
        .sort(),
    ).toEqual([leader.id, healthy!.id].sort());
    expect(leader.status().removed).toEqual([down!.id]);
    await expect(leader.addLearner(down!.id, "anywhere")).rejects.toMatchObject({ code: "ID_REMOVED" });
    await expect(leader.removeMember(down!.id)).rejects.toMatchObject({ code: "NOT_MEMBER" });

    // The removed node comes back believing it is a member (it never got its removal): the
    // members refuse it on contact, and it stops as removed instead of campaigning for ever.
    const zombie = await c.restart(down!.id);
    await c.until(() => zombie.lifecycle === "removed", 3 * ELECTION_MS);
    const told = c.member(zombie.id).events.filter((e) => e.kind === "removed" && e.toldBy !== undefined);
    expect(told.map((e) => (e.kind === "removed" ? e.toldBy : null))).toEqual([
      expect.toBeOneOf([leader.id, healthy!.id]),
    ]);
    await c.run(3 * ELECTION_MS);
    expect(c.requireLeader().status().term).toBe(leader.status().term);
    await c.resolve(leader.propose([secret("still-works")]), ELECTION_MS);
  });

  test("a member removed while cut off is told so once it reaches a member, and stops campaigning", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 38 }));
    const leader = c.requireLeader();
    const [cut, other] = c.followers();
    const campaigns: Message[] = [];
    const route = c.network.route.bind(c.network);
    c.network.route = (sender, address, m) => {
      if (m.from === cut!.id && (m.type === MessageType.PreVote || m.type === MessageType.Vote))
        campaigns.push(m);
      route(sender, address, m);
    };
    c.network.isolate(cut!.id, [leader.id, other!.id]);
    await c.resolve(leader.removeMember(cut!.id), 2 * ELECTION_MS);
    // Cut off, it never got the entry nor the heartbeat that tells it; it campaigns alone.
    await c.run(3 * ELECTION_MS);
    expect(cut!.lifecycle).toBe("running");
    expect(campaigns.length).toBeGreaterThan(0);
    c.network.heal();
    await c.until(() => cut!.lifecycle === "removed", 2 * ELECTION_MS);
    expect(cut!.status().lifecycle).toBe("removed");
    const campaignsWhenTold = campaigns.length;
    await c.run(3 * ELECTION_MS);
    expect(campaigns.length).toBe(campaignsWhenTold);
    expect(
      c
        .requireLeader()
        .status()
        .members.map((m) => m.id),
    ).not.toContain(cut!.id);
    await c.resolve(c.requireLeader().propose([secret("after")]), 2 * ELECTION_MS);
  });

  test("updateAddress records a member's new address on every other member; unknown ids are NOT_MEMBER", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 33 }));
    const leader = c.requireLeader();
    const [follower, other] = c.followers() as [typeof leader, typeof leader];
    const addressOn = (n: typeof leader) => n.status().members.find((m) => m.id === follower.id)?.address;
    await c.resolve(leader.updateAddress(follower.id, "moved:4242"), ELECTION_MS);
    await c.run(ELECTION_MS);
    // Nothing listens at the made-up address: the moved member itself hears no more.
    for (const n of [leader, other]) expect(addressOn(n)).toBe("moved:4242");
    await expect(leader.updateAddress(987654, "x:1")).rejects.toMatchObject({ code: "NOT_MEMBER" });
    await expect(follower.updateAddress(leader.id, "x:1")).rejects.toMatchObject({ code: "NOT_LEADER" });
  });

  test("a follower leaves: it is removed, stops, and the rest keep going", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 33 }));
    const leaving = c.followers()[0]!;
    await c.resolve(leaving.leave(), 2 * ELECTION_MS);
    expect(leaving.lifecycle).toBe("removed");
    await expect(leaving.propose([secret("late")])).rejects.toMatchObject({ code: "REMOVED" });
    const leader = c.requireLeader();
    expect(leader.status().members).toHaveLength(2);
    await c.resolve(leader.propose([secret("after-leave")]), ELECTION_MS);
  });

  test("the leader leaves: it hands leadership over first, then is removed", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 34 }));
    const old = c.requireLeader();
    await c.resolve(old.leave(), 4 * ELECTION_MS);
    expect(old.lifecycle).toBe("removed");
    const leader = c.requireLeader();
    expect(leader.id).not.toBe(old.id);
    expect(leader.status().removed).toEqual([old.id]);
  });
});

describe("clean shutdown", () => {
  test("stop({ transferLeadership }) hands leadership to a caught-up voter at once", async () => {
    const c = (cluster = await SimCluster.create(3, { seed: 35 }));
    const old = c.requireLeader();
    await c.resolve(old.propose([secret("before")]), ELECTION_MS);
    const started = c.clock.monotonicMs();
    await c.resolve(old.stop({ transferLeadership: true }), 2 * ELECTION_MS);
    c.member(old.id).node = null;
    const leader = c.requireLeader();
    expect(leader.id).not.toBe(old.id);
    // Far sooner than an election timeout: the transferee campaigned at once.
    expect(c.clock.monotonicMs() - started).toBeLessThan(ELECTION_MS);
    await c.resolve(leader.propose([secret("after")]), ELECTION_MS);
    expect(old.lifecycle).toBe("closed");
  });
});
