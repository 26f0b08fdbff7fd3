// One error class for the agent-side network keys: bad keyrings and bad updates arrive from the
// dispatcher (the network), so they are operating conditions the caller can act on, never
// assertions. Every check runs before anything changes, so a thrown AgentKeyError means the
// node's security associations are exactly as they were.

export type KeyRole = "primary" | "pruned" | "added";

export type AgentKeyErrorType =
  // libnetwork: "cannot find proper key indices while processing key update".
  | { code: "KEY_NOT_FOUND"; subsystem: string; role: KeyRole; lamportTime: number }
  | { code: "KEY_ALREADY_PRESENT"; subsystem: string; lamportTime: number }
  // libnetwork: "attempting to both make a key primary and delete it".
  | { code: "PRIMARY_PRUNED"; subsystem: string; lamportTime: number }
  // The same Lamport time (the key tag) with different key bytes: the SPI would name two keys.
  | { code: "KEY_CHANGED"; subsystem: string; lamportTime: number }
  | { code: "DUPLICATE_LAMPORT_TIME"; subsystem: string; lamportTime: number }
  | { code: "INVALID_KEY"; subsystem: string; lamportTime: number; reason: string }
  | { code: "EMPTY_KEYRING"; subsystem: string }
  | { code: "WRONG_SUBSYSTEM"; expected: string; actual: string }
  | { code: "PEER_UNKNOWN"; peer: string }
  | { code: "PEER_EXISTS"; peer: string }
  | { code: "INVALID_PEER"; peer: string; reason: string };

export type AgentKeyErrorCode = AgentKeyErrorType["code"];

function describe(type: AgentKeyErrorType): string {
  switch (type.code) {
    case "KEY_NOT_FOUND":
      return `cannot find proper key indices: ${type.role} key ${type.lamportTime} of ${type.subsystem} is not in the keyring`;
    case "KEY_ALREADY_PRESENT":
      return `key ${type.lamportTime} of ${type.subsystem} is already in the keyring`;
    case "PRIMARY_PRUNED":
      return `key ${type.lamportTime} of ${type.subsystem} cannot be both the primary and pruned`;
    case "KEY_CHANGED":
      return `key ${type.lamportTime} of ${type.subsystem} changed its bytes`;
    case "DUPLICATE_LAMPORT_TIME":
      return `two keys of ${type.subsystem} share the Lamport time ${type.lamportTime}`;
    case "INVALID_KEY":
      return `invalid key ${type.lamportTime} of ${type.subsystem}: ${type.reason}`;
    case "EMPTY_KEYRING":
      return `the keyring of ${type.subsystem} has no keys`;
    case "WRONG_SUBSYSTEM":
      return `update for ${type.actual} applied to the keys of ${type.expected}`;
    case "PEER_UNKNOWN":
      return `unknown peer ${type.peer}`;
    case "PEER_EXISTS":
      return `peer ${type.peer} is already known`;
    case "INVALID_PEER":
      return `invalid peer ${JSON.stringify(type.peer)}: ${type.reason}`;
  }
}

export class AgentKeyError extends Error {
  readonly type: AgentKeyErrorType;

  constructor(type: AgentKeyErrorType) {
    super(describe(type));
    this.name = "AgentKeyError";
    this.type = type;
  }

  get code(): AgentKeyErrorCode {
    return this.type.code;
  }
}
