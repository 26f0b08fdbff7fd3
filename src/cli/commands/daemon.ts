// The commands that run a node in the foreground: init, join, run. They print what a person
// must keep (tokens, the unlock key) on stdout as `key: value` lines, log JSON lines on stderr,
// and stop cleanly on SIGINT or SIGTERM (a leader hands leadership over first).
import { Worker, initCluster, joinCluster, jsonLogger, isLogLevel, runNode } from "../../manager/index.js";
import type { Logger, RunningNode } from "../../manager/index.js";
import { UsageError, defaultDataDir, isSet, parseArgs, valueOf } from "../args.js";
import type { Parsed } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";

const daemonValues = ["data-dir", "listen", "log-level"];

function loggerOf(parsed: Parsed): Logger {
  const level = valueOf(parsed, "log-level") ?? process.env["KEEL_LOG_LEVEL"] ?? "info";
  if (!isLogLevel(level)) throw new UsageError(`--log-level is debug, info, warn or error`);
  return jsonLogger({ level });
}

/** signalled resolves on the first SIGINT or SIGTERM. */
function signalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

async function foreground(first: RunningNode, stop: Promise<void>): Promise<number> {
  let node = first;
  let why = await Promise.race([node.done, stop.then(() => "signal" as const)]);
  // A promoted worker goes on as the manager it became, in this process.
  while (why === "promoted" && node instanceof Worker && node.successor !== null) {
    node = node.successor;
    why = await Promise.race([node.done, stop.then(() => "signal" as const)]);
  }
  await node.stop();
  if (why === "removed") return exitCodes.removed;
  if (why === "failed") return exitCodes.failed;
  return exitCodes.ok;
}

export async function initCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: daemonValues, booleans: ["autolock"] });
  const stop = signalled();
  const init = await initCluster(
    {
      dataDir: valueOf(parsed, "data-dir", defaultDataDir),
      listen: valueOf(parsed, "listen", "127.0.0.1:4242"),
      autolock: isSet(parsed, "autolock"),
    },
    { log: loggerOf(parsed) },
  );
  io.out(`cluster-id: ${init.clusterId}`);
  io.out(`node-id: ${init.nodeId}`);
  io.out(`address: ${init.address}`);
  io.out(`manager-token: ${init.joinTokens.manager}`);
  io.out(`worker-token: ${init.joinTokens.worker}`);
  if (init.unlockKey !== null) {
    io.out(`unlock-key: ${init.unlockKey}`);
    io.out(
      "# Keep the unlock key safe: a restarted manager needs it (keel unlock), and keel never stores it.",
    );
  }
  io.out(
    `# Join a manager: keel join --token ${init.joinTokens.manager} --join ${init.address} --data-dir DIR --listen HOST:PORT`,
  );
  return foreground(init.manager, stop);
}

export async function joinCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: [...daemonValues, "token", "join", "name"] });
  const token = valueOf(parsed, "token");
  const join = valueOf(parsed, "join");
  if (token === undefined || join === undefined)
    throw new UsageError("keel join needs --token T and --join ADDR");
  const stop = signalled();
  const name = valueOf(parsed, "name");
  const node = await joinCluster(
    {
      dataDir: valueOf(parsed, "data-dir", defaultDataDir),
      token,
      join,
      listen: valueOf(parsed, "listen", "127.0.0.1:0"),
      ...(name === undefined ? {} : { name }),
    },
    { log: loggerOf(parsed) },
  );
  io.out(`node-id: ${node.identity.nodeId}`);
  io.out(`role: ${node.identity.role}`);
  io.out(`cluster-id: ${node.identity.clusterId}`);
  if ("address" in node) io.out(`address: ${node.address}`);
  return foreground(node, stop);
}

export async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir", "log-level"], booleans: ["no-wait"] });
  const stop = signalled();
  const node = await runNode(
    { dataDir: valueOf(parsed, "data-dir", defaultDataDir), wait: !isSet(parsed, "no-wait"), abort: stop },
    { log: loggerOf(parsed) },
  );
  if (node === null) return exitCodes.ok; // Stopped while waiting for the unlock key.
  io.out(`node-id: ${node.identity.nodeId}`);
  io.out(`role: ${node.identity.role}`);
  return foreground(node, stop);
}
