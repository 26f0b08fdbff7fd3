// Nodes: list, inspect, remove, and the desired role (promote / demote). Removing or demoting
// a manager takes it out of Raft first (on the leader, refused when it would cost the quorum);
// its id is never accepted again.
import type { Node, NodeAvailability } from "../../fsm/index.js";
import { keelapi } from "../../gen/api.js";
import { anonymous, raftIdOf } from "../../transport/index.js";
import { ManagerError } from "../errors.js";
import type { ApiContext, CallContext } from "./context.js";
import { decode, propose, resolveRef, retryOnVersionConflict } from "./context.js";
import { checkQuorumWithout } from "./leave.js";
import { pageOf } from "./page.js";
import { labelsOf, nodeView } from "./views.js";

function findNode(ctx: ApiContext, ref: string): Node {
  const store = ctx.node.store;
  return resolveRef("node", ref, {
    byId: (id) => store.get("node", id),
    byName: (name) => store.list("node").filter((n) => n.spec.name !== "" && n.spec.name === name),
    byPrefix: (prefix) => store.findByIdPrefix("node", prefix),
  });
}

function isRaftMember(ctx: ApiContext, node: Node): boolean {
  const id = raftIdOf(node.id);
  return ctx.node.status().members.some((m) => m.id === id);
}

/** nodeList answers one page (src/manager/api/page.ts); an empty body asks for the first. */
export async function nodeList(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.ListRequest, body, "list request");
  await ctx.node.linearizableRead();
  const status = ctx.node.status();
  const page = pageOf(
    ctx.node.store.list("node"),
    request,
    (n) => nodeView(n, status),
    (v) => keelapi.NodeView.encode(v).len,
  );
  return keelapi.NodeListResponse.encode({ nodes: page.items, nextPageToken: page.nextPageToken }).finish();
}

export async function nodeGet(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.ObjectRef, body, "node ref");
  await ctx.node.linearizableRead();
  return keelapi.NodeResponse.encode({
    node: nodeView(findNode(ctx, request.ref), ctx.node.status()),
  }).finish();
}

/** nodeRemove runs on the leader. */
export async function nodeRemove(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.NodeRemoveRequest, body, "node remove");
  await ctx.node.linearizableRead();
  const node = findNode(ctx, request.ref);
  if (isAskedOrLeader(ctx, call, node.id)) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "a manager cannot remove itself; ask another manager",
    });
  }
  if (isRaftMember(ctx, node)) {
    const member = ctx.node.status().members.find((m) => m.id === raftIdOf(node.id));
    if (member?.reachable === true && !request.force) {
      throw new ManagerError({
        code: "FAILED_PRECONDITION",
        reason: `node ${node.id} is a reachable manager: demote it first, or remove it with --force`,
      });
    }
    await ctx.node.removeMember(raftIdOf(node.id));
  }
  await propose(ctx, [{ action: "remove", kind: "node", object: node }]);
  ctx.log.info("node-removed", { removed: node.id, role: node.role });
  return keelapi.NodeResponse.encode({ node: nodeView(node, ctx.node.status()) }).finish();
}

/**
 * nodeRole records the desired role. Demoting a manager also removes it from Raft (it stops
 * as a manager and must join again as a worker), and demoting the leader hands leadership
 * over first; a promoted worker sees the desired role in its network-key watch and must join
 * again with a manager token.
 */
