// `npm start`: the launcher creates a 3-manager cluster in a fresh data dir, shows a leader,
// stops cleanly on SIGINT, and resumes the same cluster with the unlock key.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { HarnessError, repoRoot } from "../../src/harness/index.js";

const launcherMain = join(repoRoot, "src", "launcher", "main.ts");

class Launched {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #wake: () => void = () => undefined;

  constructor(
    readonly child: ChildProcess,
    stdin: string,
  ) {
    let buffer = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      this.lines.push(...parts);
      this.#wake();
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => this.lines.push(`stderr: ${chunk}`));
    child.stdin?.end(stdin);
    this.exited = new Promise((resolve) => child.once("close", (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => this.#wake());
  }

  /** The value of the first stdout line `key: value`, waiting up to `timeoutMs`. */
  async value(key: string, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((l) => l.startsWith(`${key}:`));
      if (line !== undefined) return line.slice(key.length + 1).trim();
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new HarnessError(
          "TIMEOUT",
          `no "${key}:" line within ${timeoutMs} ms; output:\n${this.lines.join("\n")}`,
          {
            node: "launcher",
          },
        );
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        setTimeout(resolve, 100);
      });
    }
  }

  async exit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.exited,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new HarnessError(
                  "TIMEOUT",
                  `did not exit within ${timeoutMs} ms; output:\n${this.lines.join("\n")}`,
                  {
                    node: "launcher",
                  },
                ),
              ),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const started: Launched[] = [];
let dir = "";

function launch(env: Record<string, string>, stdin = ""): Launched {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", launcherMain, "--data-dir", join(dir, "keel-data")],
    {
      cwd: repoRoot,
      env: { ...process.env, KEEL_PORT_BASE: "0", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const launched = new Launched(child, stdin);
  started.push(launched);
  return launched;
}

afterEach(async () => {
  for (const l of started.splice(0)) {
    if (l.child.exitCode === null && l.child.signalCode === null) {
      l.child.kill("SIGTERM");
      await l.exit(30_000).catch(() => l.child.kill("SIGKILL"));
    }
  }
  // Managers the launcher started are its children: a SIGKILLed launcher can leave them behind,
  // so make sure none still holds the data dir (their control sockets answer while they run).
  if (dir !== "") await rm(dir, { recursive: true, force: true });
  dir = "";
});

test("npm start: a fresh cluster shows a leader, stops on SIGINT, and resumes with the unlock key", async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-launch-"));
  const t0 = Date.now();
  const first = launch({});
  const clusterId = await first.value("cluster-id", 20_000);
  const unlockKey = await first.value("unlock-key", 5_000);
  expect(unlockKey).toMatch(/^KEELKEY-/);
  expect(await first.value("manager-token", 5_000)).toMatch(/^KEELTKN-1-m-/);
  expect(await first.value("worker-token", 5_000)).toMatch(/^KEELTKN-1-w-/);
  const leader = await first.value("leader", 20_000);
  const leaderMs = Date.now() - t0;
  expect(leader).toMatch(/\((m1|m2|m3)\), term \d+/);
  // The acceptance is 10 s on an idle machine; the suite runs beside other tests.
  expect(leaderMs).toBeLessThan(15_000);
  for (const name of ["m1", "m2", "m3"]) {
    expect(existsSync(join(dir, "keel-data", name, "node.json"))).toBe(true);
    const log = await readFile(join(dir, "keel-data", "logs", `${name}.log`), "utf8");
    expect(log).toContain('"event":"ready"');
    expect(log).not.toContain(unlockKey); // The key is never written to disk.
    // Pure JSON lines: the harness's own records (start, stdout, exit) are JSON objects too.
    for (const line of log.trim().split("\n")) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
  }
  first.child.kill("SIGINT");
  const firstExit = await first.exit(40_000);
  expect(firstExit).toEqual({ code: 0, signal: null });
  expect(first.lines).toEqual(expect.arrayContaining(["m1 stopped", "m2 stopped", "m3 stopped"]));

  // A wrong key is refused and the launcher stops the managers and fails.
  const wrong = launch({}, "KEELKEY-1-notakey\n");
  expect((await wrong.exit(40_000)).code).toBe(1);
  expect(wrong.lines.join("\n")).toMatch(/could not be unlocked/);

  // The right key from the environment resumes the same cluster.
  const second = launch({ KEEL_UNLOCK_KEY: unlockKey });
  expect(await second.value("cluster-id", 30_000)).toBe(clusterId);
  expect(await second.value("leader", 20_000)).toMatch(/term \d+/);
  expect(second.lines).toEqual(expect.arrayContaining(["m1 unlocked", "m2 unlocked", "m3 unlocked"]));
  second.child.kill("SIGINT");
  expect(await second.exit(40_000)).toEqual({ code: 0, signal: null });
}, 150_000);
