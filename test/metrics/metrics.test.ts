// --metrics-addr: /metrics parses as Prometheus text line by line and moves under writes;
// /health is 200 while the process is up; /ready is 503 on a locked manager and 200 once it
// is unlocked and has applied what it committed.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { KeelClient } from "../../src/client/index.js";
import { initCluster, runNode, silentLogger } from "../../src/manager/index.js";
import type { RunningNode } from "../../src/manager/index.js";
import { MetricsServer, NodeMetrics, countingLogger } from "../../src/metrics/index.js";
import { pollUntil } from "../../src/harness/index.js";

let root = "";
let server: MetricsServer | null = null;
let node: RunningNode | null = null;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-metrics-"));
});

afterAll(async () => {
  await node?.stop();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const sampleLine =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$/;

/** scrape fetches /metrics and parses every line: HELP, TYPE, or `name{labels} value`. */
async function scrape(address: string): Promise<Map<string, number>> {
  const response = await fetch(`http://${address}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const values = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    const match = sampleLine.exec(line);
    expect(match, line).not.toBeNull();
    values.set(`${match?.[1] ?? ""}${match?.[2] ?? ""}`, Number(match?.[3]));
  }
  return values;
}

async function statusOf(address: string, path: string): Promise<number> {
  return (await fetch(`http://${address}${path}`)).status;
}

test("metrics parse and move under writes; ready is 503 while locked and 200 once unlocked", async () => {
  const dataDir = join(root, "m1");
  const metrics = new NodeMetrics();
  server = await MetricsServer.listen("127.0.0.1:0", dataDir, metrics);
  const address = server.address;
  expect(await statusOf(address, "/health")).toBe(200);
  expect(await statusOf(address, "/ready")).toBe(503); // No node yet.

  const log = countingLogger(silentLogger, metrics);
  const init = await initCluster({ dataDir, listen: "127.0.0.1:0", autolock: true }, { log });
  node = init.manager;
  await pollUntil("m1", "ready", 10_000, async () =>
    (await statusOf(address, "/ready")) === 200 ? true : undefined,
  );
  const before = await scrape(address);
  expect(before.get("keel_up")).toBe(1);
  expect(before.get("keel_server_has_leader")).toBe(1);
  expect(before.get("keel_server_is_leader")).toBe(1);
  expect(before.get("keel_raft_term")).toBeGreaterThanOrEqual(1);
  expect(before.get("keel_server_leader_changes_seen_total")).toBe(1);
  expect(before.get('keel_raft_members{suffrage="voter"}')).toBe(1);
  expect(before.get('keel_wal_dek_state{state="idle"}')).toBe(1);
  expect(before.get("keel_certificate_expiry_seconds")).toBeGreaterThan(24 * 60 * 60);
  expect(before.get('keel_nodes{role="manager",state="ready"}')).toBe(1);

  const client = KeelClient.local(dataDir);
  for (const name of ["a", "b", "c"]) await client.secrets.create(name, new Uint8Array([1, 2, 3]));
  const after = await scrape(address);
  expect(after.get("keel_raft_commit_index")).toBeGreaterThanOrEqual(
    (before.get("keel_raft_commit_index") ?? 0) + 3,
  );
  expect(after.get("keel_raft_applied_index")).toBe(after.get("keel_raft_commit_index"));

  // Locked: up, not ready.
  await node.stop();
  node = null;
  const abort = new Promise<void>(() => undefined);
  const restarted = runNode({ dataDir, wait: true, abort }, { log });
  await pollUntil("m1", "locked", 10_000, async () =>
    (await scrape(address)).get("keel_locked") === 1 ? true : undefined,
  );
  expect(await statusOf(address, "/health")).toBe(200);
  const locked = await fetch(`http://${address}/ready`);
  expect(locked.status).toBe(503);
  expect(await locked.text()).toContain("locked");
  await client.unlock(init.unlockKey ?? "");
  node = await restarted;
  await pollUntil("m1", "ready again", 15_000, async () =>
    (await statusOf(address, "/ready")) === 200 ? true : undefined,
  );
  expect(await statusOf(address, "/nope")).toBe(404);
}, 60_000);
