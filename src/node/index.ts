// src/node: the Raft driver and its seams.
export { RaftNode } from "./raft-node.js";
export type { Applied } from "./raft-node.js";
export { NodeError } from "./errors.js";
export type { NodeErrorCode, NodeErrorType } from "./errors.js";
export type { NodeEvent, ProposalOutcome, SnapshotReason } from "./events.js";
export { NODE_DEFAULTS } from "./options.js";
export type { InitialState, RaftNodeOptions, RaftTuning } from "./options.js";
export type { Lifecycle, MemberStatus, RaftNodeStatus } from "./status.js";
export type { MemberAddress } from "./snapshot-data.js";
export { raftIdFromNodeId, nodeIdFromRaftId } from "./identity.js";
export type { Cancel, Clock, RaftTransport, RaftTransportHandlers } from "./seams.js";
export { SimClock, SystemClock } from "./clock.js";
