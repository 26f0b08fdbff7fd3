// Heartbeats: any node tells the leader it is alive (src/manager/liveness.ts decides status).
// A follower forwards a heartbeat to the leader with the caller's node id stamped in by the
// router; only then is the body's node id believed.
import { keelapi } from "../../gen/api.js";
import { anonymous } from "../../transport/index.js";
import { ManagerError } from "../errors.js";
import type { ApiContext, CallContext } from "./context.js";
import { decode } from "./context.js";

/** heartbeat runs on the leader. */
export function heartbeat(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.HeartbeatRequest, body, "heartbeat");
  const nodeId = call.forwarded ? request.nodeId : call.caller === anonymous ? "" : call.caller.nodeId;
  if (nodeId === "") {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "node id",
      reason: "a heartbeat names its node",
    });
  }
  ctx.heartbeats.record(nodeId);
  return Promise.resolve(keelapi.HeartbeatResponse.encode({ periodMs: ctx.heartbeats.periodMs }).finish());
}

/** stampHeartbeat is the body a follower forwards for a heartbeat from `caller`. */
export function stampHeartbeat(call: CallContext): Uint8Array {
  const nodeId = call.caller === anonymous ? "" : call.caller.nodeId;
  return keelapi.HeartbeatRequest.encode({ nodeId }).finish();
}
