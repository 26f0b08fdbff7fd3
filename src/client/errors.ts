// One error class for src/client. A failure the node reported keeps the node's code unchanged
// (NOT_LEADER, NAME_CONFLICT, LOCKED, ...), so a program branches on the same codes as the
// `keel` command's `[CODE]`; the client adds its own for what happens before a node answers.

/** Codes the client itself gives; any other code is the node's, passed through. */
export type ClientOwnCode =
  /** No node answers on the control socket (the data dir's node is not running). */
  | "NOT_RUNNING"
  /** The address answers, but not as a keel manager (wrong port, not TLS, not keel's CA). */
  | "NOT_A_KEEL_MANAGER"
  /** The connection closed before the answer came. */
  | "CONNECTION_CLOSED"
  /** No answer within the deadline. */
  | "TIMEOUT"
  /** The answer was not one keel sends (a frame too large, bytes that do not decode). */
  | "BAD_RESPONSE"
  /** The client was closed. */
  | "CLOSED"
  /** Secret data over the limit (checked before it is sent, whatever its size). */
  | "SECRET_TOO_LARGE";

export class ClientError extends Error {
  constructor(
    /** The node's code, or one of ClientOwnCode. */
    readonly code: string,
    message: string,
    /** What was asked, in the user's words ("create secret"). */
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ClientError";
  }
}

/** secretTooLarge is the one error for secret data over the store's limit, at any size. */
export function secretTooLarge(name: string, bytes: number, bytesMax: number): ClientError {
  return new ClientError(
    "SECRET_TOO_LARGE",
    `secret ${JSON.stringify(name)} is ${bytes} bytes; the limit is ${bytesMax} bytes (${bytesMax / 1024} KiB)`,
    "create secret",
  );
}
