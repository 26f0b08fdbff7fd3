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
import { MetricsServer, NodeMetrics, countingLogger, metricsObserver } from "../../src/metrics/index.js";
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
  // A snapshot every 4 entries, so that a few writes take one.
  const deps = { log, observer: metricsObserver(metrics), tuning: { snapshotEveryEntries: 4 } };
  const init = await initCluster({ dataDir, listen: "127.0.0.1:0", autolock: true }, deps);
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
  const secrets = ["a", "b", "c", "d", "e", "f"];
  for (const name of secrets) await client.secrets.create(name, new Uint8Array(1000).fill(7));
  const refused = await client.secrets.create("a", new Uint8Array([1])).catch((e: unknown) => e);
  expect((refused as { code?: string }).code).toBe("NAME_CONFLICT");
  // A snapshot is encoded off the Ready loop: wait for the one these writes made to be saved.
  const snapshotsBefore = before.get("keel_snapshot_duration_seconds_count") ?? 0;
  const after = await pollUntil("m1", "a snapshot after the writes", 10_000, async () => {
    const values = await scrape(address);
    return (values.get("keel_snapshot_duration_seconds_count") ?? 0) > snapshotsBefore ? values : undefined;
  });
  const grew = (name: string): number => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  expect(grew("keel_raft_commit_index")).toBeGreaterThanOrEqual(secrets.length);
  expect(after.get("keel_raft_applied_index")).toBe(after.get("keel_raft_commit_index"));
  // Each write is a proposal applied (the controllers may add their own), timed, and at least
  // one synced WAL batch of its sealed bytes.
  expect(grew('keel_proposals_total{outcome="applied"}')).toBeGreaterThanOrEqual(secrets.length);
  expect(grew("keel_proposal_duration_seconds_count")).toBeGreaterThanOrEqual(secrets.length);
  expect(grew('keel_proposals_total{outcome="rejected"}')).toBe(1); // The store refused the taken name.
  expect(grew("keel_proposal_duration_seconds_sum")).toBeGreaterThan(0);
  expect(grew("keel_wal_fsync_duration_seconds_count")).toBeGreaterThanOrEqual(secrets.length);
  expect(grew("keel_wal_fsync_duration_seconds_sum")).toBeGreaterThan(0);
  expect(grew("keel_wal_written_bytes_total")).toBeGreaterThan(secrets.length * 1000);
  expect(grew("keel_snapshot_duration_seconds_sum")).toBeGreaterThan(0);
  // The last snapshot was taken at most an interval (4 entries) before the last write.
  expect(after.get("keel_snapshot_last_bytes")).toBeGreaterThan(2 * 1000);

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
