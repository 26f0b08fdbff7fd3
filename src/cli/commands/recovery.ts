// Disaster recovery on the command line: `keel init --force-new-cluster` (a stopped survivor
// starts a one-manager cluster), `keel backup` (a sealed snapshot from a running manager),
// `keel restore` (a new one-manager cluster from a backup) and `keel inspect-wal --objects`.
// Keys are read as `keel unlock` reads them: an environment variable (KEEL_UNLOCK_KEY,
// KEEL_BACKUP_KEY), else the first line of stdin, else typed unechoed at a prompt.
import { resolve } from "node:path";
import { KeelClient } from "../../client/client.js";
import type { SecretKey } from "../../crypto/keys.js";
import { soleCluster } from "../../fsm/index.js";
import { keelapi } from "../../gen/api.js";
import { dataDir, keyFileInfo, localMethods, runNode } from "../../manager/index.js";
import type { Manager, RunningNode } from "../../manager/index.js";
import type { DataDir } from "../../manager/data-dir.js";
import { openStorage } from "../../manager/storage.js";
import { dumpObjects, forceNewCluster, restoreCluster } from "../../manager/recovery/index.js";
import { systemEntropy } from "../../entropy.js";
import { looseU64 } from "../../protobuf-u64.js";
import { UsageError, defaultDataDir, isSet, parseArgs, valueOf } from "../args.js";
import type { Parsed } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { daemonValues, foreground, observed, signalled } from "./daemon.js";

/** How long a backup may take: a linearizable read, then encoding and sealing the whole store. */
const backupTimeoutMs = 5 * 60_000;

/** secretFrom reads a key: the environment variable, else stdin's first line or a prompt. */
async function secretFrom(io: Io, env: string, prompt: string): Promise<string> {
  const fromEnv = process.env[env];
  if (fromEnv !== undefined && fromEnv.trim() !== "") return fromEnv.trim();
  return (await io.readSecret(prompt)).trim();
}

async function isLocked(dir: DataDir): Promise<boolean> {
  // A dir whose key file cannot be read is refused by forceNewCluster, with the right code.
  return keyFileInfo(dir).then(
    (info) => info.locked,
    () => false,
  );
}

function printTokens(io: Io, manager: Manager): void {
  const cluster = soleCluster(manager.node.store);
  if (cluster === undefined) return;
  io.out(`manager-token: ${cluster.rootCa.joinTokens.manager}`);
  io.out(`worker-token: ${cluster.rootCa.joinTokens.worker}`);
  io.out(
    `# Join a manager: keel join --token ${cluster.rootCa.joinTokens.manager} --join ${manager.address} --data-dir DIR --listen HOST:PORT`,
  );
}

/** `keel init --force-new-cluster`: reform a stopped manager's data dir, then run it. */
export async function forceNewClusterCommand(parsed: Parsed, io: Io): Promise<number> {
  if (valueOf(parsed, "listen") !== undefined || isSet(parsed, "autolock"))
    throw new UsageError(
      "--force-new-cluster keeps the node's address and the cluster's autolock: drop --listen and --autolock",
    );
  const path = valueOf(parsed, "data-dir", defaultDataDir);
  const unlockKey = (await isLocked(dataDir(path)))
    ? await secretFrom(io, "KEEL_UNLOCK_KEY", "Unlock key: ")
    : undefined;
  const stop = signalled();
  return observed(parsed, async (deps) => {
    const forced = await forceNewCluster(
      { dataDir: path, ...(unlockKey === undefined ? {} : { unlockKey }) },
      deps,
    );
    const node = await runNode(
      { dataDir: path, wait: false, ...(unlockKey === undefined ? {} : { unlockKey }) },
      deps,
    );
    if (node === null) return exitCodes.ok;
    io.out(`cluster-id: ${forced.node.clusterId}`);
    io.out(`node-id: ${forced.node.nodeId}`);
    io.out(`address: ${forced.node.address}`);
    io.out(`removed-members: ${forced.removed.length}`);
    if ("address" in node) printTokens(io, node);
    io.out(
      "# The old managers are no longer members: their ids are refused; wipe their data dirs before they join again.",
    );
    return foreground(node as RunningNode, stop);
  });
}

export async function backupCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir", "out"] });
  const out = valueOf(parsed, "out");
  if (out === undefined) throw new UsageError("keel backup needs --out FILE");
  const client = KeelClient.local(valueOf(parsed, "data-dir", defaultDataDir));
  // The node writes the file itself (a backup may pass the control socket's frame limit).
  const body = await client.call(
    localMethods.backup,
    keelapi.BackupRequest.encode({ path: resolve(out) }).finish(),
    backupTimeoutMs,
  );
  const response = keelapi.BackupResponse.decode(body);
  io.out(`backup-key: ${response.key}`);
  io.out(`file: ${resolve(out)}`);
  io.out(`cluster-id: ${response.clusterId}`);
  io.out(`index: ${looseU64(response.index)}`);
  io.out(`bytes: ${looseU64(response.bytes)}`);
  io.out(`created-at: ${response.createdAt}`);
  io.out(
    "# Keep the backup key apart from the file: keel restore needs both (the key on stdin or in KEEL_BACKUP_KEY), and keel keeps neither.",
  );
  return exitCodes.ok;
}

export async function restoreCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: [...daemonValues, "name"], positionals: { min: 1, max: 1 } });
  const file = parsed.positionals[0] ?? "";
  const backupKey = await secretFrom(io, "KEEL_BACKUP_KEY", "Backup key: ");
  if (backupKey === "") throw new UsageError("no backup key given (KEEL_BACKUP_KEY, stdin or the prompt)");
  const stop = signalled();
  const name = valueOf(parsed, "name");
  return observed(parsed, async (deps) => {
    const restored = await restoreCluster(
      {
        file,
        backupKey,
        dataDir: valueOf(parsed, "data-dir", defaultDataDir),
        listen: valueOf(parsed, "listen", "127.0.0.1:4242"),
        ...(name === undefined ? {} : { name }),
      },
      deps,
    );
    io.out(`cluster-id: ${restored.node.clusterId}`);
    io.out(`node-id: ${restored.node.nodeId}`);
    io.out(`address: ${restored.node.address}`);
    io.out(`index: ${restored.backup.index}`);
    io.out(`backup-created-at: ${restored.backup.createdAt}`);
    printTokens(io, restored.manager);
    return foreground(restored.manager, stop);
  });
}

/** printObjects is `keel inspect-wal --objects`: one JSON line per stored object. Wipes kek. */
export async function printObjects(dir: DataDir, kek: SecretKey | null, io: Io): Promise<number> {
  let storage;
  try {
    storage = await openStorage(dir, kek, systemEntropy);
  } finally {
    kek?.wipe();
  }
  try {
    const dump = dumpObjects(storage.recovered);
    if (dump === null) {
      io.err("the log holds no snapshot: no objects");
      return exitCodes.failed;
    }
    for (const o of dump.objects) io.out(JSON.stringify({ index: dump.index, ...o }));
    return exitCodes.ok;
  } finally {
    await storage.wal.close();
    await storage.db.close();
  }
}
