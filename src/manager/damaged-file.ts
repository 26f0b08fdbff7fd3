// A damaged file in the data dir, told in the operator's words: which file, what is wrong with
// it, what to do. The layers below name damage in their own terms (a key file whose sealed part
// fails its tag is AUTH_FAILED to src/crypto, a certificate that does not parse CONFIG_INVALID to
// src/transport) and keep a parser's own words as the cause; the operator gets DATA_DIR_INVALID
// with the path, and a node never waits for an unlock key that cannot work.
import { readFile } from "node:fs/promises";
import { x509 } from "../ca/index.js";
import type { NodeIdentity } from "../ca/index.js";
import { CryptoError } from "../crypto/errors.js";
import { TransportError } from "../transport/index.js";
import type { DataDir, NodeFile } from "./data-dir.js";
import { ManagerError } from "./errors.js";

/** What the key file's CryptoErrors name as their subject (src/crypto/key-file.ts, keys.ts). */
const keyFileParts = new Set(["key file", "current DEK", "pending DEK"]);

const keyFileAdvice =
  "no unlock key can open it: restore it from a backup of this node's data dir, or remove the data dir and join the cluster again";

/**
 * keyFileDamage turns a key file error that no unlock key can cure (the file does not decode,
 * or its sealed part fails authentication under the right key) into DATA_DIR_INVALID. A wrong
 * or malformed unlock key, LOCKED and errors of other files pass through unchanged.
 */
export function keyFileDamage(dir: DataDir, error: unknown): unknown {
  if (!(error instanceof CryptoError)) return error;
  const t = error.type;
  if (!("what" in t) || !keyFileParts.has(t.what)) return error;
  let detail: string;
  switch (t.code) {
    case "AUTH_FAILED":
      detail = "its sealed part fails authentication under the right unlock key";
      break;
    case "MALFORMED":
      detail = t.reason;
      break;
    case "ALGORITHM_REJECTED":
      detail = `it names algorithm ${t.algorithm}, which keel does not write`;
      break;
    case "KEY_UNKNOWN":
      detail = "it is sealed without the marks of a sealed key file";
      break;
  }
  return new ManagerError(
    {
      code: "DATA_DIR_INVALID",
      path: dir.keyFile,
      reason: `the key file is damaged (${detail}); ${keyFileAdvice}`,
    },
    { cause: error },
  );
}

const certificateAdvice =
  "restore it from a backup of this node's data dir, or remove the data dir and join the cluster again";

function parses(pem: string): boolean {
  try {
    new x509.X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}

/**
 * certificateDamage turns the transport's refusal of this node's certificates (CONFIG_INVALID:
 * one does not parse, or they and the key do not belong together) into DATA_DIR_INVALID naming
 * the file; anything else passes through unchanged.
 */
export function certificateDamage(
  dir: DataDir,
  pems: { readonly rootCaPem: string; readonly certificatePem: string },
  error: unknown,
): unknown {
  if (!(error instanceof TransportError) || error.code !== "CONFIG_INVALID") return error;
  const damaged = (path: string, reason: string): ManagerError =>
    new ManagerError(
      { code: "DATA_DIR_INVALID", path, reason: `${reason}; ${certificateAdvice}` },
      { cause: error },
    );
  if (!parses(pems.rootCaPem))
    return damaged(dir.rootCa, "the root CA certificate is damaged (it does not parse)");
  if (!parses(pems.certificatePem))
    return damaged(dir.certificate, "this node's certificate is damaged (it does not parse)");
  return damaged(
    dir.certificate,
    "this node's certificate was not signed by root-ca.pem or is not for this node's key: one of them is damaged or from another node",
  );
}

/** readDataFile reads a file of the data dir as text; a missing one is DATA_DIR_INVALID. */
export async function readDataFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new ManagerError({ code: "DATA_DIR_INVALID", path, reason: `missing; ${certificateAdvice}` });
  }
}

/** Errors of a listen that say the address itself is wrong here, not that it is busy. */
const addressErrnos = new Set(["ENOTFOUND", "EAI_AGAIN", "EADDRNOTAVAIL", "EAI_NONAME", "EINVAL"]);

/**
 * addressDamage turns a listen address from node.json that is not host:port, or names no
 * address of this host, into DATA_DIR_INVALID naming node.json; anything else (a port in use)
 * passes through unchanged.
 */
export function addressDamage(dir: DataDir, address: string, error: unknown): unknown {
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const malformed = error instanceof ManagerError && error.code === "INVALID_ARGUMENT";
  if (!malformed && (errno === undefined || !addressErrnos.has(errno))) return error;
  const why = malformed ? "is not host:port" : `names no address of this host (${errno})`;
  return new ManagerError(
    {
      code: "DATA_DIR_INVALID",
      path: dir.nodeFile,
      reason: `the listen address ${JSON.stringify(address)} ${why}: node.json is damaged, or this host lost that address`,
    },
    { cause: error },
  );
}

/**
 * identityDamage is DATA_DIR_INVALID when node.json names another node or cluster than this
 * node's certificate does (a node that took a damaged id would run under someone else's Raft
 * id); null when they agree.
 */
export function identityDamage(dir: DataDir, node: NodeFile, certified: NodeIdentity): ManagerError | null {
  if (node.nodeId === certified.nodeId && node.clusterId === certified.clusterId) return null;
  return new ManagerError({
    code: "DATA_DIR_INVALID",
    path: dir.nodeFile,
    reason:
      `it names node ${JSON.stringify(node.nodeId)} of cluster ${JSON.stringify(node.clusterId)}, but this ` +
      `node's certificate is node ${certified.nodeId}'s of cluster ${certified.clusterId}: node.json is damaged`,
  });
}
