// Key rotations across crashes and downtime, and locked restarts, with real managers on disk.
import { expect, test } from "vitest";
import { systemEntropy } from "../../src/entropy.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { formatUnlockKey } from "../../src/crypto/unlock-key.js";
import type { KeelCluster, KeelProcess } from "../../src/harness/index.js";
import { pollUntil } from "../../src/harness/index.js";
import { checkUnlockKey, codeOf, dataDir } from "../../src/manager/index.js";
import { caughtUp, expectSecrets, fingerprint, SecretLoad, useClusters } from "./helpers.js";

const clusters = useClusters();

/** opens: whether `key` opens the key file of a stopped node (offline; writes nothing). */
async function opens(p: KeelProcess, key: string): Promise<boolean | string> {
  await cryptoReady();
  try {
    (await checkUnlockKey(dataDir(p.dataDir), key)).wipe();
    return true;
  } catch (error) {
    return codeOf(error) === "WRONG_UNLOCK_KEY" ? false : `unexpected ${codeOf(error) ?? String(error)}`;
  }
}

/** Waits until every running manager's key file is at the same KEK version as `leader`'s. */
async function kekSettled(cluster: KeelCluster, leader: KeelProcess): Promise<number> {
  const version = Number((await leader.status()).kekVersion);
  for (const p of cluster.runningManagers) {
    await pollUntil(p.name, `KEK version ${version}`, 20_000, async () =>
      Number((await p.status()).kekVersion) === version ? true : undefined,
    );
  }
  return version;
}

test("keel rotate dek on an idle single-manager cluster completes (no Ready needed to snapshot)", async () => {
  const cluster = await clusters.start({ managers: 1 });
  const p = await cluster.waitForLeader();
  const before = await p.dekState();
  const started = await p.rotateDek();
  expect(started.pendingKeyId).not.toBe("");
  const done = await pollUntil(p.name, "the DEK rotation to complete on an idle node", 10_000, async () => {
    const s = await p.dekState();
    return s.state === "idle" ? s : undefined;
  });
  expect(done.currentKeyId).toBe(started.pendingKeyId);
  expect(done.currentKeyId).not.toBe(before.currentKeyId);
}, 60_000);

test("kill -9 during a DEK rotation: restarts with its key, nothing lost, the rotation completes", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  const p = cluster.managers.find((m) => m !== leader) as KeelProcess;
  const before = await p.dekState();
  const load = new SecretLoad("dek", () => leader).start();
  await load.more(3);
  const started = await p.rotateDek();
  expect(started.pendingKeyId).not.toBe("");
  await p.kill("SIGKILL");
  await load.more(3);
  await p.restart({ unlockKey: cluster.unlockKey ?? "" });
  const done = await pollUntil(p.name, "the DEK rotation to complete after the crash", 30_000, async () => {
    const s = await p.dekState();
    return s.state === "idle" && s.currentKeyId !== before.currentKeyId ? s : undefined;
  });
  expect(done.pendingKeyId).toBe("");
  await load.more(3);
  const acked = await load.stop();
  await caughtUp(p, leader);
  await expectSecrets(p, acked);
  await expectSecrets(leader, acked);
}, 90_000);

test("kill -9 the leader during an unlock-key rotation: restarts with the right key and re-seals under the new one", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const oldKey = cluster.unlockKey ?? "";
  const leader = await cluster.waitForLeader();
  const rest = cluster.managers.filter((m) => m !== leader);
  const load = new SecretLoad("kek", () => rest[0]).start();
  await load.more(3);
  // The rotation is acknowledged; the managers re-seal their key files after it: crash now.
  const newKey = await leader.rotateUnlockKey();
  await leader.kill("SIGKILL");
  expect(newKey).not.toBe(oldKey);
  const next = await cluster.waitForLeader({ among: rest, timeoutMs: 10_000 });
  expect(await next.unlockKey()).toBe(newKey);
  // Exactly one of the two keys opens the crashed leader's key file, whichever it was sealed under.
  const withOld = await opens(leader, oldKey);
  const withNew = await opens(leader, newKey);
  expect([withOld, withNew].sort()).toEqual([false, true]);
  await leader.restart({ unlockKey: withNew === true ? newKey : oldKey });
  await load.more(3);
  const acked = await load.stop();
  await caughtUp(leader, next);
  await expectSecrets(leader, acked);
  await kekSettled(cluster, next);
  for (const p of cluster.managers) await p.stop();
  for (const p of cluster.managers) {
    expect(await opens(p, newKey), `${p.name} sealed under the new key`).toBe(true);
    expect(await opens(p, oldKey), `${p.name} no longer opens with the old key`).toBe(false);
  }
}, 90_000);

test("a manager down during an unlock-key rotation starts only with the old key, then re-seals under the new one", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const oldKey = cluster.unlockKey ?? "";
  const leader = await cluster.waitForLeader();
  const down = cluster.managers.find((m) => m !== leader) as KeelProcess;
  expect((await down.stop()).code).toBe(0);
  const newKey = await leader.rotateUnlockKey();
  const written = ["while-down-1", "while-down-2"];
  for (const name of written) await leader.secretCreate(name, "x");
  expect(await opens(down, newKey)).toBe(false);
  await down.restart();
  await down.waitLocked();
  const refused = await down.cli(["unlock"], { stdin: `${newKey}\n` });
  expect(refused.code).toBe(4);
  expect(refused.stderr).toMatch(/WRONG_UNLOCK_KEY|unlock key/i);
  expect((await down.status()).state).toBe("locked");
  const accepted = await down.cli(["unlock"], { stdin: `${oldKey}\n` });
  expect(accepted.code).toBe(0);
  expect(accepted.stdout).toContain("unlocked");
  await down.waitReady();
  await caughtUp(down, leader);
  await expectSecrets(down, written);
  await kekSettled(cluster, leader);
  await down.stop();
  expect(await opens(down, newKey)).toBe(true);
  expect(await opens(down, oldKey)).toBe(false);
}, 90_000);

test("a restarted locked manager waits; a wrong key is refused and changes nothing; the right key lets it catch up", async () => {
  const cluster = await clusters.start({ managers: 3 });
  const leader = await cluster.waitForLeader();
  const p = cluster.managers.find((m) => m !== leader) as KeelProcess;
  await p.stop();
  const onDisk = await fingerprint(p.dataDir);
  await p.restart();
  await p.waitLocked();
  expect((await p.status()).state).toBe("locked");
  // While it waits, the others go on.
  const written = ["locked-1", "locked-2", "locked-3"];
  for (const name of written) await leader.secretCreate(name, "x");
  const wrongKey = formatUnlockKey(SecretKey.generate(systemEntropy));
  const refused = await p.cli(["unlock"], { stdin: `${wrongKey}\n` });
  expect(refused.code).toBe(4);
  const malformed = await p.cli(["unlock"], { stdin: "KEELKEY-1-nonsense\n" });
  expect(malformed.code).toBe(4);
  expect(p.running).toBe(true);
  expect((await p.status()).state).toBe("locked");
  expect(await fingerprint(p.dataDir)).toEqual(onDisk);
  const ok = await p.cli(["unlock"], { stdin: `${cluster.unlockKey ?? ""}\n` });
  expect(ok.code).toBe(0);
  await p.waitReady();
  await caughtUp(p, leader);
  await expectSecrets(p, written);
}, 90_000);
