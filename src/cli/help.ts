// `keel --help`, `keel help CMD`, `keel CMD --help`: usage lines start `usage:`, every flag is
// listed, and so are the exit codes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandInfo } from "./registry.js";
import { registry } from "./registry.js";

const exitCodeHelp = [
  "exit codes:",
  "  0  success (a node: stopped by SIGINT or SIGTERM)",
  "  1  the operation failed (the message ends with the error's [CODE])",
  "  2  usage error",
  "  3  the node is locked",
  "  4  an unlock key was refused",
  "  5  no node runs on the data dir",
  "  6  forbidden (a worker asked for a manager API, or the node was removed)",
  "  7  the manager was removed from the cluster and stopped",
];

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** mainHelp lists every command. */
export function mainHelp(): string {
  return [
    "usage: keel <command> [flags]",
    "       keel help <command> | keel <command> --help | keel --version",
    "",
    "The replicated, encrypted cluster-state core of a container swarm (after Docker SwarmKit).",
    "",
    "commands:",
    ...columns(registry.map((c) => [c.name, c.summary.split(". ")[0]?.replace(/\.$/, "") ?? ""])),
    "",
    "flags:",
    ...columns([
      ["-h, --help", "help (of a command, after its name)"],
      ["--version", "the version of keel"],
    ]),
    "",
    ...exitCodeHelp,
  ].join("\n");
}

/** commandHelp is one command's usage, what it does, its flags and the exit codes. */
export function commandHelp(info: CommandInfo): string {
  const [first = "", ...rest] = info.usage;
  return [
    `usage: keel ${first}`,
    ...rest.map((u) => `       keel ${u}`),
    "",
    info.summary,
    "",
    "flags:",
    ...columns([...info.flags.map((f) => [f.flag, f.text] as const), ["-h, --help", "this help"]]),
    "",
    ...exitCodeHelp,
  ].join("\n");
}

/** version is the package's version (package.json sits two folders above src/cli and dist/cli). */
export function version(): string {
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"),
  ) as {
    version: string;
  };
  return manifest.version;
}

/** wantsHelp says whether the arguments ask for help: -h or --help before a `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === "--") return false;
    if (arg === "-h" || arg === "--help") return true;
  }
  return false;
}
