// One error class for the Raft driver: operating conditions a caller can act on (retry, go to
// the leader, give up). Bugs are assertions (src/assert.ts), never NodeErrors.
import type { StoreError } from "../fsm/errors.js";
import type { NodeId } from "../raft/types.js";

export type NodeErrorType =
  /** No leader is known now: retry after an election, or ask `leader` when it is set. */
  | { code: "NOT_LEADER"; leader: NodeId; operation: string }
  /**
   * The leader changed while the request was pending. NB: a proposal may still be applied
   * (the old leader may have replicated it); retrying must be idempotent or check first.
   */
  | { code: "LOST_LEADERSHIP"; term: number }
  /**
   * The node installed its leader's snapshot (at `index`) while the request was pending: its
   * entry, if committed, is inside the snapshot and will never be applied one by one here. As
   * with LOST_LEADERSHIP the outcome is unknown; a retry must be idempotent or check first.
   */
  | { code: "SNAPSHOT_INSTALLED"; index: number }
  | { code: "TIMEOUT"; operation: string; timeoutMs: number }
  | { code: "TOO_LARGE"; bytes: number; bytesMax: number }
  /** Raft refused the proposal at once (a transfer in flight, a pending conf change, …). */
  | { code: "DROPPED"; reason: string }
  /** The store applied the entry and rejected its proposal: nothing changed, everywhere. */
  | { code: "REJECTED"; index: number; error: StoreError }
  | { code: "STOPPED"; state: string }
  /** The WAL failed a write: the node stopped (fail-stop); reopen to recover. */
  | { code: "STORAGE_FAILED"; operation: string }
  /** A bug stopped the node (an assertion failed); see the cause. */
  | { code: "FAILED"; reason: string }
  /** This node was removed from the cluster. */
  | { code: "REMOVED"; id: NodeId }
  /** Raft ids are never reused: a removed id cannot come back. */
  | { code: "ID_REMOVED"; id: NodeId }
  | { code: "ALREADY_MEMBER"; id: NodeId }
  | { code: "NOT_MEMBER"; id: NodeId }
  /** Removing `id` would leave fewer reachable voters than a quorum of those remaining. */
  | { code: "QUORUM_AT_RISK"; id: NodeId; reachable: number; quorum: number }
  /** The WAL is empty and no bootstrap or join was asked for. */
  | { code: "NOT_INITIALIZED" }
  /**
   * The WAL lost its snapshot with entries up to `lostTo` that it may have acknowledged: the
   * node knows no member of its cluster, so it can neither answer a leader nor be repaired. The
   * operator removes the data dir and joins again.
   */
  | { code: "MEMBERS_UNKNOWN"; lostTo: number }
  /** Bytes from a peer or the disk that do not decode. */
  | { code: "MALFORMED"; what: string; reason: string };

export type NodeErrorCode = NodeErrorType["code"];

function describe(type: NodeErrorType): string {
  switch (type.code) {
    case "NOT_LEADER":
      return `${type.operation}: not the leader (leader ${type.leader === 0 ? "unknown" : type.leader})`;
    case "LOST_LEADERSHIP":
      return `leadership changed (term ${type.term}) while the request was pending; it may still apply`;
    case "SNAPSHOT_INSTALLED":
      return `a snapshot at ${type.index} was installed while the request was pending: it may or may not have been applied`;
    case "TIMEOUT":
      return `${type.operation} timed out after ${type.timeoutMs} ms`;
    case "TOO_LARGE":
      return `proposal of ${type.bytes} bytes exceeds ${type.bytesMax}`;
    case "DROPPED":
      return `proposal dropped: ${type.reason}`;
    case "REJECTED":
      return `proposal at ${type.index} rejected: ${type.error.message}`;
    case "STOPPED":
      return `node is ${type.state}`;
    case "STORAGE_FAILED":
      return `storage failed during ${type.operation}; the node stopped`;
    case "FAILED":
      return `node failed: ${type.reason}`;
    case "REMOVED":
      return `node ${type.id} was removed from the cluster`;
    case "ID_REMOVED":
      return `raft id ${type.id} was removed and cannot be reused`;
    case "ALREADY_MEMBER":
      return `raft id ${type.id} is already a member`;
    case "NOT_MEMBER":
      return `raft id ${type.id} is not a member`;
    case "QUORUM_AT_RISK":
      return `removing ${type.id} leaves ${type.reachable} reachable voter(s), fewer than a quorum of ${type.quorum}`;
    case "NOT_INITIALIZED":
      return "the WAL is empty: bootstrap a new cluster or join one";
    case "MEMBERS_UNKNOWN":
      return `the WAL lost its snapshot and its log up to ${type.lostTo}: this node no longer knows its cluster's members; remove the data dir and join the cluster again`;
    case "MALFORMED":
      return `malformed ${type.what}: ${type.reason}`;
  }
}

export class NodeError extends Error {
  readonly type: NodeErrorType;

  constructor(type: NodeErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "NodeError";
    this.type = type;
  }

  get code(): NodeErrorCode {
    return this.type.code;
  }
}
