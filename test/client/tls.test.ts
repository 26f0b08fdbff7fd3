// KeelClient over mutual TLS: a code crosses the wire unchanged (a worker's certificate asking
// for a manager API), and a failed connection says what it met: nothing listening, something
// that is not a keel manager, or a keel manager of another cluster.
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import type { AddressInfo, Server, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ClientError, KeelClient } from "../../src/client/index.js";
import type { TlsClientOptions } from "../../src/client/index.js";
import { initCluster, joinCluster, silentLogger } from "../../src/manager/index.js";
import type { Manager, RunningNode } from "../../src/manager/index.js";

let root = "";
let manager: Manager | null = null;
let worker: RunningNode | null = null;
let notKeel: Server | null = null;
const notKeelSockets = new Set<Socket>();
let workerFiles: Omit<TlsClientOptions, "address"> = { rootCaPem: "", certificatePem: "", keyPem: "" };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-client-tls-"));
  const init = await initCluster(
    { dataDir: join(root, "m1"), listen: "127.0.0.1:0", autolock: false },
    { log: silentLogger },
  );
  manager = init.manager;
  const dir = join(root, "w1");
  worker = await joinCluster(
    { dataDir: dir, token: init.joinTokens.worker, join: init.address, listen: "127.0.0.1:0" },
    { log: silentLogger },
  );
  workerFiles = {
    rootCaPem: await readFile(join(dir, "root-ca.pem"), "utf8"),
    certificatePem: await readFile(join(dir, "node-cert.pem"), "utf8"),
    keyPem: await readFile(join(dir, "node-key.pem"), "utf8"),
  };
  // Something that answers on TCP, but not as keel: an HTTP-ish server.
  notKeel = createServer((socket) => {
    notKeelSockets.add(socket);
    socket.on("error", () => undefined);
    socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
  });
  await new Promise<void>((resolve) => notKeel?.listen(0, "127.0.0.1", resolve));
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await manager?.stop();
  for (const socket of notKeelSockets) socket.destroy();
  await new Promise<void>((resolve) => (notKeel === null ? resolve() : notKeel.close(() => resolve())));
  await rm(root, { recursive: true, force: true });
}, 30_000);

async function failure(promise: Promise<unknown>): Promise<ClientError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClientError);
  return error as ClientError;
}

test("over mutual TLS, the manager's refusal keeps its code", async () => {
  const client = await KeelClient.connect({ address: manager?.address ?? "", ...workerFiles });
  try {
    const error = await failure(client.nodes.list());
    expect(error.code).toBe("RPC_FORBIDDEN");
    expect(error.message).not.toMatch(/keel\.api\./);
    expect(error.message).toContain("list nodes");
  } finally {
    await client.close();
  }
});

test("a port that is not a keel manager says so", async () => {
  const address = `127.0.0.1:${(notKeel?.address() as AddressInfo).port}`;
  const error = await failure(KeelClient.connect({ address, ...workerFiles }));
  expect(error.code).toBe("NOT_A_KEEL_MANAGER");
  expect(error.message.startsWith(`${address} is not a keel manager`)).toBe(true);
});

test("a closed port says nothing listens there", async () => {
  const free = createServer();
  await new Promise<void>((resolve) => free.listen(0, "127.0.0.1", resolve));
  const port = (free.address() as AddressInfo).port;
  await new Promise<void>((resolve) => free.close(() => resolve()));
  const error = await failure(KeelClient.connect({ address: `127.0.0.1:${port}`, ...workerFiles }));
  expect(error.code).toBe("CONNECT_FAILED");
  expect(error.message).toBe(`nothing listens on 127.0.0.1:${port}`);
});

test("a keel manager of another cluster is not a keel manager of this cluster", async () => {
  const other = await initCluster(
    { dataDir: join(root, "other"), listen: "127.0.0.1:0", autolock: false },
    { log: silentLogger },
  );
  try {
    const error = await failure(KeelClient.connect({ address: other.address, ...workerFiles }));
    expect(error.code).toBe("NOT_A_KEEL_MANAGER");
    expect(error.message).toContain("not a keel manager of this cluster");
  } finally {
    await other.manager.stop();
  }
});
