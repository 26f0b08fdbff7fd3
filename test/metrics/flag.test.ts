// `keel init --metrics-addr 127.0.0.1:0` (the compiled bin) logs where it serves, answers
// /ready and /metrics while it runs, and a bad address is a usage error.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { pollUntil } from "../../src/harness/index.js";
import { distCli, ensureBuilt } from "../package/built.js";

let root = "";

beforeAll(async () => {
  ensureBuilt();
  root = await mkdtemp(join(tmpdir(), "keel-metrics-flag-"));
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test("keel init --metrics-addr serves /ready and /metrics and logs its address", async () => {
  const child = spawn(
    process.execPath,
    [
      distCli,
      "init",
      "--data-dir",
      join(root, "m1"),
      "--listen",
      "127.0.0.1:0",
      "--metrics-addr",
      "127.0.0.1:0",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  try {
    const address = await pollUntil("m1", "the metrics event", 20_000, () => {
      const line = stderr.split("\n").find((l) => l.includes('"event":"metrics"'));
      return line === undefined ? undefined : (JSON.parse(line) as { address: string }).address;
    });
    await pollUntil("m1", "ready", 20_000, async () =>
      (await fetch(`http://${address}/ready`)).status === 200 ? true : undefined,
    );
    const text = await (await fetch(`http://${address}/metrics`)).text();
    expect(text).toMatch(/^keel_server_has_leader 1$/m);
    // The daemon hands the registry its observer: init's own writes are already counted.
    const value = (name: string): number => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
    expect(value("keel_wal_written_bytes_total")).toBeGreaterThan(0);
    expect(value("keel_wal_fsync_duration_seconds_count")).toBeGreaterThan(0);
  } finally {
    child.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
}, 60_000);

test("a --metrics-addr that is not HOST:PORT is a usage error", () => {
  const result = spawnSync(
    process.execPath,
    [distCli, "run", "--data-dir", join(root, "x"), "--metrics-addr", "9090"],
    {
      encoding: "utf8",
    },
  );
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("--metrics-addr is HOST:PORT");
});
