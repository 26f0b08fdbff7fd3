// The harness itself: typed, bounded failures that name the node; isolation that really cuts
// TCP between processes and heals; cleanup that leaves no process and no directory behind.
import { existsSync } from "node:fs";
import { afterEach, expect, test } from "vitest";
import { HarnessError, KeelCluster, pollUntil, runKeel } from "../../src/harness/index.js";

const open: KeelCluster[] = [];
afterEach(async () => {
  await Promise.allSettled(open.splice(0).map((c) => c.close()));
});

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("a cut link is refused both ways and heals; close kills every process and removes the dir", async () => {
  const cluster = await KeelCluster.start({ managers: 3 });
  open.push(cluster);
  const [m1, m2, m3] = [cluster.node("m1"), cluster.node("m2"), cluster.node("m3")];
  const leader = await cluster.waitForLeader();
  expect(cluster.managers).toHaveLength(3);
  for (const p of [m1, m2, m3]) {
    expect(p.running).toBe(true);
    expect(p.address).toMatch(/^127\.0\.0\.1:\d+$/);
  }
  // Cut the leader off from both followers: they elect another leader; it sees no reachable peer.
  await cluster.isolate(leader);
  expect(cluster.isIsolated(leader)).toBe(true);
  const others = [m1, m2, m3].filter((p) => p !== leader);
  const next = await cluster.waitForLeader({ among: others, timeoutMs: 15_000 });
  expect(next).not.toBe(leader);
  await pollUntil(leader.name, "no reachable peer", 10_000, async () => {
    const s = await leader.status();
    return s.members.filter((m) => m.nodeId !== leader.nodeId).every((m) => m.reachable !== true)
      ? true
      : undefined;
  });
  await cluster.rejoin(leader);
  expect(cluster.isIsolated(leader)).toBe(false);
  const agreed = await cluster.waitForLeader({ timeoutMs: 15_000 });
  expect((await leader.status()).leaderId).toBe(agreed.nodeId);

  const pids = cluster.nodes.map((p) => p.pid);
  await cluster.close();
  expect(pids.filter(alive)).toEqual([]);
  expect(existsSync(cluster.root)).toBe(false);
}, 90_000);

test("waits are bounded and fail with a HarnessError naming the node and what it waited for", async () => {
  const cluster = await KeelCluster.create({});
  open.push(cluster);
  const m1 = await cluster.init();
  const error = await m1.waitForLog("no-such-event", { timeoutMs: 300 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HarnessError);
  expect(error).toMatchObject({ code: "TIMEOUT", node: "m1" });
  expect((error as Error).message).toMatch(
    /^m1: timed out after 300 ms waiting for log event "no-such-event"/,
  );
  // A process that exits while awaited: EXITED, not a hang.
  const waiting = m1.waitForLog("never", { timeoutMs: 20_000 });
  await m1.kill("SIGKILL");
  await expect(waiting).rejects.toMatchObject({ code: "EXITED", node: "m1" });
  expect(m1.lastExit).toEqual({ code: null, signal: "SIGKILL" });
  // A stopped node refuses control calls; restarting it without its key leaves it locked.
  await m1.restart();
  expect((await m1.status()).state).toBe("locked");
  const stopped = await m1.stop();
  expect(stopped.code).toBe(0);
  // A bounded `keel` command.
  const help = await runKeel(["help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/usage: keel/);
}, 60_000);
