// The Raft core's public surface.
export { RawNode, SnapshotStatus } from "./raw-node.js";
export type { Ready, ReadIndexState } from "./raw-node.js";
export type { RaftConfig } from "./config.js";
export { RAFT_DEFAULTS } from "./config.js";
export { RaftError } from "./errors.js";
export type { RaftErrorCode, RaftErrorType, ProposalDropReason } from "./errors.js";
export { StateType } from "./raft.js";
export type { SoftState, RaftEvent } from "./raft.js";
export { ReadOnlyOption } from "./read-only.js";
export { MemoryStorage } from "./storage.js";
export type { Storage, InitialState } from "./storage.js";
export type { Status, ProgressStatus } from "./status.js";
export { ProgressState } from "./progress.js";
export { Prng } from "./prng.js";
export * from "./types.js";
export * from "./codec.js";
