// Three managers and a worker on 127.0.0.1: joining, replication, access control, rotations.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { joinCluster } from "../../src/manager/join.js";
import { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { checkUnlockKey, keyFileInfo } from "../../src/manager/unlock.js";
import { Worker } from "../../src/manager/worker.js";
import { CapturedLog, TempDirs, api, codeOf, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("cluster");
let init: Initialized;
let other: Initialized;
const managers: Manager[] = [];
let worker: Worker | null = null;

async function joinManager(name: string): Promise<Manager> {
  const node = await joinCluster(
    {
      dataDir: await dirs.make(name),
      token: init.joinTokens.manager,
      join: init.address,
      listen: "127.0.0.1:0",
    },
    { log: log.logger.with({ n: name }), tuning },
  );
  if (!(node instanceof Manager)) throw new Error("a manager token made a worker");
  managers.push(node);
  return node;
}

/** stopFollower stops a manager that does not lead; returns it, the unlock key it had, and a live manager. */
async function stopFollower(): Promise<{
  index: number;
  down: Manager;
  keyBefore: keelapi.UnlockKeyResponse;
  live: Manager;
}> {
  const leaderId = (managers[0] as Manager).node.status().leader;
  const index = managers.findIndex((m) => m.node.id !== leaderId);
  const down = managers[index] as Manager;
  const keyBefore = await api.unlockKey(down);
  await down.stop({ transferLeadership: false });
  const live = managers.find((m) => m !== down) as Manager;
  return { index, down, keyBefore, live };
}

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: true },
    { log: log.logger.with({ n: "m1" }), tuning },
  );
  managers.push(init.manager);
  other = await initCluster(
    { dataDir: await dirs.make("other"), listen: "127.0.0.1:0", autolock: false },
    { log: log.logger.with({ n: "other" }), tuning },
  );
  await joinManager("m2");
  await joinManager("m3");
});

afterAll(async () => {
  await worker?.stop();
  for (const m of managers) await m.stop({ transferLeadership: false });
  await other.manager.stop();
  await dirs.cleanup();
});

