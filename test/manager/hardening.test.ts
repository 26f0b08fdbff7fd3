// What a removed node, a second process, a failed start or promotion, a lost connection, a full
// disk and a power cut must not do to a manager: each test failed on the code before its fix
// (an adversarial review of src/manager), and pins the fix.
import { mkdir, readFile, rm } from "node:fs/promises";
import type * as FsPromises from "node:fs/promises";
import { createServer, connect as netConnect } from "node:net";
import type { Server } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { certValidityMsMin, createNodeKey } from "../../src/ca/index.js";
import { soleCluster } from "../../src/fsm/index.js";
import { propose } from "../../src/manager/api/context.js";
import { writeAtomic } from "../../src/manager/data-dir.js";
import { checkUnlockKey } from "../../src/manager/unlock.js";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { controlCall } from "../../src/manager/control-socket.js";
import { joinCluster } from "../../src/manager/join.js";
import { LeaderLink } from "../../src/manager/leader-link.js";
import { Manager } from "../../src/manager/manager.js";
import { methods } from "../../src/manager/api/methods.js";
import { runNode } from "../../src/manager/open.js";
import { pkcs8Pem } from "../../src/manager/storage.js";
import { Worker } from "../../src/manager/worker.js";
import { SystemClock } from "../../src/node/clock.js";
import { RpcClient, TlsCredentials, connectForJoin, raftIdOf } from "../../src/transport/index.js";
import { CapturedLog, TempDirs, api, tuning, waitFor } from "./helpers.js";

// Records which paths were fsynced (a FileHandle.sync on a handle opened at that path); otherwise
// node:fs/promises is the real one.
const fsyncs = vi.hoisted(() => new Set<string>());
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open = async (...args: Parameters<typeof actual.open>): ReturnType<typeof actual.open> => {
    const handle = await actual.open(...args);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      fsyncs.add(String(args[0]));
    };
    return handle;
  };
  return { ...actual, open, default: { ...actual, open } };
});

const clock = new SystemClock();
const dirs = new TempDirs();
const log = new CapturedLog("hardening");
const running: { stop(): Promise<void> }[] = [];
let init: Initialized;

/** A node certified through the public Join API with `token` (never added to Raft). */
interface Minted {
  readonly nodeId: string;
  readonly credentials: TlsCredentials;
}

async function mint(address: string, token: string, name: string): Promise<Minted> {
  const key = await createNodeKey();
  const { client, root } = await connectForJoin({ address, token, now: new Date() }, { clock });
  try {
    const response = keelapi.JoinResponse.decode(
      await client.call(
        methods.join,
        keelapi.JoinRequest.encode({ token, csrPem: key.csrPem, name }).finish(),
      ),
    );
    const credentials = await TlsCredentials.create({
      rootCaPem: root.rootCaPem,
      certificatePem: response.certificatePem,
      privateKey: await pkcs8Pem(key.keys.privateKey),
    });
    return { nodeId: response.nodeId, credentials };
  } finally {
    await client.close();
  }
}

async function callAs(
  address: string,
  credentials: TlsCredentials,
  method: string,
  body: Uint8Array,
): Promise<Uint8Array> {
  const client = await RpcClient.connect({ address, trust: { kind: "node", credentials } }, { clock });
  try {
    return await client.call(method, body);
  } finally {
    await client.close();
  }
}

/** remoteCodeOf is the code a manager refused a call with (RPC_FAILED carries it), or "accepted". */
async function remoteCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    const e = error as { code?: string; type?: { remoteCode?: string } };
    return e.type?.remoteCode ?? e.code ?? "error";
  }
}

function removeNode(manager: Manager, ref: string, force = false): Promise<Uint8Array> {
  return manager.call(methods.nodeRemove, keelapi.NodeRemoveRequest.encode({ ref, force }).finish());
}

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: true },
    { log: log.logger.with({ n: "m1" }), tuning },
  );
  running.push(init.manager);
});

afterAll(async () => {
  for (const node of running.reverse()) await node.stop().catch(() => undefined);
  await dirs.cleanup();
});

