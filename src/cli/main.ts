#!/usr/bin/env node
// The `keel` command. See src/cli/README.md for the contract (commands, flags, output, logs,
// exit codes).
import { processIo } from "./io.js";
import { runKeel } from "./run.js";

process.exitCode = await runKeel(process.argv.slice(2), processIo);
// Everything is closed by now; a stray handle (a half-read stdin) must not keep the process up.
setTimeout(() => process.exit(), 2_000).unref();
