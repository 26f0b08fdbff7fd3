// Running the real `keel` command as a process, for tests of main.ts (which runs on import) and
// of the process's own stdin, stdout, stderr and exit code.
import { spawn } from "node:child_process";
import { join } from "node:path";

export const keelMain = join(import.meta.dirname, "../../src/cli/main.ts");

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** keel runs one command to completion, `stdin` its input. */
export function keel(args: readonly string[], stdin: string | Uint8Array = ""): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", keelMain, ...args], { stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(stdin);
  });
}

/**
 * typeAtPrompt runs `cmd` on a pseudo-terminal (script(1)), types `typed` and Enter once
 * `prompt` shows, and resolves with everything the terminal showed (bounded: 20 s).
 */
export function typeAtPrompt(cmd: string, prompt: string, typed: string): Promise<string> {
  return new Promise<string>((resolve) => {
    const child = spawn("script", ["-qec", cmd, "/dev/null"], { stdio: "pipe" });
    let text = "";
    let sent = false;
    child.stdout.on("data", (b: Buffer) => {
      text += b.toString();
      if (!sent && text.includes(prompt)) {
        sent = true;
        child.stdin.write(`${typed}\r`);
      }
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("close", () => (clearTimeout(timer), resolve(text)));
  });
}