describe("access after removal", () => {
  test("a removed worker no longer receives network keys", async () => {
    const w = await joinCluster(
      {
        dataDir: await dirs.make("w-removed"),
        token: init.joinTokens.worker,
        join: init.address,
        listen: "127.0.0.1:0",
      },
      { log: log.logger.with({ n: "w-removed" }), tuning },
    );
    if (!(w instanceof Worker)) throw new Error("not a worker");
    await waitFor(() => w.networkKeys.primaries().length > 0, "the worker gets keys");
    const credentials = await TlsCredentials.create({
      rootCaPem: await readFile(w.dir.rootCa, "utf8"),
      certificatePem: await readFile(w.dir.certificate, "utf8"),
      privateKey: await readFile(w.dir.workerKey, "utf8"),
    });
    await w.stop();
    await removeNode(init.manager, w.identity.nodeId);
    expect((await api.nodeList(init.manager)).map((n) => n.id)).not.toContain(w.identity.nodeId);
    // `keel node rm` done: the old certificate must not fetch the cluster's network keys any more.
    const watch = callAs(
      init.address,
      credentials,
      methods.watchNetworkKeys,
      keelapi.WatchNetworkKeysRequest.encode({ sinceVersion: 0, waitMs: 0 }).finish(),
    );
    try {
      const outcome = await watch.then(
        (body) => `accepted: ${keelapi.NetworkKeysResponse.decode(body).keys.length} network keys`,
        (error: unknown) => `refused: ${String((error as { code?: string }).code)}`,
      );
      expect(outcome).toMatch(/^refused/);
    } finally {
      credentials.close();
    }
  });

  test("a demoted manager-certified node can no longer read the unlock key", async () => {
    const minted = await mint(init.address, init.joinTokens.manager, "demoted-manager");
    const before = await remoteCodeOf(
      callAs(init.address, minted.credentials, methods.unlockKey, new Uint8Array(0)),
    );
    expect(before).toBe("accepted");
    // Not a Raft member: the demotion only records the desired role.
    await init.manager.call(
      methods.nodeRole,
      keelapi.NodeRoleRequest.encode({ ref: minted.nodeId, role: "worker" }).finish(),
    );
    try {
      const after = await remoteCodeOf(
        callAs(init.address, minted.credentials, methods.unlockKey, new Uint8Array(0)),
      );
      expect(after).toBe("PERMISSION_DENIED");
    } finally {
      minted.credentials.close();
    }
  });

  test("a removed manager-certified node can no longer read the unlock key or secrets", async () => {
    const minted = await mint(init.address, init.joinTokens.manager, "removed-manager");
    // Not a Raft member: removed without --force.
    await removeNode(init.manager, minted.nodeId);
    expect((await api.nodeList(init.manager)).map((n) => n.id)).not.toContain(minted.nodeId);
    try {
      const outcome = await callAs(
        init.address,
        minted.credentials,
        methods.unlockKey,
        new Uint8Array(0),
      ).then(
        (body) => `accepted: unlock key ${keelapi.UnlockKeyResponse.decode(body).text.slice(0, 12)}…`,
        (error: unknown) => `refused: ${String((error as { code?: string }).code)}`,
      );
      expect(outcome).toMatch(/^refused/);
      const secrets = await remoteCodeOf(
        callAs(init.address, minted.credentials, methods.secretList, new Uint8Array(0)),
      );
      expect(secrets).not.toBe("accepted");
    } finally {
      minted.credentials.close();
    }
  });
});

