// `keel join`: a node without a certificate joins a cluster. It pins the root CA by the
// token's digest, sends a CSR with the token, and gets a certificate whose role the token
// decided. A worker stops there: it writes its key and certificate and runs. A manager then
// fetches the unlock key over mutual TLS (it never needs it typed), creates its key file sealed
// under it, starts Raft waiting to be added, and asks the leader to add it as a learner.
import { hostname } from "node:os";
import { certificateDigest, identityOf, parseJoinToken, parseRootCertificate, x509 } from "../ca/index.js";
import { createNodeKey } from "../ca/index.js";
import { cryptoReady } from "../crypto/sodium.js";
import { keelapi } from "../gen/api.js";
import type { Clock } from "../node/index.js";
import type { JoinToken } from "../ca/index.js";
import { RpcClient, TlsCredentials, connectForJoin } from "../transport/index.js";
import { methods } from "./api/methods.js";
import type { DataDir } from "./data-dir.js";
import { dataDir, writeAtomic, writeNodeFile, writeSecretFile } from "./data-dir.js";
import { claimFreshDir, undoneOnFailure } from "./fresh-dir.js";
import { checkListenable } from "./listen-check.js";
import { ManagerError, codeOf } from "./errors.js";
import type { Advertised } from "./advertise.js";
import { advertisedOf } from "./advertise.js";
import type { Manager } from "./manager.js";
import type { NodeDeps, ResolvedDeps } from "./options.js";
import { resolveDeps } from "./options.js";
import { pkcs8Pem, splitAddress } from "./storage.js";
import { Worker } from "./worker.js";
import { peersOf, startJoinedManager } from "./joined-manager.js";

export interface JoinOptions {
  readonly dataDir: string;
  readonly token: string;
  /** Managers' addresses (host:port), tried in turn until one certifies this node. */
  readonly join: string | readonly string[];
  /** Managers: host:port to listen on (port 0 picks one). Ignored for workers. */
  readonly listen: string;
  /** Managers: what peers dial, HOST:PORT or HOST (advertise.ts); the listen address when not given. */
  readonly advertise?: string;
  readonly name?: string;
}

export async function joinCluster(options: JoinOptions, deps: NodeDeps = {}): Promise<Manager | Worker> {
  const resolved = resolveDeps(deps);
  await cryptoReady();
  const token = parseJoinToken(options.token);
  const dir = dataDir(options.dataDir);
  const listen = token.role === "manager" ? splitAddress(options.listen) : null;
  // A worker listens only once promoted; what it would advertise then is checked now all the same.
  const advertised = advertisedOf(listen ?? splitAddress(options.listen), options.advertise);
  const managers = typeof options.join === "string" ? [options.join] : [...options.join];
  if (managers.length === 0 || managers.some((m) => m === "")) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "join",
      reason: "a manager address to join through",
    });
  }
  const fresh = await claimFreshDir(dir);
  // A failed join leaves the dir as it found it (fresh-dir.ts).
  return undoneOnFailure(fresh, async () => {
    // Before the cluster registers anything: a port in use fails here, not after.
    if (listen !== null) await checkListenable(listen);
    return joinIn(dir, { token, listen, advertised, managers }, options, resolved);
  });
}

interface JoinPlan {
  readonly token: JoinToken;
  readonly listen: { host: string; port: number } | null;
  readonly advertised: Advertised;
  /** The managers to try, in order. */
  readonly managers: readonly string[];
}

