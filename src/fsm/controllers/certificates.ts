// Certificate signer decisions (SwarmKit's ca.Server signer loop, swarmkit.md §5.2). The store
// says which nodes wait for a certificate; the CA (src/ca) signs; these functions turn its
// answers into node updates. Signing is the caller's: the CA is asynchronous and outside the
// pure core, so the driver either passes a synchronous signer or signs between the two steps.
import type { Node, NodeRole, ProposalDraft } from "../objects.js";
import type { StoreReader } from "../reader.js";

/** CertificateRequest is one node waiting for a certificate, as read at `nodeVersion`. */
export interface CertificateRequest {
  readonly nodeId: string;
  readonly nodeVersion: number;
  /** The role the certificate must carry (the CA sets OU from it, CN from the node id). */
  readonly role: NodeRole;
  readonly csr: Uint8Array;
  readonly reason: "new" | "renew";
}

/**
 * SignOutcome is the CA's answer: a certificate, a permanent failure (invalid CSR), or a
 * transient one (no signer yet, external CA down) after which the node stays waiting.
 */
export type SignOutcome =
  | { readonly status: "issued"; readonly certificate: Uint8Array }
  | { readonly status: "failed"; readonly reason: string }
  | { readonly status: "retry"; readonly reason: string };

export type Signer = (request: CertificateRequest) => SignOutcome;

function waitingReason(node: Node): CertificateRequest["reason"] | null {
  // SwarmKit signs RENEW whatever the membership, PENDING only once the node is accepted;
  // ISSUED, FAILED and ROTATE are final for the signer (ROTATE is the node's cue to renew).
  if (node.certificate.state === "renew") return "renew";
  if (node.certificate.state === "pending" && node.spec.membership === "accepted") return "new";
  return null;
}

/** certificatesToSign lists the nodes waiting for the signer, sorted by node id. */
export function certificatesToSign(store: StoreReader): CertificateRequest[] {
  return store.list("node").flatMap((node) => {
    const reason = waitingReason(node);
    if (reason === null) return [];
    return [
      { nodeId: node.id, nodeVersion: node.meta.version, role: node.role, csr: node.certificate.csr, reason },
    ];
  });
}

/**
 * certificateDecision turns the CA's outcome for one request into a node update, or null when
 * there is nothing to propose: a transient failure, or a node that changed since the request
 * was read (its new state is picked up by the next certificatesToSign).
 */
export function certificateDecision(
  store: StoreReader,
  request: CertificateRequest,
  outcome: SignOutcome,
): ProposalDraft | null {
  const node = store.get("node", request.nodeId);
  if (node === undefined || node.meta.version !== request.nodeVersion) return null;
  if (outcome.status === "retry") return null;
  const certificate =
    outcome.status === "issued"
      ? { csr: node.certificate.csr, certificate: outcome.certificate, state: "issued" as const, reason: "" }
      : { ...node.certificate, state: "failed" as const, reason: outcome.reason };
  return { actions: [{ action: "update", kind: "node", object: { ...node, certificate } }] };
}

/** emptyCsrOutcome fails a request without troubling the CA: there is nothing to sign. */
function precheck(request: CertificateRequest): SignOutcome | null {
  return request.csr.length === 0
    ? { status: "failed", reason: "certificate signing request is empty" }
    : null;
}

/**
 * signCertificates runs one signer round with a synchronous signer: one proposal per node, so
 * a conflict on one node does not hold back the others.
 */
export function signCertificates(store: StoreReader, sign: Signer): ProposalDraft[] {
  return certificatesToSign(store).flatMap((request) => {
    const decision = certificateDecision(store, request, precheck(request) ?? sign(request));
    return decision === null ? [] : [decision];
  });
}
