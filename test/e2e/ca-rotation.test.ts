// `keel ca rotate` under a write load on three managers and a worker (issue 11's acceptance):
// every node ends with a certificate of the new root and trusts it alone, no manager goes
// without a leader for an election timeout and the worker's watch never fails, no acknowledged
// write is lost, and the old join token is refused.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { certificateDigest, issuerKeyIdOf, subjectKeyIdOf, x509 } from "../../src/ca/index.js";
import { keelapi } from "../../src/gen/api.js";
import type { KeelProcess } from "../../src/harness/index.js";
import { pollUntil, runKeel } from "../../src/harness/index.js";
import { dataDir } from "../../src/manager/index.js";
import { caughtUp, electionTimeoutMs, expectSecrets, SecretLoad, useClusters } from "./helpers.js";

const clusters = useClusters();

/** LeaderWatch samples each manager's view of the leader and keeps its longest stretch without one. */
class LeaderWatch {
  readonly longestGapMs = new Map<string, number>();
  #running = true;
  #loop: Promise<void>;

  constructor(managers: readonly KeelProcess[]) {
    this.#loop = Promise.all(managers.map((p) => this.#sample(p))).then(() => undefined);
  }

  async #sample(p: KeelProcess): Promise<void> {
    let lostSinceMs: number | null = null;
    while (this.#running) {
      const leader = await p.status(1_000).then(
        (s) => s.leaderId,
        () => "",
      );
      const nowMs = Date.now();
      if (leader === "") lostSinceMs ??= nowMs;
      else lostSinceMs = null;
      const gapMs = lostSinceMs === null ? 0 : nowMs - lostSinceMs;
      this.longestGapMs.set(p.name, Math.max(this.longestGapMs.get(p.name) ?? 0, gapMs));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop(): Promise<ReadonlyMap<string, number>> {
    this.#running = false;
    await this.#loop;
    return this.longestGapMs;
  }
}

/** onRoot: the node's root file holds exactly the root with `digest`, and its certificate is of it. */
async function onRoot(p: KeelProcess, digest: string): Promise<boolean> {
  const dir = dataDir(p.dataDir);
  const [root, certificate] = await Promise.all([
    readFile(dir.rootCa, "utf8"),
    readFile(dir.certificate, "utf8"),
  ]);
  if ((root.match(/BEGIN CERTIFICATE/g) ?? []).length !== 1) return false;
  const rootDigest = await certificateDigest(new x509.X509Certificate(root));
  return rootDigest === digest && issuerKeyIdOf(certificate) === subjectKeyIdOf(root);
}

test("keel ca rotate under load: every node on the new root, no connection lost, nothing lost, old token refused", async () => {
  const cluster = await clusters.start({ managers: 3, workers: 1 });
  const leader = await cluster.waitForLeader();
  const worker = cluster.nodes.find((p) => p.role === "worker") as KeelProcess;
  const termBefore = Number((await leader.status()).term);
  const load = new SecretLoad("ca", () => cluster.managers.find((m) => m.running)).start();
  await load.more(3);
  const watch = new LeaderWatch(cluster.managers);
  const watchFailuresBefore = worker.events("watch-failed").length;

  const before = keelapi.CaView.decode(await leader.call("keel.api.CaInspect"));
  const rotated = await leader.cli(["ca", "rotate"], { timeoutMs: 45_000 });
  expect(rotated.code, rotated.stderr).toBe(0);
  expect(rotated.stdout).toMatch(/progress: \d of 4 nodes/);
  const done = /rotation: done, root ([0-9a-f]{64})/.exec(rotated.stdout)?.[1] ?? "";
  expect(done).not.toBe(before.root?.digest);
  const shown = await leader.cli(["ca"]);
  expect(shown.stdout).toContain(`digest: ${done}`);
  expect(shown.stdout).toContain("rotation: none");

  await load.more(3);
  const gaps = await watch.stop();
  for (const [name, gapMs] of gaps) expect(gapMs, `${name} without a leader`).toBeLessThan(electionTimeoutMs);
  expect(Number((await leader.status()).term), "no election during the rotation").toBe(termBefore);
  expect(worker.events("watch-failed").length, "the worker's watch failed").toBe(watchFailuresBefore);

  for (const p of [...cluster.managers, worker]) {
    await pollUntil(p.name, "its certificate and trust on the new root alone", 15_000, async () =>
      (await onRoot(p, done)) ? true : undefined,
    );
  }

  const acked = await load.stop();
  for (const p of cluster.managers) {
    await caughtUp(p, leader);
    await expectSecrets(p, acked);
  }

  const spare = await mkdtemp(join(tmpdir(), "keel-ca-old-token-"));
  try {
    const refused = await runKeel(
      [
        "join",
        "--token",
        cluster.workerToken,
        "--join",
        leader.address,
        "--data-dir",
        spare,
        "--listen",
        "127.0.0.1:0",
      ],
      { timeoutMs: 20_000, node: "old-token" },
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/ROOT_DIGEST_MISMATCH/);
  } finally {
    await rm(spare, { recursive: true, force: true });
  }
}, 90_000);
