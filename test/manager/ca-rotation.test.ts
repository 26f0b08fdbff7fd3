// Root CA rotation in process (SwarmKit's TestRootRotationReconciliation and
// TestSuccessfulRootRotation): two managers and a worker. A second rotation while one runs is
// refused with its code; a worker that is down keeps the rotation waiting, and renews onto the
// new root when it is back; then the new root is the root, every node trusts it alone, and the
// old join token is refused.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { certBackdateMs, issuerKeyIdOf, subjectKeyIdOf, x509 } from "../../src/ca/index.js";
import { soleCluster } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { Worker } from "../../src/manager/worker.js";
import { CapturedLog, TempDirs, codeOf, joinAs, tuning, waitFor } from "./helpers.js";

const hourMs = 60 * 60 * 1000;
const dirs = new TempDirs();
const log = new CapturedLog("ca-rotation");
let init: Initialized;
let m2: Manager;
let workerDir = "";
const running: { stop(): Promise<void> }[] = [];
const setup = { dirs, log, tuning: { ...tuning, renewalCheckMs: 200 } };

type Node = Manager | Worker;

async function ca(node: Node): Promise<keelapi.CaView> {
  return keelapi.CaView.decode(await node.call("keel.api.CaInspect", new Uint8Array(0)));
}

async function rotate(node: Node): Promise<keelapi.CaView> {
  return keelapi.CaView.decode(await node.call("keel.api.CaRotate", new Uint8Array(0)));
}

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: false, certExpiryMs: 5 * hourMs },
    { log: log.logger.with({ n: "m1" }), tuning: setup.tuning },
  );
  running.push(init.manager);
  const joined = await joinAs(setup, init.address, init.joinTokens.manager, "m2");
  if (!(joined instanceof Manager)) throw new Error("not a manager");
  m2 = joined;
  running.push(m2);
  const worker = await joinAs(setup, init.address, init.joinTokens.worker, "w1");
  if (!(worker instanceof Worker)) throw new Error("not a worker");
  workerDir = worker.dir.path;
  await worker.stop();
});

afterAll(async () => {
  for (const node of running.reverse()) await node.stop().catch(() => undefined);
  await dirs.cleanup();
});

describe("root CA rotation", () => {
  test("a down worker keeps a rotation waiting; back, it renews; then the new root alone is trusted", async () => {
    const before = await ca(m2);
    // Two at once, through both managers: one starts, the other is told one is in progress.
    const [first, second] = await Promise.allSettled([rotate(m2), rotate(init.manager)]);
    const outcomes = [first, second].map((o) => (o.status === "fulfilled" ? "started" : o.reason.code));
    expect(outcomes.sort()).toEqual(["CA_ROTATION_IN_PROGRESS", "started"]);
    const started =
      first.status === "fulfilled" ? first.value : second.status === "fulfilled" ? second.value : null;
    expect(started?.rotation?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(started?.rotation?.digest).not.toBe(before.root?.digest);
    expect(await codeOf(rotate(init.manager))).toBe("CA_ROTATION_IN_PROGRESS");

    // Both managers renew; the worker, down, holds the rotation at 2 of 3.
    await waitFor(async () => Number((await ca(m2)).nodesConverged) === 2, "the managers on the new root");
    // The leader marked the worker ROTATE and waits for it: a reconciler round has seen it pending.
    const workerId = init.manager.node.store.list("node").find((n) => n.role === "worker")?.id ?? "";
    await waitFor(
      () => init.manager.node.store.get("node", workerId)?.certificate.state === "rotate",
      "the down worker marked ROTATE",
    );
    const waiting = await ca(init.manager);
    expect(waiting.rotation?.digest).toBe(started?.rotation?.digest);
    expect(Number(waiting.nodesTotal)).toBe(3);

    // A manager restarted mid-rotation opens on the trust it wrote (both roots) and a certificate
    // of the new root presented with the cross-signed one.
    expect((await readFile(m2.dir.rootCa, "utf8")).match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    const m2Dir = m2.dir.path;
    await m2.stop();
    const restarted = await runNode(
      { dataDir: m2Dir },
      { log: log.logger.with({ n: "m2" }), tuning: setup.tuning },
    );
    if (!(restarted instanceof Manager)) throw new Error("not a manager");
    m2 = restarted;
    running.push(m2);
    await waitFor(
      async () => Number((await ca(m2).catch(() => null))?.nodesConverged) === 2,
      "the restarted manager answering",
    );
    const worker = await runNode(
      { dataDir: workerDir },
      { log: log.logger.with({ n: "w1" }), tuning: setup.tuning },
    );
    if (!(worker instanceof Worker)) throw new Error("not a worker");
    running.push(worker);
    // A worker may neither start a rotation nor look at the CA: both are manager methods.
    expect(await codeOf(rotate(worker))).toBe("RPC_FORBIDDEN");
    expect(await codeOf(ca(worker))).toBe("RPC_FORBIDDEN");
    await waitFor(async () => (await ca(m2)).rotation == null, "the rotation to finish", 20_000);
    const after = await ca(init.manager);
    expect(after.root?.digest).toBe(started?.rotation?.digest);
    const cluster = soleCluster(init.manager.node.store);
    const newRootKeyId = subjectKeyIdOf(Buffer.from(cluster?.rootCa.caCertPem ?? []).toString());

    // Every node presents a certificate of the new root and trusts the new root alone.
    for (const node of [init.manager, m2, worker]) {
      const onNewRootAlone = async (): Promise<boolean> => {
        const root = await readFile(node.dir.rootCa, "utf8");
        const certificate = await readFile(node.dir.certificate, "utf8");
        const roots = root.match(/BEGIN CERTIFICATE/g)?.length ?? 0;
        return roots === 1 && issuerKeyIdOf(certificate) === subjectKeyIdOf(root);
      };
      await waitFor(onNewRootAlone, `${node.dir.path}: the new root alone, and a certificate of it`);
      expect(subjectKeyIdOf(await readFile(node.dir.rootCa, "utf8"))).toBe(newRootKeyId);
      // Re-issued with the cluster's certificate lifetime (whole seconds, backdated an hour).
      const certificate = new x509.X509Certificate(await readFile(node.dir.certificate, "utf8"));
      const lifetimeMs = certificate.notAfter.getTime() - certificate.notBefore.getTime();
      expect(Math.abs(lifetimeMs - (5 * hourMs + certBackdateMs))).toBeLessThan(1000);
    }
  });

  test("the old join token is refused; a new one joins", async () => {
    expect(await codeOf(joinAs(setup, init.address, init.joinTokens.worker, "w-old"))).toBe(
      "ROOT_DIGEST_MISMATCH",
    );
    const tokens = keelapi.JoinTokensResponse.decode(await m2.call("keel.api.JoinTokens", new Uint8Array(0)));
    expect(tokens.worker).not.toBe(init.joinTokens.worker);
    const fresh = await joinAs(setup, init.address, tokens.worker, "w2");
    running.push(fresh);
    expect(fresh).toBeInstanceOf(Worker);
  });
});
