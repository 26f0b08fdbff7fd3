// `keel leave`: a node asks the leader to take it out of the cluster. A worker is removed at once;
// a manager only when forced, and then it leaves Raft first — refused with QUORUM_AT_RISK before
// anything changes when the managers left reachable would not make a quorum. The leader leaving
// removes its node object while it can still propose, then hands leadership over and leaves.
import { keelapi } from "../../gen/api.js";
import { NodeError } from "../../node/errors.js";
import { checkRemoval } from "../../node/member-checks.js";
import { anonymous, raftIdOf } from "../../transport/index.js";
import { ManagerError } from "../errors.js";
import type { ApiContext, CallContext } from "./context.js";
import { decode, propose } from "./context.js";
import { nodeView } from "./views.js";

/**
 * checkQuorumWithout refuses, with QUORUM_AT_RISK, to take voter `raftId` out of Raft when the
 * voters left that this leader hears from would be fewer than their quorum.
 */
export function checkQuorumWithout(ctx: ApiContext, raftId: number): void {
  const status = ctx.node.status();
  const voters = status.members.filter((m) => m.suffrage === "voter").map((m) => m.id);
  if (!voters.includes(raftId)) return;
  const reachable = new Set(status.members.filter((m) => m.reachable || m.id === status.id).map((m) => m.id));
  const check = checkRemoval(voters, raftId, (id) => reachable.has(id));
  if (!check.ok) {
    throw new NodeError({
      code: "QUORUM_AT_RISK",
      id: raftId,
      reachable: check.reachable,
      quorum: check.quorum,
    });
  }
}

/** nodeLeave runs on the leader: the caller's node (stamped in by a forwarding manager) leaves. */
export async function nodeLeave(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.NodeLeaveRequest, body, "leave request");
  const nodeId = call.forwarded ? request.nodeId : call.caller === anonymous ? "" : call.caller.nodeId;
  if (nodeId === "") {
    throw new ManagerError({ code: "INVALID_ARGUMENT", field: "node id", reason: "a leave names its node" });
  }
  await ctx.node.linearizableRead();
  const node = ctx.node.store.get("node", nodeId);
  if (node === undefined) throw new ManagerError({ code: "NOT_FOUND", kind: "node", ref: nodeId });
  const raftId = raftIdOf(node.id);
  const member = ctx.node.status().members.some((m) => m.id === raftId);
  if (member && !request.force) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "a manager leaves only with --force (it is demoted first); or demote it from another manager",
    });
  }
  const view = nodeView(node, ctx.node.status());
  if (member) checkQuorumWithout(ctx, raftId);
  if (member && raftId === ctx.node.status().id) {
    await propose(ctx, [{ action: "remove", kind: "node", object: node }]);
    ctx.log.info("node-left", { target: node.id, role: node.role, leader: true });
    await ctx.node.leave();
  } else {
    if (member) await ctx.node.removeMember(raftId);
    await propose(ctx, [{ action: "remove", kind: "node", object: node }]);
    ctx.log.info("node-left", { target: node.id, role: node.role });
  }
  return keelapi.NodeResponse.encode({ node: view }).finish();
}

/** stampLeave is the body a follower forwards for a leave from `caller`: its node id, the force kept. */
export function stampLeave(call: CallContext, body: Uint8Array): Uint8Array {
  const request = decode(keelapi.NodeLeaveRequest, body, "leave request");
  const nodeId = call.caller === anonymous ? "" : call.caller.nodeId;
  return keelapi.NodeLeaveRequest.encode({ nodeId, force: request.force }).finish();
}