describe("acting on another node's object", () => {
  test("a manager cannot add another node to Raft through the forwarded AddManager name", async () => {
    const a = await mint(init.address, init.joinTokens.manager, "mallory");
    const b = await mint(init.address, init.joinTokens.manager, "bob");
    try {
      const body = keelapi.AddManagerRequest.encode({ nodeId: b.nodeId, address: "127.0.0.1:9" }).finish();
      // Control: the public name refuses it.
      expect(await remoteCodeOf(callAs(init.address, a.credentials, methods.addManager, body))).toBe(
        "INVALID_ARGUMENT",
      );
      // The forwarded name (meant for a follower relaying its caller's own request) must refuse it too.
      const outcome = await remoteCodeOf(
        callAs(init.address, a.credentials, `fwd.${methods.addManager}`, body),
      );
      const members = init.manager.node.status().members.map((m) => m.id);
      if (members.includes(raftIdOf(b.nodeId))) {
        await removeNode(init.manager, b.nodeId, true).catch(() => undefined);
      }
      expect(outcome).not.toBe("accepted");
      expect(members).not.toContain(raftIdOf(b.nodeId));
    } finally {
      a.credentials.close();
      b.credentials.close();
    }
  });
});

describe("control socket", () => {
  test("a second `keel run` on a running manager's data dir does not take over its control socket", async () => {
    const second = await initCluster(
      { dataDir: await dirs.make("c1"), listen: "127.0.0.1:0", autolock: true },
      { log: log.logger.with({ n: "c1" }), tuning },
    );
    running.push(second.manager);
    const socket = second.manager.dir.controlSocket;
    const before = keelapi.StatusResponse.decode(
      await controlCall(socket, "local.Status", new Uint8Array(0)),
    );
    expect(before.state).toBe("running");
    let abort: () => void = () => undefined;
    const aborted = new Promise<void>((resolve) => (abort = resolve));
    const intruderLog = new CapturedLog("intruder");
    // Same data dir, as a second `keel run` would (the manager is autolocked: it waits for a key).
    const intruder = runNode(
      { dataDir: second.manager.dir.path, wait: true, abort: aborted },
      { log: intruderLog.logger, tuning },
    ).then(
      (n) => n,
      (error: unknown) => error,
    );
    // Give it the time to refuse, or to start serving "locked" on the socket.
    await Promise.race([
      intruder,
      waitFor(() => intruderLog.events("locked").length > 0, "the intruder waits", 5_000).catch(
        () => undefined,
      ),
    ]);
    try {
      const during = keelapi.StatusResponse.decode(
        await controlCall(socket, "local.Status", new Uint8Array(0)),
      );
      expect(during.state).toBe("running");
    } finally {
      abort();
      await intruder;
    }
    // And once the intruder is gone, the running manager still answers on its socket.
    const after = keelapi.StatusResponse.decode(await controlCall(socket, "local.Status", new Uint8Array(0)));
    expect(after.state).toBe("running");
  });
});

describe("resources on error paths", () => {
  test("a manager whose start fails (control socket path taken) releases its WAL and port", async () => {
    const c = await initCluster(
      { dataDir: await dirs.make("r1"), listen: "127.0.0.1:0", autolock: false },
      { log: log.logger.with({ n: "r1" }), tuning },
    );
    const dir = c.manager.dir;
    await c.manager.stop();
    // Something sits where the control socket goes: the start fails after Raft and the listener opened.
    await mkdir(`${dir.controlSocket}/blocker`, { recursive: true });
    await expect(
      runNode({ dataDir: dir.path }, { log: log.logger.with({ n: "r1b" }), tuning }),
    ).rejects.toBeDefined();
    await rm(dir.controlSocket, { recursive: true, force: true });
    // Nothing of the failed attempt may stay open: a retry must be able to open the WAL and bind the port.
    const again = await runNode({ dataDir: dir.path }, { log: log.logger.with({ n: "r1c" }), tuning }).then(
      (n) => n,
      (error: unknown) => error,
    );
    if (again instanceof Manager) running.push(again);
    expect(again).toBeInstanceOf(Manager);
  });

  test("a follower's leader link recovers after one failed connection to the leader", async () => {
    const minted = await mint(init.address, init.joinTokens.manager, "link-owner");
    // A port that refuses at first, and forwards to the real manager later.
    const probe: Server = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const leaderId = raftIdOf(init.nodeId);
    const fakeNode = {
      id: 1,
      status: () => ({ leader: leaderId, members: [{ id: leaderId, address: `127.0.0.1:${port}` }] }),
    };
    const link = new LeaderLink(fakeNode as never, minted.credentials, clock);
    let proxy: Server | null = null;
    try {
      await expect(link.call(methods.status, new Uint8Array(0))).rejects.toBeDefined();
      // The leader is reachable again at the same address.
      const [host, target] = init.address.split(":");
      proxy = createServer((inbound) => {
        const outbound = netConnect(Number(target), host);
        inbound.pipe(outbound).pipe(inbound);
        inbound.on("error", () => outbound.destroy());
        outbound.on("error", () => inbound.destroy());
      });
      const p = proxy;
      await new Promise<void>((resolve) => p.listen(port, "127.0.0.1", resolve));
      // Control: a fresh link reaches the leader through that address now.
      const fresh = new LeaderLink(fakeNode as never, minted.credentials, clock);
      expect(keelapi.StatusResponse.decode(await fresh.call(methods.status, new Uint8Array(0))).nodeId).toBe(
        init.nodeId,
      );
      await fresh.close();
      // The link that failed once must connect again, not replay its first failure forever.
      const body = await link.call(methods.status, new Uint8Array(0));
      expect(keelapi.StatusResponse.decode(body).nodeId).toBe(init.nodeId);
    } finally {
      await link.close();
      const p = proxy;
      if (p !== null) await new Promise<void>((resolve) => p.close(() => resolve()));
      minted.credentials.close();
    }
  });
});