describe("a three-manager cluster", () => {
  test("the joined managers become voters and agree on the leader", async () => {
    await waitFor(
      () => managers.every((m) => m.node.status().members.filter((x) => x.suffrage === "voter").length === 3),
      "three voters everywhere",
    );
    const leaders = new Set(managers.map((m) => m.node.status().leader));
    expect(leaders.size).toBe(1);
    // A manager token never needs the unlock key typed: the joiners' key files are sealed under it.
    for (const m of managers) expect(m.context.wal.kek.locked).toBe(true);
  });

  test("a follower asked to remove or demote itself refuses, though the leader runs the change", async () => {
    const leaderId = managers[0]!.node.status().leader;
    const follower = managers.find((m) => m.node.id !== leaderId) as Manager;
    const self = follower.identity.nodeId;
    // The leader refuses the forwarded request; the follower relays its code (RPC_FAILED).
    const refusal = (call: Promise<unknown>): Promise<unknown> =>
      call.then(
        () => "accepted",
        (error: { type?: { remoteCode?: string } }) => error.type?.remoteCode,
      );
    const remove = keelapi.NodeRemoveRequest.encode({ ref: self, force: true }).finish();
    expect(await refusal(follower.call("keel.api.NodeRemove", remove))).toBe("FAILED_PRECONDITION");
    const demote = keelapi.NodeRoleRequest.encode({ ref: self, role: "worker" }).finish();
    expect(await refusal(follower.call("keel.api.NodeRole", demote))).toBe("FAILED_PRECONDITION");
    expect(follower.node.status().members.map((m) => m.id)).toContain(follower.node.id);
  });

  test("secrets written on one manager are seen on every other", async () => {
    const [m1, m2, m3] = managers as [Manager, Manager, Manager];
    await api.secretCreate(m2, "api-key", "s3cr3t");
    await api.secretCreate(m3, "tls-cert", "pem");
    for (const m of [m1, m2, m3]) {
      expect((await api.secretList(m)).map((s) => s.name).sort()).toEqual(["api-key", "tls-cert"]);
    }
    await api.secretRemove(m1, "api-key");
    expect((await api.secretList(m3)).map((s) => s.name)).toEqual(["tls-cert"]);
  });

  test("a token of another cluster, and a malformed token, are refused", async () => {
    const join = (token: string, name: string): Promise<unknown> =>
      dirs
        .make(name)
        .then((dataDir) =>
          joinCluster({ dataDir, token, join: init.address, listen: "127.0.0.1:0" }, { log: log.logger }),
        );
    expect(await codeOf(join(other.joinTokens.worker, "x1"))).toBe("ROOT_DIGEST_MISMATCH");
    expect(await codeOf(join("KEELTKN-1-w-garbage", "x2"))).toBe("BAD_TOKEN");
  });

  test("a worker joins, receives network keys, and is refused on manager APIs", async () => {
    const node = await joinCluster(
      {
        dataDir: await dirs.make("w1"),
        token: init.joinTokens.worker,
        join: init.address,
        listen: "127.0.0.1:0",
      },
      { log: log.logger.with({ n: "w1" }), tuning },
    );
    expect(node).toBeInstanceOf(Worker);
    worker = node as Worker;
    await waitFor(() => (worker as Worker).networkKeys.primaries().length === 2, "worker network keys");
    expect(await codeOf(api.secretList(worker))).toBe("RPC_FORBIDDEN");
    expect(await codeOf(api.unlockKey(worker))).toBe("RPC_FORBIDDEN");
    const nodes = await api.nodeList(managers[0] as Manager);
    expect(nodes.map((n) => n.role).sort()).toEqual(["manager", "manager", "manager", "worker"]);
    // A network-key rotation reaches the worker.
    const before = (worker.networkKeys.primaries()[0] as { primaryTag: number }).primaryTag;
    await (managers[1] as Manager).call("keel.api.RotateNetworkKeys", new Uint8Array(0));
    await waitFor(
      () => (worker as Worker).networkKeys.primaries()[0]?.primaryTag !== before,
      "rotated keys on the worker",
      15_000,
    );
  });

  test("unlock-key rotation re-seals every manager's key file", async () => {
    const before = await api.unlockKey(managers[2] as Manager);
    const rotated = await api.rotateUnlockKey(managers[1] as Manager);
    expect(rotated.text).not.toBe(before.text);
    expect(rotated.text).toMatch(/^KEELKEY-1-/);
    await waitFor(
      () => managers.every((m) => m.context.wal.kek.version >= Number(rotated.version)),
      "every key file under the new key",
    );
  });

  test("a manager down during an unlock-key rotation starts with the old key, then re-seals", async () => {
    const { index, down, keyBefore: old, live } = await stopFollower();
    const dataDir = down.dir.path;
    const rotated = await api.rotateUnlockKey(live);
    expect(await codeOf(runNode({ dataDir, unlockKey: rotated.text }, { log: log.logger, tuning }))).toBe(
      "WRONG_UNLOCK_KEY",
    );
    const back = (await runNode({ dataDir, unlockKey: old.text }, { log: log.logger, tuning })) as Manager;
    managers[index] = back;
    await waitFor(
      () => back.context.wal.kek.version >= Number(rotated.version),
      "re-sealed under the new key",
    );
    await back.kekIdle();
    expect(await codeOf(checkUnlockKey(back.dir, old.text))).toBe("WRONG_UNLOCK_KEY");
    (await checkUnlockKey(back.dir, rotated.text)).wipe();
  });

  // The hint `keel rotate unlock-key` prints (src/cli/commands/client.ts rotationHint).
  test("a manager down across two rotations needs the key in force when it went down, not the previous one", async () => {
    const { index, down, keyBefore: inForce, live } = await stopFollower();
    const dataDir = down.dir.path;
    const previous = await api.rotateUnlockKey(live);
    const newest = await api.rotateUnlockKey(live);
    // Its KEK version is below the previous key's: the newest key at or below it is the one in force.
    const locked = await keyFileInfo(down.dir);
    expect(locked.kekVersion).toBeLessThan(Number(previous.version));
    for (const key of [newest, previous]) {
      expect(await codeOf(runNode({ dataDir, unlockKey: key.text }, { log: log.logger, tuning }))).toBe(
        "WRONG_UNLOCK_KEY",
      );
    }
    const back = (await runNode(
      { dataDir, unlockKey: inForce.text },
      { log: log.logger, tuning },
    )) as Manager;
    managers[index] = back;
    await waitFor(
      () => back.context.wal.kek.version >= Number(newest.version),
      "re-sealed under the newest key",
    );
    await back.kekIdle();
    (await checkUnlockKey(back.dir, newest.text)).wipe();
  });

  test("autolock off unseals the key files; on again seals them under a new key", async () => {
    const off = await api.clusterUpdate(managers[0] as Manager, false);
    expect(off.cluster?.autolock).toBe(false);
    expect(off.unlockKey).toBe("");
    await waitFor(() => managers.every((m) => !m.context.wal.kek.locked), "unlocked key files");
    expect(await codeOf(api.rotateUnlockKey(managers[0] as Manager))).toBe("FAILED_PRECONDITION");
    const on = await api.clusterUpdate(managers[2] as Manager, true);
    expect(on.unlockKey).toMatch(/^KEELKEY-1-/);
    await waitFor(() => managers.every((m) => m.context.wal.kek.locked), "sealed key files");
  });

  test("a DEK rotation completes with a snapshot under the new key", async () => {
    const m = managers[1] as Manager;
    const before = m.context.wal.keyIds.current;
    const response = keelapi.DekRotationResponse.decode(await m.call("local.RotateDek", new Uint8Array(0)));
    expect(response.state).toBe("pending");
    await waitFor(() => m.context.wal.rotation().state === "idle", "DEK rotation done");
    expect(m.context.wal.keyIds.current).not.toBe(before);
    expect((await api.secretList(m)).map((s) => s.name)).toEqual(["tls-cert"]);
  });
});
