// Exit codes of the `keel` command (src/cli/README.md), from the code of the error that ended it.

export const exitCodes = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** The node is locked: `keel run --no-wait`, or a client command to a locked node. */
  locked: 3,
  /** An unlock key was refused: malformed, or not the key of this node. */
  unlockRefused: 4,
  /** No node answers on the data dir's control socket. */
  notRunning: 5,
  /** The node may not do this: a worker asked for a manager API. */
  forbidden: 6,
  /** The manager was removed from the cluster (or demoted) and stopped. */
  removed: 7,
} as const;

export function exitCodeOf(code: string | null): number {
  switch (code) {
    case "USAGE":
      return exitCodes.usage;
    case "LOCKED":
      return exitCodes.locked;
    case "WRONG_UNLOCK_KEY":
    case "UNLOCK_KEY_INVALID":
      return exitCodes.unlockRefused;
    case "NOT_RUNNING":
      return exitCodes.notRunning;
    case "RPC_FORBIDDEN":
    case "NOT_A_MANAGER":
    case "PERMISSION_DENIED":
      return exitCodes.forbidden;
    default:
      return exitCodes.failed;
  }
}
