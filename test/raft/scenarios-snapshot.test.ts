// Scenarios 34-42 of raft-anchors §3.5: snapshots and compaction.
import { describe, expect, test } from "vitest";
import { RaftError } from "../../src/raft/errors.js";
import { Prng } from "../../src/raft/prng.js";
import { RawNode, SnapshotStatus } from "../../src/raft/raw-node.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Message, Snapshot } from "../../src/raft/types.js";
import { ConfChangeType, EMPTY_CONF_STATE, EntryType, MessageType, message } from "../../src/raft/types.js";
import type { Cluster, RaftOverrides } from "../../src/sim/cluster.js";
import { clusterWithLeader, drain, newNode, text } from "./helpers.js";
import {
  committedOf,
  lastIndexOf,
  newCluster,
  processAll,
  progressOf,
  queued,
  stabilizeDropping,
  stabilizeWatching,
  takeQueued,
} from "./helpers-b.js";

const ET = 10;
const isSnapTo = (to: number) => (m: Message) => m.type === MessageType.Snap && m.to === to;

/**
 * Leader 1 of [1,2,3] commits `entries` proposals while 3 is cut off, then snapshots and compacts
 * its log at its applied index (its last index); `more` proposals follow the snapshot (still
 * without 3), then `beforeHeal` runs and the partition heals.
 */
function laggingFollower(
  entries: number,
  options: { raft?: RaftOverrides; more?: number; beforeHeal?: (c: Cluster) => void } = {},
): Cluster {
  const c = clusterWithLeader([1, 2, 3], 1, { raft: options.raft ?? {} });
  c.isolate(3);
  for (let i = 0; i < entries; i++) {
    expect(c.propose(1, `v${i}`)).toBe(true);
    c.stabilize();
  }
  expect(c.compact(1)).toBe(true);
  for (let i = 0; i < (options.more ?? 0); i++) {
    expect(c.propose(1, `w${i}`)).toBe(true);
    c.stabilize();
  }
  options.beforeHeal?.(c);
  c.heal();
  return c;
}

/** After laggingFollower: one heartbeat round, holding back (and returning) the snapshot sent to 3. */
function heldSnapshot(c: Cluster): Message {
  c.tick(1);
  const snaps = stabilizeDropping(c, isSnapTo(3));
  expect(snaps).toHaveLength(1);
  expect(progressOf(c, 1, 3).state).toBe("snapshot");
  return snaps[0] as Message;
}

function expectCaughtUp(c: Cluster, id: number, leader = 1): void {
  expect(lastIndexOf(c, id)).toBe(lastIndexOf(c, leader));
  expect(c.node(id).applied.index).toBe(c.node(leader).applied.index);
  expect(c.node(id).applied.digest).toBe(c.node(leader).applied.digest);
  expect(c.checker.violations).toEqual([]);
}

function snapMessage(to: number, term: number, snapshot: Snapshot): Message {
  return message({ type: MessageType.Snap, from: 1, to, term, snapshot });
}

/** Node 2 of [1,2,3], following leader 1 in term 2, with entries 2..5 (term 2) and commit 3. */
function followerWithLog(): ReturnType<typeof newNode> {
  const n = newNode(2, [1, 2, 3]);
  const entries = [2, 3, 4, 5].map((index) => ({
    term: 2,
    index,
    type: EntryType.Normal,
    data: text(`e${index}`),
  }));
  n.node.step(
    message({ type: MessageType.App, from: 1, to: 2, term: 2, index: 1, logTerm: 1, entries, commit: 3 }),
  );
  drain(n.node, n.storage);
  expect(n.node.status().hardState.commit).toBe(3);
  return n;
}

function snapshotAt(index: number, term: number, voters: readonly number[]): Snapshot {
  return { data: new Uint8Array(0), metadata: { index, term, confState: { ...EMPTY_CONF_STATE, voters } } };
}

