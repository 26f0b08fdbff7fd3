// A fake node for client-command tests: a control socket in a fresh data dir that records each
// call and answers with a handler, so a test sees exactly what a command sent.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { ControlServer, dataDir } from "../../src/manager/index.js";
import type { Io } from "../../src/cli/io.js";

export interface FakeNode {
  readonly dir: string;
  readonly calls: { method: string; body: Uint8Array }[];
  close(): Promise<void>;
}

let count = 0;

export async function fakeNode(
  root: string,
  handler: (method: string, body: Uint8Array) => Promise<Uint8Array>,
): Promise<FakeNode> {
  const dir = join(root, `fake${++count}`);
  await mkdir(dir, { recursive: true });
  const calls: { method: string; body: Uint8Array }[] = [];
  const server = await ControlServer.listen(dataDir(dir).controlSocket, async (method, body) => {
    calls.push({ method, body: Uint8Array.from(body) });
    return handler(method, body);
  });
  return { dir, calls, close: () => server.close() };
}

/** recordingIo is an Io that keeps what a command writes; stdin is given. */
export function recordingIo(
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
