// Every `keel` command: its usage, what it does, its flags, and how to load it. Loading is lazy
// so that a command pays only for what it uses: `keel status` never loads libsodium, x509,
// LevelDB or the Raft driver (src/cli/README.md, "Speed").
import type { Io } from "./io.js";

export type Command = (argv: readonly string[], io: Io) => Promise<number>;

export interface FlagHelp {
  readonly flag: string;
  readonly text: string;
}

export interface CommandInfo {
  readonly name: string;
  /** Usage lines, without the leading `usage: keel`. */
  readonly usage: readonly string[];
  readonly summary: string;
  readonly flags: readonly FlagHelp[];
  readonly load: () => Promise<Command>;
}

const dataDirFlag: FlagHelp = { flag: "--data-dir D", text: "the node's data dir (default ./keel-data)" };
const logFlags: readonly FlagHelp[] = [
  { flag: "--log-level L", text: "debug, info (default), warn or error (env KEEL_LOG_LEVEL)" },
  {
    flag: "--log-format F",
    text: "json or text (env KEEL_LOG_FORMAT; default: text when stderr is a terminal, else JSON lines)",
  },
  {
    flag: "--metrics-addr HOST:PORT",
    text: "serve Prometheus /metrics, /health and /ready there (port 0: a free one, logged as `metrics`)",
  },
];

const advertiseFlag: FlagHelp = {
  flag: "--advertise-addr HOST[:PORT]",
  text: "managers: the address peers dial (default the --listen address, which may not be 0.0.0.0 or [::] without it: UNSPECIFIED_ADDRESS); without a port, the listener's",
};

const client = (name: "unlock" | "unlockKey" | "status" | "secret" | "rotate") => () =>
  import("./commands/client.js").then((m) => m[`${name}Command`]);
const daemon = (name: "init" | "join" | "run") => () =>
  import("./commands/daemon.js").then((m) => m[`${name}Command`]);

