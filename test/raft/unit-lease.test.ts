// A lease read rests only on members that acknowledged the leader since the last CheckQuorum
// round: members just added count as active for CheckQuorum (so the leader is not deposed before
// hearing from them) but must not count toward the lease.
import { describe, expect, test } from "vitest";
import { ConfChangeTransition, ConfChangeType, MessageType } from "../../src/raft/types.js";
import { clusterWithLeader } from "./helpers.js";

function leaseCluster() {
  const c = clusterWithLeader([1, 2, 3], 1, { raft: { readOnlyOption: "lease-based" } });
  // One CheckQuorum round with no traffic: 2 and 3 have not acknowledged since.
  c.node(1).raw.raftForTesting.electionElapsed = 0;
  for (let i = 0; i < 10; i++) c.node(1).raw.tick();
  c.queue = [];
  while (c.node(1).raw.hasReady()) {
    c.node(1).raw.ready();
    c.node(1).raw.advance();
  }
  c.queue = [];
  return c;
}

function readAnsweredAtOnce(c: ReturnType<typeof leaseCluster>): boolean {
  const raw = c.node(1).raw;
  raw.readIndex(new TextEncoder().encode("r"));
  const rd = raw.ready();
  raw.advance();
  return rd.readStates.length > 0 && !rd.messages.some((m) => m.type === MessageType.Heartbeat);
}

describe("lease reads", () => {
  test("after a quorum acknowledged this round, a lease read is answered at once", () => {
    const c = leaseCluster();
    c.node(1).raw.raftForTesting.trk.progress.forEach((pr, id) => {
      if (id !== 1) pr.acknowledgedThisRound = true;
    });
    expect(readAnsweredAtOnce(c)).toBe(true);
  });

  test("members just added do not make up a lease quorum the old members never acknowledged", () => {
    const c = leaseCluster();
    const raw = c.node(1).raw;
    raw.applyConfChange({
      transition: ConfChangeTransition.Auto,
      changes: [{ type: ConfChangeType.AddNode, nodeId: 4 }],
      context: new Uint8Array(0),
    });
    raw.applyConfChange({
      transition: ConfChangeTransition.Auto,
      changes: [{ type: ConfChangeType.AddNode, nodeId: 5 }],
      context: new Uint8Array(0),
    });
    // 1, 4 and 5 are "recently active" (a majority of five), but only 1 acknowledged anything.
    expect(raw.raftForTesting.trk.quorumActive()).toBe(true);
    expect(readAnsweredAtOnce(c)).toBe(false);
  });
});
