// Deciding who a connecting peer is, before any of its frames is read. OpenSSL has already
// checked the chain against our root (and the validity window); this adds keel's identity rules.
import type { PeerCertificate } from "node:tls";
import type { NodeIdentity, NodeRole } from "../ca/index.js";
import type { RefusalReason } from "./errors.js";
import { describeIdentity, identityFromPeerCertificate, isNodeId } from "./identity.js";

/** anonymous is the caller on a connection without a client certificate. */
export const anonymous = "anonymous";

/** Caller is who is on the other end: a certified node, or nobody in particular. */
export type Caller = NodeIdentity | typeof anonymous;

/** ChannelPolicy is who a channel admits. */
export interface ChannelPolicy {
  /** Whether a connection without a client certificate is admitted (as `anonymous`). */
  readonly allowAnonymous: boolean;
  /** Roles admitted when a certificate is presented. */
  readonly roles: readonly NodeRole[];
  /** Whether the CN must be a node id with a Raft id (raft traffic). */
  readonly requireNodeId: boolean;
}

export type Authentication =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly reason: RefusalReason; readonly detail: string };

/** What the listener learns about a peer from its TLS socket. */
export interface PeerEvidence {
  readonly authorized: boolean;
  /** OpenSSL's verification error code when not authorized (e.g. CERT_HAS_EXPIRED). */
  readonly authorizationError: string | null;
  /** null (or an empty object, as node:tls returns it) when none was presented. */
  readonly certificate: PeerCertificate | null;
}

/** authenticate decides whether `evidence` is admitted under `policy` to cluster `clusterId`. */
export function authenticate(
  evidence: PeerEvidence,
  clusterId: string,
  policy: ChannelPolicy,
): Authentication {
  const presented = evidence.certificate !== null && Object.keys(evidence.certificate).length > 0;
  if (!presented) {
    if (policy.allowAnonymous) return { ok: true, caller: anonymous };
    return refuse("no-certificate", "a node certificate is required");
  }
  if (!evidence.authorized) {
    const code = evidence.authorizationError ?? "unknown";
    if (code === "CERT_HAS_EXPIRED") return refuse("expired", code);
    if (code === "CERT_NOT_YET_VALID") return refuse("not-yet-valid", code);
    return refuse("untrusted", code);
  }
  const identity = identityFromPeerCertificate(evidence.certificate as PeerCertificate);
  if (identity === null) return refuse("bad-identity", "no single CN, OU and O naming a keel node");
  if (policy.requireNodeId && !isNodeId(identity.nodeId)) {
    return refuse("bad-identity", `CN ${JSON.stringify(identity.nodeId)} is not a node id`);
  }
  if (identity.clusterId !== clusterId) {
    return refuse("wrong-cluster", `${describeIdentity(identity)}, expected cluster ${clusterId}`);
  }
  if (!policy.roles.includes(identity.role)) {
    return refuse("wrong-role", `${describeIdentity(identity)}, expected ${policy.roles.join(" or ")}`);
  }
  return { ok: true, caller: identity };
}

function refuse(reason: RefusalReason, detail: string): Authentication {
  return { ok: false, reason, detail };
}

/** describeCaller is how logs and errors name a caller. */
export function describeCaller(caller: Caller): string {
  return caller === anonymous ? anonymous : describeIdentity(caller);
}
