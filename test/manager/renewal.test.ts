// Certificate renewal: with the cluster's node certificates valid for an hour (the CA's minimum),
// a manager and a worker renew on their own once the clock passes their renewal point, over
// mTLS with their current certificate, and swap their TLS credentials in place: new handshakes
// present the new certificate, and each restarts from its data dir with the renewed pair.
import { readFile } from "node:fs/promises";
import { connect } from "node:tls";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { certValidityMsMin, x509 } from "../../src/ca/index.js";
import { soleCluster } from "../../src/fsm/index.js";
import { propose } from "../../src/manager/api/context.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { dataDir } from "../../src/manager/data-dir.js";
import { joinCluster } from "../../src/manager/join.js";
import { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { renewalWindow } from "../../src/manager/renewal.js";
import { Worker } from "../../src/manager/worker.js";
import { SystemClock } from "../../src/node/clock.js";
import { channelProtocols } from "../../src/transport/channel.js";
import { CapturedLog, TempDirs, api, tuning, waitFor } from "./helpers.js";

/** The real clock, with the wall clock moved ahead by `aheadMs` (timers stay real). */
class AheadClock extends SystemClock {
  aheadMs = 0;
  override realtimeMs(): number {
    return Date.now() + this.aheadMs;
  }
}

const clock = new AheadClock();
const fastTuning = { ...tuning, renewalCheckMs: 100 };
const dirs = new TempDirs();
const log = new CapturedLog("renewal");
let init: Initialized;
let manager: Manager;
let worker: Worker;
const running: { stop(): Promise<void> }[] = [];

function notAfterOf(pem: string): number {
  return new x509.X509Certificate(pem).notAfter.getTime();
}

/** serverNotAfter is what a new handshake with `address` shows of the listener's certificate. */
function serverNotAfter(address: string): Promise<number> {
  const [host, port] = address.split(":");
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port: Number(port),
      rejectUnauthorized: false,
      ALPNProtocols: [channelProtocols.client],
    });
    socket.once("secureConnect", () => {
      resolve(new Date(socket.getPeerCertificate().valid_to).getTime());
      socket.destroy();
    });
    socket.once("error", reject);
  });
}

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: true },
    { log: log.logger.with({ n: "m1" }), tuning: fastTuning, clock },
  );
  running.push(init.manager);
  // The controllers update the cluster object too (network keys): retry on a version conflict.
  await waitFor(async () => {
    const cluster = soleCluster(init.manager.node.store);
    if (cluster === undefined) return false;
    const spec = { ...cluster.spec, ca: { nodeCertExpiryMs: certValidityMsMin } };
    return propose(init.manager.context, [
      { action: "update", kind: "cluster", object: { ...cluster, spec } },
    ]).then(
      () => true,
      () => false,
    );
  }, "the cluster's certificate validity is an hour");
  const m2 = await joinCluster(
    {
      dataDir: await dirs.make("m2"),
      token: init.joinTokens.manager,
      join: init.address,
      listen: "127.0.0.1:0",
    },
    { log: log.logger.with({ n: "m2" }), tuning: fastTuning, clock },
  );
  if (!(m2 instanceof Manager)) throw new Error("not a manager");
  manager = m2;
  running.push(manager);
  const w1 = await joinCluster(
    {
      dataDir: await dirs.make("w1"),
      token: init.joinTokens.worker,
      join: init.address,
      listen: "127.0.0.1:0",
    },
    { log: log.logger.with({ n: "w1" }), tuning: fastTuning, clock },
  );
  if (!(w1 instanceof Worker)) throw new Error("not a worker");
  worker = w1;
  running.push(worker);
});

afterAll(async () => {
  for (const node of running.reverse()) await node.stop();
  await dirs.cleanup();
});

describe("certificate renewal", () => {
  test("nothing renews before the renewal point", async () => {
    const managerNotAfter = (await api.status(manager)).certificateNotAfterMs;
    // Issued for an hour: renewal comes at 50-80 % of it, counted from issuance.
    expect(Number(managerNotAfter) - Date.now()).toBeLessThanOrEqual(certValidityMsMin);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log.events("certificate-renewing")).toEqual([]);
    expect(Number((await api.status(manager)).certificateNotAfterMs)).toBe(Number(managerNotAfter));
  });

  test("past the renewal point, a manager and a worker renew and swap their credentials", async () => {
    const managerDir = dataDir(manager.dir.path);
    const workerDir = dataDir(worker.dir.path);
    const before = {
      manager: notAfterOf(await readFile(managerDir.certificate, "utf8")),
      worker: notAfterOf(await readFile(workerDir.certificate, "utf8")),
      listener: await serverNotAfter(manager.address),
      managerPem: await readFile(managerDir.certificate, "utf8"),
    };
    expect(before.listener).toBe(Math.floor(before.manager / 1000) * 1000);
    clock.aheadMs = 50 * 60 * 1000; // past 80 % of the hour
    const renewed = (n: number): boolean => n > before.manager + 40 * 60 * 1000;
    await waitFor(
      async () => renewed(Number((await api.status(manager)).certificateNotAfterMs)),
      "the manager renews",
      15_000,
    );
    await waitFor(
      async () => renewed(Number((await api.status(worker)).certificateNotAfterMs)),
      "the worker renews",
      15_000,
    );
    // On disk: the renewed certificates, no leftovers, for the same identities.
    const managerPem = await readFile(managerDir.certificate, "utf8");
    expect(renewed(notAfterOf(managerPem))).toBe(true);
    expect(renewed(notAfterOf(await readFile(workerDir.certificate, "utf8")))).toBe(true);
    expect(managerPem).not.toBe(before.managerPem);
    // A new handshake with the manager's listener shows the renewed certificate.
    expect(renewed(await serverNotAfter(manager.address))).toBe(true);
    // The window counts from issuance, so a renewed certificate does not renew again at once.
    const counts = { m: renewalWindow(managerPem), events: log.events("certificate-renewed").length };
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(log.events("certificate-renewed").length).toBe(counts.events);
    expect(counts.m.notAfterMs - counts.m.notBeforeMs).toBe(certValidityMsMin);
    // The cluster still works over new connections made with the renewed credentials.
    await api.secretCreate(manager, "after-renewal", "x");
    expect((await api.secretList(init.manager)).map((s) => s.name)).toContain("after-renewal");
  });

  test("both restart from their data dirs with the renewed key and certificate", async () => {
    const unlock = await api.unlockKey(init.manager);
    await manager.stop({ transferLeadership: false });
    await worker.stop();
    const m2 = await runNode(
      { dataDir: manager.dir.path, unlockKey: unlock.text },
      { log: log.logger, tuning: fastTuning, clock },
    );
    const w1 = await runNode({ dataDir: worker.dir.path }, { log: log.logger, tuning: fastTuning, clock });
    if (!(m2 instanceof Manager) || !(w1 instanceof Worker)) throw new Error("restarted with another role");
    running.push(m2, w1);
    await waitFor(
      async () => (await api.secretList(m2).catch(() => [])).some((s) => s.name === "after-renewal"),
      "the restarted manager serves",
      15_000,
    );
    await waitFor(
      () => w1.networkKeys.primaries().length === 2,
      "the restarted worker gets network keys",
      15_000,
    );
  });
});
