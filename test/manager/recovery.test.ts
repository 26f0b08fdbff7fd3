// Disaster recovery in process: force-new-cluster on a survivor's data dir keeps every object
// and key and makes it the only member (old ids removed, old managers' nodes gone); backup and
// restore start a new one-manager cluster from a sealed file. Every refusal has its code, and
// leaves the data dir (or the file) as it was.
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ClassicLevel } from "classic-level";
import { afterAll, describe, expect, test } from "vitest";
import { systemEntropy } from "../../src/entropy.js";
import { encodeProposal, newSecret } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import { openStorage } from "../../src/manager/storage.js";
import { encodeConfChange } from "../../src/raft/codec.js";
import { ConfChangeType, EntryType } from "../../src/raft/types.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import type { Manager } from "../../src/manager/manager.js";
import type { RunningNode } from "../../src/manager/open.js";
import { runNode } from "../../src/manager/open.js";
import { forceNewCluster, readBackup, restoreCluster } from "../../src/manager/recovery/index.js";
import { dataDir as layout } from "../../src/manager/data-dir.js";
import { checkUnlockKey } from "../../src/manager/unlock.js";
import { SystemClock } from "../../src/node/clock.js";
import { RpcClient, TlsCredentials, raftIdOf } from "../../src/transport/index.js";
import { FileKeyStore, readKeys } from "../../src/wal/index.js";
import { CapturedLog, TempDirs, api, codeOf, joinAs, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("recovery");
const running: RunningNode[] = [];
const setup = { dirs, log, tuning };

afterAll(async () => {
  for (const node of running.reverse()) await node.stop({ transferLeadership: false });
  await dirs.cleanup();
});

function keep<T extends RunningNode>(node: T): T {
  running.push(node);
  return node;
}

async function fingerprint(dir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { recursive: true })).sort()) {
    const info = await stat(join(dir, entry));
    if (info.isFile()) out.push(`${entry}:${(await readFile(join(dir, entry))).toString("base64")}`);
  }
  return out.join("\n");
}

/** caughtUp waits until `node` has applied what `leader` had committed when called. */
async function caughtUp(node: RunningNode, leader: Manager): Promise<void> {
  const commit = Number((await api.status(leader)).commit);
  await waitFor(
    async () => Number((await api.status(node)).applied) >= commit,
    "the new manager to catch up",
  );
}

/** staleCall calls `address` with the credentials in a stopped manager's data dir: the code it gets. */
async function staleCall(dataDir: string, unlockKey: string, address: string): Promise<string> {
  const dir = layout(dataDir);
  const keys = await readKeys(new FileKeyStore(dir.keyFile), await checkUnlockKey(dir, unlockKey));
  const credentials = await TlsCredentials.create({
    rootCaPem: await readFile(dir.rootCa, "utf8"),
    certificatePem: await readFile(dir.certificate, "utf8"),
    privateKey: Buffer.from(keys.tlsKey).toString("utf8"),
  });
  const client = await RpcClient.connect(
    { address, trust: { kind: "node", credentials } },
    { clock: new SystemClock() },
  );
  try {
    await client.call("keel.api.SecretList", new Uint8Array(0));
    return "accepted";
  } catch (error) {
    const e = error as { code?: string; type?: { remoteCode?: string } };
    return e.type?.remoteCode ?? e.code ?? "error";
  } finally {
    await client.close();
    credentials.close();
  }
}

async function backupTo(node: Manager, path: string): Promise<keelapi.BackupResponse> {
  const body = keelapi.BackupRequest.encode({ path }).finish();
  return keelapi.BackupResponse.decode(await node.call("local.Backup", body));
}