export const registry: readonly CommandInfo[] = [
  {
    name: "init",
    usage: [
      "init [--data-dir D] [--listen HOST:PORT] [--advertise-addr HOST[:PORT]] [--name N] [--autolock] [--cert-expiry DURATION] [--log-level L] [--log-format F] [--metrics-addr HOST:PORT]",
      "init --force-new-cluster [--data-dir D] [--log-level L] [--log-format F] [--metrics-addr HOST:PORT]",
    ],
    summary:
      "Creates a cluster with this node its first manager, prints its id, join tokens (and unlock key), then runs it in the foreground until SIGINT or SIGTERM.",
    flags: [
      dataDirFlag,
      {
        flag: "--listen HOST:PORT",
        text: "where managers and clients reach it (default 127.0.0.1:4242; port 0: free)",
      },
      advertiseFlag,
      { flag: "--name N", text: "a name for the node (default: the host's name)" },
      { flag: "--autolock", text: "seal the keys under an unlock key, needed at every restart" },
      {
        flag: "--cert-expiry DURATION",
        text: "how long node certificates last (e.g. 2160h, 90d; default 90d)",
      },
      {
        flag: "--force-new-cluster",
        text: "on a stopped manager's data dir: a new cluster of this manager alone, keeping every object and key (unlock key: KEEL_UNLOCK_KEY or stdin)",
      },
      ...logFlags,
    ],
    load: daemon("init"),
  },
  {
    name: "join",
    usage: [
      "join --token T --join HOST:PORT[,HOST:PORT...] [--data-dir D] [--listen HOST:PORT] [--advertise-addr HOST[:PORT]] [--name N] [--log-level L] [--log-format F] [--metrics-addr HOST:PORT]",
    ],
    summary:
      "Joins a cluster as a manager or a worker (the token says which) and runs the node in the foreground.",
    flags: [
      { flag: "--token T", text: "a manager or worker join token (keel init, keel rotate join-token)" },
      {
        flag: "--join HOST:PORT[,...]",
        text: "managers' addresses, tried in turn until one answers (comma-separated or repeated)",
      },
      dataDirFlag,
      { flag: "--listen HOST:PORT", text: "where this manager listens (default 127.0.0.1:0)" },
      advertiseFlag,
      { flag: "--name N", text: "a name for the node" },
      ...logFlags,
    ],
    load: daemon("join"),
  },
  {
    name: "run",
    usage: ["run [--data-dir D] [--no-wait] [--log-level L] [--log-format F] [--metrics-addr HOST:PORT]"],
    summary:
      "Restarts an existing node in the foreground. A locked manager waits for `keel unlock` (exit 3 at once with --no-wait).",
    flags: [dataDirFlag, { flag: "--no-wait", text: "exit 3 instead of waiting when locked" }, ...logFlags],
    load: daemon("run"),
  },
  {
    name: "unlock",
    usage: ["unlock [--data-dir D]"],
    summary: "Gives a locked manager its unlock key: the first line of stdin, or typed unechoed at a prompt.",
    flags: [dataDirFlag],
    load: client("unlock"),
  },
  {
    name: "unlock-key",
    usage: ["unlock-key [--rotate] [--quiet] [--data-dir D]"],
    summary: "Shows (or rotates and shows) the cluster's unlock key.",
    flags: [
      { flag: "--rotate", text: "make a new unlock key first" },
      { flag: "--quiet", text: "print the key only" },
      dataDirFlag,
    ],
    load: client("unlockKey"),
  },
  {
    name: "status",
    usage: ["status [--json] [--data-dir D]"],
    summary:
      "Shows this node: role, state, leader, term, commit and applied index, members, DEK and KEK, certificate expiry.",
    flags: [{ flag: "--json", text: "one JSON object (keelapi.StatusResponse)" }, dataDirFlag],
    load: client("status"),
  },
  {
    name: "node",
    usage: [
      "node ls [--json|--quiet]",
      "node inspect ID...",
      "node update ID [--availability active|pause|drain] [--label-add K=V]... [--label-rm K]...",
      "node rm ID [--force]",
      "node promote ID",
      "node demote ID",
    ],
    summary:
      "Lists the cluster's nodes (ID, NAME, STATUS ready/down, AVAILABILITY, MANAGER STATUS Leader/Reachable/Unreachable; `*` marks this node), shows them as JSON, sets availability and labels, removes one, or changes a node's role. IDs may be prefixes or names.",
    flags: [
      { flag: "--json", text: "ls: a JSON array" },
      { flag: "--quiet", text: "ls: ids only" },
      { flag: "--availability A", text: "update: active, pause or drain" },
      { flag: "--label-add K=V", text: "update: set a label (repeatable)" },
      { flag: "--label-rm K", text: "update: remove a label (repeatable)" },
      { flag: "--force", text: "rm: remove a node that is still up" },
      dataDirFlag,
    ],
    load: () => import("./commands/nodes.js").then((m) => m.nodeCommand),
  },
  {
    name: "secret",
    usage: [
      "secret create NAME [FILE|-] [--label K=V]...",
      "secret ls [--json|--quiet]",
      "secret inspect REF...",
      "secret rm REF...",
    ],
    summary:
      "Manages secrets. create reads FILE, or stdin (`-`, or a pipe), or prompts unechoed on a terminal; data is never printed back (inspect shows its size and SHA-256).",
    flags: [
      { flag: "--label K=V", text: "create: a label (repeatable)" },
      { flag: "--json", text: "ls: a JSON array" },
      { flag: "--quiet", text: "ls: ids only" },
      dataDirFlag,
    ],
    load: client("secret"),
  },
  {
    name: "cluster",
    usage: [
      "cluster inspect [--json]",
      "cluster update [--autolock=true|false] [--cert-expiry D] [--snapshot-interval N] [--keep-old-snapshots N] [--log-entries-for-slow-followers N] [--heartbeat-tick N] [--election-tick N] [--network-key-rotation D]",
    ],
    summary:
      "Shows or changes the cluster's settings, all checked before any changes (INVALID_ARGUMENT names a bad one). Live on every manager but the Raft ticks, which a manager reads when it starts (inspect says which are pending a restart). Turning autolock on prints the new unlock key. Durations: 90d, 12h, 1h30m, 45s.",
    flags: [
      { flag: "--autolock=true|false", text: "seal managers' keys under an unlock key" },
      { flag: "--cert-expiry D", text: "how long node certificates issued from now on last (at least 1h)" },
      { flag: "--snapshot-interval N", text: "entries applied between snapshots" },
      { flag: "--keep-old-snapshots N", text: "older snapshots kept (this WAL keeps none: 0)" },
      { flag: "--log-entries-for-slow-followers N", text: "entries kept behind a snapshot" },
      { flag: "--heartbeat-tick N", text: "Raft ticks between leader heartbeats (at the next start)" },
      {
        flag: "--election-tick N",
        text: "Raft ticks before an election, more than the heartbeat tick (at the next start)",
      },
      { flag: "--network-key-rotation D", text: "how often network keys rotate (at least 1m)" },
      { flag: "--json", text: "inspect: one JSON object (keelapi.ClusterView)" },
      dataDirFlag,
    ],
    load: () => import("./commands/cluster.js").then((m) => m.clusterCommand),
  },
  {
    name: "rotate",
    usage: [
      "rotate unlock-key",
      "rotate dek",
      "rotate join-token [--worker|--manager]",
      "rotate network-keys",
    ],
    summary:
      "Rotates a key: the unlock key, this manager's DEK (waits until a snapshot under the new key completes it), the join tokens, or the network keys.",
    flags: [
      { flag: "--worker", text: "join-token: only the worker token" },
      { flag: "--manager", text: "join-token: only the manager token" },
      dataDirFlag,
    ],
    load: client("rotate"),
  },
  // ---- node lifecycle (issue 11) ----
  {
    name: "leave",
    usage: ["leave [--force] [--data-dir D]"],
    summary:
      "Takes this node out of the cluster and stops it. A worker is removed; a manager only with --force, which takes it out of Raft first and is refused (QUORUM_AT_RISK) when the managers left could not make a quorum.",
    flags: [{ flag: "--force", text: "let a manager leave" }, dataDirFlag],
    load: () => import("./commands/leave.js").then((m) => m.leaveCommand),
  },
  {
    name: "join-token",
    usage: ["join-token worker|manager [--quiet] [--rotate] [--data-dir D]"],
    summary: "Shows a join token and the command that joins with it; --rotate replaces that token first.",
    flags: [
      { flag: "--quiet", text: "print the token only" },
      { flag: "--rotate", text: "replace the token first (the other role's stays)" },
      dataDirFlag,
    ],
    load: () => import("./commands/join-token.js").then((m) => m.joinTokenCommand),
  },
  {
    name: "ca",
    usage: ["ca [--json] [--data-dir D]", "ca rotate [--detach] [--data-dir D]"],
    summary:
      "Shows the root CA (subject, digest, expiry) and a rotation in progress; rotate makes a new root, re-issues every node's certificate under it (printing N of M nodes) and then trusts it alone, with new join tokens.",
    flags: [
      { flag: "--json", text: "one JSON object (keelapi.CaView)" },
      { flag: "--detach", text: "rotate: return once started (keel ca shows progress)" },
      dataDirFlag,
    ],
    load: () => import("./commands/ca.js").then((m) => m.caCommand),
  },
  {
    name: "inspect-wal",
    usage: ["inspect-wal [--data-dir D] [--headers-only] [--payloads] [--objects]"],
    summary:
      "Dumps a stopped manager's write-ahead log, offline (reads the unlock key from stdin when its key file is sealed).",
    flags: [
      dataDirFlag,
      { flag: "--headers-only", text: "record headers, not their decrypted contents" },
      { flag: "--payloads", text: "decode entry payloads too" },
      {
        flag: "--objects",
        text: "the stored objects instead, one JSON line each (secret data as size and SHA-256, keys never)",
      },
    ],
    load: () => import("./commands/inspect-wal.js").then((m) => m.inspectWalCommand),
  },
  {
    name: "demo",
    usage: ["demo [--seed N]"],
    summary:
      "A seeded 5-node Raft cluster in one process through partitions, crashes, snapshots, a membership change and a leader transfer.",
    flags: [{ flag: "--seed N", text: "the seed (default 1); the same seed prints the same run" }],
    load: () => import("./commands/demo.js").then((m) => m.demoCommand),
  },
  // Disaster recovery (src/cli/commands/recovery.ts).
  {
    name: "backup",
    usage: ["backup --out FILE [--data-dir D]"],
    summary:
      "Writes a sealed backup of the running manager's store to FILE and prints its backup key once (keel keeps it nowhere).",
    flags: [{ flag: "--out FILE", text: "where the node writes the backup (atomically)" }, dataDirFlag],
    load: () => import("./commands/recovery.js").then((m) => m.backupCommand),
  },
  {
    name: "restore",
    usage: [
      "restore FILE [--data-dir D] [--listen HOST:PORT] [--name N] [--log-level L] [--log-format F] [--metrics-addr HOST:PORT]",
    ],
    summary:
      "Starts a new one-manager cluster from a backup in a fresh data dir (the backup key from KEEL_BACKUP_KEY or stdin), then runs it in the foreground.",
    flags: [
      dataDirFlag,
      { flag: "--listen HOST:PORT", text: "where it listens (default 127.0.0.1:4242; port 0: free)" },
      { flag: "--name N", text: "a name for the node" },
      ...logFlags,
    ],
    load: () => import("./commands/recovery.js").then((m) => m.restoreCommand),
  },
];

export function commandNamed(name: string): CommandInfo | undefined {
  return registry.find((c) => c.name === name);
}
