// `keel init`: a new cluster. Makes the root CA, this manager's identity and certificate, its
// key file (sealed under a fresh unlock key with autolock), bootstraps Raft with this node as
// the sole voter, and commits the Cluster object (root CA, join tokens, unlock key) and this
// node's Node object. node.json is written last: its presence means init completed.
import { hostname } from "node:os";
import {
  createJoinTokens,
  createNodeKey,
  createRootCa,
  exportRootCaKey,
  issueNodeCertificate,
} from "../ca/index.js";
import { SecretKey } from "../crypto/keys.js";
import { formatUnlockKey } from "../crypto/unlock-key.js";
import { cryptoReady } from "../crypto/sodium.js";
import type { Cluster } from "../fsm/index.js";
import { defaultClusterSpec, managerUnlockSubsystem, newCluster } from "../fsm/index.js";
import { TlsListener } from "../transport/index.js";
import { propose, waitUntil } from "./api/context.js";
import type { DataDir } from "./data-dir.js";
import { dataDir, writeNodeFile } from "./data-dir.js";
import { claimFreshDir, undoneOnFailure } from "./fresh-dir.js";
import { checkListenable } from "./listen-check.js";
import type { Advertised } from "./advertise.js";
import { addressOf, advertisedOf } from "./advertise.js";
import { newNodeId, newObjectId } from "./ids.js";
import { Manager } from "./manager.js";
import { newManagerNode, writeManagerFiles } from "./manager-files.js";
import type { NodeDeps, ResolvedDeps } from "./options.js";
import { resolveDeps } from "./options.js";
import { checkedCertExpiryMs } from "./settings.js";
import { openStorage, pkcs8Pem, splitAddress } from "./storage.js";

export interface InitOptions {
  readonly dataDir: string;
  /** host:port to listen on; port 0 picks a free port (recorded for restarts). */
  readonly listen: string;
  /** What peers dial: HOST:PORT, or HOST with the listener's port; the listen address when not given. */
  readonly advertise?: string;
  readonly autolock: boolean;
  /** A name for the node (free text, e.g. a hostname); the host's name when not given, as join. */
  readonly name?: string;
  /** How long node certificates are valid (the cluster's setting); 90 days when not given. */
  readonly certExpiryMs?: number;
}

export interface Initialized {
  readonly manager: Manager;
  readonly clusterId: string;
  readonly nodeId: string;
  readonly address: string;
  readonly joinTokens: { readonly worker: string; readonly manager: string };
  /** The unlock key text with autolock, else null. Shown once: keel never writes it to disk. */
  readonly unlockKey: string | null;
}

/** How long init waits for its own election and first commit. */
const initTimeoutMs = 10_000;

/**
 * initCluster makes a new cluster in a new data dir. A failure (a port in use, ...) leaves the
 * dir as it was found: what was written is removed, what was opened is closed.
 */
export async function initCluster(options: InitOptions, deps: NodeDeps = {}): Promise<Initialized> {
  await cryptoReady();
  // Checked before the data dir is touched: a bad value leaves nothing behind.
  checkedCertExpiryMs(options.certExpiryMs);
  const dir: DataDir = dataDir(options.dataDir);
  const listen = splitAddress(options.listen);
  const advertised = advertisedOf(listen, options.advertise);
  const fresh = await claimFreshDir(dir);
  return undoneOnFailure(fresh, async (opened) => {
    await checkListenable(listen);
    return initIn(dir, { listen, advertised }, options, resolveDeps(deps), opened.release);
  });
}

async function initIn(
  dir: DataDir,
  { listen: { host, port }, advertised }: { listen: { host: string; port: number }; advertised: Advertised },
  options: InitOptions,
  { clock, entropy, log: baseLog, tuning, observer }: ResolvedDeps,
  release: (close: () => Promise<void>) => void,
): Promise<Initialized> {
  const now = new Date(clock.realtimeMs());
  const certExpiryMs = checkedCertExpiryMs(options.certExpiryMs) ?? defaultClusterSpec.ca.nodeCertExpiryMs;
  const root = await createRootCa({ now }, { entropy });
  const nodeId = newNodeId(entropy);
  const log = baseLog.with({ node: nodeId });
  const clusterId = newObjectId(entropy);
  const key = await createNodeKey();
  const issued = await issueNodeCertificate(
    root,
    {
      csr: key.csrPem,
      identity: { nodeId, role: "manager", clusterId },
      now,
      // The cluster's setting, as every later certificate (controllers.ts) follows it.
      validityMs: certExpiryMs,
    },
    { entropy },
  );
  const keyPem = await pkcs8Pem(key.keys.privateKey);
  const kek = options.autolock ? SecretKey.generate(entropy) : null;
  const unlockKey = kek === null ? null : formatUnlockKey(kek);
  const unlockKeyBytes = kek === null ? null : Uint8Array.from(kek.bytes);
  const credentials = await writeManagerFiles(
    dir,
    { rootCaPem: root.certificatePem, certificatePem: issued.certificatePem, keyPem, kek },
    entropy,
  );
  release(() => Promise.resolve(credentials.close()));
  const listener = await TlsListener.open({ host, port, credentials });
  release(() => listener.close());
  const address = addressOf(advertised, listener.port);
  const listenAddress = addressOf({ host, port: null }, listener.port);
  log.info("listening", { address: listenAddress, advertised: address });
  const storage = await openStorage(dir, kek, entropy, observer);
  kek?.wipe();
  release(async () => {
    await storage.wal.close();
    await storage.db.close();
  });
  const manager = await Manager.start({
    dir,
    identity: { nodeId, role: "manager", clusterId },
    address,
    rootCaPem: root.certificatePem,
    certificatePem: issued.certificatePem,
    credentials,
    listener,
    ...storage,
    initial: { kind: "bootstrap", address },
    clock,
    entropy,
    log,
    tuning,
    observer,
  });
  release(() => manager.stop({ transferLeadership: false }));
  const ctx = manager.context;
  await waitUntil(ctx, "election", initTimeoutMs, () => (manager.node.isLeader ? true : undefined));
  const joinTokens = createJoinTokens(root.digest, entropy);
  const cluster: Cluster = {
    ...newCluster({
      id: clusterId,
      spec: { autolockManagers: options.autolock, ca: { nodeCertExpiryMs: certExpiryMs } },
    }),
    rootCa: {
      caCertPem: new Uint8Array(Buffer.from(root.certificatePem, "utf8")),
      caKeyPem: new Uint8Array(Buffer.from(await exportRootCaKey(root), "utf8")),
      joinTokens,
      rotation: null,
    },
    unlockKeys:
      unlockKeyBytes === null
        ? []
        : [
            {
              subsystem: managerUnlockSubsystem,
              algorithm: "aes-128-gcm",
              key: unlockKeyBytes,
              lamportTime: 0,
            },
          ],
  };
  const selfIssued = newManagerNode({
    nodeId,
    csrPem: key.csrPem,
    certificatePem: issued.certificatePem,
    name: options.name ?? hostname(),
    address,
  });
  await propose(ctx, [
    { action: "create", kind: "cluster", object: cluster },
    { action: "create", kind: "node", object: selfIssued },
  ]);
  unlockKeyBytes?.fill(0);
  await writeNodeFile(dir, {
    nodeId,
    clusterId,
    role: "manager",
    address,
    managers: [address],
    ...(listenAddress === address ? {} : { listen: listenAddress }),
  });
  log.info("initialized", { cluster: clusterId, address, autolock: options.autolock });
  return { manager, clusterId, nodeId, address, joinTokens, unlockKey };
}