describe("force-new-cluster", () => {
  test("a survivor of three keeps every secret and key, is the only member, and takes new managers", async () => {
    const init = await initCluster(
      { dataDir: await dirs.make("f1"), listen: "127.0.0.1:0", autolock: true },
      { log: log.logger, tuning },
    );
    const m1 = keep(init.manager);
    const token = init.joinTokens.manager;
    const m2 = keep(await joinAs(setup, m1.address, token, "f2"));
    const m3 = keep(await joinAs(setup, m1.address, token, "f3"));
    await waitFor(async () => (await api.status(m1)).members.length === 3, "3 members");
    for (let i = 0; i < 5; i++) await api.secretCreate(m1, `s${i}`, `value ${i}`);
    const oldIds = [m2, m3].map((m) => raftIdOf(m.identity.nodeId));
    for (const m of [m2, m3, m1]) await m.stop({ transferLeadership: false });
    const dataDir = m1.dir.path;

    expect(await codeOf(forceNewCluster({ dataDir }, { log: log.logger }))).toBe("LOCKED");
    const forced = await forceNewCluster({ dataDir, unlockKey: init.unlockKey ?? "" }, { log: log.logger });
    expect(forced.removed).toEqual([...oldIds].sort((a, b) => a - b));
    expect([...forced.removedNodes].sort()).toEqual([m2.identity.nodeId, m3.identity.nodeId].sort());

    const survivor = keep(
      (await runNode({ dataDir, unlockKey: init.unlockKey ?? "" }, { log: log.logger, tuning })) as Manager,
    );
    await waitFor(() => survivor.node.isLeader, "the survivor to lead alone");
    const status = await api.status(survivor);
    expect(status.members.map((m) => m.nodeId)).toEqual([survivor.identity.nodeId]);
    expect((await api.secretList(survivor)).map((s) => s.name).sort()).toEqual([
      "s0",
      "s1",
      "s2",
      "s3",
      "s4",
    ]);
    expect((await api.unlockKey(survivor)).text).toBe(init.unlockKey);
    expect((await api.nodeList(survivor)).map((n) => n.id)).toEqual([survivor.identity.nodeId]);
    for (const id of oldIds) expect(survivor.node.status().removed).toContain(id);

    // A stale member that comes back with its certificate is refused: its node is gone.
    expect(await staleCall(m2.dir.path, init.unlockKey ?? "", survivor.address)).toBe("PERMISSION_DENIED");

    const m4 = keep(await joinAs(setup, survivor.address, token, "f4"));
    await waitFor(async () => (await api.status(survivor)).members.length === 2, "a new manager");
    await caughtUp(m4, survivor);
    await api.secretCreate(m4, "after", "written after the recovery");
    expect((await api.secretList(survivor)).some((s) => s.name === "after")).toBe(true);
  }, 60_000);

  test("refused on a running node, a worker's dir and an empty dir, with nothing changed", async () => {
    const init = await initCluster(
      { dataDir: await dirs.make("r1"), listen: "127.0.0.1:0", autolock: false },
      { log: log.logger, tuning },
    );
    const m1 = keep(init.manager);
    expect(await codeOf(forceNewCluster({ dataDir: m1.dir.path }, { log: log.logger }))).toBe(
      "ALREADY_RUNNING",
    );
    const w = keep(await joinAs(setup, m1.address, init.joinTokens.worker, "r-worker"));
    await w.stop();
    const before = await fingerprint(w.dir.path);
    expect(await codeOf(forceNewCluster({ dataDir: w.dir.path }, { log: log.logger }))).toBe(
      "NOT_A_MANAGER_DIR",
    );
    expect(await fingerprint(w.dir.path)).toBe(before);
    expect(await codeOf(forceNewCluster({ dataDir: await dirs.make("r-empty") }, { log: log.logger }))).toBe(
      "NOT_INITIALIZED",
    );
  }, 30_000);

  test("a wrong unlock key, or a database another process holds, is refused with nothing changed", async () => {
    const init = await initCluster(
      { dataDir: await dirs.make("k1"), listen: "127.0.0.1:0", autolock: true },
      { log: log.logger, tuning },
    );
    const other = await initCluster(
      { dataDir: await dirs.make("k2"), listen: "127.0.0.1:0", autolock: true },
      { log: log.logger, tuning },
    );
    await other.manager.stop();
    await init.manager.stop();
    const before = await fingerprint(init.manager.dir.path);
    const code = await codeOf(
      forceNewCluster(
        { dataDir: init.manager.dir.path, unlockKey: other.unlockKey ?? "" },
        { log: log.logger },
      ),
    );
    expect(code).toBe("WRONG_UNLOCK_KEY");
    expect(await fingerprint(init.manager.dir.path)).toBe(before);
    // A process holding the database (a node starting, its control socket not yet up).
    const held = new ClassicLevel(init.manager.dir.wal);
    await held.open();
    try {
      const options = { dataDir: init.manager.dir.path, unlockKey: init.unlockKey ?? "" };
      expect(await codeOf(forceNewCluster(options, { log: log.logger }))).toBe("DATA_DIR_IN_USE");
    } finally {
      await held.close();
    }
  }, 30_000);
  test("entries past the commit index are kept as a new leader would commit them, but a voter they add is not a member", async () => {
    const init = await initCluster(
      { dataDir: await dirs.make("u1"), listen: "127.0.0.1:0", autolock: false },
      { log: log.logger, tuning },
    );
    await api.secretCreate(init.manager, "committed", "value");
    await init.manager.stop();
    const dir = init.manager.dir;
    // Two entries this manager wrote as leader without learning their commit: a secret (which
    // the others may have committed and acknowledged) and a new voter.
    const storage = await openStorage(dir, null, systemEntropy);
    const { hardState } = storage.recovered;
    const last = storage.wal.lastIndex;
    const ghostId = 4242;
    const secret = newSecret({ id: "u".repeat(25), name: "uncommitted", data: new Uint8Array([1]) });
    await storage.wal.save({
      entries: [
        {
          index: last + 1,
          term: hardState.term,
          type: EntryType.Normal,
          data: encodeProposal({
            id: 7,
            timestampMs: 0,
            actions: [{ action: "create", kind: "secret", object: secret }],
          }),
        },
        {
          index: last + 2,
          term: hardState.term,
          type: EntryType.ConfChange,
          data: encodeConfChange({
            type: ConfChangeType.AddNode,
            nodeId: ghostId,
            context: new Uint8Array(0),
            id: 8,
          }),
        },
      ],
    });
    expect(hardState.commit).toBeLessThanOrEqual(last);
    await storage.wal.close();
    await storage.db.close();

    const forced = await forceNewCluster({ dataDir: dir.path }, { log: log.logger });
    expect(forced.index).toBe(last + 3);
    expect(forced.removed).toContain(ghostId);
    const m = keep((await runNode({ dataDir: dir.path }, { log: log.logger, tuning })) as Manager);
    await waitFor(() => m.node.isLeader, "the survivor to lead alone");
    await api.secretCreate(m, "later", "value");
    expect((await api.secretList(m)).map((x) => x.name).sort()).toEqual([
      "committed",
      "later",
      "uncommitted",
    ]);
    expect(m.node.status().members.map((x) => x.id)).toEqual([raftIdOf(m.identity.nodeId)]);
  }, 30_000);
});

