// Nothing half-done: an init or a manager join on a port in use fails before it writes or
// registers anything, leaves the data dir as it found it, and a retry on a free port succeeds.
import { mkdir, readdir } from "node:fs/promises";
import { createServer } from "node:net";
import type { Server } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { joinCluster } from "../../src/manager/join.js";
import type { Manager } from "../../src/manager/manager.js";
import { ManagerError } from "../../src/manager/errors.js";
import { CapturedLog, TempDirs, codeOf, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("half-done");
const stops: (() => Promise<void>)[] = [];
let busy: Server;
let busyPort = 0;

async function exists(path: string): Promise<boolean> {
  return readdir(path).then(
    () => true,
    () => false,
  );
}

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  busyPort = (busy.address() as { port: number }).port;
});

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await new Promise<void>((resolve) => busy.close(() => resolve()));
  await dirs.cleanup();
});

describe("a failed init or join leaves the data dir as it found it", () => {
  let init: Initialized;

  test("init on a port in use: ADDRESS_UNAVAILABLE, nothing written; a retry works", async () => {
    const missing = await dirs.make("missing");
    const empty = await dirs.make("empty");
    await mkdir(empty, { recursive: true });
    for (const dataDir of [missing, empty]) {
      const failed = initCluster(
        { dataDir, listen: `127.0.0.1:${busyPort}`, autolock: true },
        { log: log.logger, tuning },
      );
      expect(await codeOf(failed)).toBe("ADDRESS_UNAVAILABLE");
    }
    expect(await exists(missing)).toBe(false);
    expect(await readdir(empty)).toEqual([]);
    init = await initCluster(
      { dataDir: empty, listen: "127.0.0.1:0", autolock: true },
      { log: log.logger, tuning },
    );
    stops.push(() => init.manager.stop({ transferLeadership: false }));
  });

  test("a manager join on a port in use registers no node; a retry works", async () => {
    const dataDir = await dirs.make("joiner");
    const nodesBefore = init.manager.node.store.list("node").length;
    const join = (listen: string): Promise<unknown> =>
      joinCluster(
        { dataDir, token: init.joinTokens.manager, join: init.address, listen },
        { log: log.logger, tuning },
      );
    expect(await codeOf(join(`127.0.0.1:${busyPort}`))).toBe("ADDRESS_UNAVAILABLE");
    expect(await exists(dataDir)).toBe(false);
    expect(init.manager.node.store.list("node")).toHaveLength(nodesBefore);
    const joined = (await join("127.0.0.1:0")) as Manager;
    stops.push(() => joined.stop({ transferLeadership: false }));
    expect(init.manager.node.store.list("node")).toHaveLength(nodesBefore + 1);
  });

  test("a manager join failing after it entered Raft leaves no ghost node or member", async () => {
    const dataDir = await dirs.make("ghost");
    const nodesBefore = init.manager.node.store.list("node").length;
    const membersBefore = init.manager.node.status().members.length;
    const failed = joinCluster(
      { dataDir, token: init.joinTokens.manager, join: init.address, listen: "127.0.0.1:0" },
      {
        log: log.logger,
        tuning,
        faults: {
          beforeJoinCommit: () =>
            Promise.reject(new ManagerError({ code: "TIMEOUT", operation: "test", timeoutMs: 0 })),
        },
      },
    );
    expect(await codeOf(failed)).toBe("TIMEOUT");
    expect(await exists(dataDir)).toBe(false);
    await waitFor(() => init.manager.node.status().members.length === membersBefore, "the member removed");
    expect(init.manager.node.store.list("node")).toHaveLength(nodesBefore);
  });

  test("a dir that holds anything is still refused, and kept", async () => {
    const dataDir = await dirs.make("occupied");
    await mkdir(`${dataDir}/something`, { recursive: true });
    const failed = initCluster(
      { dataDir, listen: "127.0.0.1:0", autolock: false },
      { log: log.logger, tuning },
    );
    expect(await codeOf(failed)).toBe("ALREADY_INITIALIZED");
    expect(await readdir(dataDir)).toEqual(["something"]);
  });
});
