// The API of a root CA rotation: CaInspect (the root, and a rotation's progress in nodes),
// CaRotate (start one: a new root, cross-signed by the current one; SwarmKit's `docker swarm ca
// --rotate`), and CaTrust (what a node must trust now, and whether it must renew).
import { certificateDigest, createRootCa, crossSignRoot, exportRootCaKey, x509 } from "../../ca/index.js";
import type { Cluster } from "../../fsm/index.js";
import { decideStartRootRotation } from "../../fsm/index.js";
import { keelapi } from "../../gen/api.js";
import { ManagerError, codeOf } from "../errors.js";
import type { ApiContext, CallContext } from "../api/context.js";
import { propose, requireCluster } from "../api/context.js";
import { rootCaOf } from "../api/root.js";
import { progressOf } from "./reconciler.js";
import { trustPemOf } from "./roots.js";

const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

async function rootView(pem: Uint8Array): Promise<keelapi.CaRootView.$Properties> {
  const certificate = new x509.X509Certificate(Buffer.from(pem).toString("utf8"));
  const digest = await certificateDigest(certificate);
  return { subject: certificate.subject, digest, notAfterMs: certificate.notAfter.getTime() };
}

async function caView(ctx: ApiContext, cluster: Cluster): Promise<Uint8Array> {
  const rotation = cluster.rootCa.rotation;
  const progress = progressOf(ctx.node.store);
  return keelapi.CaView.encode({
    root: await rootView(cluster.rootCa.caCertPem),
    ...(rotation === null ? {} : { rotation: await rootView(rotation.caCertPem) }),
    nodesConverged: progress?.converged ?? 0,
    nodesTotal: progress?.total ?? ctx.node.store.list("node").length,
  }).finish();
}

export async function caInspect(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  return caView(ctx, requireCluster(ctx));
}

/**
 * caRotate starts a rotation to a new root (of the default lifetime, as SwarmKit's), and answers
 * at once; the leader's reconciler does the rest. One at a time: CA_ROTATION_IN_PROGRESS
 * otherwise.
 */
export async function caRotate(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  refuseInProgress(ctx, cluster);
  const current = await rootCaOf(cluster);
  const next = await createRootCa({ now: new Date(ctx.clock.realtimeMs()) }, { entropy: ctx.entropy });
  const crossSigned = await crossSignRoot(current, next, { entropy: ctx.entropy });
  const decided = decideStartRootRotation(cluster, {
    caCertPem: bytesOf(next.certificatePem),
    caKeyPem: bytesOf(await exportRootCaKey(next)),
    crossSignedCaCertPem: bytesOf(crossSigned),
  });
  if (decided === null) refuseInProgress(ctx, cluster);
  else {
    await propose(ctx, decided.actions).catch((error: unknown) => {
      // Another rotation (or any cluster change) won the race: say which, if it was a rotation.
      if (codeOf(error) === "VERSION_CONFLICT") refuseInProgress(ctx, requireCluster(ctx));
      throw error;
    });
  }
  ctx.log.info("root-rotation-started", { from: current.digest, to: next.digest });
  return caView(ctx, requireCluster(ctx));
}

function refuseInProgress(ctx: ApiContext, cluster: Cluster): void {
  if (cluster.rootCa.rotation === null) return;
  const progress = progressOf(ctx.node.store);
  throw new ManagerError({
    code: "CA_ROTATION_IN_PROGRESS",
    converged: progress?.converged ?? 0,
    total: progress?.total ?? 0,
  });
}

/** caTrust answers a node (a worker; managers read their own store) from this manager's store. */
export function caTrust(ctx: ApiContext, _body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const cluster = requireCluster(ctx);
  const nodeId = call.caller === "anonymous" ? "" : call.caller.nodeId;
  const rotate = ctx.node.store.get("node", nodeId)?.certificate.state === "rotate";
  return Promise.resolve(keelapi.CaTrustResponse.encode({ trustPem: trustPemOf(cluster), rotate }).finish());
}
