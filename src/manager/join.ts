// `keel join`: a node without a certificate joins a cluster. It pins the root CA by the
// token's digest, sends a CSR with the token, and gets a certificate whose role the token
// decided. A worker stops there: it writes its key and certificate and runs. A manager then
// fetches the unlock key over mutual TLS (it never needs it typed), creates its key file sealed
// under it, starts Raft waiting to be added, and asks the leader to add it as a learner.
import { hostname } from "node:os";
import { certificateDigest, identityOf, parseJoinToken, parseRootCertificate, x509 } from "../ca/index.js";
import { createNodeKey } from "../ca/index.js";
import { SecretKey } from "../crypto/keys.js";
import { cryptoReady } from "../crypto/sodium.js";
import { keelapi } from "../gen/api.js";
import type { RpcClient } from "../transport/index.js";
import { RpcClient as Client, TlsCredentials, TlsListener, connectForJoin } from "../transport/index.js";
import { FileKeyStore, createKeyFile } from "../wal/index.js";
import type { NodeIdentity } from "../ca/index.js";
import type { DataDir } from "./data-dir.js";
import type { ResolvedDeps } from "./options.js";
import type { MemberAddress } from "../node/index.js";
import { methods } from "./api/methods.js";
import { dataDir, exists, prepareNew, writeAtomic, writeNodeFile, writeSecretFile } from "./data-dir.js";
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
  const { clock, log } = resolved;
  await cryptoReady();
  const token = parseJoinToken(options.token);
  const dir = dataDir(options.dataDir);
  const listen = token.role === "manager" ? splitAddress(options.listen) : null;
  await prepareNew(dir);
  // The node id comes with the certificate: until then `node` is empty, but present.
  log.info("joining", { node: "", manager: options.join, role: token.role });
  const key = await createNodeKey();
  const { root, client } = await connectForJoin(
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
  if (!(await namesRoot(response.rootCaPem, root.digest))) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "the join response names another root CA than the one the token pinned",
    });
  }
  const keyPem = await pkcs8Pem(key.keys.privateKey);
  // The pinned root, as checked: never text a manager sent beside it.
  await writeAtomic(dir.rootCa, root.rootCaPem);
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
      listen: options.listen,
    };
    await writeNodeFile(dir, node);
    return Worker.open(dir, { format: 1, ...node }, { ...resolved, log: log2 });
  }
  const credentials = await TlsCredentials.create({
    rootCaPem: response.rootCaPem,
    certificatePem: response.certificatePem,
    privateKey: keyPem,
  });
  return startJoinedManager(
    {
      dir,
      identity,
      rootCaPem: response.rootCaPem,
      certificatePem: response.certificatePem,
      keyPem,
      credentials,
      listen,
      via: options.join,
      peers: peersOf(response.managers),
    },
    { ...resolved, log: log2 },
    async (address, managers) => {
      await writeNodeFile(dir, {
        nodeId: identity.nodeId,
        clusterId: identity.clusterId,
        role: "manager",
        address,
        managers,
      });
    },
  );
}

/** What a certified manager needs to enter Raft: its identity, certificate, key and where to listen. */
export interface JoiningManager {
  readonly dir: DataDir;
  readonly identity: NodeIdentity;
  readonly rootCaPem: string;
  readonly certificatePem: string;
  readonly keyPem: string;
  /** Credentials made of the manager certificate and key; owned by the manager from here on. */
  readonly credentials: TlsCredentials;
  readonly listen: { readonly host: string; readonly port: number };
  /** A manager to fetch the unlock key from and ask for the addition (it forwards to the leader). */
  readonly via: string;
  /** The Raft members and where they listen, as the manager that certified it saw them. */
  readonly peers: readonly MemberAddress[];
}

/** namesRoot says whether `pem` is exactly the root certificate whose digest is `digest`. */
async function namesRoot(pem: string, digest: string): Promise<boolean> {
  try {
    return (await certificateDigest(parseRootCertificate(pem))) === digest;
  } catch {
    return false;
  }
}

/** peersOf reads the Raft members of a join or renewal response. */
export function peersOf(managers: readonly keelapi.IMember[]): MemberAddress[] {
  return managers.map((m) => ({ id: u64(m.raftId), address: m.address ?? "" }));
}

/**
 * startJoinedManager turns a manager certificate into a Raft member: it fetches the unlock key
 * over mutual TLS, creates the key file sealed under it, listens, opens the WAL, starts Raft
 * waiting to be added, and asks the leader to add it as a learner. `commit` then records the
 * node (node.json) with its address and the managers. On a failure everything it opened is
 * closed again (the credentials too) and the key file and WAL it made are left for the caller.
 */
export async function startJoinedManager(
  joining: JoiningManager,
  deps: ResolvedDeps,
  commit: (address: string, managers: string[]) => Promise<void>,
): Promise<Manager> {
  const { dir, identity, credentials, listen } = joining;
  const { clock, entropy, log } = deps;
  let managerClient: RpcClient | null = null;
  let listener: TlsListener | null = null;
  let manager: Manager | null = null;
  let storage: Awaited<ReturnType<typeof openStorage>> | null = null;
  try {
    managerClient = await Client.connect(
      { address: joining.via, trust: { kind: "node", credentials } },
      { clock },
    );
    const unlock = keelapi.UnlockKeyResponse.decode(
      await managerClient.call(methods.unlockKey, new Uint8Array(0)),
    );
    const kek = unlock.key.length === 0 ? null : SecretKey.fromBytes(unlock.key, "unlock key");
    unlock.key.fill(0);
    const tlsKey = new Uint8Array(Buffer.from(joining.keyPem, "utf8"));
    const keyStore = new FileKeyStore(dir.keyFile);
    try {
      // A key file left by an interrupted promotion: resume on it and its WAL (clearPromotion).
      const resuming = await exists(dir.keyFile);
      if (!resuming) await createKeyFile(keyStore, { tlsKey, kek, kekVersion: u64(unlock.version) }, entropy);
      listener = await TlsListener.open({ host: listen.host, port: listen.port, credentials });
      log.info("listening", { address: `${listen.host}:${listener.port}` });
      storage = await openStorage(dir, kek, entropy);
      if (resuming) {
        await storage.wal.replaceTlsKey(tlsKey);
        log.info("promotion-resumed", { entries: storage.recovered.entries.length });
      }
    } finally {
      tlsKey.fill(0);
      kek?.wipe();
    }
    const address = `${listen.host}:${listener.port}`;
    const opened = storage;
    storage = null; // owned by the manager from here on
    manager = await Manager.start({
      dir,
      identity,
      address,
      rootCaPem: joining.rootCaPem,
      certificatePem: joining.certificatePem,
      credentials,
      listener,
      ...opened,
      initial: { kind: "join", peers: joining.peers },
      clock,
      entropy,
      log,
      tuning: deps.tuning,
    });
    const added = await addSelf(managerClient, identity.nodeId, address);
    await commit(
      address,
      added.managers.map((m) => m.address ?? ""),
    );
    log.info("joined", { address });
    return manager;
  } catch (error) {
    if (manager !== null) await manager.stop({ transferLeadership: false }).catch(() => undefined);
    else {
      if (storage !== null) {
        await storage.wal.close().catch(() => undefined);
        await storage.db.close().catch(() => undefined);
      }
      await listener?.close();
      credentials.close();
    }
    throw error;
  } finally {
    await managerClient?.close();
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
