// `keel cluster inspect` and `keel cluster update`: the cluster's settings, changed as a whole
// (the manager checks every value before it changes any: a bad one is INVALID_ARGUMENT naming
// it) and shown with those the manager answering runs without until it restarts.
import { keelapi } from "../../gen/api.js";
import { UsageError, isSet, parseArgs, valueOf } from "../args.js";
import { parseDurationMs, formatDurationMs } from "../duration.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { when } from "../render.js";
import { clientOf, num } from "./local-client.js";

const clusterUsage = "keel cluster inspect [--json] | update [--autolock=true|false] [--SETTING VALUE]...";

/** Each numeric setting's flag and its field in ClusterUpdateRequest. */
const countFlags = {
  "snapshot-interval": "snapshotInterval",
  "keep-old-snapshots": "keepOldSnapshots",
  "log-entries-for-slow-followers": "logEntriesForSlowFollowers",
  "heartbeat-tick": "heartbeatTick",
  "election-tick": "electionTick",
} as const;

/** Each duration setting's flag and its field (milliseconds). */
const durationFlags = {
  "cert-expiry": "certExpiryMs",
  "network-key-rotation": "networkKeyRotationMs",
} as const;

export async function clusterCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "inspect") {
    const parsed = parseArgs(rest, { values: ["data-dir"], booleans: ["json"] });
    const cluster = await clientOf(parsed).cluster.get();
    if (isSet(parsed, "json")) {
      io.out(JSON.stringify(keelapi.ClusterView.toObject(cluster, { longs: Number, defaults: true })));
      return exitCodes.ok;
    }
    showCluster(cluster, io);
    return exitCodes.ok;
  }
  if (sub !== "update") throw new UsageError(clusterUsage);
  const parsed = parseArgs(rest, {
    values: ["data-dir", "autolock", ...Object.keys(countFlags), ...Object.keys(durationFlags)],
  });
  const change: keelapi.ClusterUpdateRequest.$Properties = {};
  const autolock = valueOf(parsed, "autolock");
  if (autolock !== undefined) {
    if (autolock !== "true" && autolock !== "false")
      throw new UsageError("--autolock=true or --autolock=false");
    change.autolock = autolock === "true";
  }
  for (const [flag, field] of Object.entries(countFlags)) {
    const text = valueOf(parsed, flag);
    if (text === undefined) continue;
    if (!/^\d{1,15}$/.test(text)) throw new UsageError(`--${flag} ${JSON.stringify(text)}: a whole number`);
    change[field] = Number(text);
  }
  for (const [flag, field] of Object.entries(durationFlags)) {
    const text = valueOf(parsed, flag);
    if (text !== undefined) change[field] = parseDurationMs(flag, text);
  }
  if (Object.keys(change).length === 0)
    throw new UsageError(`keel cluster update needs a setting\n${clusterUsage}`);
  const response = await clientOf(parsed).cluster.update(change);
  if (response.cluster !== null && response.cluster !== undefined) showCluster(response.cluster, io);
  if (response.unlockKey !== "") {
    io.out(`unlock-key: ${response.unlockKey}`);
    io.out("# Keep the unlock key safe: a restarted manager needs it (keel unlock).");
  }
  return exitCodes.ok;
}

/** showCluster prints the cluster as `key  value` lines. */
function showCluster(cluster: keelapi.IClusterView, io: Io): void {
  const s = cluster.settings ?? {};
  const pending = new Set(cluster.pendingRestart ?? []);
  const restart = (field: string): string =>
    pending.has(field) ? " (pending a restart of this manager)" : "";
  const rows: [string, string][] = [
    ["id", cluster.id ?? ""],
    ["autolock", cluster.autolock === true ? "on" : "off"],
    ["root-ca", `${cluster.rootCaDigest ?? ""}, expires ${when(num(cluster.rootCaNotAfterMs ?? 0))}`],
    ["cert-expiry", formatDurationMs(num(s.certExpiryMs ?? 0))],
    ["snapshot-interval", `${num(s.snapshotInterval ?? 0)} entries`],
    ["keep-old-snapshots", String(num(s.keepOldSnapshots ?? 0))],
    ["log-entries-for-slow-followers", String(num(s.logEntriesForSlowFollowers ?? 0))],
    ["heartbeat-tick", `${num(s.heartbeatTick ?? 0)}${restart("heartbeat_tick")}`],
    ["election-tick", `${num(s.electionTick ?? 0)}${restart("election_tick")}`],
    ["network-key-rotation", formatDurationMs(num(s.networkKeyRotationMs ?? 0))],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) io.out(`${k.padEnd(width)}  ${v}`);
  io.out(
    "# Live on every manager: cert-expiry (next certificate), snapshot settings, network-key-rotation. The ticks are read when a manager starts.",
  );
}
