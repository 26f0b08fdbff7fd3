// One error class for the harness: every way it can fail names the node and what it waited for.

export type HarnessErrorCode =
  /** A bounded wait ran out: `what` says what was awaited, `node` on which node. */
  | "TIMEOUT"
  /** The process could not be started (spawn failed, or it exited before it was ready). */
  | "SPAWN_FAILED"
  /** The process exited while something was waiting on it. */
  | "EXITED"
  /** A `keel` command exited with a code other than the one expected. */
  | "COMMAND_FAILED"
  /** The operation needs a running process, and this one is not running. */
  | "NOT_RUNNING"
  /** The operation needs a stopped process, and this one is running. */
  | "STILL_RUNNING"
  /** The process did not stop on SIGTERM in time and was killed. */
  | "STOP_TIMEOUT"
  /** Output of a process did not have the expected shape. */
  | "BAD_OUTPUT"
  /** The harness was used wrongly (unknown node, closed cluster, ...). */
  | "INVALID";

export class HarnessError extends Error {
  readonly code: HarnessErrorCode;
  readonly node: string | undefined;

  constructor(code: HarnessErrorCode, message: string, options: { node?: string; cause?: unknown } = {}) {
    super(options.node === undefined ? message : `${options.node}: ${message}`, { cause: options.cause });
    this.name = "HarnessError";
    this.code = code;
    this.node = options.node;
  }
}
