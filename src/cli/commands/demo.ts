// `keel demo`: the in-process Raft demo (npm run demo).
import { UsageError, parseArgs, valueOf } from "../args.js";
import { runDemo } from "../demo.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";

export async function demoCommand(argv: readonly string[], io: Io): Promise<number> {
  const seed = Number(valueOf(parseArgs(argv, { values: ["seed"] }), "seed", "1"));
  if (!Number.isSafeInteger(seed)) throw new UsageError("--seed takes an integer");
  return Promise.resolve(runDemo({ seed, write: (line) => io.out(line) }) ? exitCodes.ok : exitCodes.failed);
}
