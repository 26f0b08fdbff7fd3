// One error class for src/manager: what an operator or a client can get wrong, and the states a
// node can be in that refuse a request. Errors of the layers below (NodeError, CaError,
// CryptoError, StoreError, TransportError, WalError) pass through unchanged: each has a `code`.

export type ManagerErrorType =
  /** The data dir holds no node: run `keel init` or `keel join` first. */
  | { code: "NOT_INITIALIZED"; dataDir: string }
  /** The data dir already holds a node (or the remains of an interrupted init). */
  | { code: "ALREADY_INITIALIZED"; dataDir: string }
  /** A file of the data dir does not parse. */
  | { code: "DATA_DIR_INVALID"; path: string; reason: string }
  /** The node is autolocked and waits for its unlock key. */
  | { code: "LOCKED"; kekVersion: number }
  /** The node is not locked: there is nothing to unlock. */
  | { code: "NOT_LOCKED" }
  /** A node process already answers on the data dir's control socket: one node per data dir. */
  | { code: "ALREADY_RUNNING"; socket: string }
  /** No node process answers on the data dir's control socket. */
  | { code: "NOT_RUNNING"; socket: string }
  /** The request is malformed or names something impossible. */
  | { code: "INVALID_ARGUMENT"; field: string; reason: string }
  | { code: "NOT_FOUND"; kind: string; ref: string }
  /** A reference (id prefix or name) that matches several objects. */
  | { code: "AMBIGUOUS"; kind: string; ref: string; matches: number }
  /** The request needs a state the cluster is not in (e.g. rotating the unlock key without autolock). */
  | { code: "FAILED_PRECONDITION"; reason: string }
  /**
   * The caller's certificate is valid, but the cluster no longer has its node (removed), or no
   * longer as a manager: what SwarmKit blocks with its list of revoked certificates.
   */
  | { code: "PERMISSION_DENIED"; nodeId: string; reason: string }
  /** A worker node serves no manager API. */
  | { code: "NOT_A_MANAGER"; method: string }
  /** No leader is known to forward a leader-only request to; retry after an election. */
  | { code: "NO_LEADER"; operation: string }
  /** A wait (certificate issuance, leader, ...) ran out of time. */
  | { code: "TIMEOUT"; operation: string; timeoutMs: number }
  /** The address given to listen on cannot be: a port in use, an address the host lacks. */
  | { code: "ADDRESS_UNAVAILABLE"; address: string; reason: string }
  /** An address that means "any address of this host" where peers need one they can dial. */
  | { code: "UNSPECIFIED_ADDRESS"; address: string; flag: string }
  /** The node stopped while the request was pending. */
  | { code: "STOPPED"; state: string }
  /** Too many of these requests from this caller (node, address or token); retry later. */
  | { code: "RATE_LIMITED"; operation: string; retryAfterMs: number }
  /** A root CA rotation is in progress: one at a time, as its nodes converge on one new root. */
  | { code: "CA_ROTATION_IN_PROGRESS"; converged: number; total: number };

export type ManagerErrorCode = ManagerErrorType["code"];

function describe(type: ManagerErrorType): string {
  switch (type.code) {
    case "NOT_INITIALIZED":
      return `${type.dataDir} holds no keel node: run "keel init" or "keel join" first`;
    case "ALREADY_INITIALIZED":
      return `${type.dataDir} already holds a keel node (remove it to start over)`;
    case "DATA_DIR_INVALID":
      return `${type.path}: ${type.reason}`;
    case "LOCKED":
      return `the node is locked (KEK version ${type.kekVersion}): run "keel unlock"`;
    case "NOT_LOCKED":
      return "the node is not locked";
    case "ALREADY_RUNNING":
      return `a node is already running on this data dir (it answers on ${type.socket})`;
    case "NOT_RUNNING":
      return `no keel node answers on ${type.socket}: start it with "keel run"`;
    case "INVALID_ARGUMENT":
      return `invalid ${type.field}: ${type.reason}`;
    case "NOT_FOUND":
      return `no ${type.kind} ${JSON.stringify(type.ref)}`;
    case "AMBIGUOUS":
      return `${type.kind} ${JSON.stringify(type.ref)} matches ${type.matches} objects; give more of the id`;
    case "FAILED_PRECONDITION":
      return type.reason;
    case "PERMISSION_DENIED":
      return `node ${type.nodeId} may not call this: ${type.reason}`;
    case "NOT_A_MANAGER":
      return `${type.method}: this node is a worker; ask a manager`;
    case "NO_LEADER":
      return `${type.operation}: no leader is known; retry after an election`;
    case "TIMEOUT":
      return `${type.operation} timed out after ${type.timeoutMs} ms`;
    case "ADDRESS_UNAVAILABLE":
      return `cannot listen on ${type.address}: ${type.reason}`;
    case "UNSPECIFIED_ADDRESS":
      return `${type.flag} ${type.address} is every address of this host, which peers cannot dial: give --advertise-addr HOST[:PORT], an address other managers reach this one at`;
    case "STOPPED":
      return `the node is ${type.state}`;
    case "RATE_LIMITED":
      return `${type.operation}: too many requests; retry in ${Math.ceil(type.retryAfterMs / 1000)} s`;
    case "CA_ROTATION_IN_PROGRESS":
      return `a root CA rotation is in progress (${type.converged} of ${type.total} nodes on the new root): wait for it to finish`;
  }
}

export class ManagerError extends Error {
  readonly type: ManagerErrorType;

  constructor(type: ManagerErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "ManagerError";
    this.type = type;
  }

  get code(): ManagerErrorCode {
    return this.type.code;
  }
}

/** codeOf is the `code` of any keel error (every module's error class has one), else null. */
export function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" ? code : null;
}