async function joinIn(
  dir: DataDir,
  { token, listen, advertised, managers: candidates }: JoinPlan,
  options: JoinOptions,
  resolved: ResolvedDeps,
): Promise<Manager | Worker> {
  const { clock, log } = resolved;
  const key = await createNodeKey();
  const { root, response, via } = await certifyThroughAny(candidates, options, key.csrPem, resolved);
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
      ...(options.advertise === undefined ? {} : { advertise: options.advertise }),
    };
    await writeNodeFile(dir, node);
    return Worker.open(dir, { format: 1, ...node }, { ...resolved, log: log2 });
  }
  const credentials = await TlsCredentials.create({
    rootCaPem: response.rootCaPem,
    certificatePem: response.certificatePem,
    privateKey: keyPem,
  });
  const unregister = (): Promise<void> =>
    unregisterSelf(via, identity.nodeId, clock, {
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
      advertised,
      via,
      peers: peersOf(response.managers),
    },
    { ...resolved, log: log2 },
    async (address, managers, listenAddress) => {
      await resolved.faults.beforeJoinCommit?.();
      await writeNodeFile(dir, {
        nodeId: identity.nodeId,
        clusterId: identity.clusterId,
        role: "manager",
        address,
        managers,
        ...(listenAddress === address ? {} : { listen: listenAddress }),
      });
    },
  ).catch(async (error: unknown) => {
    // The cluster registered this node when it certified it: no ghost of a failed join stays.
    await unregister().catch((cause: unknown) => log2.warn("unregister-failed", { error: cause }));
    throw error;
  });
}

/**
 * certifyThroughAny asks each manager in turn for a certificate (SwarmKit's agent tries its
 * remotes likewise): the first that answers certifies this node and is the one the join goes on
 * through. A manager down, unreachable or without a leader makes the next one tried; when none
 * answers, the last failure is thrown (it names its address). A refusal (a bad token) is final.
 */
async function certifyThroughAny(
  managers: readonly string[],
  options: JoinOptions,
  csrPem: string,
  { clock, log }: ResolvedDeps,
): Promise<{ root: { rootCaPem: string; digest: string }; response: keelapi.JoinResponse; via: string }> {
  let failure: unknown = null;
  for (const via of managers) {
    // The node id comes with the certificate: until then `node` is empty, but present.
    log.info("joining", { node: "", manager: via, role: parseJoinToken(options.token).role });
    try {
      const { root, client } = await connectForJoin(
        { address: via, token: options.token, now: new Date(clock.realtimeMs()) },
        { clock },
      );
      try {
        const body = await client.call(
          methods.join,
          keelapi.JoinRequest.encode({
            token: options.token,
            csrPem,
            name: options.name ?? hostname(),
          }).finish(),
        );
        return { root, response: keelapi.JoinResponse.decode(body), via };
      } finally {
        await client.close();
      }
    } catch (error) {
      if (isAnswer(error)) throw error;
      failure = error;
      log.warn("join-attempt-failed", { node: "", manager: via, code: codeOf(error) });
    }
  }
  throw failure;
}

/** Codes of a manager that could not serve the join now; another manager may. */
const unavailableCodes: ReadonlySet<string> = new Set([
  "NO_LEADER",
  "NOT_LEADER",
  "STOPPED",
  "TIMEOUT",
  "RATE_LIMITED",
]);

/** isAnswer: a manager answered the join and refused it (a bad token): every manager would. */
function isAnswer(error: unknown): boolean {
  const type = (error as { type?: { code?: unknown; remoteCode?: unknown } } | null)?.type;
  return type?.code === "RPC_FAILED" && !unavailableCodes.has(String(type.remoteCode));
}

/**
 * unregisterSelf asks the manager the join went through to remove this node (and its Raft
 * membership, if it got that far), with the certificate the join gave it.
 */
async function unregisterSelf(
  via: string,
  nodeId: string,
  clock: Clock,
  pems: { rootCaPem: string; certificatePem: string; privateKey: string },
): Promise<void> {
  const credentials = await TlsCredentials.create(pems);
  try {
    const client = await RpcClient.connect({ address: via, trust: { kind: "node", credentials } }, { clock });
    try {
      await client.call(
        methods.nodeRemove,
        keelapi.NodeRemoveRequest.encode({ ref: nodeId, force: true }).finish(),
      );
    } finally {
      await client.close();
    }
  } finally {
    credentials.close();
  }
}

/** namesRoot says whether `pem` is exactly the root certificate whose digest is `digest`. */
async function namesRoot(pem: string, digest: string): Promise<boolean> {
  try {
    return (await certificateDigest(parseRootCertificate(pem))) === digest;
  } catch {
    return false;
  }
}
