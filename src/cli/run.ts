// The `keel` command line, in-process: a command's arguments to its exit code, with errors
// formatted as `keel <cmd>: <text> [CODE]`. See src/cli/README.md for the contract.
import { codeOf } from "../manager/index.js";
import { UsageError, parseArgs, valueOf } from "./args.js";
import {
  clusterCommand,
  nodeCommand,
  rotateCommand,
  secretCommand,
  statusCommand,
  unlockCommand,
  unlockKeyCommand,
} from "./commands/client.js";
import { initCommand, joinCommand, runCommand } from "./commands/daemon.js";
import { inspectWalCommand } from "./commands/inspect-wal.js";
import { runDemo } from "./demo.js";
import { exitCodeOf, exitCodes } from "./exit-codes.js";
import type { Io } from "./io.js";

const USAGE = `usage: keel <command> [flags]

run a node (foreground; JSON logs on stderr; Ctrl-C stops it cleanly):
  init [--data-dir D] [--listen HOST:PORT] [--autolock]   create a cluster
  join --token T --join HOST:PORT [--data-dir D] [--listen HOST:PORT]
  run [--data-dir D] [--no-wait]                         restart an existing node

talk to the node of --data-dir D (default ./keel-data):
  unlock                        give a locked manager its unlock key (stdin or prompt)
  unlock-key [--rotate] [--quiet]
  status [--json]
  node ls | rm ID [--force] | promote ID | demote ID
  secret create NAME [FILE|-] [--label K=V] | ls | inspect REF | rm REF...
  cluster update --autolock=true|false
  rotate unlock-key | dek | join-token [--worker|--manager] | network-keys

offline:
  inspect-wal [--data-dir D] [--headers-only] [--payloads]

demo [--seed N]   a seeded 5-node Raft cluster in one process through partitions, crashes,
                  snapshots, membership changes and a leader transfer`;

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const commands: Readonly<Record<string, Command>> = {
  init: initCommand,
  join: joinCommand,
  run: runCommand,
  unlock: unlockCommand,
  "unlock-key": unlockKeyCommand,
  status: statusCommand,
  node: nodeCommand,
  secret: secretCommand,
  cluster: clusterCommand,
  rotate: rotateCommand,
  "inspect-wal": inspectWalCommand,
};

async function demoCommand(argv: readonly string[], io: Io): Promise<number> {
  const seed = Number(valueOf(parseArgs(argv, { values: ["seed"] }), "seed", "1"));
  if (!Number.isSafeInteger(seed)) throw new UsageError("--seed takes an integer");
  return runDemo({ seed, write: (line) => io.out(line) }) ? exitCodes.ok : exitCodes.failed;
}

export async function runKeel(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err(USAGE);
    return exitCodes.usage;
  }
  if (command === "help" || command === "--help") {
    io.out(USAGE);
    return exitCodes.ok;
  }
  const run = command === "demo" ? demoCommand : commands[command];
  if (run === undefined) {
    io.err(`keel: unknown command "${command}"\n${USAGE}`);
    return exitCodes.usage;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`keel ${command}: ${error.message}`);
      return exitCodes.usage;
    }
    const code = codeOf(error);
    io.err(
      `keel ${command}: ${error instanceof Error ? error.message : String(error)}${code === null ? "" : ` [${code}]`}`,
    );
    return exitCodeOf(code);
  }
}