/** The real clock, with the wall clock moved ahead by `aheadMs` (timers stay real). */
class AheadClock extends SystemClock {
  aheadMs = 0;
  override realtimeMs(): number {
    return Date.now() + this.aheadMs;
  }
}

describe("key file under the current unlock key", () => {
  test("a failed re-seal after an unlock-key rotation is retried, not forgotten", async () => {
    const c = await initCluster(
      { dataDir: await dirs.make("k1"), listen: "127.0.0.1:0", autolock: true },
      { log: log.logger.with({ n: "k1" }), tuning },
    );
    const m = c.manager;
    running.push(m);
    const soleClusterVersion = (): number => soleCluster(m.node.store)?.meta.version ?? -1;
    // Let the leader's controllers settle (network keys, tokens): no cluster change for a while.
    let last = -2;
    await waitFor(async () => {
      const v = soleClusterVersion();
      const settled = v === last;
      last = v;
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 700));
      return settled;
    }, "the cluster object settles");
    await m.kekIdle();
    const wal = m.context.wal as unknown as { changeKek: (...args: unknown[]) => Promise<unknown> };
    const original = wal.changeKek.bind(wal);
    let failures = 0;
    // One transient failure (a full disk, say) of the re-seal the rotation triggers.
    wal.changeKek = (...args: unknown[]) => {
      if (failures === 0) {
        failures++;
        return Promise.reject(
          Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }),
        );
      }
      return original(...args);
    };
    const rotated = await api.rotateUnlockKey(m);
    await m.kekIdle();
    expect(failures).toBe(1);
    wal.changeKek = original;
    // Life goes on: more entries are applied, the disk has room again.
    for (let i = 0; i < 3; i++) await api.secretCreate(m, `after-failed-reseal-${i}`, "x");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await m.kekIdle();
    // The node's key file must be sealed under the new unlock key by now, not the old (rotated-away) one.
    const status = await api.status(m);
    expect(Number(status.clusterVersion)).toBe(Number(rotated.version));
    expect(Number(status.kekVersion)).toBe(Number(rotated.version));
    // On disk: a restart would take the new key (and refuse the rotated-away one).
    await m.stop();
    expect(
      await checkUnlockKey(m.dir, rotated.text).then(
        () => "opens",
        (e: unknown) => String((e as { code?: string }).code),
      ),
    ).toBe("opens");
  });
});

