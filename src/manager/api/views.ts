// Redacted views of store objects for API responses: never the root CA key, an unlock key or
// a secret's data.
import { hash } from "node:crypto";
import { x509 } from "../../ca/index.js";
import type { Cluster, Labels, Meta, Node, Secret } from "../../fsm/index.js";
import type { RaftNodeStatus } from "../../node/index.js";
import type { keelapi } from "../../gen/api.js";
import { raftIdOf } from "../../transport/index.js";
import { ManagerError } from "../errors.js";
import type { RunningTicks } from "../settings.js";
import { pendingRestart, settingsView } from "../settings.js";

export function metaView(meta: Meta): keelapi.ObjectMeta.$Properties {
  return { version: meta.version, createdAtMs: meta.createdAtMs, updatedAtMs: meta.updatedAtMs };
}

export function labelsOf(labels: readonly keelapi.Label.$Properties[] | null | undefined): Labels {
  const pairs = (labels ?? []).map((l): [string, string] => {
    const key = l.key ?? "";
    if (key.length === 0)
      throw new ManagerError({ code: "INVALID_ARGUMENT", field: "labels", reason: "empty key" });
    return [key, l.value ?? ""];
  });
  // fromEntries defines each key as an own property: an assignment to "__proto__" would set
  // the object's prototype instead, and the label would vanish.
  return Object.fromEntries(pairs);
}

export function labelsView(labels: Labels): keelapi.Label.$Properties[] {
  // Grown by push, not made by map: see encodeProposal (src/fsm/codec.ts).
  const view: keelapi.Label.$Properties[] = [];
  for (const key of Object.keys(labels)) view.push({ key, value: labels[key]! });
  return view;
}

export function secretView(secret: Secret): keelapi.SecretView.$Properties {
  return {
    id: secret.id,
    name: secret.spec.name,
    labels: labelsView(secret.spec.labels),
    meta: metaView(secret.meta),
    dataBytes: secret.spec.data.length,
    // One call, no Hash object: this runs for every secret a call answers with.
    digest: hash("sha256", secret.spec.data, "hex"),
  };
}

/** certificateNotAfterMs reads a PEM certificate's expiry; 0 when there is none. */
export function certificateNotAfterMs(pem: Uint8Array | string): number {
  const text = typeof pem === "string" ? pem : Buffer.from(pem).toString("utf8");
  if (text.length === 0) return 0;
  try {
    return new x509.X509Certificate(text).notAfter.getTime();
  } catch {
    return 0;
  }
}

function raftIdOrNull(nodeId: string): number | null {
  try {
    return raftIdOf(nodeId);
  } catch {
    return null;
  }
}

export function nodeView(node: Node, status: RaftNodeStatus): keelapi.NodeView.$Properties {
  const raftId = raftIdOrNull(node.id);
  const member = status.members.find((m) => m.id === raftId);
  return {
    id: node.id,
    name: node.spec.name,
    role: node.role,
    desiredRole: node.spec.desiredRole,
    membership: node.spec.membership,
    availability: node.spec.availability,
    state: node.status.state,
    address: member?.address ?? node.status.addr,
    certificateState: node.certificate.state,
    certificateNotAfterMs: certificateNotAfterMs(node.certificate.certificate),
    raftSuffrage: member?.suffrage ?? "",
    reachable: member !== undefined && status.leader !== 0 && (member.reachable || member.id === status.id),
    leader: raftId !== null && raftId === status.leader,
    meta: metaView(node.meta),
    labels: labelsView(node.spec.labels),
    managerStatus: managerStatus(node, raftId, status),
    statusMessage: node.status.message,
  };
}

/**
 * managerStatus is what `docker node ls` shows for a manager: Leader; Reachable when Raft hears
 * from it (or, where this manager tracks no progress, when its heartbeats keep it ready);
 * Unreachable otherwise. Empty for a node that is no Raft member.
 */
function managerStatus(node: Node, raftId: number | null, status: RaftNodeStatus): string {
  const member = status.members.find((m) => m.id === raftId);
  if (member === undefined) return "";
  if (raftId === status.leader) return "Leader";
  const tracksProgress = status.leader === status.id;
  const reachable = tracksProgress
    ? member.reachable || member.id === status.id
    : node.status.state === "ready";
  return reachable ? "Reachable" : "Unreachable";
}

export function clusterView(
  cluster: Cluster,
  rootDigest: string,
  ticks: RunningTicks,
): keelapi.ClusterView.$Properties {
  return {
    settings: settingsView(cluster.spec),
    pendingRestart: pendingRestart(cluster.spec, ticks),
    id: cluster.id,
    name: cluster.spec.name,
    autolock: cluster.spec.autolockManagers,
    meta: metaView(cluster.meta),
    rootCaDigest: rootDigest,
    rootCaNotAfterMs: certificateNotAfterMs(cluster.rootCa.caCertPem),
    networkKeyLamportClock: cluster.encryptionKeyLamportClock,
  };
}
