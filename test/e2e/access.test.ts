// Who gets in: a worker token makes a worker with no manager API; another cluster's CA and
// tokens are refused.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import { runKeel } from "../../src/harness/index.js";
import type { KeelProcess } from "../../src/harness/index.js";
import { methods } from "../../src/manager/index.js";
import { SystemClock } from "../../src/node/index.js";
import { RpcClient, TlsCredentials } from "../../src/transport/index.js";
import { useClusters } from "./helpers.js";

const clusters = useClusters();

/** watchOnce calls a node-level API (any certified node may) on `manager` as the given identity. */
async function watchOnce(
  manager: KeelProcess,
  credentials: TlsCredentials,
): Promise<keelapi.NetworkKeysResponse> {
  const client = await RpcClient.connect(
    { address: manager.address, trust: { kind: "node", credentials } },
    { clock: new SystemClock() },
  );
  try {
    const body = keelapi.WatchNetworkKeysRequest.encode({ sinceVersion: 0, waitMs: 0 }).finish();
    return keelapi.NetworkKeysResponse.decode(await client.call(methods.watchNetworkKeys, body));
  } finally {
    await client.close();
  }
}

async function workerCredentials(worker: KeelProcess, rootOf: KeelProcess): Promise<TlsCredentials> {
  return TlsCredentials.create({
    rootCaPem: await readFile(join(rootOf.dataDir, "root-ca.pem"), "utf8"),
    certificatePem: await readFile(join(worker.dataDir, "node-cert.pem"), "utf8"),
    privateKey: await readFile(join(worker.dataDir, "node-key.pem"), "utf8"),
  });
}

test("a worker joins with a worker token and is refused on manager APIs", async () => {
  const cluster = await clusters.start({ managers: 1, workers: 1 });
  const manager = cluster.node("m1");
  const worker = cluster.node("w1");
  expect(worker.role).toBe("worker");
  expect(worker.clusterId).toBe(cluster.clusterId);
  await worker.waitReady();
  const status = await worker.status();
  expect(status.role).toBe("worker");
  expect(status.state).toBe("running");
  // A worker holds no Raft log and no cluster keys.
  expect(existsSync(join(worker.dataDir, "wal"))).toBe(false);
  expect(existsSync(join(worker.dataDir, "keys"))).toBe(false);
  for (const args of [["secret", "ls"], ["unlock-key"], ["node", "ls"]]) {
    const r = await worker.cli(args);
    expect(r.code, `keel ${args.join(" ")} on a worker`).toBe(6);
  }
  await expect(worker.secretCreate("from-a-worker", "x")).rejects.toMatchObject({ code: "RPC_FORBIDDEN" });
  expect((await manager.secretList()).map((s) => s.name)).not.toContain("from-a-worker");
  const nodes = await manager.nodeList();
  expect(nodes.find((n) => n.id === worker.nodeId)?.role).toBe("worker");
}, 90_000);

test("a certificate from another CA and a token for another cluster are refused", async () => {
  const a = await clusters.start({ managers: 1, workers: 1, autolock: false });
  const b = await clusters.start({ managers: 1, workers: 1, autolock: false });
  const aManager = a.node("m1");
  // Control: A's own worker certificate is admitted.
  const own = await workerCredentials(a.node("w1"), aManager);
  expect((await watchOnce(aManager, own)).keys.length).toBeGreaterThan(0);
  own.close();
  // B's worker certificate, trusting A's root so that only A can refuse it: refused.
  const foreign = await workerCredentials(b.node("w1"), aManager);
  await expect(watchOnce(aManager, foreign)).rejects.toHaveProperty("code");
  foreign.close();
  // B's tokens do not join A (the root CA pinned by the token is not A's).
  const dir = await mkdtemp(join(tmpdir(), "keel-foreign-"));
  try {
    for (const [i, token] of [b.workerToken, b.managerToken].entries()) {
      const dataDir = join(dir, `n${i}`);
      const r = await runKeel(["join", "--token", token, "--join", aManager.address, "--data-dir", dataDir], {
        timeoutMs: 30_000,
      });
      expect(r.code, r.stderr).not.toBe(0);
      expect(existsSync(join(dataDir, "node.json"))).toBe(false);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  expect((await aManager.nodeList()).map((n) => n.id).sort()).toEqual(
    [aManager.nodeId, a.node("w1").nodeId].sort(),
  );
}, 90_000);
