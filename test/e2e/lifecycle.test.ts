// Node lifecycle and live settings on real `keel` processes, through the `keel` command: node ls
// shows status, availability and manager status; a stopped worker and a stopped manager go down
// within the grace period and come back ready; drain and labels survive a change of leader;
// `cluster update --snapshot-interval 100` changes when every manager snapshots, with no restart;
// each bad input is refused with its code; a worker leaves and stops.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { NodeView } from "../../src/client/client.js";
import { join } from "node:path";
import { KeelCluster, KeelProcess, pollUntil, runKeel } from "../../src/harness/index.js";
import { graceMultiplier } from "../../src/manager/liveness.js";

/** Short enough that down takes about a second; long enough not to flap on 2 busy cores. */
const heartbeatPeriodMs = 300;
const graceMs = heartbeatPeriodMs * graceMultiplier;
/** The leader decides down on its next check after the grace: a period late, plus load. */
const downWithinMs = graceMs + heartbeatPeriodMs + 3_000;

let cluster: KeelCluster;

beforeAll(async () => {
  cluster = await KeelCluster.start({ managers: 3, workers: 1, autolock: false, heartbeatPeriodMs });
}, 90_000);

afterAll(async () => {
  await cluster?.close();
});

async function leader(): Promise<KeelProcess> {
  return cluster.waitForLeader({ timeoutMs: 20_000 });
}

async function nodes(via: KeelProcess): Promise<NodeView[]> {
  return via.client.nodes.list();
}

async function viewOf(p: KeelProcess): Promise<NodeView> {
  const found = (await nodes(await leader())).find((n) => n.id === p.nodeId);
  if (found === undefined) throw new Error(`${p.name} is not listed`);
  return found;
}

/** Waits until `p`'s node shows `state` (and `managerStatus`, when given); returns how long it took. */
async function until(
  p: KeelProcess,
  state: string,
  managerStatus?: string,
  timeoutMs = 20_000,
): Promise<number> {
  const startMs = Date.now();
  await pollUntil(p.name, `${state} ${managerStatus ?? ""}`, timeoutMs, async () => {
    const view = await viewOf(p).catch(() => null);
    const ok = view?.state === state && (managerStatus === undefined || view.managerStatus === managerStatus);
    return ok ? true : undefined;
  });
  return Date.now() - startMs;
}

