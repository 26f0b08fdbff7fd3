// Live settings: ClusterUpdate validates every setting before it changes anything; every manager
// follows the snapshot interval at once, certificates issued after a new expiry get it, and Raft
// ticks show as pending a restart.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newSecret, soleCluster } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { newObjectId } from "../../src/manager/ids.js";
import type { Manager } from "../../src/manager/manager.js";
import type { Worker } from "../../src/manager/worker.js";
import { CapturedLog, TempDirs, codeOf, joinAs, threeManagers, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("settings");
let init: Initialized;
const managers: Manager[] = [];
let worker: Worker | null = null;
const hourMs = 60 * 60 * 1000;

async function clusterUpdate(
  via: Manager,
  request: keelapi.ClusterUpdateRequest.$Properties,
): Promise<keelapi.ClusterView> {
  const body = keelapi.ClusterUpdateRequest.encode(request).finish();
  return keelapi.ClusterUpdateResponse.decode(await via.call("keel.api.ClusterUpdate", body))
    .cluster as keelapi.ClusterView;
}

async function clusterGet(via: Manager): Promise<keelapi.ClusterView> {
  return keelapi.ClusterView.decode(await via.call("keel.api.ClusterGet", new Uint8Array(0)));
}

/** The interval snapshots one manager logged. */
function intervalSnapshots(name: string): number[] {
  return log
    .events("snapshot")
    .filter((e) => e["n"] === name && e["reason"] === "interval")
    .map((e) => Number(e["index"]));
}

beforeAll(async () => {
  const started = await threeManagers({ dirs, log, tuning });
  init = started.init;
  managers.push(...started.managers);
}, 30_000);

afterAll(async () => {
  await worker?.stop();
  for (const m of managers) await m.stop({ transferLeadership: false });
  await dirs.cleanup();
});

describe("cluster settings", () => {
  test("a snapshot interval of 100 changes when every manager snapshots, without a restart", async () => {
    const leader = managers.find((m) => m.node.isLeader) as Manager;
    const follower = managers.find((m) => !m.node.isLeader) as Manager;
    for (const name of ["m1", "m2", "m3"]) expect(intervalSnapshots(name)).toEqual([]);
    const view = await clusterUpdate(follower, { snapshotInterval: 100 });
    expect(Number(view.settings?.snapshotInterval)).toBe(100);
    const ctx = leader.context;
    // Each secret is created with 1 kB and removed again: the store stays a few kB, so the count
    // decides when to snapshot, not the size condition (snapshotSizeFactor).
    for (let i = 0; i < 250; i++) {
      const secret = newSecret({
        id: newObjectId(ctx.entropy),
        name: `s${i}`,
        data: new Uint8Array(1000).fill(i % 256),
      });
      await ctx.node.propose([{ action: "create", kind: "secret", object: secret }]);
      const stored = ctx.node.store.get("secret", secret.id);
      expect(stored).toBeDefined();
      await ctx.node.propose([{ action: "remove", kind: "secret", object: stored! }]);
    }
    const target = leader.node.status().applied;
    await waitFor(() => managers.every((m) => m.node.status().applied >= target), "all applied");
    for (const name of ["m1", "m2", "m3"]) {
      const indexes = intervalSnapshots(name);
      expect(indexes.length, `${name} took interval snapshots`).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < indexes.length; i++) {
        expect((indexes[i] ?? 0) - (indexes[i - 1] ?? 0)).toBeGreaterThanOrEqual(100);
      }
    }
  });

  test("a certificate issued after a new expiry gets it", async () => {
    await clusterUpdate(managers[0] as Manager, { certExpiryMs: 2 * hourMs });
    const beforeMs = Date.now();
    worker = (await joinAs({ dirs, log, tuning }, init.address, init.joinTokens.worker, "w1")) as Worker;
    const validForMs = Number(worker.status().certificateNotAfterMs) - beforeMs;
    expect(validForMs).toBeGreaterThan(2 * hourMs - 10 * 60_000);
    expect(validForMs).toBeLessThan(2 * hourMs + 10 * 60_000);
  });

  test("Raft ticks are stored and shown pending a restart", async () => {
    const view = await clusterUpdate(managers[1] as Manager, { electionTick: 20, heartbeatTick: 2 });
    expect(view.pendingRestart).toEqual(["heartbeat_tick", "election_tick"]);
    for (const m of managers) {
      await waitFor(
        async () => Number((await clusterGet(m)).settings?.electionTick) === 20,
        "stored everywhere",
      );
    }
  });

  test("each bad value is INVALID_ARGUMENT naming its field, and nothing changes", async () => {
    const via = managers[0] as Manager;
    const before = await clusterGet(via);
    const bad: [keelapi.ClusterUpdateRequest.$Properties, string][] = [
      [{ certExpiryMs: 60_000 }, "cert_expiry_ms"],
      [{ snapshotInterval: 0 }, "snapshot_interval"],
      [{ keepOldSnapshots: 3 }, "keep_old_snapshots"],
      [{ logEntriesForSlowFollowers: 10_000_000 }, "log_entries_for_slow_followers"],
      [{ heartbeatTick: 0 }, "heartbeat_tick"],
      [{ electionTick: 2, heartbeatTick: 2 }, "election_tick"],
      [{ networkKeyRotationMs: 1000 }, "network_key_rotation_ms"],
      [{ networkKeyRotationMs: 90_500 }, "network_key_rotation_ms"],
      // A good value beside a bad one is not applied either.
      [{ snapshotInterval: 500, electionTick: 5000 }, "election_tick"],
    ];
    for (const [request, field] of bad) {
      const failure = await clusterUpdate(via, request).then(
        () => null,
        (error: { code?: string; type?: { field?: string } }) => [error.code, error.type?.field],
      );
      expect(failure, JSON.stringify(request)).toEqual(["INVALID_ARGUMENT", field]);
    }
    const after = await clusterGet(via);
    expect(after.meta?.version).toEqual(before.meta?.version);
    expect(after.settings).toEqual(before.settings);
    expect(await codeOf(clusterUpdate(via, { snapshotInterval: 0 }))).toBe("INVALID_ARGUMENT");
  });

  test("an update that meets a concurrent write to the cluster applies to the cluster as it is now", async () => {
    // The controllers write the cluster object too (join tokens, keys): one lands between the
    // update's read and its proposal.
    const leader = managers.find((m) => m.node.isLeader) as Manager;
    const node = leader.node;
    const propose = node.propose.bind(node);
    let raced = 0;
    node.propose = async (actions, options) => {
      if (raced === 0 && actions[0]?.kind === "cluster") {
        raced++;
        const now = soleCluster(node.store)!;
        await propose([{ action: "update", kind: "cluster", object: { ...now, spec: { ...now.spec } } }]);
      }
      return propose(actions, options);
    };
    try {
      const before = await clusterGet(leader);
      const view = await clusterUpdate(leader, { snapshotInterval: 250 });
      expect(raced).toBe(1);
      expect(Number(view.settings?.snapshotInterval)).toBe(250);
      expect(Number(view.meta?.version)).toBeGreaterThan(Number(before.meta?.version) + 1);
    } finally {
      Reflect.deleteProperty(node, "propose");
    }
  });
});
