#!/usr/bin/env -S node --max-semi-space-size=32
// The `keel` command. See src/cli/README.md for the contract (commands, flags, output, logs,
// exit codes). The shebang's V8 flags are keelNodeFlags (v8-flags.ts; a test holds them equal).
import { processIo } from "./io.js";
import { runKeel } from "./run.js";

process.exitCode = await runKeel(process.argv.slice(2), processIo);
// Everything is closed by now; a stray handle (a half-read stdin) must not keep the process up.
setTimeout(() => process.exit(), 2_000).unref();
