// Every manager starts with the Raft ticks the cluster stores (`cluster update --heartbeat-tick
// --election-tick`): read from its recovered log — the last committed proposal that wrote the
// cluster, else the snapshot's cluster — and then no longer shown pending a restart.
import { afterAll, describe, expect, test } from "vitest";
import { Store, defaultClusterSpec, encodeProposal, newCluster, newSecret } from "../../src/fsm/index.js";
import type { Cluster, StoreAction } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import type { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import { storedTicks } from "../../src/manager/stored-ticks.js";
import { encodeSnapshotData } from "../../src/node/snapshot-data.js";
import { EMPTY_CONF_STATE, EntryType } from "../../src/raft/types.js";
import type { Entry } from "../../src/raft/types.js";
import type { Recovered } from "../../src/wal/index.js";
import { CapturedLog, TempDirs, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("stored-ticks");

afterAll(async () => {
  await dirs.cleanup();
});

function withTicks(cluster: Cluster, heartbeatTicks: number, electionTicks: number): Cluster {
  return {
    ...cluster,
    spec: { ...cluster.spec, raft: { ...cluster.spec.raft, heartbeatTicks, electionTicks } },
  };
}

function entry(index: number, actions: readonly StoreAction[]): Entry {
  return {
    term: 1,
    index,
    type: EntryType.Normal,
    data: encodeProposal({ id: index, timestampMs: 0, actions }),
  };
}

/** A recovered log: a snapshot at index 3 with a cluster of ticks 3/30 behind 50 secrets, then `entries`. */
function recovered(entries: readonly Entry[], commit: number): Recovered {
  const store = new Store();
  const cluster = withTicks(newCluster({ id: "c1" }), 3, 30);
  store.apply(
    1,
    encodeProposal({
      id: 1,
      timestampMs: 0,
      actions: [{ action: "create", kind: "cluster", object: cluster }],
    }),
  );
  const secrets = Array.from({ length: 50 }, (_, i) => ({
    action: "create" as const,
    kind: "secret" as const,
    object: newSecret({ id: `s${String(i).padStart(3, "0")}`, name: `s${i}`, data: new Uint8Array([i]) }),
  }));
  store.apply(2, encodeProposal({ id: 2, timestampMs: 0, actions: secrets }));
  store.passOver(3);
  const data = encodeSnapshotData({
    store: store.snapshot(),
    members: [{ id: 1, address: "a:1" }],
    removed: [],
  });
  return {
    hardState: { term: 1, vote: 1, commit },
    snapshot: { data, metadata: { confState: { ...EMPTY_CONF_STATE, voters: [1] }, index: 3, term: 1 } },
    entries,
    notes: [],
    lost: null,
  };
}

describe("storedTicks", () => {
  const stored = withTicks(newCluster({ id: "c1" }), 3, 30);
  const update = (h: number, e: number): StoreAction => ({
    action: "update",
    kind: "cluster",
    object: withTicks(stored, h, e),
  });

  test("the snapshot's cluster, when no committed entry after it wrote one", () => {
    expect(storedTicks(recovered([], 3))).toEqual({ heartbeatTicks: 3, electionTicks: 30 });
  });

  test("the last committed cluster write wins; an uncommitted one does not count", () => {
    const entries = [entry(4, [update(4, 40)]), entry(5, [update(5, 50)]), entry(6, [update(6, 60)])];
    expect(storedTicks(recovered(entries, 5))).toEqual({ heartbeatTicks: 5, electionTicks: 50 });
  });

  test("a log with no cluster yet has none", () => {
    const empty: Recovered = {
      hardState: { term: 0, vote: 0, commit: 0 },
      snapshot: null,
      entries: [],
      notes: [],
      lost: null,
    };
    expect(storedTicks(empty)).toBeNull();
  });
});

describe("a manager restarted after cluster update --heartbeat-tick --election-tick", () => {
  test("runs with them: nothing is pending a restart any more", async () => {
    // No electionTicks in this tuning: a test's tuning would win over the stored ticks.
    const tuning = { tickMs: 50, controllerIntervalMs: 200 };
    const dataDir = await dirs.make("m1");
    const init = await initCluster(
      { dataDir, listen: "127.0.0.1:0", autolock: false },
      { log: log.logger, tuning },
    );
    let manager: Manager = init.manager;
    try {
      const update = keelapi.ClusterUpdateRequest.encode({ heartbeatTick: 2, electionTick: 25 }).finish();
      const updated = keelapi.ClusterUpdateResponse.decode(
        await manager.call("keel.api.ClusterUpdate", update),
      );
      expect(updated.cluster?.pendingRestart).toEqual(["heartbeat_tick", "election_tick"]);
      expect(manager.context.ticks).toEqual({
        heartbeatTicks: defaultClusterSpec.raft.heartbeatTicks,
        electionTicks: defaultClusterSpec.raft.electionTicks,
      });
      await manager.stop({ transferLeadership: false });
      manager = (await runNode({ dataDir }, { log: log.logger, tuning })) as Manager;
      expect(manager.context.ticks).toEqual({ heartbeatTicks: 2, electionTicks: 25 });
      const restarted = manager;
      await waitFor(() => restarted.node.isLeader, "the restarted manager leads");
      const view = keelapi.ClusterView.decode(await manager.call("keel.api.ClusterGet", new Uint8Array(0)));
      expect(view.pendingRestart).toEqual([]);
      expect(Number(view.settings?.electionTick)).toBe(25);
    } finally {
      await manager.stop({ transferLeadership: false });
    }
  });
});
