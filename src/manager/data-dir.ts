// A node's data dir: which files it holds and what they mean.
//
//   node.json      who this node is: {format, nodeId, clusterId, role, address, managers}
//   root-ca.pem    the cluster's root CA certificate (public)
//   node-cert.pem  this node's certificate (public)
//   keys           managers: the key file (TLS key, DEKs), sealed under the unlock key when autolocked
//   wal/           managers: the encrypted Raft log and snapshots (classic-level)
//   node-key.pem   workers: the TLS private key (mode 0600; workers hold no cluster secrets at rest)
//   node-cert-manager.pem  a promoted worker's manager certificate until its promotion is recorded
//   node-cert-renewed.pem  a renewed certificate until its key is stored (src/manager/renewal.ts)
//   control.sock   the local control socket the `keel` command talks to (mode 0600)
//
// node.json is written last when a node is created, so its presence means the node is complete.
import { access, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../atomic-file.js";
import type { NodeRole } from "../ca/index.js";
import { ManagerError } from "./errors.js";

export const nodeFileFormat = 1;

export interface NodeFile {
  readonly format: number;
  readonly nodeId: string;
  readonly clusterId: string;
  readonly role: NodeRole;
  /** Managers: where this node listens (host:port). Workers: empty. */
  readonly address: string;
  /** Where the managers were last known to listen (workers dial them). */
  readonly managers: readonly string[];
  /**
   * Workers: where to listen once promoted to manager (`keel join --listen`; default 127.0.0.1:0).
   * Managers: where to listen when that is not `address` (an advertised address, advertise.ts).
   */
  readonly listen?: string;
  /** Workers: `keel join --advertise-addr`, what the node advertises once promoted (advertise.ts). */
  readonly advertise?: string;
}

export interface DataDir {
  readonly path: string;
  readonly nodeFile: string;
  readonly rootCa: string;
  readonly certificate: string;
  readonly keyFile: string;
  readonly wal: string;
  readonly workerKey: string;
  readonly promotedCertificate: string;
  readonly renewedCertificate: string;
  readonly controlSocket: string;
}

export function dataDir(path: string): DataDir {
  return {
    path,
    nodeFile: join(path, "node.json"),
    rootCa: join(path, "root-ca.pem"),
    certificate: join(path, "node-cert.pem"),
    keyFile: join(path, "keys"),
    wal: join(path, "wal"),
    workerKey: join(path, "node-key.pem"),
    promotedCertificate: join(path, "node-cert-manager.pem"),
    renewedCertificate: join(path, "node-cert-renewed.pem"),
    controlSocket: join(path, "control.sock"),
  };
}

export async function readNodeFile(dir: DataDir): Promise<NodeFile> {
  let text: string;
  try {
    text = await readFile(dir.nodeFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ManagerError({ code: "NOT_INITIALIZED", dataDir: dir.path });
    }
    throw error;
  }
  const invalid = (reason: string): ManagerError =>
    new ManagerError({ code: "DATA_DIR_INVALID", path: dir.nodeFile, reason });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid("not JSON");
  }
  const v = value as Partial<NodeFile> | null;
  if (v === null || typeof v !== "object") throw invalid("not an object");
  if (v.format !== nodeFileFormat) throw invalid(`format ${String(v.format)}, expected ${nodeFileFormat}`);
  if (typeof v.nodeId !== "string" || typeof v.clusterId !== "string") throw invalid("missing ids");
  if (v.role !== "manager" && v.role !== "worker") throw invalid(`role ${String(v.role)}`);
  if (typeof v.address !== "string") throw invalid("address is not a string");
  if (!Array.isArray(v.managers) || !v.managers.every((m) => typeof m === "string")) {
    throw invalid("managers is not a list of addresses");
  }
  if (v.listen !== undefined && typeof v.listen !== "string") throw invalid("listen is not a string");
  if (v.advertise !== undefined && typeof v.advertise !== "string")
    throw invalid("advertise is not a string");
  return {
    format: v.format,
    nodeId: v.nodeId,
    clusterId: v.clusterId,
    role: v.role,
    address: v.address,
    managers: v.managers,
    ...(v.listen === undefined ? {} : { listen: v.listen }),
    ...(v.advertise === undefined ? {} : { advertise: v.advertise }),
  };
}

/** writeNodeFile replaces node.json atomically (temp file, fsync, rename). */
export async function writeNodeFile(dir: DataDir, node: Omit<NodeFile, "format">): Promise<void> {
  await writeAtomic(dir.nodeFile, JSON.stringify({ format: nodeFileFormat, ...node }, null, 2) + "\n");
}

/** writeAtomic replaces `path` with `text` durably (see atomic-file.ts). */
export async function writeAtomic(path: string, text: string, mode = 0o644): Promise<void> {
  await writeFileAtomic(path, text, mode);
}

/**
 * finishPromotion completes a promotion that stopped between recording the node as a manager
 * and moving its manager certificate in place, and removes a promoted manager's worker key (a
 * plaintext key must not outlive the promotion). Run before a node is opened.
 */
export async function finishPromotion(dir: DataDir, node: NodeFile): Promise<void> {
  if (node.role !== "manager") return;
  try {
    await rename(dir.promotedCertificate, dir.certificate);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await rm(dir.workerKey, { force: true });
}

/**
 * clearPromotion readies the data dir for a promotion attempt. An earlier attempt that was
 * interrupted may have joined Raft, even become a voter, before its node file said so: its
 * key file and WAL stay, and the attempt resumes on them (a member that lost its log or its
 * vote would break Raft's safety). Only its manager certificate goes; a new one replaces it.
 */
export async function clearPromotion(dir: DataDir): Promise<void> {
  await rm(dir.promotedCertificate, { force: true });
  // No key file: the attempt never opened a WAL (it is created after), so it never joined.
  if (!(await exists(dir.keyFile))) await rm(dir.wal, { recursive: true, force: true });
}

/** exists says whether a path is there (any error reading it counts as not there). */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** writeSecretFile replaces `path` with `text` durably, readable by the owner alone. */
export async function writeSecretFile(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, 0o600);
}
