// The method table of a manager: every API method with its handler and access, registered on
// the RPC server (mutual TLS) and answered on the control socket. Leader-only methods run on
// the leader: a follower forwards them once, over mutual TLS, under a `fwd.` name.
import type { NodeIdentity } from "../../ca/index.js";
import type { Access, RpcServer } from "../../transport/index.js";
import { anonymous, raftIdOf } from "../../transport/index.js";
import type { Caller } from "../../transport/index.js";
import { ManagerError } from "../errors.js";
import {
  clusterGet,
  clusterUpdate,
  joinTokens,
  rotateJoinToken,
  rotateNetworkKeys,
  rotateUnlockKey,
  watchNetworkKeys,
} from "./cluster.js";
import { renewCertificate } from "./certificates.js";
import type { ApiContext, ApiHandler, CallContext } from "./context.js";
import { addManager, join, unlockKey } from "./join.js";
import type { MethodName } from "./methods.js";
import { access, forwardedName, leaderOnly, methods } from "./methods.js";
import { heartbeat, stampHeartbeat } from "./heartbeat.js";
import { nodeGet, nodeList, nodeRemove, nodeRole, nodeUpdate } from "./nodes.js";
import { secretCreate, secretGet, secretList, secretRemove, secretUpdate } from "./secrets.js";
import { status } from "./status.js";
import { caInspect, caRotate, caTrust } from "../ca-rotation/api.js";
import { nodeLeave, stampLeave } from "./leave.js";

const handlers: Readonly<Record<MethodName, ApiHandler>> = {
  [methods.join]: join,
  [methods.addManager]: addManager,
  [methods.renewCertificate]: renewCertificate,
  [methods.unlockKey]: (ctx) => unlockKey(ctx),
  [methods.rotateUnlockKey]: (ctx) => rotateUnlockKey(ctx),
  [methods.status]: (ctx) => status(ctx),
  [methods.clusterGet]: (ctx) => clusterGet(ctx),
  [methods.clusterUpdate]: (ctx, body) => clusterUpdate(ctx, body),
  [methods.joinTokens]: (ctx) => joinTokens(ctx),
  [methods.rotateJoinToken]: (ctx, body) => rotateJoinToken(ctx, body),
  [methods.rotateNetworkKeys]: (ctx) => rotateNetworkKeys(ctx),
  [methods.watchNetworkKeys]: watchNetworkKeys,
  [methods.secretCreate]: (ctx, body) => secretCreate(ctx, body),
  [methods.secretUpdate]: (ctx, body) => secretUpdate(ctx, body),
  [methods.secretRemove]: (ctx, body) => secretRemove(ctx, body),
  [methods.secretGet]: (ctx, body) => secretGet(ctx, body),
  [methods.secretList]: (ctx, body) => secretList(ctx, body),
  [methods.nodeList]: (ctx, body) => nodeList(ctx, body),
  [methods.nodeGet]: (ctx, body) => nodeGet(ctx, body),
  [methods.nodeRemove]: nodeRemove,
  [methods.nodeRole]: nodeRole,
  [methods.nodeUpdate]: (ctx, body) => nodeUpdate(ctx, body),
  [methods.heartbeat]: heartbeat,
  [methods.caInspect]: (ctx) => caInspect(ctx),
  [methods.caRotate]: (ctx) => caRotate(ctx),
  [methods.caTrust]: caTrust,
  [methods.nodeLeave]: nodeLeave,
};

export function isApiMethod(method: string): method is MethodName {
  return Object.hasOwn(handlers, method);
}

/** Forwards a leader-only call to the current leader; provided by the manager. */
export type ForwardToLeader = (method: string, body: Uint8Array) => Promise<Uint8Array>;

/** Router dispatches one call: locally, or to the leader for leader-only methods. */
export class Router {
  constructor(
    private readonly ctx: ApiContext,
    private readonly forward: ForwardToLeader,
  ) {}

  async call(method: MethodName, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
    const caller = call.caller;
    if (!call.local && caller !== anonymous) {
      await this.#checkCurrent(caller, call.forwarded ? "manager" : access[method]);
      // Forwarding is what Raft members do for their callers: a manager certificate of a node
      // that is not a member (never added, or removed) may not pose as one.
      // (A whole node status is built only for forwarded calls: every remote call passes here.)
      if (call.forwarded && !this.ctx.node.status().members.some((m) => m.id === raftIdOf(caller.nodeId))) {
        throw new ManagerError({
          code: "PERMISSION_DENIED",
          nodeId: caller.nodeId,
          reason: "only Raft members forward requests",
        });
      }
    }
    if (leaderOnly.has(method) && !this.ctx.node.isLeader) {
      if (call.forwarded) throw new ManagerError({ code: "NO_LEADER", operation: method });
      // A heartbeat or a leave names its node only once forwarded: the leader sees the
      // forwarder's certificate.
      const stamped =
        method === methods.heartbeat
          ? stampHeartbeat(call)
          : method === methods.nodeLeave
            ? stampLeave(call, body)
            : body;
      return this.forward(forwardedName(method), stamped);
    }
    return handlers[method](this.ctx, body, call);
  }

  /**
   * #checkCurrent refuses a certificate whose node the cluster removed, or which asks for
   * manager access when the cluster's node is not a manager (PERMISSION_DENIED): the transport
   * checked the certificate, which stays valid until it expires. A node this manager has not
   * seen yet may be one its store lags behind on: a linearizable read decides.
   */
  async #checkCurrent(caller: NodeIdentity, required: Access): Promise<void> {
    let node = this.ctx.node.store.get("node", caller.nodeId);
    if (node === undefined) {
      await this.ctx.node.linearizableRead();
      node = this.ctx.node.store.get("node", caller.nodeId);
    }
    if (node === undefined) {
      throw new ManagerError({
        code: "PERMISSION_DENIED",
        nodeId: caller.nodeId,
        reason: "the node was removed",
      });
    }
    if (required === "manager" && node.role !== "manager") {
      throw new ManagerError({
        code: "PERMISSION_DENIED",
        nodeId: caller.nodeId,
        reason: `the node is a ${node.role}, not a manager`,
      });
    }
  }

  /** register serves every method on `server`, and the forwarded names of leader-only ones. */
  register(server: RpcServer): void {
    for (const method of Object.keys(handlers) as MethodName[]) {
      server.handle(
        method,
        (body, caller, source) => this.call(method, body, remote(caller, false, source)),
        {
          access: access[method],
        },
      );
      if (leaderOnly.has(method)) {
        server.handle(
          forwardedName(method),
          (body, caller, source) => this.call(method, body, remote(caller, true, source)),
          {
            access: "manager",
          },
        );
      }
    }
  }
}

function remote(caller: Caller, forwarded: boolean, source: string): CallContext {
  return { caller: caller === anonymous ? anonymous : caller, local: false, forwarded, source };
}