/** Runs `keel ARGS` against `p` and expects it to succeed. */
async function keel(p: KeelProcess, args: readonly string[]): Promise<string> {
  const result = await p.cli(args);
  expect(result.code, `keel ${args.join(" ")}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

describe("node lifecycle", () => {
  test("keel node ls: every node ready, one Leader and two Reachable managers, this node starred", async () => {
    const lead = await leader();
    for (const p of cluster.nodes) await until(p, "ready");
    const lines = (await keel(lead, ["node", "ls"])).trim().split("\n");
    expect(lines[0]).toMatch(/^ID\s+NAME\s+STATUS\s+AVAILABILITY\s+MANAGER STATUS/);
    const rows = lines.slice(1);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => /\sLeader\b/.test(r))).toHaveLength(1);
    expect(rows.filter((r) => /\sReachable\b/.test(r))).toHaveLength(2);
    expect(rows.find((r) => r.startsWith(`${lead.nodeId} *`))).toMatch(/ready\s+active\s+Leader/);
    const worker = cluster.node("w1");
    expect(rows.find((r) => r.startsWith(worker.nodeId))).toMatch(/ready\s+active\s*$/);
    const quiet = (await keel(lead, ["node", "ls", "--quiet"])).trim().split("\n").sort();
    expect(quiet).toEqual(cluster.nodes.map((p) => p.nodeId).sort());
  }, 60_000);

  test("a stopped worker is down within the grace period, and ready again after a restart", async () => {
    const worker = cluster.node("w1");
    await worker.stop();
    expect(await until(worker, "down")).toBeLessThanOrEqual(downWithinMs);
    await worker.restart();
    await until(worker, "ready");
  }, 60_000);

  test("a stopped manager is down and Unreachable within the grace period, ready and Reachable after a restart", async () => {
    const lead = await leader();
    const follower = cluster.managers.find((p) => p !== lead) as KeelProcess;
    await follower.stop();
    expect(await until(follower, "down")).toBeLessThanOrEqual(downWithinMs);
    await until(follower, "down", "Unreachable", downWithinMs);
    await follower.restart();
    await until(follower, "ready", "Reachable");
  }, 60_000);

  test("drain and labels set with keel node update survive a change of leader", async () => {
    const old = await leader();
    const asker = cluster.managers.find((p) => p !== old && p.running) as KeelProcess;
    const worker = cluster.node("w1");
    await keel(asker, ["node", "update", worker.nodeId, "--availability", "drain", "--label-add", "zone=a"]);
    await keel(asker, ["node", "update", worker.nodeId, "--label-add", "disk=ssd", "--label-rm", "zone"]);
    // SIGTERM: the leader hands leadership over as it stops.
    await old.stop();
    const next = await cluster.waitForLeader({ among: cluster.managers.filter((p) => p !== old) });
    expect(next).not.toBe(old);
    const [inspected] = JSON.parse(await keel(next, ["node", "inspect", worker.nodeId])) as NodeView[];
    expect(inspected?.availability).toBe("drain");
    expect(inspected?.labels).toEqual([{ key: "disk", value: "ssd" }]);
    const row = (await keel(next, ["node", "ls"])).split("\n").find((r) => r.startsWith(worker.nodeId));
    expect(row).toMatch(/\sdrain\b/);
    await old.restart();
    await until(old, "ready", "Reachable");
  }, 60_000);
});

describe("live settings", () => {
  test("cluster update --snapshot-interval 100 changes when every manager snapshots, without a restart", async () => {
    const lead = await leader();
    const follower = cluster.managers.find((p) => p !== lead) as KeelProcess;
    const intervalSnapshots = (p: KeelProcess): number[] =>
      p
        .events("snapshot", 1)
        .filter((l) => l.fields["reason"] === "interval")
        .map((l) => Number(l.fields["index"]));
    for (const p of cluster.managers) expect(intervalSnapshots(p), p.name).toEqual([]);
    const runs = cluster.managers.map((p) => p.runs);
    const shown = await keel(follower, ["cluster", "update", "--snapshot-interval", "100"]);
    expect(shown).toMatch(/^snapshot-interval\s+100 entries$/m);
    // 250 secrets of 1 kB, 25 in flight at a time, through the leader's control socket, each
    // removed again: the store stays a few kB, so the count decides when to snapshot, not the
    // size condition (snapshotSizeFactor).
    const client = lead.client;
    const data = new Uint8Array(1000).fill(1);
    for (let i = 0; i < 250; i += 25) {
      await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          await client.secrets.create(`snap-${i + j}`, data);
          await client.secrets.remove(`snap-${i + j}`);
        }),
      );
    }
    for (const p of cluster.managers) {
      await pollUntil(p.name, "two interval snapshots", 20_000, () =>
        intervalSnapshots(p).length >= 2 ? true : undefined,
      );
      const indexes = intervalSnapshots(p);
      for (let i = 1; i < indexes.length; i++)
        expect((indexes[i] ?? 0) - (indexes[i - 1] ?? 0)).toBeGreaterThanOrEqual(100);
    }
    expect(
      cluster.managers.map((p) => p.runs),
      "no manager restarted",
    ).toEqual(runs);
    const inspected = await keel(lead, ["cluster", "inspect"]);
    expect(inspected).toMatch(/^snapshot-interval\s+100 entries$/m);
  }, 60_000);
});

describe("bad input, through the keel command", () => {
  test("a bad setting, a manager leaving without --force, and an unspecified listen address", async () => {
    const lead = await leader();
    const before = await keel(lead, ["cluster", "inspect", "--json"]);
    const bad = await lead.cli(["cluster", "update", "--election-tick", "1", "--snapshot-interval", "500"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/election_tick.*\[INVALID_ARGUMENT\]/);
    expect(await keel(lead, ["cluster", "inspect", "--json"])).toEqual(before);

    const follower = cluster.managers.find((p) => p !== lead) as KeelProcess;
    const leave = await follower.cli(["leave"]);
    expect(leave.code).toBe(1);
    expect(leave.stderr).toMatch(/--force.*\[FAILED_PRECONDITION\]/);
    expect(follower.running).toBe(true);

    const init = await runKeel([
      "init",
      "--listen",
      "0.0.0.0:0",
      "--data-dir",
      `${cluster.root}/unspecified`,
    ]);
    expect(init.code).toBe(1);
    expect(init.stderr).toMatch(/--advertise-addr.*\[UNSPECIFIED_ADDRESS\]/);
  }, 60_000);

  test("keel join --join DEAD,LIVE --name N: the dead manager is passed over, the node joins under its name", async () => {
    const lead = await leader();
    const joiner = new KeelProcess({ name: "w2", dataDir: join(cluster.root, "w2"), logDir: cluster.root });
    try {
      joiner.start("join", [
        "--token",
        cluster.workerToken,
        "--join",
        `127.0.0.1:1,${lead.address}`,
        "--name",
        "late",
      ]);
      joiner.nodeId = await joiner.output("node-id", 30_000);
      expect(joiner.events("join-attempt-failed").map((l) => l.fields["manager"])).toEqual(["127.0.0.1:1"]);
      const listed = (await nodes(lead)).find((n) => n.id === joiner.nodeId);
      expect(listed?.name).toBe("late");
      const left = await joiner.cli(["leave"]);
      expect(left.code, left.stderr).toBe(0);
      expect((await joiner.waitForExit(20_000)).code).toBe(7);
    } finally {
      await joiner.kill();
    }
  }, 60_000);

  test("keel leave on a worker: it is removed from the cluster and stops", async () => {
    const worker = cluster.node("w1");
    const out = await keel(worker, ["leave"]);
    expect(out).toMatch(new RegExp(`^left: ${worker.nodeId}$`, "m"));
    expect((await worker.waitForExit(20_000)).code).toBe(7);
    const listed = (await nodes(await leader())).map((n) => n.id);
    expect(listed).not.toContain(worker.nodeId);
    expect(listed).toHaveLength(3);
  }, 60_000);
});
