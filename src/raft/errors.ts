// One error class for the Raft core: operating conditions the caller can act on.
// Bugs are assertions (src/assert.ts), never RaftErrors.

export type RaftErrorType =
  | { code: "PROPOSAL_DROPPED"; reason: ProposalDropReason }
  | { code: "CONFIG_INVALID"; field: string; reason: string }
  | { code: "COMPACTED"; index: number; firstIndex: number }
  | { code: "UNAVAILABLE"; index: number; lastIndex: number }
  | { code: "SNAPSHOT_OUT_OF_DATE"; index: number; snapshotIndex: number }
  | { code: "SNAPSHOT_TEMPORARILY_UNAVAILABLE" }
  | { code: "STEP_LOCAL_MESSAGE"; messageType: string }
  | { code: "STEP_PEER_NOT_FOUND"; from: number }
  | { code: "STORAGE_FAILED"; operation: string }
  | { code: "FORGET_LEADER_REFUSED"; reason: string }
  | { code: "MALFORMED"; what: string; reason: string };

export type ProposalDropReason =
  | "no-leader"
  | "forwarding-disabled"
  | "forwarded-twice"
  | "leader-transfer"
  | "not-a-member"
  | "uncommitted-size-limit";

export type RaftErrorCode = RaftErrorType["code"];

function describe(type: RaftErrorType): string {
  switch (type.code) {
    case "PROPOSAL_DROPPED":
      return `proposal dropped: ${type.reason}`;
    case "CONFIG_INVALID":
      return `invalid raft configuration: ${type.field}: ${type.reason}`;
    case "COMPACTED":
      return `index ${type.index} is compacted (first index ${type.firstIndex})`;
    case "UNAVAILABLE":
      return `index ${type.index} is beyond the last index ${type.lastIndex}`;
    case "SNAPSHOT_OUT_OF_DATE":
      return `snapshot at ${type.index} is older than the stored snapshot at ${type.snapshotIndex}`;
    case "SNAPSHOT_TEMPORARILY_UNAVAILABLE":
      return "snapshot is temporarily unavailable";
    case "STEP_LOCAL_MESSAGE":
      return `cannot step local message ${type.messageType} from the network`;
    case "STEP_PEER_NOT_FOUND":
      return `response from unknown peer ${type.from}`;
    case "STORAGE_FAILED":
      return `storage failed during ${type.operation}`;
    case "FORGET_LEADER_REFUSED":
      return `forget-leader refused: ${type.reason}`;
    case "MALFORMED":
      return `malformed ${type.what}: ${type.reason}`;
  }
}

export class RaftError extends Error {
  readonly type: RaftErrorType;

  constructor(type: RaftErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "RaftError";
    this.type = type;
  }

  get code(): RaftErrorCode {
    return this.type.code;
  }
}

export function proposalDropped(reason: ProposalDropReason): RaftError {
  return new RaftError({ code: "PROPOSAL_DROPPED", reason });
}
