// `keel node promote` of a worker: the worker sees its desired role in its watch, gets a manager
// certificate for its own node id (authorized by its worker certificate, no token), fetches the
// unlock key over mTLS and joins Raft as a learner, then a voter, in the same process.
import { access, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { identityOf, x509 } from "../../src/ca/index.js";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { dataDir, readNodeFile } from "../../src/manager/data-dir.js";
import { joinCluster } from "../../src/manager/join.js";
import { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { Worker } from "../../src/manager/worker.js";
import { raftIdOf } from "../../src/transport/index.js";
import { CapturedLog, TempDirs, api, codeOf, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("promotion");
let init: Initialized;
let worker: Worker;
let workerDir: string;
const running: { stop(): Promise<void> }[] = [];

async function setRole(manager: Manager, ref: string, role: "manager" | "worker"): Promise<void> {
  await manager.call("keel.api.NodeRole", keelapi.NodeRoleRequest.encode({ ref, role }).finish());
}

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: true },
    { log: log.logger.with({ n: "m1" }), tuning },
  );
  running.push(init.manager);
  // A second manager, so the cluster keeps its quorum while the promoted one restarts.
  const m2 = await joinCluster(
    {
      dataDir: await dirs.make("m2"),
      token: init.joinTokens.manager,
      join: init.address,
      listen: "127.0.0.1:0",
    },
    { log: log.logger.with({ n: "m2" }), tuning },
  );
  running.push(m2);
  await waitFor(
    () => init.manager.node.status().members.filter((m) => m.suffrage === "voter").length === 2,
    "m2 is a voter",
  );
  workerDir = await dirs.make("w1");
  const node = await joinCluster(
    { dataDir: workerDir, token: init.joinTokens.worker, join: init.address, listen: "127.0.0.1:0" },
    { log: log.logger.with({ n: "w1" }), tuning },
  );
  if (!(node instanceof Worker)) throw new Error("a worker token made a manager");
  worker = node;
  running.push(worker);
  await waitFor(() => worker.networkKeys.primaries().length === 2, "worker network keys");
});

afterAll(async () => {
  for (const node of running.reverse()) await node.stop();
  await dirs.cleanup();
});

describe("promoting a worker", () => {
  test("the worker becomes a voting manager in the same process, with no token and no unlock key typed", async () => {
    const m1 = init.manager;
    await api.secretCreate(m1, "before-promotion", "v1");
    expect(await codeOf(api.secretList(worker))).toBe("RPC_FORBIDDEN");
    await setRole(m1, worker.identity.nodeId, "manager");
    expect(
      await Promise.race([worker.done, new Promise((r) => setTimeout(() => r("timeout"), 20_000))]),
    ).toBe("promoted");
    const manager = worker.successor;
    if (manager === null) throw new Error("no successor");
    expect(manager.identity).toEqual({ ...worker.identity, role: "manager" });
    const raftId = raftIdOf(manager.identity.nodeId);
    await waitFor(
      () => m1.node.status().members.some((m) => m.id === raftId && m.suffrage === "voter"),
      "the promoted node is a voter",
      20_000,
    );
    // It serves manager APIs now, with the replicated store.
    expect((await api.secretList(manager)).map((s) => s.name)).toEqual(["before-promotion"]);
    await api.secretCreate(manager, "after-promotion", "v2");
    expect((await api.secretList(m1)).map((s) => s.name).sort()).toEqual([
      "after-promotion",
      "before-promotion",
    ]);
    // Its key file is sealed under the cluster's unlock key, which it fetched over mTLS.
    expect(manager.context.wal.kek.locked).toBe(true);
    // The data dir is a manager's: node.json, a manager certificate, no plaintext worker key.
    const dir = dataDir(workerDir);
    const nodeFile = await readNodeFile(dir);
    expect(nodeFile.role).toBe("manager");
    expect(nodeFile.address).toBe(manager.address);
    const certificate = identityOf(new x509.X509Certificate(await readFile(dir.certificate, "utf8")));
    expect(certificate).toEqual(manager.identity);
    expect(await codeOf(access(dir.workerKey))).toBe("ENOENT");
    expect(await codeOf(access(dir.promotedCertificate))).toBe("ENOENT");
    const nodes = await api.nodeList(m1);
    expect(nodes.map((n) => n.role).sort()).toEqual(["manager", "manager", "manager"]);
    expect(log.events("promoted").length).toBe(1);
  });

  test("the promoted manager restarts from its data dir as a manager with the unlock key", async () => {
    const manager = worker.successor as Manager;
    await worker.stop(); // stops the manager it became
    expect(await manager.done).toBe("stopped");
    const unlock = await api.unlockKey(init.manager);
    const restarted = await runNode(
      { dataDir: workerDir, unlockKey: unlock.text },
      { log: log.logger, tuning },
    );
    if (!(restarted instanceof Manager)) throw new Error("restarted as a worker");
    running.push(restarted);
    await api.secretCreate(init.manager, "after-restart", "v3");
    await waitFor(
      async () => (await api.secretList(restarted).catch(() => [])).some((s) => s.name === "after-restart"),
      "the restarted manager catches up",
      15_000,
    );
  });

  test("demoting it removes it from Raft and it stops as removed", async () => {
    const manager = running[running.length - 1] as Manager;
    await setRole(init.manager, manager.identity.nodeId, "worker");
    expect(await manager.done).toBe("removed");
    expect(init.manager.node.status().members.map((m) => m.id)).not.toContain(
      raftIdOf(manager.identity.nodeId),
    );
  });
});

describe("the KEK version", () => {
  test("the init manager and a joined one show the cluster's version, and agree", async () => {
    const m1 = init.manager;
    const m2 = running[1] as Manager;
    await waitFor(async () => {
      const [a, b] = [versions(await api.status(m1)), versions(await api.status(m2))];
      return a.kekVersion !== 0 && a.kekVersion === b.kekVersion && a.kekVersion === a.clusterVersion;
    }, "equal KEK versions");
    // Rotating the unlock key moves every manager to the new version.
    await api.rotateUnlockKey(m1);
    await waitFor(async () => {
      const [a, b] = [versions(await api.status(m1)), versions(await api.status(m2))];
      return (
        a.kekVersion === b.kekVersion &&
        a.kekVersion === a.clusterVersion &&
        b.kekVersion === b.clusterVersion
      );
    }, "equal KEK versions after a rotation");
  });
});

describe("log lines", () => {
  test("every line of init, join and the promoted worker carries the node field", () => {
    const byNode = (n: string): Record<string, unknown>[] => log.lines.filter((l) => l["n"] === n);
    expect(byNode("m1").length).toBeGreaterThan(5);
    for (const line of byNode("m1")) expect(line["node"]).toBe(init.nodeId);
    for (const line of byNode("w1")) expect(typeof line["node"]).toBe("string");
    expect(byNode("w1").filter((l) => l["node"] === worker.identity.nodeId).length).toBeGreaterThan(3);
  });
});

function versions(status: keelapi.StatusResponse): { kekVersion: number; clusterVersion: number } {
  return { kekVersion: Number(status.kekVersion), clusterVersion: Number(status.clusterVersion) };
}
