// The core's own plain types. Indexes and terms are JS numbers (exact up to 2^53, far past
// any log we will write); codec.ts converts them to and from the protobuf forms in proto/raft.proto.

/** A Raft node id. 0 means "none". */
export type NodeId = number;
export const NONE: NodeId = 0;

export const EntryType = { Normal: 0, ConfChange: 1, ConfChangeV2: 2 } as const;
export type EntryType = (typeof EntryType)[keyof typeof EntryType];

export interface Entry {
  readonly term: number;
  readonly index: number;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

export interface HardState {
  readonly term: number;
  readonly vote: NodeId;
  readonly commit: number;
}

export const EMPTY_HARD_STATE: HardState = { term: 0, vote: NONE, commit: 0 };

export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
  /** The outgoing half of a joint configuration; empty when not joint. */
  readonly votersOutgoing: readonly NodeId[];
  /** Voters that become learners when the joint configuration is left. */
  readonly learnersNext: readonly NodeId[];
  readonly autoLeave: boolean;
}

export const EMPTY_CONF_STATE: ConfState = {
  voters: [],
  learners: [],
  votersOutgoing: [],
  learnersNext: [],
  autoLeave: false,
};

export interface SnapshotMetadata {
  readonly confState: ConfState;
  readonly index: number;
  readonly term: number;
}

export interface Snapshot {
  readonly data: Uint8Array;
  readonly metadata: SnapshotMetadata;
}

export const EMPTY_SNAPSHOT: Snapshot = {
  data: new Uint8Array(0),
  metadata: { confState: EMPTY_CONF_STATE, index: 0, term: 0 },
};

export const ConfChangeType = { AddNode: 0, RemoveNode: 1, UpdateNode: 2, AddLearnerNode: 3 } as const;
export type ConfChangeType = (typeof ConfChangeType)[keyof typeof ConfChangeType];

/** A single membership change (the "V1" form). */
export interface ConfChange {
  readonly type: ConfChangeType;
  readonly nodeId: NodeId;
  readonly context: Uint8Array;
  readonly id: number;
}

export interface ConfChangeSingle {
  readonly type: ConfChangeType;
  readonly nodeId: NodeId;
}

export const ConfChangeTransition = { Auto: 0, JointImplicit: 1, JointExplicit: 2 } as const;
export type ConfChangeTransition = (typeof ConfChangeTransition)[keyof typeof ConfChangeTransition];

/** Several membership changes at once; one with no changes leaves a joint configuration. */
export interface ConfChangeV2 {
  readonly transition: ConfChangeTransition;
  readonly changes: readonly ConfChangeSingle[];
  readonly context: Uint8Array;
}

export const MessageType = {
  Hup: 0,
  Beat: 1,
  Prop: 2,
  App: 3,
  AppResp: 4,
  Vote: 5,
  VoteResp: 6,
  Snap: 7,
  Heartbeat: 8,
  HeartbeatResp: 9,
  Unreachable: 10,
  SnapStatus: 11,
  CheckQuorum: 12,
  TransferLeader: 13,
  TimeoutNow: 14,
  ReadIndex: 15,
  ReadIndexResp: 16,
  PreVote: 17,
  PreVoteResp: 18,
  ForgetLeader: 19,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

const messageTypeNames = Object.fromEntries(Object.entries(MessageType).map(([k, v]) => [v, `Msg${k}`]));
export function messageTypeName(type: MessageType): string {
  return messageTypeNames[type] ?? `Msg(${type})`;
}

export interface Message {
  readonly type: MessageType;
  readonly to: NodeId;
  readonly from: NodeId;
  readonly term: number;
  /** The term of the entry at `index` (for appends: the entry before the first one sent). */
  readonly logTerm: number;
  readonly index: number;
  readonly entries: readonly Entry[];
  readonly commit: number;
  readonly snapshot: Snapshot | null;
  readonly reject: boolean;
  readonly rejectHint: number;
  readonly context: Uint8Array;
  /** On an append or heartbeat response: the sender may have lost entries it acknowledged. */
  readonly recovering: boolean;
  /**
   * On an append without entries that only moves the follower's commit index: the leader
   * needs no answer, so an accepting follower sends none (a rejection is still answered).
   */
  readonly commitOnly: boolean;
}

const EMPTY_BYTES = new Uint8Array(0);

/**
 * Builds a message with every field not given set to its zero value. Field by field, not by
 * spreading `fields` over the defaults: every message then has one shape, and a spread of a
 * dozen fields was the larger part of building (and of decoding) a message.
 */
export function message(fields: Partial<Message> & Pick<Message, "type">): Message {
  return {
    type: fields.type,
    to: fields.to ?? NONE,
    from: fields.from ?? NONE,
    term: fields.term ?? 0,
    logTerm: fields.logTerm ?? 0,
    index: fields.index ?? 0,
    entries: fields.entries ?? [],
    commit: fields.commit ?? 0,
    snapshot: fields.snapshot ?? null,
    reject: fields.reject ?? false,
    rejectHint: fields.rejectHint ?? 0,
    context: fields.context ?? EMPTY_BYTES,
    recovering: fields.recovering ?? false,
    commitOnly: fields.commitOnly ?? false,
  };
}

export function isLocalMessage(type: MessageType): boolean {
  return (
    type === MessageType.Hup ||
    type === MessageType.Beat ||
    type === MessageType.Unreachable ||
    type === MessageType.SnapStatus ||
    type === MessageType.CheckQuorum
  );
}

export function isResponseMessage(type: MessageType): boolean {
  return (
    type === MessageType.AppResp ||
    type === MessageType.VoteResp ||
    type === MessageType.HeartbeatResp ||
    type === MessageType.Unreachable ||
    type === MessageType.PreVoteResp
  );
}

export function voteResponseType(type: MessageType): MessageType {
  return type === MessageType.PreVote ? MessageType.PreVoteResp : MessageType.VoteResp;
}

export function isEmptySnapshot(snapshot: Snapshot | null): boolean {
  return snapshot === null || snapshot.metadata.index === 0;
}

/** Bytes an entry counts for in size limits: its payload. */
export function entryPayloadBytes(entry: Entry): number {
  return entry.data.length;
}

/** Bytes an entry counts for in per-message limits: payload plus a fixed header estimate. */
export function entryBytes(entry: Entry): number {
  return entry.data.length + 16;
}