describe("backup and restore", () => {
  test("a restored cluster has every secret, this node its only manager, and takes a new manager", async () => {
    const init = await initCluster(
      { dataDir: await dirs.make("b1"), listen: "127.0.0.1:0", autolock: true },
      { log: log.logger, tuning },
    );
    const m1 = keep(init.manager);
    for (let i = 0; i < 4; i++) await api.secretCreate(m1, `b${i}`, `value ${i}`);
    const file = join(await dirs.make("backups"), "..", "b.keel-backup");
    const made = await backupTo(m1, file);
    expect(made.key).toMatch(/^KEELKEY-1-/);
    expect(await codeOf(backupTo(m1, "relative/path"))).toBe("INVALID_ARGUMENT");

    const restored = await restoreCluster(
      { file, backupKey: made.key, dataDir: await dirs.make("restored"), listen: "127.0.0.1:0" },
      { log: log.logger, tuning },
    );
    const r = keep(restored.manager);
    expect(r.identity.clusterId).toBe(init.clusterId);
    expect(restored.removedNodes).toEqual([init.nodeId]);
    await waitFor(() => r.node.isLeader, "the restored manager to lead");
    expect((await api.secretList(r)).map((s) => s.name).sort()).toEqual(["b0", "b1", "b2", "b3"]);
    expect((await api.unlockKey(r)).text).toBe(init.unlockKey);
    expect((await api.nodeList(r)).map((n) => n.id)).toEqual([r.identity.nodeId]);
    expect(r.node.status().removed).toContain(raftIdOf(init.nodeId));
    const m2 = keep(await joinAs(setup, r.address, init.joinTokens.manager, "b-joined"));
    await waitFor(async () => (await api.status(r)).members.length === 2, "a new manager");
    await caughtUp(m2, r);
    await api.secretCreate(m2, "after", "written after the restore");

    // Into a dir that holds anything: refused, the dir untouched.
    const used = r.dir.path;
    expect(
      await codeOf(
        restoreCluster(
          { file, backupKey: made.key, dataDir: used, listen: "127.0.0.1:0" },
          { log: log.logger },
        ),
      ),
    ).toBe("ALREADY_INITIALIZED");
  }, 60_000);

  test("a wrong key, a typo, a truncated, a tampered and a foreign file are told apart", async () => {
    const init = await initCluster(
      { dataDir: await dirs.make("t1"), listen: "127.0.0.1:0", autolock: false },
      { log: log.logger, tuning },
    );
    const m1 = keep(init.manager);
    await api.secretCreate(m1, "t", "value");
    const root = join(await dirs.make("tampering"), "..");
    const file = join(root, "t.keel-backup");
    const made = await backupTo(m1, file);
    const other = await backupTo(m1, join(root, "other.keel-backup"));
    const bytes = await readFile(file);
    const variant = async (name: string, data: Uint8Array): Promise<string> => {
      const path = join(root, name);
      await writeFile(path, data);
      return path;
    };
    const header = bytes.indexOf(0x0a, 12);
    const flipped = Uint8Array.from(bytes);
    flipped[flipped.length - 5]! ^= 1;
    const headerChanged = Buffer.from(
      bytes
        .toString("latin1")
        .replace(/"createdAt":"(\d)/, (_, d: string) => `"createdAt":"${(Number(d) + 1) % 10}`),
      "latin1",
    );
    const short = await variant("short", bytes.subarray(0, bytes.length - 10));
    const flippedFile = await variant("flipped", flipped);
    const headerFile = await variant("header", headerChanged);
    const foreign = await variant("foreign", bytes.subarray(header + 1));
    const cases: [string, () => Promise<unknown>][] = [
      ["BACKUP_WRONG_KEY", () => readBackup(file, other.key)],
      ["BACKUP_KEY_INVALID", () => readBackup(file, made.key.slice(0, -2) + "aa")],
      ["BACKUP_TRUNCATED", () => readBackup(short, made.key)],
      ["BACKUP_TAMPERED", () => readBackup(flippedFile, made.key)],
      ["BACKUP_TAMPERED", () => readBackup(headerFile, made.key)],
      ["BACKUP_MALFORMED", () => readBackup(foreign, made.key)],
    ];
    for (const [code, attempt] of cases)
      expect([code, await codeOf(attempt()).catch(() => "none")]).toEqual([code, code]);
    const target = await dirs.make("never-made");
    expect(
      await codeOf(restoreCluster({ file, backupKey: other.key, dataDir: target, listen: "127.0.0.1:0" })),
    ).toBe("BACKUP_WRONG_KEY");
    expect(await readdir(target).catch(() => "missing")).toBe("missing");
    expect((await readBackup(file, made.key)).store.list("secret").map((s) => s.spec.name)).toEqual(["t"]);
  }, 30_000);
});
