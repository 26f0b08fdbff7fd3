// What `keel status` shows of a manager: its Raft view, the DEK and KEK state of its WAL, its
// certificate's expiry and the primary network key of each subsystem; and the DEK rotation a
// manager runs on its own WAL.
import { soleCluster } from "../../fsm/index.js";
import { keelapi } from "../../gen/api.js";
import { nodeIdOf } from "../../transport/index.js";
import type { ApiContext } from "./context.js";

export function statusOf(ctx: ApiContext): keelapi.StatusResponse.$Properties {
  const s = ctx.node.status();
  const cluster = soleCluster(ctx.node.store);
  const leader = s.members.find((m) => m.id === s.leader);
  const walOpen = ctx.wal.status === "open";
  const keyIds = walOpen ? ctx.wal.keyIds : { current: "", pending: null };
  return {
    nodeId: ctx.identity.nodeId,
    role: "manager",
    clusterId: ctx.identity.clusterId,
    state: s.lifecycle,
    address: ctx.address,
    leaderId: s.leader === 0 ? "" : nodeIdOf(s.leader),
    leaderAddress: leader?.address ?? "",
    raftState: s.role,
    term: s.term,
    commit: s.commit,
    applied: s.applied,
    members: s.members.map((m) => ({
      nodeId: nodeIdOf(m.id),
      address: m.address,
      suffrage: m.suffrage,
      match: m.match ?? 0,
      reachable: m.reachable,
      leader: m.id === s.leader,
    })),
    dekState: s.dek?.state ?? "closed",
    dekCurrent: keyIds.current,
    dekPending: keyIds.pending ?? "",
    kekVersion: walOpen ? ctx.wal.kek.version : 0,
    autolock: cluster?.spec.autolockManagers ?? false,
    certificateNotAfterMs: ctx.certificateNotAfterMs,
    networkKeys: ctx.networkKeys.primaries(),
    clusterVersion: cluster?.meta.version ?? 0,
    refusals: { ...ctx.guards.refusals.snapshot() },
  };
}

export function status(ctx: ApiContext): Promise<Uint8Array> {
  return Promise.resolve(keelapi.StatusResponse.encode(statusOf(ctx)).finish());
}

/** rotateDek starts a rotation of this manager's DEK; the node snapshots to complete it. */
export async function rotateDek(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.requestDekRotation();
  ctx.log.info("dek-rotation-requested", {});
  return dekState(ctx);
}

export function dekState(ctx: ApiContext): Promise<Uint8Array> {
  const rotation = ctx.wal.rotation();
  const ids = ctx.wal.keyIds;
  return Promise.resolve(
    keelapi.DekRotationResponse.encode({
      state: rotation.state,
      currentKeyId: ids.current,
      pendingKeyId: ids.pending ?? "",
    }).finish(),
  );
}
