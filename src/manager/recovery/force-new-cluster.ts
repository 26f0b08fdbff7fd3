// `keel init --force-new-cluster`: a stopped manager that outlived its cluster's quorum starts a
// new one-manager cluster from its own data dir (SwarmKit's and etcd's --force-new-cluster).
// Every object, key and certificate is kept, and the unlock key with them; the Raft membership
// becomes this manager alone, the old members' ids are recorded as removed (never accepted
// again), and the old log goes: one WAL save replaces it with the reformed snapshot, so a crash
// leaves the old state or the new, never a mix. New managers then join with the manager token.
import { ClassicLevel } from "classic-level";
import { cryptoReady } from "../../crypto/sodium.js";
import type { SecretKey } from "../../crypto/keys.js";
import type { NodeId } from "../../raft/types.js";
import { refuseIfAnswered } from "../control-socket.js";
import { dataDir, finishPromotion, readNodeFile, writeNodeFile } from "../data-dir.js";
import type { DataDir, NodeFile } from "../data-dir.js";
import { ManagerError } from "../errors.js";
import type { NodeDeps } from "../options.js";
import { resolveDeps } from "../options.js";
import { openStorage, walDbOptions } from "../storage.js";
import { checkUnlockKey, keyFileInfo } from "../unlock.js";
import { RecoveryError } from "./errors.js";
import { reform } from "./reform.js";
import { replayLog } from "./replay.js";

export interface ForceNewClusterOptions {
  readonly dataDir: string;
  /** The unlock key text; needed when the key file is sealed (autolock), else LOCKED. */
  readonly unlockKey?: string;
}

export interface ForcedNewCluster {
  readonly node: NodeFile;
  /** The index of the reformed snapshot the new cluster starts from. */
  readonly index: number;
  /** The Raft ids recorded as removed. */
  readonly removed: readonly NodeId[];
  /** The old managers' node objects, removed from the store. */
  readonly removedNodes: readonly string[];
}

/**
 * forceNewCluster reforms a stopped manager's data dir into a one-manager cluster; the caller
 * then runs it (runNode). Refused, with nothing changed: a node running on the dir
 * (ALREADY_RUNNING, DATA_DIR_IN_USE), a dir with no node (NOT_INITIALIZED) or a worker's
 * (NOT_A_MANAGER_DIR), a sealed key file without its unlock key (LOCKED, WRONG_UNLOCK_KEY), a
 * log without a snapshot (NOTHING_TO_RECOVER).
 */
export async function forceNewCluster(
  options: ForceNewClusterOptions,
  deps: NodeDeps = {},
): Promise<ForcedNewCluster> {
  await cryptoReady();
  const { entropy, clock, log } = resolveDeps(deps);
  const dir = dataDir(options.dataDir);
  const node = await readNodeFile(dir);
  await refuseIfAnswered(dir.controlSocket);
  if (node.role !== "manager") throw new RecoveryError({ code: "NOT_A_MANAGER_DIR", dataDir: dir.path });
  const kek = await unlockKeyOf(dir, options.unlockKey);
  try {
    await refuseIfLocked(dir);
    await finishPromotion(dir, node);
  } catch (error) {
    kek?.wipe();
    throw error;
  }
  let storage;
  try {
    storage = await openStorage(dir, kek, entropy);
  } finally {
    kek?.wipe();
  }
  try {
    const { wal, recovered } = storage;
    const replayed = replayLog(recovered);
    if (replayed === null) throw new RecoveryError({ code: "NOTHING_TO_RECOVER", dataDir: dir.path });
    const reformed = reform({
      store: replayed.store,
      index: Math.max(replayed.lastIndex, wal.lastIndex, recovered.hardState.commit) + 1,
      term: Math.max(replayed.lastTerm, recovered.hardState.term) + 1,
      self: { nodeId: node.nodeId, address: node.address },
      removed: [...replayed.memberIds, ...replayed.removedIds],
      timestampMs: clock.realtimeMs(),
    });
    await wal.save({ snapshot: reformed.snapshot, hardState: reformed.hardState });
    await wal.close();
    // The managers it knew are gone: a restart dials no one but itself.
    const reformedNode: NodeFile = { ...node, managers: [node.address] };
    await writeNodeFile(dir, reformedNode);
    log.with({ node: node.nodeId }).warn("forced-new-cluster", {
      index: reformed.snapshot.metadata.index,
      removed: reformed.removed.length,
      removedNodes: reformed.removedNodes,
    });
    return {
      node: reformedNode,
      index: reformed.snapshot.metadata.index,
      removed: reformed.removed,
      removedNodes: reformed.removedNodes,
    };
  } finally {
    await storage.wal.close();
    await storage.db.close();
  }
}

async function unlockKeyOf(dir: DataDir, text: string | undefined): Promise<SecretKey | null> {
  const info = await keyFileInfo(dir);
  if (!info.locked) return null;
  if (text === undefined || text.trim() === "")
    throw new ManagerError({ code: "LOCKED", kekVersion: info.kekVersion });
  return checkUnlockKey(dir, text);
}

/**
 * refuseIfLocked is DATA_DIR_IN_USE when another process holds the database's lock: a node that
 * is starting, or one whose control socket is gone, is still running on it.
 */
async function refuseIfLocked(dir: DataDir): Promise<void> {
  const db = new ClassicLevel<string, Uint8Array>(dir.wal, { ...walDbOptions, createIfMissing: false });
  try {
    await db.open();
  } catch (cause) {
    const code = (cause as { cause?: { code?: unknown } }).cause?.code;
    if (code === "LEVEL_LOCKED")
      throw new RecoveryError({ code: "DATA_DIR_IN_USE", path: dir.wal }, { cause });
    throw new ManagerError(
      { code: "DATA_DIR_INVALID", path: dir.wal, reason: "the WAL does not open" },
      { cause },
    );
  } finally {
    await db.close();
  }
}
