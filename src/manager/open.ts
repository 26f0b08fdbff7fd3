// `keel run`: restart a node from its data dir. A manager whose key file is sealed and who was
// given no unlock key waits for `keel unlock` (or, without waiting, fails with LOCKED); a
// worker starts at once.
import type { SecretKey } from "../crypto/keys.js";
import { TlsCredentials, TlsListener } from "../transport/index.js";
import { dataDir, finishPromotion, readNodeFile } from "./data-dir.js";
import type { DataDir, NodeFile } from "./data-dir.js";
import { refuseIfAnswered } from "./control-socket.js";
import { ManagerError } from "./errors.js";
import {
  addressDamage,
  certificateDamage,
  identityDamage,
  keyFileDamage,
  readDataFile,
} from "./damaged-file.js";
import { Manager, releaseParts } from "./manager.js";
import type { ManagerParts } from "./manager.js";
import type { NodeDeps, ResolvedDeps } from "./options.js";
import { resolveDeps } from "./options.js";
import { openStorage, splitAddress } from "./storage.js";
import { settleRenewal } from "./renewal.js";
import { checkUnlockKey, keyFileInfo, waitForUnlock } from "./unlock.js";
import { Worker } from "./worker.js";

export interface RunOptions {
  readonly dataDir: string;
  /** Wait for `keel unlock` when locked (default true); false fails with LOCKED instead. */
  readonly wait?: boolean;
  /** The unlock key text, when the caller has it. */
  readonly unlockKey?: string;
  /** Resolving it ends a wait for the unlock key: runNode then resolves null. */
  readonly abort?: Promise<void>;
}

export type RunningNode = Manager | Worker;

export async function runNode(options: RunOptions, deps: NodeDeps = {}): Promise<RunningNode | null> {
  const resolved = resolveDeps(deps);
  const dir = dataDir(options.dataDir);
  const node = await readNodeFile(dir);
  // One process per data dir: before this one changes anything in it, or waits for a key.
  await refuseIfAnswered(dir.controlSocket);
  await finishPromotion(dir, node);
  const log = resolved.log.with({ node: node.nodeId });
  if (node.role === "worker") return Worker.open(dir, node, { ...resolved, log });
  const managerDeps = { ...resolved, log };
  const info = await keyFileInfo(dir);
  if (!info.locked) return openManager(dir, node, null, managerDeps);
  if (options.unlockKey !== undefined) {
    return openManager(dir, node, await checkUnlockKey(dir, options.unlockKey), managerDeps);
  }
  if (options.wait === false) throw new ManagerError({ code: "LOCKED", kekVersion: info.kekVersion });
  // `keel unlock` is answered once the node's storage and listener opened (or failed to): the
  // control socket is the locked node's until then, the manager's after.
  const parts = await waitForUnlock(dir, node, info, log, options.abort ?? new Promise(() => undefined), {
    open: (kek) => prepareManager(dir, node, kek, managerDeps),
    release: releaseParts,
  });
  return parts === null ? null : Manager.start(parts);
}

/** openManager starts a manager from its data dir with `kek` (null when not autolocked); wipes kek. */
export async function openManager(
  dir: DataDir,
  node: NodeFile,
  kek: SecretKey | null,
  deps: ResolvedDeps,
): Promise<Manager> {
  return Manager.start(await prepareManager(dir, node, kek, deps));
}

/**
 * prepareManager opens what a manager runs on from its data dir with `kek` (wiped): its WAL,
 * TLS credentials and listener. A damaged file is DATA_DIR_INVALID naming it; on any failure
 * nothing stays open.
 */
async function prepareManager(
  dir: DataDir,
  node: NodeFile,
  kek: SecretKey | null,
  deps: ResolvedDeps,
): Promise<ManagerParts> {
  let rootCaPem: string;
  let storage;
  try {
    rootCaPem = await readDataFile(dir.rootCa);
    storage = await openStorage(dir, kek, deps.entropy, deps.observer).catch((error: unknown) => {
      throw keyFileDamage(dir, error);
    });
  } finally {
    kek?.wipe();
  }
  let credentials: TlsCredentials | null = null;
  try {
    const tlsKey = storage.wal.tlsKey();
    const privateKey = Buffer.from(tlsKey).toString("utf8");
    tlsKey.fill(0);
    await settleRenewal(dir, privateKey);
    const certificatePem = await readDataFile(dir.certificate);
    credentials = await TlsCredentials.create({ rootCaPem, certificatePem, privateKey }).catch(
      (error: unknown) => {
        throw certificateDamage(dir, { rootCaPem, certificatePem }, error);
      },
    );
    const mismatch = identityDamage(dir, node, credentials.identity);
    if (mismatch !== null) throw mismatch;
    const listenAddress = node.listen ?? node.address;
    const listener = await listen(listenAddress, credentials).catch((error: unknown) => {
      throw addressDamage(dir, listenAddress, error);
    });
    deps.log.info("listening", { address: listenAddress, advertised: node.address });
    return {
      dir,
      identity: { nodeId: node.nodeId, role: "manager", clusterId: node.clusterId },
      address: node.address,
      rootCaPem,
      certificatePem,
      credentials,
      listener,
      ...storage,
      clock: deps.clock,
      entropy: deps.entropy,
      log: deps.log,
      tuning: deps.tuning,
      observer: deps.observer,
    };
  } catch (error) {
    // Nothing may stay open when the port is taken or the certificate is bad.
    credentials?.close();
    await storage.wal.close();
    await storage.db.close();
    throw error;
  }
}

async function listen(address: string, credentials: TlsCredentials): Promise<TlsListener> {
  const { host, port } = splitAddress(address);
  return TlsListener.open({ host, port, credentials });
}
