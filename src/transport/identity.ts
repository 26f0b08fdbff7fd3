// Who a peer is: node ids and Raft ids, and the identity in a TLS peer certificate.
//
// A node's id (its certificate's CN) is a random non-zero integer below 2^53 in base 36, and a
// manager's Raft id is that same number, so a connection's certificate says which Raft `from`
// its messages may carry.
import type { PeerCertificate } from "node:tls";
import type { NodeIdentity, NodeRole } from "../ca/index.js";
import { organizationalUnits } from "../ca/index.js";
import { assert } from "../assert.js";
import { TransportError } from "./errors.js";

const nodeIdPattern = /^[1-9a-z][0-9a-z]{0,10}$/;

/** raftIdOf is the Raft id of a node id; INVALID_NODE_ID unless `nodeId` is canonical base 36. */
export function raftIdOf(nodeId: string): number {
  const raftId = nodeIdPattern.test(nodeId) ? parseInt(nodeId, 36) : NaN;
  if (!Number.isSafeInteger(raftId) || raftId <= 0) {
    throw new TransportError({ code: "INVALID_NODE_ID", value: nodeId });
  }
  return raftId;
}

/** nodeIdOf is the node id (certificate CN) of a Raft id. */
export function nodeIdOf(raftId: number): string {
  assert(Number.isSafeInteger(raftId) && raftId > 0, `raft id ${raftId} is not a positive safe integer`);
  return raftId.toString(36);
}

/** isNodeId tells whether `value` is a canonical node id (one raftIdOf accepts). */
export function isNodeId(value: string): boolean {
  const raftId = nodeIdPattern.test(value) ? parseInt(value, 36) : NaN;
  return Number.isSafeInteger(raftId) && raftId > 0;
}

/**
 * identityFromPeerCertificate reads CN, OU and O from a certificate as node:tls presents it. Each
 * field may be a string or an array (stack.md gotcha 10); exactly one value each is required.
 * Returns null when the certificate carries no keel identity.
 */
export function identityFromPeerCertificate(certificate: PeerCertificate): NodeIdentity | null {
  const subject = certificate.subject as unknown as Record<string, string | string[] | undefined> | undefined;
  if (subject === undefined || subject === null) return null;
  const nodeId = single(subject["CN"]);
  const unit = single(subject["OU"]);
  const clusterId = single(subject["O"]);
  if (nodeId === null || unit === null || clusterId === null) return null;
  const role = (Object.keys(organizationalUnits) as NodeRole[]).find((r) => organizationalUnits[r] === unit);
  if (role === undefined) return null;
  return { nodeId, role, clusterId };
}

function single(value: string | string[] | undefined): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "string") return value[0];
  return null;
}

/** describeIdentity is how logs and errors name a peer. */
export function describeIdentity(identity: NodeIdentity): string {
  return `${identity.role} ${identity.nodeId} of cluster ${identity.clusterId}`;
}