describe("snapshots and compaction (34-42)", () => {
  test("scenario 34: a follower far behind a compacted log gets a snapshot, then moves to probe and then replicate", () => {
    // Three more entries after the snapshot: 3 will need them from the log once the snapshot is in.
    const c = laggingFollower(10, { more: 3 });
    const snap = heldSnapshot(c);
    expect(snap.snapshot?.metadata.index).toBeLessThan(lastIndexOf(c, 1));
    expect(snap.snapshot?.metadata.index).toBeGreaterThan(lastIndexOf(c, 3));
    c.node(3).raw.step(snap);
    c.processReady(3);
    expect(c.node(3).storage.snapshot().metadata.index).toBe(snap.snapshot?.metadata.index);
    // The driver reports the transfer done: the leader probes from just past the snapshot.
    c.node(1).raw.reportSnapshot(3, SnapshotStatus.Finish);
    const probing = progressOf(c, 1, 3);
    expect(probing.state).toBe("probe");
    expect(probing.next).toBe((snap.snapshot?.metadata.index ?? 0) + 1);
    // The follower's answer to the snapshot moves it to replicate, and the rest follows by append.
    c.deliverAll((m) => m.from === 3 && m.type === MessageType.AppResp);
    expect(progressOf(c, 1, 3).state).toBe("replicate");
    c.processReady(1);
    const apps = queued(c, MessageType.App, 1, 3);
    expect(apps.flatMap((m) => m.entries.map((e) => e.index))).toContain(lastIndexOf(c, 1));
    c.stabilize();
    expect(queued(c, MessageType.Snap)).toHaveLength(0);
    expectCaughtUp(c, 3);
  });

  test("scenario 35: a snapshot at exactly the leader's last index: the follower's append response alone ends snapshot state", () => {
    const c = laggingFollower(10);
    const snap = heldSnapshot(c);
    expect(snap.snapshot?.metadata.index).toBe(lastIndexOf(c, 1));
    c.node(3).raw.step(snap);
    c.processReady(3);
    // No reportSnapshot: only 3's append response, acknowledging exactly the snapshot index.
    const acks = queued(c, MessageType.AppResp, 3, 1);
    expect(acks.map((m) => m.index)).toEqual([lastIndexOf(c, 1)]);
    c.deliverAll();
    const pr = progressOf(c, 1, 3);
    expect(pr.state).toBe("replicate");
    expect(pr.match).toBe(lastIndexOf(c, 1));
    // Replication continues by append, with no tick and no second snapshot.
    c.propose(1, "after");
    c.processReady(1);
    expect(queued(c, MessageType.App, 1, 3).flatMap((m) => m.entries)).toHaveLength(1);
    c.stabilize();
    expect(c.node(3).applied.values).toEqual(["after"]);
    expectCaughtUp(c, 3);
  });

  test("scenario 36: a snapshot older than the pending one still reconnects the follower when the log continues from it", () => {
    let older: Snapshot | undefined;
    const c = laggingFollower(6, {
      more: 4,
      beforeHeal: (cl) => {
        older = cl.node(1).storage.snapshot();
        // A newer snapshot, keeping the log from just after the older one.
        const keep = lastIndexOf(cl, 1) - older.metadata.index;
        expect(cl.compact(1, keep)).toBe(false);
      },
    });
    if (older === undefined) throw new Error("no older snapshot");
    const olderIndex = older.metadata.index;
    expect(c.node(1).storage.firstIndex()).toBe(olderIndex + 1);
    expect(c.node(1).storage.snapshot().metadata.index).toBe(lastIndexOf(c, 1));
    const pending = heldSnapshot(c);
    expect(pending.snapshot?.metadata.index).toBeGreaterThan(olderIndex);
    // 3 receives the older snapshot instead (say, from an earlier send that arrived late).
    c.node(3).raw.step(snapMessage(3, c.node(1).raw.status().hardState.term, older));
    c.processReady(3);
    expect(queued(c, MessageType.AppResp, 3, 1).map((m) => m.index)).toEqual([olderIndex]);
    c.deliverAll();
    const pr = progressOf(c, 1, 3);
    expect(pr.state).toBe("replicate");
    expect(pr.match).toBe(olderIndex);
    // Everything after the older snapshot comes from the log: no further snapshot is sent.
    const more = stabilizeDropping(c, isSnapTo(3));
    expect(more).toEqual([]);
    expectCaughtUp(c, 3);
  });

  test("scenario 37a: a failed snapshot send is retried and the leader is never stuck in snapshot state", () => {
    const c = laggingFollower(10);
    heldSnapshot(c); // lost on the wire
    c.node(1).raw.reportSnapshot(3, SnapshotStatus.Failure);
    expect(progressOf(c, 1, 3).state).toBe("probe");
    c.tick(1);
    // The next heartbeat response brings a second snapshot.
    expect(stabilizeWatching(c, isSnapTo(3))).toHaveLength(1);
    expectCaughtUp(c, 3);
    expect(c.node(3).storage.snapshot().metadata.index).toBeGreaterThan(1);
    expect(progressOf(c, 1, 3).state).toBe("replicate");
  });

  test("scenario 37b: a follower that crashes mid-install, with no report from the driver, gets the snapshot again within two election timeouts", () => {
    const c = laggingFollower(10);
    const snap = heldSnapshot(c);
    c.node(3).raw.step(snap);
    c.crashDuringReady(3, false);
    c.restart(3);
    expect(c.node(3).storage.snapshot().metadata.index).toBe(1);
    let resent = 0;
    let ticks = 0;
    while (progressOf(c, 1, 3).state !== "replicate" && ticks < 5 * ET) {
      c.tickAll();
      ticks++;
      resent += stabilizeWatching(c, isSnapTo(3)).length;
    }
    expect(resent).toBe(1);
    expect(ticks).toBeGreaterThan(ET);
    expect(ticks).toBeLessThanOrEqual(2 * ET + 1);
    expect(c.leader()).toBe(1);
    expectCaughtUp(c, 3);
  });

  test("scenario 38: a stale snapshot (at or below commit) is ignored; one matching the log only moves the commit index", () => {
    const { node, storage } = followerWithLog();
    // At the commit index: ignored, the answer is the commit index.
    node.step(snapMessage(2, 2, snapshotAt(3, 2, [1, 2, 3])));
    let rd = node.ready();
    expect(rd.snapshot).toBeNull();
    expect(rd.messagesAfterDurable.map((m) => [m.type, m.index])).toEqual([[MessageType.AppResp, 3]]);
    node.advance();
    expect(node.status().lastIndex).toBe(5);
    expect(node.status().hardState.commit).toBe(3);
    // Matching our entry 5 (term 2): the log is kept, only commit moves to 5.
    node.step(snapMessage(2, 2, snapshotAt(5, 2, [1, 2, 3])));
    rd = node.ready();
    expect(rd.snapshot).toBeNull();
    expect(rd.hardState?.commit).toBe(5);
    expect(rd.committedEntries.map((e) => e.index)).toEqual([4, 5]);
    node.advance();
    const log = node.raftForTesting.raftLog;
    expect(log.firstIndex()).toBe(2);
    expect(log.allEntries().map((e) => e.term)).toEqual([2, 2, 2, 2]);
    // For contrast, one past our log (index 7) is installed.
    node.step(snapMessage(2, 2, snapshotAt(7, 2, [1, 2, 3])));
    rd = node.ready();
    expect(rd.snapshot?.metadata.index).toBe(7);
    storage.applySnapshot(rd.snapshot as Snapshot);
    node.advance();
    expect(node.status().lastIndex).toBe(7);
  });

  test("scenario 39: a snapshot whose configuration excludes the receiver is refused", () => {
    const { node } = followerWithLog();
    node.takeEvents();
    node.step(snapMessage(2, 2, snapshotAt(9, 2, [1, 3])));
    expect(node.takeEvents()).toEqual([
      { kind: "snapshot-refused", index: 9, reason: "configuration excludes this node" },
    ]);
    const rd = node.ready();
    expect(rd.snapshot).toBeNull();
    expect(rd.messagesAfterDurable.map((m) => [m.type, m.index])).toEqual([[MessageType.AppResp, 3]]);
    node.advance();
    expect(node.status().lastIndex).toBe(5);
    expect(node.status().config.voters).toEqual([1, 2, 3]);
    // Included as a learner, the same snapshot is taken.
    node.step(
      snapMessage(2, 2, {
        ...snapshotAt(9, 2, [1, 3]),
        metadata: { index: 9, term: 2, confState: { ...EMPTY_CONF_STATE, voters: [1, 3], learners: [2] } },
      }),
    );
    expect(node.ready().snapshot?.metadata.index).toBe(9);
  });

  test("scenario 40: a follower throttled in replicate when the leader compacts past it still gets a snapshot", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { maxInflightMsgs: 2, maxSizePerMsg: 1 } });
    const start = progressOf(c, 1, 3).match;
    // Appends to 3 are lost: after two, its inflight window is full and the leader holds off.
    for (let i = 0; i < 6; i++) {
      c.propose(1, `v${i}`);
      stabilizeDropping(c, (m) => m.to === 3);
    }
    let pr = progressOf(c, 1, 3);
    expect(pr.state).toBe("replicate");
    expect(pr.paused).toBe(true);
    expect(pr.inflight).toBe(2);
    expect(pr.match).toBe(start);
    expect(c.compact(1)).toBe(true);
    expect(c.node(1).storage.firstIndex()).toBeGreaterThan(pr.next);
    // The next heartbeat round finds 3's next entry compacted: a snapshot goes out.
    c.tick(1);
    expect(stabilizeWatching(c, isSnapTo(3))).toHaveLength(1);
    expectCaughtUp(c, 3);
    expect(c.node(3).storage.snapshot().metadata.index).toBe(c.node(1).storage.snapshot().metadata.index);
    pr = progressOf(c, 1, 3);
    expect(pr.state).toBe("replicate");
  });

  test("scenario 41: restarting from a snapshot plus a log tail rebuilds the same hard state, log and configuration", () => {
    // RawNode level (TestRawNodeRestartFromSnapshot): snapshot at 2, entry 3, commit 3, applied 2.
    const storage = new MemoryStorage();
    storage.applySnapshot(snapshotAt(2, 1, [1, 2]));
    storage.append([{ term: 1, index: 3, type: EntryType.Normal, data: text("foo") }]);
    storage.setHardState({ term: 1, vote: 0, commit: 3 });
    const node = new RawNode({ id: 1, storage, applied: 2, prng: Prng.fromSeed(1), checkInvariants: true });
    const rd = node.ready();
    expect(rd.entries).toEqual([]);
    expect(rd.hardState).toBeNull();
    expect(rd.snapshot).toBeNull();
    expect(rd.committedEntries.map((e) => [e.index, new TextDecoder().decode(e.data)])).toEqual([[3, "foo"]]);
    node.advance();
    expect(node.hasReady()).toBe(false);

    // Cluster level, with a configuration change in the snapshot and a tail after it.
    const c = clusterWithLeader([1, 2, 3], 1);
    c.addNode(4);
    expect(
      c.proposeConfChange(1, {
        type: ConfChangeType.AddLearnerNode,
        nodeId: 4,
        context: new Uint8Array(0),
        id: 1,
      }),
    ).toBe(true);
    for (let i = 0; i < 5; i++) c.propose(1, `a${i}`);
    c.stabilize();
    expect(c.compact(2, 2)).toBe(true);
    for (let i = 0; i < 3; i++) c.propose(1, `b${i}`);
    c.stabilize();
    const before = c.node(2).raw.status();
    const log = c.node(2).raw.raftForTesting.raftLog;
    const entries = log.allEntries();
    const first = log.firstIndex();
    const digest = c.node(2).applied.digest;
    c.crash(2);
    c.restart(2);
    const after = c.node(2).raw.status();
    expect(after.hardState).toEqual(before.hardState);
    expect(after.config).toEqual(before.config);
    expect(after.config.learners).toEqual([4]);
    expect(after.lastIndex).toBe(before.lastIndex);
    const rebuilt = c.node(2).raw.raftForTesting.raftLog;
    expect(rebuilt.firstIndex()).toBe(first);
    expect(rebuilt.allEntries()).toEqual(entries);
    expect(after.applied).toBe(c.node(2).storage.snapshot().metadata.index);
    // The tail after the snapshot is applied again and the state machine ends where it was.
    c.stabilize();
    expect(c.node(2).applied.digest).toBe(digest);
    // The snapshot was taken at the applied index; the two entries kept before it are not re-applied.
    expect(c.node(2).applied.values).toEqual(["b0", "b1", "b2"]);
  });

  test("scenario 42: a snapshot temporarily unavailable from storage is retried later, without failing the node", () => {
    class FlakySnapshotStorage extends MemoryStorage {
      unavailable = false;
      refusals = 0;
      override snapshot(): Snapshot {
        if (this.unavailable) {
          this.refusals++;
          throw new RaftError({ code: "SNAPSHOT_TEMPORARILY_UNAVAILABLE" });
        }
        return super.snapshot();
      }
    }
    const flaky = new FlakySnapshotStorage();
    flaky.applySnapshot(snapshotAt(1, 1, [1, 2, 3]));
    const c = newCluster([1, 2, 3]);
    c.addNode(1, flaky);
    c.node(1).raw.campaign();
    c.stabilize();
    expect(c.leader()).toBe(1);
    c.isolate(3);
    for (let i = 0; i < 5; i++) c.propose(1, `v${i}`);
    c.stabilize();
    expect(c.compact(1)).toBe(true);
    c.heal();
    flaky.unavailable = true;
    for (let t = 0; t < 3; t++) {
      c.tick(1);
      expect(stabilizeDropping(c, isSnapTo(3))).toEqual([]);
    }
    expect(flaky.refusals).toBeGreaterThanOrEqual(3);
    expect(progressOf(c, 1, 3).state).toBe("probe");
    expect(c.leader()).toBe(1);
    expect(c.propose(1, "still-working")).toBe(true);
    c.stabilize();
    expect(committedOf(c, 2)).toBe(lastIndexOf(c, 1));
    flaky.unavailable = false;
    c.tick(1);
    c.stabilize();
    expectCaughtUp(c, 3);
    processAll(c);
    expect(takeQueued(c, () => true)).toEqual([]);
  });
});
