// Renewing a node's certificate over mutual TLS (SwarmKit's NodeCertificateStatus after a
// renewal CSR): the caller's current certificate is the authorization, never a token. The new
// certificate is for the caller's own node id, with the role the store says: the desired role
// once a manager promoted it (a worker becomes a manager this way), else the current one.
import { validateCsr } from "../../ca/index.js";
import type { Node } from "../../fsm/index.js";
import { keelapi } from "../../gen/api.js";
import { anonymous } from "../../transport/index.js";
import { ManagerError } from "../errors.js";
import type { ApiContext, CallContext } from "./context.js";
import { decode, propose, requireCluster, sourceOf, waitUntil } from "./context.js";
import { issuanceTimeoutMs, managersOf } from "./join.js";
import { rootCaOf } from "./root.js";

/** renewedRole is the role a renewal for `node` is issued with. */
export function renewedRole(node: Node): Node["role"] {
  return node.spec.desiredRole === "manager" ? "manager" : node.role;
}

/**
 * renewCertificate takes a CSR (a JoinRequest without a token) from a certified node and
 * answers a JoinResponse with its new certificate, once the leader's signer has issued it.
 */
export async function renewCertificate(
  ctx: ApiContext,
  body: Uint8Array,
  call: CallContext,
): Promise<Uint8Array> {
  const request = decode(keelapi.JoinRequest, body, "renewal request");
  if (call.caller === anonymous) throw notCertified();
  if (request.token !== "") {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "token",
      reason: "a renewal is authorized by the current certificate, not a token",
    });
  }
  // Before any work: a node renewing in a loop costs a Raft write per certificate.
  ctx.guards.renewal(call.caller.nodeId, sourceOf(call));
  await validateCsr(request.csrPem);
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  const caller = call.caller;
  if (caller.clusterId !== cluster.id) throw notCertified();
  const node = ctx.node.store.get("node", caller.nodeId);
  if (node === undefined) throw new ManagerError({ code: "NOT_FOUND", kind: "node", ref: caller.nodeId });
  const role = renewedRole(node);
  const csr = new Uint8Array(Buffer.from(request.csrPem, "utf8"));
  const waiting: Node = {
    ...node,
    role,
    certificate: { ...node.certificate, csr, state: "renew", reason: "" },
  };
  // Resolves once applied here: from then on the store shows this request or what followed it.
  await propose(ctx, [{ action: "update", kind: "node", object: waiting }]);
  ctx.log.info("certificate-renewal", { subject: node.id, role });
  const issued = await waitUntil(ctx, "certificate renewal", issuanceTimeoutMs, () => {
    const n = ctx.node.store.get("node", node.id);
    if (n === undefined) return null;
    return n.certificate.state === "issued" || n.certificate.state === "failed" ? n : undefined;
  });
  if (issued === null) throw new ManagerError({ code: "NOT_FOUND", kind: "node", ref: node.id });
  if (issued.certificate.state === "failed") {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: `certificate refused: ${issued.certificate.reason}`,
    });
  }
  const root = await rootCaOf(cluster);
  return keelapi.JoinResponse.encode({
    nodeId: node.id,
    role,
    clusterId: cluster.id,
    certificatePem: Buffer.from(issued.certificate.certificate).toString("utf8"),
    rootCaPem: root.certificatePem,
    managers: managersOf(ctx),
  }).finish();
}

function notCertified(): ManagerError {
  return new ManagerError({
    code: "FAILED_PRECONDITION",
    reason: "a renewal needs a current certificate of this cluster",
  });
}
