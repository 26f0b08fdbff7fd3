// Root CA rotation (SwarmKit's ca/reconciler.go and controlapi/ca_rotation.go, swarmkit.md §5.3):
// start records the new root beside the current one; the leader then marks the nodes whose
// certificate is not from the new root ROTATE, a bounded batch at a time, and each node renews;
// when every node has converged, finish makes the new root the root with new join tokens.
// Whether a certificate comes from a root is the CA's to say (src/ca parses certificates); these
// decisions take its answer as a predicate and stay pure.
import type { Cluster, JoinTokens, Node, ProposalDraft, RootRotation } from "../objects.js";
import { sameBytes } from "../agent/keyring.js";
import type { StoreReader } from "../reader.js";
import { updateCluster } from "./update-cluster.js";

/** SwarmKit's IssuanceStateRotateMaxBatchSize: how many nodes renew at once. */
export const rotateBatchMax = 30;

/** RotationProgress counts the nodes on the new root; `pending` lists the others, sorted. */
export interface RotationProgress {
  readonly converged: number;
  readonly total: number;
  readonly pending: readonly string[];
}

/**
 * decideStartRootRotation records `rotation`, or returns null when one is in progress already
 * (the caller says so in the user's words): a second one would strand the nodes on the first.
 */
export function decideStartRootRotation(cluster: Cluster, rotation: RootRotation): ProposalDraft | null {
  if (cluster.rootCa.rotation !== null) return null;
  return updateCluster({ ...cluster, rootCa: { ...cluster.rootCa, rotation } });
}

/**
 * rotationProgress counts every node, down ones included (SwarmKit waits for them too: a node
 * left on the old root would be shut out when it leaves trust).
 */
export function rotationProgress(store: StoreReader, converged: (node: Node) => boolean): RotationProgress {
  const nodes = store.list("node");
  const pending = nodes.filter((node) => !converged(node)).map((node) => node.id);
  return { converged: nodes.length - pending.length, total: nodes.length, pending: pending.sort() };
}

/**
 * decideRotateBatch marks up to `batchMax` pending nodes ROTATE, the node's cue to renew. A node
 * already waiting for the signer (pending, renew) or marked is left alone; null when none is left
 * to mark.
 */
export function decideRotateBatch(
  store: StoreReader,
  pending: readonly string[],
  batchMax = rotateBatchMax,
): ProposalDraft | null {
  const marked: Node[] = [];
  for (const id of pending) {
    if (marked.length >= batchMax) break;
    const node = store.get("node", id);
    if (node === undefined) continue;
    const state = node.certificate.state;
    if (state === "pending" || state === "renew" || state === "rotate") continue;
    marked.push({ ...node, certificate: { ...node.certificate, state: "rotate", reason: "" } });
  }
  if (marked.length === 0) return null;
  return { actions: marked.map((object) => ({ action: "update" as const, kind: "node" as const, object })) };
}

/**
 * decideFinishRootRotation installs the rotation's root and key, and `tokens` made for its
 * digest; null when no rotation is in progress, or another than `expected` (the caller read a
 * rotation that was replaced meanwhile: SwarmKit's errRootRotationChanged).
 */
export function decideFinishRootRotation(
  cluster: Cluster,
  expected: RootRotation,
  tokens: JoinTokens,
): ProposalDraft | null {
  const rotation = cluster.rootCa.rotation;
  if (rotation === null || !sameBytes(rotation.caCertPem, expected.caCertPem)) return null;
  return updateCluster({
    ...cluster,
    rootCa: {
      caCertPem: rotation.caCertPem,
      caKeyPem: rotation.caKeyPem,
      joinTokens: tokens,
      rotation: null,
    },
  });
}
