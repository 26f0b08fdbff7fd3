// Crashing and cutting off the leader of three real managers.
import { expect, test } from "vitest";
import { caughtUp, electionTimeoutMs, expectSecrets, SecretLoad, useClusters } from "./helpers.js";

const clusters = useClusters();

test("kill -9 the leader: a new leader within two election timeouts, no acknowledged secret lost", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  const followers = cluster.managers.filter((p) => p !== leader);
  // Writes go through a follower (forwarded to the leader) before, during and after the crash.
  const load = new SecretLoad("kill", () => followers[0]).start();
  await load.more(5);
  const killedAt = Date.now();
  await leader.kill("SIGKILL");
  const next = await cluster.waitForLeader({ among: followers, timeoutMs: 10_000 });
  const failoverMs = Date.now() - killedAt;
  expect(followers).toContain(next);
  expect(failoverMs).toBeLessThanOrEqual(2 * electionTimeoutMs);
  await load.more(5);
  const acked = await load.stop();
  for (const p of followers) await expectSecrets(p, acked);
  // The crashed leader comes back with the unlock key, follows, and has every secret.
  await leader.restart({ unlockKey: cluster.unlockKey ?? "" });
  await caughtUp(leader, next);
  expect((await leader.status()).leaderId).toBe(next.nodeId);
  await expectSecrets(leader, acked);
}, 90_000);

test("an isolated leader is replaced and, rejoined, follows the new leader and catches up", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const old = await cluster.waitForLeader();
  const rest = cluster.managers.filter((p) => p !== old);
  const before = Number((await old.status()).term);
  await cluster.isolate(old);
  const next = await cluster.waitForLeader({ among: rest, timeoutMs: 10_000 });
  expect(next).not.toBe(old);
  expect(Number((await next.status()).term)).toBeGreaterThan(before);
  const created = [];
  for (let i = 0; i < 5; i++) {
    await next.secretCreate(`during-${i}`, "x");
    created.push(`during-${i}`);
  }
  // Cut off, the old leader cannot commit anything.
  await expect(old.secretCreate("from-the-island", "x")).rejects.toThrow();
  await cluster.rejoin(old);
  await cluster.waitForLeader({ timeoutMs: 15_000 });
  await caughtUp(old, next);
  const s = await old.status();
  expect(s.raftState).toBe("follower");
  await expectSecrets(old, created);
  expect((await next.secretList()).map((x) => x.name)).not.toContain("from-the-island");
}, 90_000);
