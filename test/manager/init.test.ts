// A single manager: init, the cluster object and certificates, secrets, restart.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { certBackdateMs, x509 } from "../../src/ca/index.js";
import { defaultClusterSpec } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { dataDir as dataDirOf } from "../../src/manager/data-dir.js";
import type { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { CapturedLog, TempDirs, api, codeOf, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
let manager: Manager | null = null;
const log = new CapturedLog("init");

afterAll(async () => {
  await manager?.stop();
  await dirs.cleanup();
});

describe("keel init", () => {
  let dataDir = "";

  beforeAll(async () => {
    dataDir = await dirs.make("m1");
    const init = await initCluster(
      { dataDir, listen: "127.0.0.1:0", autolock: false },
      { log: log.logger, tuning },
    );
    manager = init.manager;
    expect(init.joinTokens.manager).toMatch(/^KEELTKN-1-m-/);
    expect(init.joinTokens.worker).toMatch(/^KEELTKN-1-w-/);
    expect(init.unlockKey).toBeNull();
  });

  test("leads, allocates network keys and reports them in status", async () => {
    const m = manager as Manager;
    await waitFor(() => m.networkKeys.primaries().length === 2, "network keys");
    const status = await api.status(m);
    expect(status.raftState).toBe("leader");
    expect(status.members).toHaveLength(1);
    expect(status.dekState).toBe("idle");
    expect(status.networkKeys.map((k) => k.subsystem)).toEqual(["networking:gossip", "networking:ipsec"]);
    expect(log.events("leader").length).toBeGreaterThan(0);
  });

  test("the first manager's certificate lasts the cluster's node certificate expiry", async () => {
    const cert = new x509.X509Certificate(await readFile(dataDirOf(dataDir).certificate, "utf8"));
    const lifetimeMs = cert.notAfter.getTime() - cert.notBefore.getTime();
    // Certificate times are whole seconds.
    expect(Math.abs(lifetimeMs - (defaultClusterSpec.ca.nodeCertExpiryMs + certBackdateMs))).toBeLessThan(
      1000,
    );
  });

  test("secrets: create, list, get by name, duplicate name refused, remove", async () => {
    const m = manager as Manager;
    const created = await api.secretCreate(m, "db-password", "hunter2");
    expect(created.name).toBe("db-password");
    expect((await api.secretList(m)).map((s) => s.name)).toEqual(["db-password"]);
    // The answer is the secret as stored (its version and times set), with the data's digest.
    expect(Number(created.meta?.version)).toBeGreaterThan(0);
    expect(Number(created.meta?.createdAtMs)).toBeGreaterThan(0);
    expect(created.digest).toBe(createHash("sha256").update("hunter2").digest("hex"));
    expect(keelapi.SecretView.fromObject(await api.secretGet(m, "db-password")).toJSON()).toEqual(
      created.toJSON(),
    );
    expect(await codeOf(api.secretCreate(m, "db-password", "x"))).toBe("NAME_CONFLICT");
    expect(await codeOf(api.secretCreate(m, "bad name!", "x"))).toBe("INVALID_OBJECT");
    expect(await codeOf(api.secretGet(m, "nope"))).toBe("NOT_FOUND");
    expect(await codeOf(m.call("keel.api.SecretCreate", new Uint8Array([0xff, 0xff, 0xff])))).toBe(
      "INVALID_ARGUMENT",
    );
    await api.secretCreate(m, "kept", "value");
    await api.secretRemove(m, created.id);
    expect((await api.secretList(m)).map((s) => s.name)).toEqual(["kept"]);
  });

  test("init refuses a data dir in use; restart keeps the secrets", async () => {
    expect(
      await codeOf(initCluster({ dataDir, listen: "127.0.0.1:0", autolock: false }, { log: log.logger })),
    ).toBe("ALREADY_INITIALIZED");
    await (manager as Manager).stop();
    manager = null;
    const again = await runNode({ dataDir, wait: false }, { log: log.logger, tuning });
    manager = again as Manager;
    await waitFor(() => (manager as Manager).node.isLeader, "leader after restart");
    expect((await api.secretList(manager)).map((s) => s.name)).toEqual(["kept"]);
  });
});
