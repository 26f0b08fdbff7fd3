// The node lifecycle on three managers and a worker: heartbeats make nodes ready, silence makes
// them down within the grace period, a restart makes them ready again; availability and labels
// are set through NodeUpdate and survive a change of leader.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { graceMultiplier } from "../../src/manager/liveness.js";
import type { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import type { Worker } from "../../src/manager/worker.js";
import { CapturedLog, TempDirs, codeOf, joinAs, tuning as baseTuning, waitFor } from "./helpers.js";

const heartbeatPeriodMs = 200;
const tuning = { ...baseTuning, heartbeatPeriodMs };
const graceMs = heartbeatPeriodMs * graceMultiplier;
/** Down is decided on the leader's next check after the grace: a period late at most, plus load. */
const downWithinMs = graceMs + heartbeatPeriodMs + 1_500;

const dirs = new TempDirs();
const log = new CapturedLog("lifecycle");
let init: Initialized;
const managers: Manager[] = [];
let worker: Worker;
/** Managers out of the cluster, still to be stopped. */
const retired: Manager[] = [];

function join(name: string, token: string): Promise<Manager | Worker> {
  return joinAs({ dirs, log, tuning }, init.address, token, name);
}

function leader(): Manager {
  const found = managers.find((m) => m.node.isLeader);
  if (found === undefined) throw new Error("no leader");
  return found;
}

async function nodes(via: Manager = leader()): Promise<keelapi.NodeView[]> {
  const body = await via.call("keel.api.NodeList", new Uint8Array(0));
  return keelapi.NodeListResponse.decode(body).nodes as keelapi.NodeView[];
}

async function nodeNamed(name: string, via?: Manager): Promise<keelapi.NodeView> {
  const found = (await nodes(via)).find((n) => n.name === name);
  if (found === undefined) throw new Error(`no node ${name}`);
  return found;
}

async function stateOf(name: string): Promise<string> {
  return (await nodeNamed(name)).state;
}

/** Waits for `name` to show `state` and says how long that took. */
async function elapsedUntil(name: string, state: string, timeoutMs: number): Promise<number> {
  const startMs = Date.now();
  await waitFor(async () => (await stateOf(name)) === state, `${name} ${state}`, timeoutMs);
  return Date.now() - startMs;
}

async function update(
  via: Manager,
  request: keelapi.NodeUpdateRequest.$Properties,
): Promise<keelapi.NodeView> {
  const body = keelapi.NodeUpdateRequest.encode(request).finish();
  return keelapi.NodeResponse.decode(await via.call("keel.api.NodeUpdate", body)).node as keelapi.NodeView;
}

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: false, name: "m1" },
    { log: log.logger.with({ n: "m1" }), tuning },
  );
  managers.push(init.manager);
  managers.push((await join("m2", init.joinTokens.manager)) as Manager);
  managers.push((await join("m3", init.joinTokens.manager)) as Manager);
  worker = (await join("w1", init.joinTokens.worker)) as Worker;
  await waitFor(
    () => managers.every((m) => m.node.status().members.filter((x) => x.suffrage === "voter").length === 3),
    "three voters",
  );
}, 30_000);

afterAll(async () => {
  await worker.stop();
  for (const m of [...managers, ...retired]) await m.stop({ transferLeadership: false });
  await dirs.cleanup();
});