describe("a failed promotion", () => {
  test("leaves the worker's certificate renewal running", async () => {
    const clock = new AheadClock();
    const fast = { ...tuning, renewalCheckMs: 100 };
    const plog = new CapturedLog("promotion-failure");
    const c = await initCluster(
      { dataDir: await dirs.make("p1"), listen: "127.0.0.1:0", autolock: false },
      { log: plog.logger.with({ n: "p1" }), tuning: fast, clock },
    );
    running.push(c.manager);
    await waitFor(async () => {
      const cluster = soleCluster(c.manager.node.store);
      if (cluster === undefined) return false;
      const spec = { ...cluster.spec, ca: { nodeCertExpiryMs: certValidityMsMin } };
      return propose(c.manager.context, [
        { action: "update", kind: "cluster", object: { ...cluster, spec } },
      ]).then(
        () => true,
        () => false,
      );
    }, "certificates valid for an hour");
    const wlog = new CapturedLog("promotion-failure-worker");
    const w = await joinCluster(
      { dataDir: await dirs.make("p-w"), token: c.joinTokens.worker, join: c.address, listen: "127.0.0.1:0" },
      { log: wlog.logger, tuning: fast, clock },
    );
    if (!(w instanceof Worker)) throw new Error("not a worker");
    running.push(w);
    await waitFor(() => w.networkKeys.primaries().length > 0, "the worker is ready");
    // The promotion attempt fails on the worker's disk (here: its manager-certificate path is taken).
    await mkdir(`${w.dir.promotedCertificate}/blocker`, { recursive: true });
    const role = (r: string): Promise<Uint8Array> =>
      c.manager.call(
        methods.nodeRole,
        keelapi.NodeRoleRequest.encode({ ref: w.identity.nodeId, role: r }).finish(),
      );
    await role("manager");
    await waitFor(() => wlog.events("watch-failed").length > 0, "the promotion fails", 15_000);
    // The operator gives up: the node stays a worker, and the disk is fixed.
    await role("worker");
    await rm(w.dir.promotedCertificate, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Past the worker certificate's renewal point, the worker must renew as any worker does.
    clock.aheadMs = 50 * 60 * 1000;
    const renewed = await waitFor(
      () => wlog.events("certificate-renewed").length > 0,
      "the worker renews",
      8_000,
    ).then(
      () => true,
      () => false,
    );
    expect(wlog.events("promotion-started").length).toBeGreaterThan(0);
    expect(renewed).toBe(true);
  }, 40_000);
});

describe("durability of the data dir", () => {
  test("a joining worker's key is fsynced before node.json says the node is complete", async () => {
    const w = await joinCluster(
      {
        dataDir: await dirs.make("d-w"),
        token: init.joinTokens.worker,
        join: init.address,
        listen: "127.0.0.1:0",
      },
      { log: log.logger.with({ n: "d-w" }), tuning },
    );
    running.push(w);
    const dir = w instanceof Worker ? w.dir : null;
    if (dir === null) throw new Error("not a worker");
    // node.json was written (fsync + rename) ...
    expect(fsyncs.has(`${dir.nodeFile}.tmp`)).toBe(true);
    // ... but the private key it depends on never reached the disk: a crash can leave a complete
    // node (registered in the cluster) with an empty or missing node-key.pem.
    expect([...fsyncs].some((p) => p.startsWith(dir.workerKey))).toBe(true);
  });

  test("writeAtomic syncs the directory after its rename (node.json survives a power cut)", async () => {
    const path = `${await dirs.make("d-atomic")}`;
    await mkdir(path, { recursive: true });
    fsyncs.clear();
    await writeAtomic(`${path}/node.json`, "{}\n");
    expect(fsyncs.has(`${path}/node.json.tmp`)).toBe(true);
    expect(fsyncs.has(path)).toBe(true);
  });
});

describe("labels", () => {
  test("a label named __proto__ is kept like any other", async () => {
    const body = keelapi.SecretCreateRequest.encode({
      name: "proto-label",
      data: new Uint8Array([1]),
      labels: [
        { key: "__proto__", value: "x" },
        { key: "team", value: "a" },
      ],
    }).finish();
    const view = keelapi.SecretResponse.decode(await init.manager.call(methods.secretCreate, body)).secret;
    const keys = (view?.labels ?? []).map((l) => l.key).sort();
    expect(keys).toEqual(["__proto__", "team"]);
  });
});
