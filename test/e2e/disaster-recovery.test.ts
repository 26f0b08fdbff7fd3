// Disaster recovery with real processes (issue 11): a cluster that lost two of three managers
// and their disks comes back from the survivor with --force-new-cluster; a backup taken under
// a write load restores as a new one-manager cluster. Both keep every acknowledged secret and
// take new managers with the old manager token.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import type { KeelCluster } from "../../src/harness/index.js";
import { KeelProcess, pollUntil, runKeel } from "../../src/harness/index.js";
import { caughtUp, expectSecrets, SecretLoad, useClusters } from "./helpers.js";

const clusters = useClusters();
/** Processes started outside a cluster's bookkeeping: stopped after each test. */
const extra: KeelProcess[] = [];
afterEach(async () => {
  await Promise.allSettled(extra.splice(0).map((p) => p.kill("SIGKILL")));
});

/** A process on `dataDir` whose environment carries a key (the harness gives no stdin). */
function processOn(
  cluster: KeelCluster,
  name: string,
  dataDir: string,
  env: Record<string, string>,
): KeelProcess {
  const p = new KeelProcess({ name, dataDir, logDir: cluster.root, env, redactInLog: ["backup-key"] });
  extra.push(p);
  return p;
}

/** readIdentity reads what a one-manager cluster's first process prints, and waits until it leads. */
async function readIdentity(p: KeelProcess): Promise<void> {
  p.nodeId = await p.output("node-id");
  p.clusterId = await p.output("cluster-id");
  p.address = await p.output("address");
  p.role = "manager";
  await p.waitReady();
  // Alone in its configuration, it elects itself after an election timeout.
  await pollUntil(p.name, "leadership", 20_000, async () =>
    (await p.status().catch(() => null))?.leaderId === p.nodeId ? true : undefined,
  );
}

test("kill 2 of 3 managers and their disks: --force-new-cluster on the survivor keeps every secret and the unlock key, takes two new managers, and writes resume", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  const survivor = cluster.managers.find((m) => m !== leader) as KeelProcess;
  const load = new SecretLoad("before", () => leader).start();
  await load.more(10);
  const acked = await load.stop();
  // What the survivor holds is what survives: it must have caught up before the disaster.
  await caughtUp(survivor, leader);
  for (const m of cluster.managers.filter((m) => m !== survivor)) {
    await m.kill("SIGKILL");
    await rm(m.dataDir, { recursive: true, force: true });
  }
  await survivor.kill("SIGKILL");

  // Without the unlock key, a locked survivor is refused and nothing changes.
  const refused = await runKeel(["init", "--force-new-cluster", "--data-dir", survivor.dataDir], {
    stdin: "",
  });
  expect(refused.code).toBe(3);
  expect(refused.stderr).toContain("LOCKED");

  const reborn = processOn(cluster, "m1-reborn", survivor.dataDir, {
    KEEL_UNLOCK_KEY: cluster.unlockKey ?? "",
  });
  reborn.start("init", ["--force-new-cluster"]);
  await readIdentity(reborn);
  expect(reborn.nodeId).toBe(survivor.nodeId);
  expect(await reborn.output("removed-members")).toBe("2");
  await expectSecrets(reborn, acked);
  expect(await reborn.unlockKey()).toBe(cluster.unlockKey);
  // A second force-new-cluster on the running node is refused by its lock.
  const again = await runKeel(["init", "--force-new-cluster", "--data-dir", survivor.dataDir], {
    env: { KEEL_UNLOCK_KEY: cluster.unlockKey ?? "" },
  });
  expect(again.stderr).toContain("ALREADY_RUNNING");

  const joined = [await cluster.addManager({ via: reborn }), await cluster.addManager({ via: reborn })];
  const status = await reborn.status();
  expect(status.members.map((m) => m.nodeId).sort()).toEqual([reborn, ...joined].map((p) => p.nodeId).sort());
  const after = new SecretLoad("after", () => joined[0]).start();
  await after.more(5);
  const written = await after.stop();
  for (const p of [reborn, ...joined]) {
    await caughtUp(p, reborn);
    await expectSecrets(p, [...acked, ...written]);
  }
}, 90_000);

test("backup under a write load, restore into a fresh dir: every secret acknowledged before the backup is there, and the restored cluster takes a new manager", async () => {
  const cluster = await clusters.start({ managers: 3, autolock: false });
  const leader = await cluster.waitForLeader();
  const follower = cluster.managers.find((m) => m !== leader) as KeelProcess;
  const load = new SecretLoad("load", () => leader).start();
  await load.more(10);
  const before = [...load.acked];
  const file = join(cluster.root, "cluster.keel-backup");
  const made = await follower.cli(["backup", "--out", file]);
  expect(made.code, made.stderr).toBe(0);
  await load.more(3);
  await load.stop();
  const key = /^backup-key: (\S+)$/m.exec(made.stdout)?.[1] ?? "";
  expect(key).toMatch(/^KEELKEY-1-/);

  const restored = processOn(cluster, "r1", join(cluster.root, "r1"), { KEEL_BACKUP_KEY: key });
  restored.start("restore", [file, "--listen", "127.0.0.1:0"]);
  await readIdentity(restored);
  expect(restored.clusterId).toBe(cluster.clusterId);
  await expectSecrets(restored, before);
  expect((await restored.nodeList()).map((n) => n.id)).toEqual([restored.nodeId]);

  const joined = await cluster.addManager({ via: restored });
  expect((await restored.status()).members.map((m) => m.nodeId).sort()).toEqual(
    [restored.nodeId, joined.nodeId].sort(),
  );
  await joined.secretCreate("after-restore", "value");
  await caughtUp(restored, joined);
  await expectSecrets(restored, ["after-restore"]);

  // A restore into a dir that holds anything is refused.
  const refused = await runKeel(["restore", file, "--data-dir", restored.dataDir], {
    env: { KEEL_BACKUP_KEY: key },
  });
  expect(refused.stderr).toContain("ALREADY_INITIALIZED");
}, 90_000);