describe("node lifecycle", () => {
  test("every node is ready under its name; managers show Leader or Reachable", async () => {
    await waitFor(async () => (await nodes()).every((n) => n.state === "ready"), "all ready");
    const listed = await nodes();
    expect(listed.map((n) => n.name).sort()).toEqual(["m1", "m2", "m3", "w1"]);
    const statuses = listed.map((n) => [n.name, n.managerStatus]);
    expect(statuses.filter(([, s]) => s === "Leader")).toHaveLength(1);
    expect(statuses.filter(([, s]) => s === "Reachable")).toHaveLength(2);
    expect(statuses.find(([name]) => name === "w1")?.[1]).toBe("");
  });

  test("a stopped worker is down within the grace period, and ready after a restart", async () => {
    const dataDir = worker.dir.path;
    const workerId = (await nodeNamed("w1")).id;
    await worker.stop();
    expect(await elapsedUntil("w1", "down", 10_000)).toBeLessThanOrEqual(downWithinMs);
    // A heartbeat naming another node is the caller's own, directly or forwarded by a follower.
    const spoof = keelapi.HeartbeatRequest.encode({ nodeId: workerId }).finish();
    for (const m of managers) await m.call("keel.api.Heartbeat", spoof);
    await new Promise((resolve) => setTimeout(resolve, heartbeatPeriodMs * 2));
    expect(await stateOf("w1")).toBe("down");
    worker = (await runNode({ dataDir }, { log: log.logger.with({ n: "w1" }), tuning })) as Worker;
    await elapsedUntil("w1", "ready", 10_000);
  });

  test("a stopped manager is down and Unreachable within the grace period, and ready after a restart", async () => {
    const index = managers.findIndex((m) => !m.node.isLeader);
    const stopped = managers[index] as Manager;
    const self = (await nodes()).find((n) => n.id === stopped.identity.nodeId)?.name ?? "";
    await stopped.stop({ transferLeadership: false });
    expect(await elapsedUntil(self, "down", 10_000)).toBeLessThanOrEqual(downWithinMs);
    // Unreachable is the leader's Raft view (not heard for an election timeout), down the
    // heartbeats': on a busy machine the two may land a moment apart.
    await waitFor(
      async () => (await nodeNamed(self)).managerStatus === "Unreachable",
      "unreachable",
      downWithinMs,
    );
    managers[index] = (await runNode(
      { dataDir: stopped.dir.path },
      { log: log.logger.with({ n: self }), tuning },
    )) as Manager;
    await elapsedUntil(self, "ready", 10_000);
    await waitFor(async () => (await nodeNamed(self)).managerStatus === "Reachable", "reachable again");
  });

  test("a bad availability or label is INVALID_ARGUMENT and changes nothing", async () => {
    const before = await nodeNamed("w1");
    expect(await codeOf(update(leader(), { ref: "w1", availability: "asleep" }))).toBe("INVALID_ARGUMENT");
    expect(await codeOf(update(leader(), { ref: "w1", labelAdd: [{ key: "", value: "x" }] }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(await codeOf(update(leader(), { ref: "nosuch", availability: "drain" }))).toBe("NOT_FOUND");
    const after = await nodeNamed("w1");
    expect(after.availability).toBe(before.availability);
    expect(after.labels).toEqual(before.labels);
  });

  test("demoting the leader hands leadership over first; drain and labels survive the change", async () => {
    const old = leader();
    const asker = managers.find((m) => m !== old) as Manager;
    await update(asker, { ref: "w1", availability: "drain", labelAdd: [{ key: "zone", value: "a" }] });
    await update(asker, {
      ref: "w1",
      labelAdd: [{ key: "disk", value: "ssd" }],
      labelRm: ["zone", "absent"],
    });
    const body = keelapi.NodeRoleRequest.encode({ ref: old.identity.nodeId, role: "worker" }).finish();
    await asker.call("keel.api.NodeRole", body);
    expect(await old.done).toBe("removed");
    managers.splice(managers.indexOf(old), 1);
    retired.push(old);
    await waitFor(() => managers.some((m) => m.node.isLeader), "a new leader");
    for (const m of managers) {
      // A follower may not know the new leader yet: its read fails until it does.
      const drained = (): Promise<boolean> =>
        nodeNamed("w1", m).then(
          (w1) => w1.availability === "drain",
          () => false,
        );
      await waitFor(drained, "drain everywhere");
      const w1 = await nodeNamed("w1", m);
      expect(w1.labels.map((l) => [l.key, l.value])).toEqual([["disk", "ssd"]]);
      expect(m.node.status().members.map((x) => x.id)).not.toContain(old.node.id);
    }
    const demoted = (await nodes()).find((n) => n.id === old.identity.nodeId);
    expect([demoted?.role, demoted?.desiredRole, demoted?.managerStatus]).toEqual(["worker", "worker", ""]);
    const paused = await update(leader(), { ref: "w1", availability: "pause" });
    expect(paused.availability).toBe("pause");
    expect(paused.labels).toHaveLength(1);
  });
});
