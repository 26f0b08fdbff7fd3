// A signal to the process a user started stops keel cleanly and leaves no keel process behind:
// `keel init` / `keel run` (the compiled bin, reached through a symlink from another directory,
// as `npm link` and `npx keel` reach it) and `npm start` (npm, the launcher and its managers).
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bounded, pollUntil } from "../../src/harness/index.js";
import { checkoutRoot, distCli, ensureBuilt } from "./built.js";

let scratch = "";
const started: ChildProcess[] = [];

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "keel-signals-"));
}, 120_000);

afterAll(async () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (scratch !== "") await rm(scratch, { recursive: true, force: true });
});

/** processesMentioning lists the pids whose command line names `text` (our data dirs). */
function processesMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
      if (cmdline.includes(text)) pids.push(Number(entry));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return pids;
}

class Started {
  stdout = "";
  stderr = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(readonly child: ChildProcess) {
    started.push(child);
    child.stdout?.setEncoding("utf8").on("data", (s: string) => (this.stdout += s));
    child.stderr?.setEncoding("utf8").on("data", (s: string) => (this.stderr += s));
    this.exited = new Promise((resolve) => child.once("close", (code, signal) => resolve({ code, signal })));
  }

  waitFor(text: string, timeoutMs: number): Promise<void> {
    return pollUntil("keel", `"${text}" on stdout`, timeoutMs, () =>
      this.stdout.includes(text) ? true : this.child.exitCode === null ? undefined : true,
    ).then(() => {
      if (!this.stdout.includes(text))
        throw new Error(`exited before "${text}":\n${this.stdout}\n${this.stderr}`);
    });
  }
}

test("keel through a symlink from another directory: SIGTERM stops init, SIGINT stops run, nothing is left", async () => {
  const bin = join(scratch, "bin");
  await mkdir(bin);
  await symlink(distCli, join(bin, "keel"));
  const cwd = join(scratch, "elsewhere");
  await mkdir(cwd);
  const keel = (args: string[]): Started =>
    new Started(spawn(join(bin, "keel"), args, { cwd, stdio: ["ignore", "pipe", "pipe"] }));

  const init = keel(["init", "--data-dir", "node1", "--listen", "127.0.0.1:0"]);
  await init.waitFor("worker-token:", 30_000);
  init.child.kill("SIGTERM");
  expect(await bounded("keel", "init to stop", 20_000, init.exited)).toEqual({ code: 0, signal: null });
  expect(init.stderr.trim().split("\n").at(-1)).toContain('"event":"stopped"');

  const run = keel(["run", "--data-dir", "node1"]);
  await run.waitFor("role: manager", 30_000);
  run.child.kill("SIGINT");
  expect(await bounded("keel", "run to stop", 20_000, run.exited)).toEqual({ code: 0, signal: null });
  expect(processesMentioning(join(cwd, "node1"))).toEqual([]);
}, 90_000);

test("npm start stopped by SIGTERM stops its three managers", async () => {
  const dir = join(scratch, "npm-start");
  const npm = new Started(
    spawn("npm", ["start", "--", "--data-dir", dir, "--port-base", "0"], {
      cwd: checkoutRoot,
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  await npm.waitFor("m3 joined", 60_000);
  expect(processesMentioning(dir).length).toBeGreaterThanOrEqual(4); // the launcher and three managers
  npm.child.kill("SIGTERM");
  await bounded("npm", "npm start to exit", 30_000, npm.exited);
  await pollUntil("npm", "no process left on the data dir", 20_000, () =>
    processesMentioning(dir).length === 0 ? true : undefined,
  );
  expect(npm.stdout).toContain("m3 stopped");
}, 120_000);
