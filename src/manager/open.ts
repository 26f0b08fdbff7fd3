// `keel run`: restart a node from its data dir. A manager whose key file is sealed and who was
// given no unlock key waits for `keel unlock` (or, without waiting, fails with LOCKED); a
// worker starts at once.
import { readFile } from "node:fs/promises";
import type { SecretKey } from "../crypto/keys.js";
import { TlsCredentials, TlsListener } from "../transport/index.js";
import { dataDir, finishPromotion, readNodeFile } from "./data-dir.js";
import type { DataDir, NodeFile } from "./data-dir.js";
import { refuseIfAnswered } from "./control-socket.js";
import { ManagerError } from "./errors.js";
import { Manager } from "./manager.js";
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
  let kek: SecretKey | null = null;
  const info = await keyFileInfo(dir);
  if (info.locked) {
    if (options.unlockKey !== undefined) kek = await checkUnlockKey(dir, options.unlockKey);
    else if (options.wait === false) throw new ManagerError({ code: "LOCKED", kekVersion: info.kekVersion });
    else {
      kek = await waitForUnlock(dir, node, info, log, options.abort ?? new Promise(() => undefined));
      if (kek === null) return null;
    }
  }
  return openManager(dir, node, kek, { ...resolved, log });
}

/** openManager starts a manager from its data dir with `kek` (null when not autolocked); wipes kek. */
export async function openManager(
  dir: DataDir,
  node: NodeFile,
  kek: SecretKey | null,
  deps: ResolvedDeps,
): Promise<Manager> {
  const rootCaPem = await readFile(dir.rootCa, "utf8");
  let storage;
  try {
    storage = await openStorage(dir, kek, deps.entropy);
  } finally {
    kek?.wipe();
  }
  let credentials: TlsCredentials | null = null;
  let listener: TlsListener;
  let certificatePem: string;
  try {
    const tlsKey = storage.wal.tlsKey();
    const privateKey = Buffer.from(tlsKey).toString("utf8");
    tlsKey.fill(0);
    await settleRenewal(dir, privateKey);
    certificatePem = await readFile(dir.certificate, "utf8");
    credentials = await TlsCredentials.create({ rootCaPem, certificatePem, privateKey });
    const { host, port } = splitAddress(node.address);
    listener = await TlsListener.open({ host, port, credentials });
  } catch (error) {
    // Nothing may stay open when the port is taken or the certificate is bad.
    credentials?.close();
    await storage.wal.close();
    await storage.db.close();
    throw error;
  }
  deps.log.info("listening", { address: node.address });
  return Manager.start({
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
  });
}
