// The commands that run a node in the foreground: init, join, run. They print what a person
// must keep (tokens, the unlock key) on stdout as `key: value` lines, log on stderr (JSON lines,
// or readable lines on a terminal), and stop cleanly on SIGINT or SIGTERM (a leader hands
// leadership over first).
import { Worker, initCluster, joinCluster, runNode } from "../../manager/index.js";
import type { Logger, NodeDeps, RunningNode } from "../../manager/index.js";
import { UsageError, defaultDataDir, isSet, parseArgs, valueOf, valuesOf } from "../args.js";
import type { Parsed } from "../args.js";
import { parseDurationMs } from "../duration.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { nodeLogger } from "../text-log.js";
import { tuningFromEnv } from "../tuning-env.js";
import { decodeShortU64AsNumbers } from "../../protobuf-u64.js";

// The keel process owns its protobufjs: Raft's and the WAL's terms and indexes decode to numbers.
decodeShortU64AsNumbers();

const logValues = ["log-level", "log-format", "metrics-addr"];
export const daemonValues = ["data-dir", "listen", ...logValues];

function loggerOf(parsed: Parsed): Logger {
  return nodeLogger({ level: valueOf(parsed, "log-level"), format: valueOf(parsed, "log-format") });
}

/**
 * observed runs a node with its logger, and with --metrics-addr serves /metrics, /health and
 * /ready for it from before it starts (a locked manager is up, not ready) until it stopped.
 */
export async function observed(parsed: Parsed, run: (deps: NodeDeps) => Promise<number>): Promise<number> {
  const log = loggerOf(parsed);
  const tuning = tuningFromEnv();
  const addr = valueOf(parsed, "metrics-addr");
  if (addr === undefined) return run({ log, tuning });
  if (!/^[^:]+:\d{1,5}$/.test(addr) || Number(addr.split(":")[1]) > 65535)
    throw new UsageError("--metrics-addr is HOST:PORT (port 0: a free port)");
  const { MetricsServer, NodeMetrics, countingLogger, metricsObserver } =
    await import("../../metrics/index.js");
  const metrics = new NodeMetrics();
  const server = await MetricsServer.listen(addr, valueOf(parsed, "data-dir", defaultDataDir), metrics);
  log.info("metrics", { address: server.address });
  try {
    return await run({ log: countingLogger(log, metrics), observer: metricsObserver(metrics), tuning });
  } finally {
    await server.close();
  }
}

/** optionalValues maps option names to the flags given for them; a flag not given is left out. */
function optionalValues<K extends string>(
  parsed: Parsed,
  flags: Record<K, string>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [option, flag] of Object.entries(flags) as [K, string][]) {
    const value = valueOf(parsed, flag);
    if (value !== undefined) out[option] = value;
  }
  return out;
}

/** signalled resolves on the first SIGINT or SIGTERM. */
export function signalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

export async function foreground(first: RunningNode, stop: Promise<void>): Promise<number> {
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
  const parsed = parseArgs(argv, {
    values: [...daemonValues, "cert-expiry", "name", "advertise-addr"],
    booleans: ["autolock", "force-new-cluster"],
  });
  if (isSet(parsed, "force-new-cluster"))
    return (await import("./recovery.js")).forceNewClusterCommand(parsed, io);
  const certExpiry = valueOf(parsed, "cert-expiry");
  const certExpiryMs = certExpiry === undefined ? undefined : parseDurationMs("cert-expiry", certExpiry);
  const stop = signalled();
  return observed(parsed, async (deps) => {
    const init = await initCluster(
      {
        dataDir: valueOf(parsed, "data-dir", defaultDataDir),
        listen: valueOf(parsed, "listen", "127.0.0.1:4242"),
        autolock: isSet(parsed, "autolock"),
        ...(certExpiryMs === undefined ? {} : { certExpiryMs }),
        ...optionalValues(parsed, { name: "name", advertise: "advertise-addr" }),
      },
      deps,
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
  });
}

export async function joinCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, {
    values: [...daemonValues, "token", "name", "advertise-addr"],
    repeated: ["join"],
  });
  const token = valueOf(parsed, "token");
  // --join A,B,C or --join repeated: each manager is tried in turn.
  const join = valuesOf(parsed, "join").flatMap((v) => v.split(","));
  if (token === undefined || join.length === 0)
    throw new UsageError("keel join needs --token T and --join ADDR[,ADDR...]");
  const stop = signalled();
  return observed(parsed, async (deps) => {
    const node = await joinCluster(
      {
        dataDir: valueOf(parsed, "data-dir", defaultDataDir),
        token,
        join,
        listen: valueOf(parsed, "listen", "127.0.0.1:0"),
        ...optionalValues(parsed, { name: "name", advertise: "advertise-addr" }),
      },
      deps,
    );
    io.out(`node-id: ${node.identity.nodeId}`);
    io.out(`role: ${node.identity.role}`);
    io.out(`cluster-id: ${node.identity.clusterId}`);
    if ("address" in node) io.out(`address: ${node.address}`);
    return foreground(node, stop);
  });
}

export async function runCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir", ...logValues], booleans: ["no-wait"] });
  const stop = signalled();
  return observed(parsed, async (deps) => {
    const node = await runNode(
      { dataDir: valueOf(parsed, "data-dir", defaultDataDir), wait: !isSet(parsed, "no-wait"), abort: stop },
      deps,
    );
    if (node === null) return exitCodes.ok; // Stopped while waiting for the unlock key.
    io.out(`node-id: ${node.identity.nodeId}`);
    io.out(`role: ${node.identity.role}`);
    return foreground(node, stop);
  });
}