export async function nodeRole(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.NodeRoleRequest, body, "node role");
  if (request.role !== "manager" && request.role !== "worker") {
    throw new ManagerError({ code: "INVALID_ARGUMENT", field: "role", reason: "manager or worker" });
  }
  await ctx.node.linearizableRead();
  const node = findNode(ctx, request.ref);
  if (request.role === "worker" && node.id === askedOf(ctx, call)) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "a manager cannot demote itself; ask another manager",
    });
  }
  const role = request.role === "worker" ? "worker" : node.role;
  const updated: Node = { ...node, role, spec: { ...node.spec, desiredRole: request.role } };
  if (request.role === "worker" && node.id === ctx.identity.nodeId) {
    return demoteLeader(ctx, updated);
  }
  if (request.role === "worker" && isRaftMember(ctx, node)) await ctx.node.removeMember(raftIdOf(node.id));
  // The node's heartbeats update it through the log too: on a version conflict, read it again.
  const desiredRole = updated.spec.desiredRole;
  await retryOnVersionConflict(async (attempt) => {
    const current = attempt === 1 ? node : findNode(ctx, node.id);
    const object: Node =
      attempt === 1 ? updated : { ...current, role, spec: { ...current.spec, desiredRole } };
    await propose(ctx, [{ action: "update", kind: "node", object }]);
  });
  ctx.log.info("node-role", { target: node.id, desiredRole: request.role });
  const stored = ctx.node.store.get("node", node.id) ?? updated;
  return keelapi.NodeResponse.encode({ node: nodeView(stored, ctx.node.status()) }).finish();
}

/**
 * isAskedOrLeader: a manager does not remove or demote itself, whether it was asked directly or
 * a follower forwarded its own request (the follower is then the manager asked); nor does the
 * leader, which runs the change.
 */
function isAskedOrLeader(ctx: ApiContext, call: CallContext, nodeId: string): boolean {
  return nodeId === askedOf(ctx, call) || nodeId === ctx.identity.nodeId;
}

/** askedOf is the manager the operator asked: the forwarder of a forwarded request, else this one. */
function askedOf(ctx: ApiContext, call: CallContext): string {
  return call.forwarded && call.caller !== anonymous ? call.caller.nodeId : ctx.identity.nodeId;
}

/**
 * demoteLeader demotes this manager, the leader, as another manager asked: refused before
 * anything changes when the quorum would be lost; then the role is recorded while this node
 * can still propose, and the node leaves Raft, handing leadership over first.
 */
async function demoteLeader(ctx: ApiContext, demoted: Node): Promise<Uint8Array> {
  checkQuorumWithout(ctx, ctx.node.status().id);
  await propose(ctx, [{ action: "update", kind: "node", object: demoted }]);
  ctx.log.info("node-role", { target: demoted.id, desiredRole: "worker", leader: true });
  const stored = ctx.node.store.get("node", demoted.id) ?? demoted;
  await ctx.node.leave();
  return keelapi.NodeResponse.encode({ node: nodeView(stored, ctx.node.status()) }).finish();
}

const availabilities: readonly string[] = ["active", "pause", "drain"] satisfies NodeAvailability[];

/**
 * nodeUpdate sets a node's availability and labels (added or changed, then removed). A label
 * removed that the node does not have is no error, as with `docker node update --label-rm`.
 */
export async function nodeUpdate(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.NodeUpdateRequest, body, "node update");
  const availability = request.availability;
  if (availability !== "" && !availabilities.includes(availability)) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "availability",
      reason: "active, pause or drain",
    });
  }
  const added = labelsOf(request.labelAdd);
  await ctx.node.linearizableRead();
  // A node's status may change between the read and the proposal.
  return retryOnVersionConflict(async () => {
    const node = findNode(ctx, request.ref);
    const labels: Record<string, string> = { ...node.spec.labels, ...added };
    for (const key of request.labelRm) delete labels[key];
    const spec = {
      ...node.spec,
      labels,
      availability: availability === "" ? node.spec.availability : (availability as NodeAvailability),
    };
    await propose(ctx, [{ action: "update", kind: "node", object: { ...node, spec } }]);
    ctx.log.info("node-updated", { target: node.id, availability: spec.availability });
    const stored = ctx.node.store.get("node", node.id) ?? node;
    return keelapi.NodeResponse.encode({ node: nodeView(stored, ctx.node.status()) }).finish();
  });
}
