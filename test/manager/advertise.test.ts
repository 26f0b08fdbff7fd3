// Advertised addresses and joins through several managers: an unspecified listen address is
// refused without --advertise-addr (UNSPECIFIED_ADDRESS, nothing written); with one, peers see the
// advertised address while the node listens on every address, also after a restart; a join
// tries each manager in turn.
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, test } from "vitest";
import { isUnspecified } from "../../src/manager/advertise.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { joinCluster } from "../../src/manager/join.js";
import type { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { CapturedLog, TempDirs, codeOf, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("advertise");
const running: Manager[] = [];

afterAll(async () => {
  for (const m of running) await m.stop({ transferLeadership: false });
  await dirs.cleanup();
});

/** What is in a data dir (nothing, when it was never made). */
async function contents(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** A port nothing listens on: bound for a moment, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("unspecified addresses", () => {
  test("isUnspecified: 0.0.0.0, ::, [::] spelled out, and an empty host; not loopback or a name", () => {
    for (const host of ["0.0.0.0", "::", "0:0:0:0:0:0:0:0", "::0", ""])
      expect(isUnspecified(host), host).toBe(true);
    for (const host of ["127.0.0.1", "::1", "10.0.0.1", "localhost", "0.0.0.1"])
      expect(isUnspecified(host), host).toBe(false);
  });

  test("init on 0.0.0.0 or [::] without --advertise-addr is UNSPECIFIED_ADDRESS and writes nothing", async () => {
    for (const listen of ["0.0.0.0:0", "[::]:0"]) {
      const dataDir = await dirs.make(`bad-${listen.length}`);
      expect(
        await codeOf(initCluster({ dataDir, listen, autolock: false }, { log: log.logger, tuning })),
      ).toBe("UNSPECIFIED_ADDRESS");
      expect(await contents(dataDir)).toEqual([]);
    }
    const dataDir = await dirs.make("bad-advertise");
    const init = initCluster(
      { dataDir, listen: "127.0.0.1:0", advertise: "0.0.0.0", autolock: false },
      { log: log.logger, tuning },
    );
    expect(await codeOf(init)).toBe("UNSPECIFIED_ADDRESS");
    expect(await contents(dataDir)).toEqual([]);
  });
});

describe("--advertise-addr", () => {
  test("peers see the advertised address; the node listens on all, also after a restart", async () => {
    const dataDir = await dirs.make("m1");
    const init = await initCluster(
      { dataDir, listen: "0.0.0.0:0", advertise: "127.0.0.1", autolock: false },
      { log: log.logger.with({ n: "m1" }), tuning },
    );
    running.push(init.manager);
    expect(init.address).toMatch(/^127\.0\.0\.1:\d+$/);
    const port = init.address.split(":")[1];
    const nodeFile = JSON.parse(await readFile(`${dataDir}/node.json`, "utf8")) as Record<string, unknown>;
    expect(nodeFile["address"]).toBe(init.address);
    expect(nodeFile["listen"]).toBe(`0.0.0.0:${port}`);

    // A manager joining on [::] without an advertised address is refused before it registers.
    const refusedDir = await dirs.make("m2-refused");
    const refused = joinCluster(
      { dataDir: refusedDir, token: init.joinTokens.manager, join: init.address, listen: "0.0.0.0:0" },
      { log: log.logger, tuning },
    );
    expect(await codeOf(refused)).toBe("UNSPECIFIED_ADDRESS");
    expect(await contents(refusedDir)).toEqual([]);

    // A worker listens once promoted: it is held to the same rule, and keeps what it advertises.
    const workerDir = await dirs.make("w-refused");
    const worker = {
      dataDir: workerDir,
      token: init.joinTokens.worker,
      join: init.address,
      listen: "[::]:0",
    };
    expect(await codeOf(joinCluster(worker, { log: log.logger, tuning }))).toBe("UNSPECIFIED_ADDRESS");
    expect(await contents(workerDir)).toEqual([]);
    const w1Dir = await dirs.make("w1");
    const w1 = await joinCluster(
      { ...worker, dataDir: w1Dir, advertise: "127.0.0.1:7001" },
      { log: log.logger, tuning },
    );
    const workerFile = JSON.parse(await readFile(`${w1Dir}/node.json`, "utf8")) as Record<string, unknown>;
    expect([workerFile["listen"], workerFile["advertise"]]).toEqual(["[::]:0", "127.0.0.1:7001"]);
    await w1.stop();

    // Through a dead address first, then the manager: the join tries each in turn.
    const m2 = (await joinCluster(
      {
        dataDir: await dirs.make("m2"),
        token: init.joinTokens.manager,
        join: [`127.0.0.1:${await deadPort()}`, init.address],
        listen: "0.0.0.0:0",
        advertise: "127.0.0.1",
        name: "m2",
      },
      { log: log.logger.with({ n: "m2" }), tuning },
    )) as Manager;
    running.push(m2);
    expect(log.events("join-attempt-failed").length).toBeGreaterThanOrEqual(1);
    expect(m2.address).toMatch(/^127\.0\.0\.1:\d+$/);
    await waitFor(
      () => init.manager.node.status().members.filter((m) => m.suffrage === "voter").length === 2,
      "two voters",
    );
    const addresses = init.manager.node.status().members.map((m) => m.address);
    expect(addresses.sort()).toEqual([init.address, m2.address].sort());

    // Restarted, m1 listens on 0.0.0.0 again at the same port, and still advertises loopback.
    await init.manager.stop({ transferLeadership: false });
    const again = (await runNode({ dataDir }, { log: log.logger.with({ n: "m1" }), tuning })) as Manager;
    running.push(again);
    expect(again.address).toBe(init.address);
    await waitFor(() => m2.node.status().members.every((m) => m.reachable || m.id === m2.node.id), "m1 back");
  });
});
