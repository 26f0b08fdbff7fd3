// An Io for running a keel command in-process: it records what the command writes; stdin is given.
import type { Io } from "../../src/cli/io.js";

export function fakeIo(
  stdin: { secret?: string; all?: Uint8Array } = {},
): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => void stdout.push(line),
    err: (line) => void stderr.push(line),
    readSecret: () => Promise.resolve(stdin.secret ?? ""),
    readAll: () => Promise.resolve(stdin.all ?? new Uint8Array(0)),
  };
}
