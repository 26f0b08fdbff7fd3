// `keel join`: a node without a certificate joins a cluster. It pins the root CA by the
// token's digest, sends a CSR with the token, and gets a certificate whose role the token
// decided. A worker stops there: it writes its key and certificate and runs. A manager then
// fetches the unlock key over mutual TLS (it never needs it typed), creates its key file sealed
// under it, starts Raft waiting to be added, and asks the leader to add it as a learner.
import { hostname } from "node:os";
import { identityOf, parseJoinToken, x509 } from "../ca/index.js";
import { createNodeKey } from "../ca/index.js";
import { SecretKey } from "../crypto/keys.js";
import { cryptoReady } from "../crypto/sodium.js";
import { keelapi } from "../gen/api.js";
import type { RpcClient } from "../transport/index.js";
import { RpcClient as Client, TlsCredentials, TlsListener, connectForJoin } from "../transport/index.js";
import { FileKeyStore, createKeyFile } from "../wal/index.js";
import { methods } from "./api/methods.js";
import { dataDir, prepareNew, writeAtomic, writeNodeFile, writeSecretFile } from "./data-dir.js";
import { ManagerError } from "./errors.js";
import { u64 } from "./ids.js";
import { Manager } from "./manager.js";
import type { NodeDeps } from "./options.js";
import { resolveDeps } from "./options.js";
import { openStorage, pkcs8Pem, splitAddress } from "./storage.js";
import { Worker } from "./worker.js";

export interface JoinOptions {
  readonly dataDir: string;
  readonly token: string;
  /** A manager's address (host:port). */
  readonly join: string;
  /** Managers: host:port to listen on (port 0 picks one). Ignored for workers. */
  readonly listen: string;
  readonly name?: string;
}

export async function joinCluster(options: JoinOptions, deps: NodeDeps = {}): Promise<Manager | Worker> {
  const resolved = resolveDeps(deps);
  const { clock, entropy, log } = resolved;
  await cryptoReady();
  const token = parseJoinToken(options.token);
  const dir = dataDir(options.dataDir);
  const listen = token.role === "manager" ? splitAddress(options.listen) : null;
  await prepareNew(dir);
  log.info("joining", { manager: options.join, role: token.role });
  const key = await createNodeKey();
  const { client } = await connectForJoin(
    { address: options.join, token: options.token, now: new Date(clock.realtimeMs()) },
    { clock },
  );
  let response: keelapi.JoinResponse;
  try {
    const body = await client.call(
      methods.join,
      keelapi.JoinRequest.encode({
        token: options.token,
        csrPem: key.csrPem,
        name: options.name ?? hostname(),
      }).finish(),
    );
    response = keelapi.JoinResponse.decode(body);
  } finally {
    await client.close();
  }
  const identity = identityOf(new x509.X509Certificate(response.certificatePem));
  if (identity.nodeId !== response.nodeId || identity.role !== token.role) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "the issued certificate does not match the join",
    });
  }
  const keyPem = await pkcs8Pem(key.keys.privateKey);
  await writeAtomic(dir.rootCa, response.rootCaPem);
  await writeAtomic(dir.certificate, response.certificatePem);
  const managers = response.managers.map((m) => m.address ?? "");
  const log2 = log.with({ node: identity.nodeId });
  log2.info("certified", { role: identity.role, cluster: identity.clusterId });
  if (identity.role === "worker" || listen === null) {
    await writeSecretFile(dir.workerKey, keyPem);
    const node = {
      nodeId: identity.nodeId,
      clusterId: identity.clusterId,
      role: "worker" as const,
      address: "",
      managers,
    };
    await writeNodeFile(dir, node);
    return Worker.open(dir, { format: 1, ...node }, { ...resolved, log: log2 });
  }
  const credentials = await TlsCredentials.create({
    rootCaPem: response.rootCaPem,
    certificatePem: response.certificatePem,
    privateKey: keyPem,
  });
  const managerClient = await Client.connect(
    { address: options.join, trust: { kind: "node", credentials } },
    { clock },
  );
  try {
    const unlock = keelapi.UnlockKeyResponse.decode(
      await managerClient.call(methods.unlockKey, new Uint8Array(0)),
    );
    const kek = unlock.key.length === 0 ? null : SecretKey.fromBytes(unlock.key, "unlock key");
    unlock.key.fill(0);
    const tlsKey = new Uint8Array(Buffer.from(keyPem, "utf8"));
    await createKeyFile(
      new FileKeyStore(dir.keyFile),
      { tlsKey, kek, kekVersion: u64(unlock.version) },
      entropy,
    );
    tlsKey.fill(0);
    const listener = await TlsListener.open({ host: listen.host, port: listen.port, credentials });
    const address = `${listen.host}:${listener.port}`;
    log2.info("listening", { address });
    let storage;
    try {
      storage = await openStorage(dir, kek, entropy);
    } finally {
      kek?.wipe();
    }
    const manager = await Manager.start({
      dir,
      identity,
      address,
      rootCaPem: response.rootCaPem,
      certificatePem: response.certificatePem,
      credentials,
      listener,
      ...storage,
      initial: {
        kind: "join",
        peers: response.managers.map((m) => ({ id: u64(m.raftId), address: m.address ?? "" })),
      },
      clock,
      entropy,
      log: log2,
      tuning: resolved.tuning,
    });
    const added = await addSelf(managerClient, identity.nodeId, address);
    await writeNodeFile(dir, {
      nodeId: identity.nodeId,
      clusterId: identity.clusterId,
      role: "manager",
      address,
      managers: added.managers.map((m) => m.address ?? ""),
    });
    log2.info("joined", { address });
    return manager;
  } finally {
    await managerClient.close();
  }
}

async function addSelf(
  client: RpcClient,
  nodeId: string,
  address: string,
): Promise<keelapi.AddManagerResponse> {
  const body = keelapi.AddManagerRequest.encode({ nodeId, address }).finish();
  return keelapi.AddManagerResponse.decode(await client.call(methods.addManager, body));
}
