// The `keel` command as a process: init in the foreground, status and secrets through the
// control socket, exit codes, a clean stop on SIGINT, and a locked restart with --no-wait.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keel, keelMain } from "./helpers.js";

let root = "";
const children = new Set<ChildProcess>();

/** A node in the foreground, with its output so far. */
class Daemon {
  stdout = "";
  stderr = "";
  readonly exited: Promise<number | null>;
  readonly child: ChildProcess;

  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, ["--import", "tsx", keelMain, ...args], { stdio: "pipe" });
    children.add(this.child);
    this.child.stdout?.on("data", (b: Buffer) => (this.stdout += b.toString()));
    this.child.stderr?.on("data", (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) =>
      this.child.on("close", (code) => (children.delete(this.child), resolve(code))),
    );
  }

  /** The JSON log events seen so far. */
  events(): { event: string }[] {
    return this.stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { event: string });
  }

  async waitForEvent(event: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.events().some((e) => e.event === event)) {
      if (Date.now() > deadline) throw new Error(`no ${event} event; stderr:\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for a whole stdout line starting with `prefix`: stdout and the log are separate pipes. */
  async waitForLine(prefix: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (
      !this.stdout
        .split("\n")
        .slice(0, -1)
        .some((l) => l.startsWith(prefix))
    ) {
      if (Date.now() > deadline) throw new Error(`no line ${prefix} in stdout:\n${this.stdout}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  value(key: string): string {
    const line = this.stdout.split("\n").find((l) => l.startsWith(`${key}: `));
    if (line === undefined) throw new Error(`no ${key} in stdout:\n${this.stdout}`);
    return line.slice(key.length + 2);
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-cli-"));
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await rm(root, { recursive: true, force: true });
});

describe("keel", () => {
  test("usage errors exit 2; a client command without a node exits 5", async () => {
    expect((await keel(["frobnicate"])).code).toBe(2);
    expect((await keel(["status", "--bogus"])).code).toBe(2);
    const none = await keel(["status", "--data-dir", join(root, "nothing")]);
    expect(none.code).toBe(5);
    expect(none.stderr).toContain("NOT_RUNNING");
  });

  test("init prints tokens and the unlock key, serves status and secrets, stops on SIGINT, restarts locked", async () => {
    const dataDir = join(root, "m1");
    const daemon = new Daemon(["init", "--data-dir", dataDir, "--listen", "127.0.0.1:0", "--autolock"]);
    await daemon.waitForEvent("initialized");
    // The log line can come before stdout's last lines: the join hint is printed after the keys.
    await daemon.waitForLine("# Join a manager:");
    expect(daemon.value("manager-token")).toMatch(/^KEELTKN-1-m-/);
    expect(daemon.value("worker-token")).toMatch(/^KEELTKN-1-w-/);
    const unlockKey = daemon.value("unlock-key");
    expect(unlockKey).toMatch(/^KEELKEY-1-/);
    expect(daemon.events().some((e) => e.event === "leader")).toBe(true);

    const status = await keel(["status", "--json", "--data-dir", dataDir]);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as {
      raftState: string;
      leaderId: string;
      nodeId: string;
      autolock: boolean;
    };
    expect(parsed.raftState).toBe("leader");
    expect(parsed.leaderId).toBe(parsed.nodeId);
    expect(parsed.autolock).toBe(true);
    expect((await keel(["status", "--data-dir", dataDir])).stdout).toMatch(/MEMBER\s+ADDRESS/);

    const created = await keel(["secret", "create", "db", "-", "--data-dir", dataDir], "hunter2");
    expect(created.code).toBe(0);
    expect((await keel(["secret", "ls", "--data-dir", dataDir])).stdout).toContain(created.stdout.trim());
    expect((await keel(["unlock-key", "--quiet", "--data-dir", dataDir])).stdout.trim()).toBe(unlockKey);

    daemon.child.kill("SIGINT");
    expect(await daemon.exited).toBe(0);
    expect(daemon.events().at(-1)?.event).toBe("stopped");

    const locked = await keel(["run", "--no-wait", "--data-dir", dataDir]);
    expect(locked.code).toBe(3);
    expect(locked.stderr).toContain("LOCKED");
    const inspect = await keel(["inspect-wal", "--data-dir", dataDir], "KEELKEY-1-wrong");
    expect(inspect.code).toBe(4);
    const dump = await keel(["inspect-wal", "--data-dir", dataDir], unlockKey);
    expect(dump.code).toBe(0);
    expect(dump.stdout).toContain("key file: locked");
  });
});
