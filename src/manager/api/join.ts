// Joining: a CSR and a join token for a certificate (any manager; the leader's signer issues
// it), a joined manager's request to enter Raft (the leader adds it as a learner; it is
// promoted once caught up), and the unlock key a new manager seals its key file with.
import { authorizeJoin, validateCsr } from "../../ca/index.js";
import { managerUnlockKey, newNode, soleCluster } from "../../fsm/index.js";
import { formatUnlockKey } from "../../crypto/unlock-key.js";
import { SecretKey } from "../../crypto/keys.js";
import { keelapi } from "../../gen/api.js";
import { NodeError } from "../../node/errors.js";
import { nodeIdOf, raftIdOf } from "../../transport/index.js";
import { parseAddress } from "../../transport/address.js";
import { ManagerError } from "../errors.js";
import { newNodeId } from "../ids.js";
import type { ApiContext, CallContext } from "./context.js";
import { decode, propose, requireCluster, sleep, sourceOf, waitUntil } from "./context.js";
import { rootCaOf } from "./root.js";

/** How long a join waits for the leader's signer to issue the certificate. */
export const issuanceTimeoutMs = 15_000;

export function managersOf(ctx: ApiContext): keelapi.Member.$Properties[] {
  return ctx.node.status().members.map((m) => ({ nodeId: nodeIdOf(m.id), raftId: m.id, address: m.address }));
}

export async function join(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.JoinRequest, body, "join request");
  const source = sourceOf(call);
  ctx.guards.join(request.token, source);
  // The token is checked against this manager's store before anything reaches the leader: a bad
  // token costs a comparison, not a read through the leader. A token rotated a moment ago that
  // this manager has not applied yet is refused here; the joiner retries (or asks the leader).
  await authorizeJoinHere(ctx, request.token, source);
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  const root = await rootCaOf(cluster);
  // Again after the read: a token revoked meanwhile is refused.
  const role = authorizeJoin(request.token, { rootDigest: root.digest, tokens: cluster.rootCa.joinTokens });
  await validateCsr(request.csrPem);
  const removed = new Set(ctx.node.status().removed);
  let nodeId = newNodeId(ctx.entropy);
  while (ctx.node.store.get("node", nodeId) !== undefined || removed.has(raftIdOf(nodeId))) {
    nodeId = newNodeId(ctx.entropy);
  }
  const csr = new Uint8Array(Buffer.from(request.csrPem, "utf8"));
  await propose(ctx, [
    { action: "create", kind: "node", object: newNode({ id: nodeId, role, csr, name: request.name }) },
  ]);
  ctx.log.info("node-admitted", { joiner: nodeId, role });
  const node = await waitUntil(ctx, "certificate issuance", issuanceTimeoutMs, () => {
    const n = ctx.node.store.get("node", nodeId);
    return n !== undefined && (n.certificate.state === "issued" || n.certificate.state === "failed")
      ? n
      : undefined;
  });
  if (node.certificate.state === "failed") {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: `certificate refused: ${node.certificate.reason}`,
    });
  }
  return keelapi.JoinResponse.encode({
    nodeId,
    role,
    clusterId: cluster.id,
    certificatePem: Buffer.from(node.certificate.certificate).toString("utf8"),
    rootCaPem: root.certificatePem,
    managers: managersOf(ctx),
  }).finish();
}

/** authorizeJoinHere checks a join token against the local store, counting a refusal. */
async function authorizeJoinHere(ctx: ApiContext, token: string, source: string): Promise<void> {
  // A manager that has not applied the cluster object yet leaves the check to after the read.
  const cluster = soleCluster(ctx.node.store);
  if (cluster === undefined) return;
  const root = await rootCaOf(cluster);
  try {
    authorizeJoin(token, { rootDigest: root.digest, tokens: cluster.rootCa.joinTokens });
  } catch (error) {
    ctx.guards.refusals.count("join-token-invalid", source, error instanceof Error ? error.message : "");
    throw error;
  }
}

/** addManager runs on the leader: the joined manager becomes a learner, promoted once caught up. */
export async function addManager(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.AddManagerRequest, body, "add-manager request");
  parseAddress(request.address);
  const raftId = raftIdOf(request.nodeId);
  const node = ctx.node.store.get("node", request.nodeId);
  if (node?.role !== "manager" || node.certificate.state !== "issued") {
    throw new ManagerError({ code: "NOT_FOUND", kind: "manager node", ref: request.nodeId });
  }
  // Only the joiner itself asks for its own addition (possibly forwarded by another manager).
  if (
    !call.forwarded &&
    !call.local &&
    call.caller !== "anonymous" &&
    call.caller.nodeId !== request.nodeId
  ) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "nodeId",
      reason: "a manager adds only itself",
    });
  }
  await addLearnerRetrying(ctx, raftId, request.address);
  ctx.log.info("manager-added", { member: request.nodeId, address: request.address });
  return keelapi.AddManagerResponse.encode({ managers: managersOf(ctx) }).finish();
}

/** How long adding a learner keeps retrying while another conf change (a promotion) is pending. */
const addLearnerRetryMs = 10_000;

async function addLearnerRetrying(ctx: ApiContext, raftId: number, address: string): Promise<void> {
  const deadline = ctx.clock.monotonicMs() + addLearnerRetryMs;
  for (;;) {
    try {
      await ctx.node.addLearner(raftId, address);
      return;
    } catch (error) {
      if (!(error instanceof NodeError)) throw error;
      // A retried request (the first answer was lost), or a resumed promotion, finds the member
      // already there, perhaps listening somewhere else now.
      if (error.type.code === "ALREADY_MEMBER") {
        await ctx.node.updateAddress(raftId, address);
        return;
      }
      // Raft takes one conf change at a time: a learner's promotion may be in flight.
      if (error.type.code !== "DROPPED" || ctx.clock.monotonicMs() > deadline) throw error;
      ctx.log.debug("add-learner-retry", { reason: error.type.reason });
      await sleep(ctx, 100);
    }
  }
}

export async function unlockKey(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  return encodeUnlockKey(cluster.meta.version, managerUnlockKey(cluster)?.key ?? null);
}

export function encodeUnlockKey(version: number, key: Uint8Array | null): Uint8Array {
  let text = "";
  if (key !== null) {
    const kek = SecretKey.fromBytes(key, "unlock key");
    text = formatUnlockKey(kek);
    kek.wipe();
  }
  return keelapi.UnlockKeyResponse.encode({ key: key ?? new Uint8Array(0), version, text }).finish();
}
