// Managers come and go while secrets are being written; a removed manager stays removed.
import { expect, test } from "vitest";
import { caughtUp, expectSecrets, SecretLoad, useClusters } from "./helpers.js";

const clusters = useClusters();

test("add and remove managers under load; a removed manager cannot rejoin with its old identity", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  const load = new SecretLoad("member", () => leader).start();
  await load.more(3);
  const m4 = await cluster.addManager({ via: leader });
  await load.more(3);
  const m5 = await cluster.addManager({ via: leader });
  await load.more(3);
  expect((await leader.status()).members.filter((m) => m.suffrage === "voter")).toHaveLength(5);

  // Remove a running new manager (demote, then rm) and a running original follower (rm --force),
  // with the `keel` command. A reachable manager is not removed without one of those.
  const follower = cluster.managers.find((m) => m !== leader && m !== m4 && m !== m5);
  if (follower === undefined) throw new Error("no original follower");
  const plain = await leader.cli(["node", "rm", m4.nodeId]);
  expect(plain.code).toBe(1);
  expect(plain.stderr).toMatch(/FAILED_PRECONDITION/);
  const demote = await leader.cli(["node", "demote", m4.nodeId]);
  expect(demote.code, demote.stderr).toBe(0);
  expect((await m4.waitForExit(30_000)).code, "a demoted manager stops as removed").toBe(7);
  await load.more(3);
  const rm4 = await leader.cli(["node", "rm", m4.nodeId]);
  expect(rm4.code, rm4.stderr).toBe(0);
  const forced = await leader.cli(["node", "rm", "--force", follower.nodeId]);
  expect(forced.code, forced.stderr).toBe(0);
  expect((await follower.waitForExit(30_000)).code, "a removed manager stops as removed").toBe(7);
  await load.more(3);
  const members = (await leader.status()).members.map((m) => m.nodeId).sort();
  const remaining = cluster.managers.filter((m) => m.running);
  expect(members).toEqual(remaining.map((m) => m.nodeId).sort());
  expect(remaining).toHaveLength(3);

  // Restarted on its old data dir (its old certificate and Raft id), a removed manager stops
  // again as removed and does not come back into the membership.
  for (const removed of [m4, follower]) {
    await removed.restart({ unlockKey: cluster.unlockKey ?? "" }).catch(() => undefined);
    const exit = await removed.waitForExit(30_000);
    expect(exit.code, `${removed.name} restarted with its old identity`).toBe(7);
  }
  await load.more(3);
  const acked = await load.stop();
  const after = (await leader.status()).members.map((m) => m.nodeId).sort();
  expect(after).toEqual(members);
  for (const p of remaining) {
    await caughtUp(p, leader);
    await expectSecrets(p, acked);
  }
  expect(load.acked.length).toBeGreaterThanOrEqual(18);
}, 120_000);

test("a manager removed while cut off is told so when it is back, and stops as removed", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  const cut = cluster.managers.find((m) => m !== leader);
  if (cut === undefined) throw new Error("three managers");
  await cluster.isolate(cut);
  const forced = await leader.cli(["node", "rm", "--force", cut.nodeId]);
  expect(forced.code, forced.stderr).toBe(0);
  // It never got the entry that removed it: before members refused it, it campaigned for ever.
  await cluster.rejoin(cut);
  expect((await cut.waitForExit(30_000)).code, "a manager told it was removed stops as removed").toBe(7);
  expect((await leader.status()).members.map((m) => m.nodeId)).not.toContain(cut.nodeId);
}, 90_000);
