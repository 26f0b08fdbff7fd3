// The `keel` command line, in-process: a command's arguments to its exit code, with errors
// formatted as `keel <cmd>: <text> [CODE]`. See src/cli/README.md for the contract. Only the
// command asked for is loaded (./registry.ts).
import { connectFailure } from "../client/connect-failure.js";
import { inUserWords } from "../client/operations.js";
import { wireFailure } from "../manager/control-socket.js";
import { codeOf } from "../manager/errors.js";
import { UsageError } from "./args.js";
import { exitCodeOf, exitCodes } from "./exit-codes.js";
import { commandHelp, mainHelp, version, wantsHelp } from "./help.js";
import type { Io } from "./io.js";
import { commandNamed } from "./registry.js";

export async function runKeel(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err(mainHelp());
    return exitCodes.usage;
  }
  if (command === "--help" || command === "-h") {
    io.out(mainHelp());
    return exitCodes.ok;
  }
  if (command === "--version") {
    io.out(`keel ${version()}`);
    return exitCodes.ok;
  }
  if (command === "help") return help(rest, io);
  const info = commandNamed(command);
  if (info === undefined) {
    io.err(`keel: unknown command "${command}" (keel --help lists them)`);
    return exitCodes.usage;
  }
  if (wantsHelp(rest)) {
    io.out(commandHelp(info));
    return exitCodes.ok;
  }
  try {
    return await (
      await info.load()
    )(rest, io);
  } catch (thrown) {
    // A connection that failed (keel join --join ADDR) says what it met there.
    const address = (thrown as { type?: { address?: unknown } } | null)?.type?.address;
    const error = (typeof address === "string" ? connectFailure(address, thrown, command) : null) ?? thrown;
    if (error instanceof UsageError) {
      io.err(`keel ${command}: ${error.message}\n${info.usage.map((u) => `usage: keel ${u}`).join("\n")}`);
      return exitCodes.usage;
    }
    // A forwarded call's failure is the remote one, and methods are named in the user's words.
    const { code, message } =
      codeOf(error) === null
        ? { code: null, message: error instanceof Error ? error.message : String(error) }
        : wireFailure(error);
    io.err(`keel ${command}: ${inUserWords(message)}${code === null ? "" : ` [${code}]`}`);
    return exitCodeOf(code);
  }
}

/** help is `keel help [CMD]`. */
function help(argv: readonly string[], io: Io): number {
  const [name, extra] = argv;
  if (name === undefined) {
    io.out(mainHelp());
    return exitCodes.ok;
  }
  const info = commandNamed(name);
  if (info === undefined || extra !== undefined) {
    io.err(`keel help: no command "${argv.join(" ")}" (keel --help lists them)`);
    return exitCodes.usage;
  }
  io.out(commandHelp(info));
  return exitCodes.ok;
}
