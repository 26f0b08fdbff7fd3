// A manager's node id (its certificate CN) is a random non-zero integer below 2^53 written in
// base 36; its Raft id is that number. Ids are random and removed ids are refused, so a Raft
// id is never reused.
import { NodeError } from "./errors.js";
import type { NodeId } from "../raft/types.js";

const NODE_ID = /^[0-9a-z]{1,11}$/;

/** raftIdFromNodeId reads a certificate's node id; MALFORMED when it is not one. */
export function raftIdFromNodeId(nodeId: string): NodeId {
  const id = NODE_ID.test(nodeId) ? parseInt(nodeId, 36) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new NodeError({
      code: "MALFORMED",
      what: "node id",
      reason: `${JSON.stringify(nodeId)} is not a base-36 id below 2^53`,
    });
  }
  return id;
}

export function nodeIdFromRaftId(id: NodeId): string {
  return id.toString(36);
}
