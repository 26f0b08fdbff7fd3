// A promotion interrupted after the worker joined Raft but before its node file said
// "manager" (a crash there, injected as a failure): the next attempt must resume on the same
// key file and WAL. Starting over on an empty WAL would bring back a member (perhaps already
// a voter) that forgot its log and its vote, which breaks Raft's safety.
import { stat } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { dataDir } from "../../src/manager/data-dir.js";
import { joinCluster } from "../../src/manager/join.js";
import { Worker } from "../../src/manager/worker.js";
import { raftIdOf } from "../../src/transport/index.js";
import { CapturedLog, TempDirs, api, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("promotion-crash");
const running: { stop(): Promise<void> }[] = [];
let init: Initialized;

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: true },
    { log: log.logger.with({ n: "m1" }), tuning },
  );
  running.push(init.manager);
  // A second manager keeps the quorum while the promoted one fails and comes back.
  running.push(
    await joinCluster(
      {
        dataDir: await dirs.make("m2"),
        token: init.joinTokens.manager,
        join: init.address,
        listen: "127.0.0.1:0",
      },
      { log: log.logger.with({ n: "m2" }), tuning },
    ),
  );
  await waitFor(
    () => init.manager.node.status().members.filter((m) => m.suffrage === "voter").length === 2,
    "m2 is a voter",
  );
});

afterAll(async () => {
  for (const node of running.reverse()) await node.stop();
  await dirs.cleanup();
});

describe("a promotion interrupted after joining Raft", () => {
  test("resumes on the same key file and WAL, and the node ends a voter with its log", async () => {
    const workerDir = await dirs.make("w1");
    const wal = dataDir(workerDir).wal;
    /** The WAL directory's inode at each commit step: a WAL made anew has another. */
    const walInodes: number[] = [];
    const node = await joinCluster(
      { dataDir: workerDir, token: init.joinTokens.worker, join: init.address, listen: "127.0.0.1:0" },
      {
        log: log.logger.with({ n: "w1" }),
        tuning,
        faults: {
          beforePromotionCommit: async () => {
            walInodes.push((await stat(wal)).ino);
            if (walInodes.length === 1) throw new Error("injected crash before the node file is written");
          },
        },
      },
    );
    if (!(node instanceof Worker)) throw new Error("a worker token made a manager");
    running.push(node);
    const m1 = init.manager;
    await m1.call(
      "keel.api.NodeRole",
      keelapi.NodeRoleRequest.encode({ ref: node.identity.nodeId, role: "manager" }).finish(),
    );
    expect(await Promise.race([node.done, new Promise((r) => setTimeout(() => r("timeout"), 30_000))])).toBe(
      "promoted",
    );
    const manager = node.successor;
    if (manager === null) throw new Error("no successor");
    running.push(manager);

    // Two attempts, the second on the first one's WAL, which it recovered rather than made anew.
    expect(walInodes).toHaveLength(2);
    expect(walInodes[1]).toBe(walInodes[0]);
    expect(log.events("promotion-resumed").length).toBe(1);
    const raftId = raftIdOf(manager.identity.nodeId);
    await waitFor(
      () => m1.node.status().members.some((m) => m.id === raftId && m.suffrage === "voter"),
      "the promoted node is a voter",
      20_000,
    );
    await api.secretCreate(m1, "after-promotion", "v");
    await waitFor(
      async () => (await api.secretList(manager)).some((s) => s.name === "after-promotion"),
      "the promoted manager applies new entries",
    );
  });
});
