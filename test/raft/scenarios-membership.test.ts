// Scenarios 43-50 of raft-anchors §3.5: membership changes.
import { describe, expect, test } from "vitest";
import { StateType } from "../../src/raft/raft.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { ConfChange, ConfChangeSingle, ConfChangeV2, NodeId } from "../../src/raft/types.js";
import {
  ConfChangeTransition,
  ConfChangeType,
  EMPTY_CONF_STATE,
  EntryType,
  MessageType,
  message,
} from "../../src/raft/types.js";
import type { Cluster } from "../../src/sim/cluster.js";
import { clusterWithLeader, drain, newNode } from "./helpers.js";
import {
  committedOf,
  electSomeLeader,
  lastIndexOf,
  progressOf,
  queued,
  raftErrorOf,
  stabilizeUntil,
  stabilizeWatching,
  takeQueued,
  text,
} from "./helpers-b.js";

const ET = 10;
const NO_CONTEXT = new Uint8Array(0);

function v1(type: ConfChangeType, nodeId: NodeId): ConfChange {
  return { type, nodeId, context: NO_CONTEXT, id: 0 };
}

function v2(transition: ConfChangeTransition, changes: readonly ConfChangeSingle[]): ConfChangeV2 {
  return { transition, changes, context: NO_CONTEXT };
}

const leaveJoint = (): ConfChangeV2 => v2(ConfChangeTransition.Auto, []);

function configOf(c: Cluster, id: NodeId) {
  return c.node(id).raw.status().config;
}

function stateOf(c: Cluster, id: NodeId): StateType {
  return c.node(id).raw.status().softState.raftState;
}

describe("membership (43-50)", () => {
  test("scenario 43: adding a voter (V1) changes the quorum only once applied; the new node is caught up by snapshot", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.addNode(4);
    c.isolate(3);
    c.isolate(4);
    expect(c.proposeConfChange(1, v1(ConfChangeType.AddNode, 4))).toBe(true);
    c.processReady(1);
    const ccIndex = lastIndexOf(c, 1);
    c.deliverAll();
    c.processReady(2);
    c.deliverAll();
    // Committed by 1 and 2: a quorum of the old configuration {1,2,3}. Not applied yet, so
    // the configuration in force is still the old one.
    expect(committedOf(c, 1)).toBe(ccIndex);
    expect(configOf(c, 1).voters).toEqual([1, 2, 3]);
    c.processReady(1); // applies it
    expect(configOf(c, 1).voters).toEqual([1, 2, 3, 4]);
    // Now 2 of 4 is not a quorum.
    expect(c.propose(1, "p")).toBe(true);
    c.stabilize();
    const pIndex = lastIndexOf(c, 1);
    expect(c.node(2).storage.lastIndex()).toBe(pIndex);
    expect(committedOf(c, 1)).toBe(ccIndex);
    // 4 comes online (3 stays away): it gets a snapshot holding the new configuration, and
    // {1,2,4} commits.
    c.heal();
    c.isolate(3);
    c.tick(1);
    const snaps = stabilizeWatching(c, (m) => m.type === MessageType.Snap && m.to === 4);
    expect(snaps).toHaveLength(1);
    expect(snaps[0]?.snapshot?.metadata.confState.voters).toEqual([1, 2, 3, 4]);
    expect(committedOf(c, 1)).toBe(pIndex);
    expect(c.node(4).applied.index).toBe(pIndex);
    expect(c.node(4).applied.digest).toBe(c.node(1).applied.digest);
    expect(configOf(c, 4).voters).toEqual([1, 2, 3, 4]);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 44: adding two voters at once goes through a joint configuration that commits with both majorities and auto-leaves", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.addNode(4);
    c.addNode(5);
    const add = [
      { type: ConfChangeType.AddNode, nodeId: 4 },
      { type: ConfChangeType.AddNode, nodeId: 5 },
    ];
    expect(c.proposeConfChange(1, v2(ConfChangeTransition.Auto, add))).toBe(true);
    // Run until the leader is in the joint configuration, then cut 2 and 3 off at once.
    expect(stabilizeUntil(c, () => configOf(c, 1).votersOutgoing.length > 0)).toBe(true);
    expect(configOf(c, 1)).toEqual({
      voters: [1, 2, 3, 4, 5],
      votersOutgoing: [1, 2, 3],
      learners: [],
      learnersNext: [],
      autoLeave: true,
    });
    c.isolate(2);
    c.isolate(3);
    c.tick(1);
    c.stabilize();
    // The leader proposed leaving; {1,4,5} is a majority of the incoming half and holds it, but
    // {1} is no majority of the outgoing {1,2,3}: nothing commits.
    const last = lastIndexOf(c, 1);
    for (const id of [4, 5]) expect(progressOf(c, 1, id).match).toBe(last);
    expect(committedOf(c, 1)).toBeLessThan(last);
    expect(configOf(c, 1).votersOutgoing).toEqual([1, 2, 3]);
    // With 2 back, both halves have a majority: the leave commits and everyone leaves.
    c.heal();
    c.isolate(3);
    c.tick(1);
    c.stabilize();
    expect(committedOf(c, 1)).toBe(lastIndexOf(c, 1));
    for (const id of [1, 2, 4, 5]) {
      expect(configOf(c, id)).toEqual({ ...EMPTY_CONF_STATE, voters: [1, 2, 3, 4, 5] });
    }
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 44 (votes): a candidate in a joint configuration needs a majority of both halves", () => {
    const joint = {
      ...EMPTY_CONF_STATE,
      voters: [1, 2, 3, 4, 5],
      votersOutgoing: [1, 2, 3],
      autoLeave: true,
    };
    const candidate = (): ReturnType<typeof newNode> => {
      const storage = new MemoryStorage();
      storage.applySnapshot({ data: NO_CONTEXT, metadata: { index: 1, term: 1, confState: joint } });
      const n = newNode(4, [], { storage, preVote: false });
      n.node.campaign();
      const votes = drain(n.node, n.storage).filter((m) => m.type === MessageType.Vote);
      expect(votes.map((m) => m.to)).toEqual([1, 2, 3, 5]);
      return n;
    };
    const vote = (n: ReturnType<typeof newNode>, from: NodeId, granted: boolean): StateType => {
      const term = n.node.status().hardState.term;
      n.node.step(message({ type: MessageType.VoteResp, from, to: 4, term, reject: !granted }));
      drain(n.node, n.storage);
      return n.node.status().softState.raftState;
    };
    // {4,5,1} is 3 of 5 incoming, but {1} is 1 of 3 outgoing: not yet.
    const a = candidate();
    expect(vote(a, 5, true)).toBe(StateType.Candidate);
    expect(vote(a, 1, true)).toBe(StateType.Candidate);
    expect(vote(a, 2, true)).toBe(StateType.Leader);
    // Grants from 5 (incoming only) do not help when the outgoing half says no.
    const b = candidate();
    expect(vote(b, 5, true)).toBe(StateType.Candidate);
    expect(vote(b, 2, false)).toBe(StateType.Candidate);
    expect(vote(b, 3, false)).toBe(StateType.Follower);
  });

  test("scenario 45: the leader is replaced through a joint configuration, hands over inside it, and the removed node never wins", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.addNode(4);
    const replace = [
      { type: ConfChangeType.AddNode, nodeId: 4 },
      { type: ConfChangeType.RemoveNode, nodeId: 1 },
    ];
    expect(c.proposeConfChange(1, v2(ConfChangeTransition.JointExplicit, replace))).toBe(true);
    c.stabilize();
    for (const id of [1, 2, 3, 4]) {
      expect(configOf(c, id)).toEqual({
        ...EMPTY_CONF_STATE,
        voters: [2, 3, 4],
        votersOutgoing: [1, 2, 3],
      });
    }
    expect(c.leader()).toBe(1); // still a voter of the outgoing half
    c.node(1).raw.transferLeader(4);
    c.stabilize();
    expect(c.leader()).toBe(4);
    // 1 is cut off before the leave is proposed: it keeps believing in the joint configuration.
    c.isolate(1);
    expect(c.proposeConfChange(4, leaveJoint())).toBe(true);
    c.stabilize();
    for (const id of [2, 3, 4]) expect(configOf(c, id)).toEqual({ ...EMPTY_CONF_STATE, voters: [2, 3, 4] });
    expect(configOf(c, 1).votersOutgoing).toEqual([1, 2, 3]);
    // 1 returns and 4 dies: 2 and 3 must elect a leader; 1 campaigns too but never wins, its
    // log lacks the committed leave entry that a majority of {2,3,4} holds.
    c.heal();
    c.crash(4);
    let someoneLed = false;
    let campaigns = 0;
    for (let t = 0; t < 10 * ET; t++) {
      c.tickAll();
      campaigns += stabilizeWatching(c, (m) => m.from === 1 && m.type === MessageType.PreVote).length;
      expect(stateOf(c, 1)).not.toBe(StateType.Leader);
      if (c.leader() !== undefined) someoneLed = true;
    }
    expect(campaigns).toBeGreaterThan(0);
    expect(someoneLed).toBe(true);
    expect([2, 3]).toContain(c.leader());
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 45 (informed): a removed node that applied its removal does not campaign at all", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.addNode(4);
    const replace = [
      { type: ConfChangeType.AddNode, nodeId: 4 },
      { type: ConfChangeType.RemoveNode, nodeId: 1 },
    ];
    c.proposeConfChange(1, v2(ConfChangeTransition.JointExplicit, replace));
    c.stabilize();
    c.node(1).raw.transferLeader(4);
    c.stabilize();
    c.proposeConfChange(4, leaveJoint());
    c.stabilize();
    c.tick(4);
    c.stabilize();
    expect(configOf(c, 1).voters).toEqual([2, 3, 4]);
    const term = c.node(1).raw.status().hardState.term;
    for (let t = 0; t < 5 * ET; t++) {
      c.tick(1);
      c.processReady(1);
    }
    expect(queued(c, MessageType.PreVote, 1)).toEqual([]);
    expect(queued(c, MessageType.Vote, 1)).toEqual([]);
    expect(c.node(1).raw.status().hardState.term).toBe(term);
  });

  test("scenario 46: a removed leader steps down (StepDownOnRemoval), stops heartbeating, and a new leader follows within an election timeout or so", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    expect(c.proposeConfChange(1, v1(ConfChangeType.RemoveNode, 1))).toBe(true);
    c.stabilize();
    expect(configOf(c, 2).voters).toEqual([2, 3]);
    expect(stateOf(c, 1)).toBe(StateType.Follower);
    expect(c.leader()).toBeUndefined();
    c.tick(1, 3);
    c.processReady(1);
    expect(c.queue.filter((m) => m.from === 1)).toEqual([]);
    // 2 and 3 elect a leader after their randomized timeout, in [ET, 2ET).
    const { leader, ticks } = electSomeLeader(c, 5 * ET);
    expect([2, 3]).toContain(leader);
    expect(ticks).toBeGreaterThanOrEqual(ET);
    expect(ticks).toBeLessThanOrEqual(2 * ET);
    expect(c.propose(leader, "after")).toBe(true);
    c.stabilize();
    expect(c.node(leader === 2 ? 3 : 2).applied.values).toEqual(["after"]);
  });

  test("scenario 46 (contrast): without StepDownOnRemoval the removed leader keeps heartbeating and the group is stuck", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { stepDownOnRemoval: false } });
    c.proposeConfChange(1, v1(ConfChangeType.RemoveNode, 1));
    c.stabilize();
    expect(configOf(c, 1).voters).toEqual([2, 3]);
    for (let t = 0; t < 5 * ET; t++) {
      c.tickAll();
      c.stabilize();
    }
    expect(c.leader()).toBe(1);
    expect(raftErrorOf(() => c.node(1).raw.propose(text("x")))?.type).toEqual({
      code: "PROPOSAL_DROPPED",
      reason: "not-a-member",
    });
  });

  test("scenario 47: a second conf change while one is pending becomes an empty entry, identically on every node", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    c.addNode(4);
    c.addNode(5);
    c.node(1).raw.takeEvents();
    expect(c.proposeConfChange(1, v1(ConfChangeType.AddLearnerNode, 4))).toBe(true);
    const first = lastIndexOf(c, 1);
    expect(c.proposeConfChange(1, v1(ConfChangeType.AddLearnerNode, 5))).toBe(true);
    const second = lastIndexOf(c, 1);
    expect(c.node(1).raw.takeEvents()).toEqual([
      {
        kind: "conf-change-replaced",
        index: second,
        reason: expect.stringContaining("unapplied conf change"),
      },
    ]);
    c.stabilize();
    const reference = c.node(1).raw.raftForTesting.raftLog.slice(first, second + 1, Infinity);
    expect(reference.map((e) => e.type)).toEqual([EntryType.ConfChange, EntryType.Normal]);
    expect(reference[1]?.data).toEqual(new Uint8Array(0));
    for (const id of [2, 3]) {
      expect(c.node(id).raw.raftForTesting.raftLog.slice(first, second + 1, Infinity)).toEqual(reference);
    }
    // (4 was caught up by a snapshot, so it holds neither entry.)
    for (const id of [1, 2, 3, 4]) expect(configOf(c, id).learners).toEqual([4]);
    // Once the first is applied, the same change is accepted.
    expect(c.proposeConfChange(1, v1(ConfChangeType.AddLearnerNode, 5))).toBe(true);
    c.stabilize();
    expect(configOf(c, 1).learners).toEqual([4, 5]);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 47 (apply time): an invalid change that gets into the log is refused as a no-op on every node", () => {
    const c = clusterWithLeader([1, 2, 3], 1, { raft: { disableConfChangeValidation: true } });
    for (const id of c.ids()) c.node(id).raw.takeEvents();
    // Leaving a joint configuration we are not in: not vetted, so it is appended as is.
    expect(c.proposeConfChange(1, leaveJoint())).toBe(true);
    c.stabilize();
    for (const id of c.ids()) {
      expect(
        c
          .node(id)
          .raw.takeEvents()
          .map((e) => e.kind),
      ).toEqual(["conf-change-refused"]);
      expect(configOf(c, id)).toEqual({ ...EMPTY_CONF_STATE, voters: [1, 2, 3] });
    }
    expect(c.propose(1, "still-fine")).toBe(true);
    c.stabilize();
    expect(c.node(3).applied.values).toEqual(["still-fine"]);
  });

  test("scenario 48: a promoted learner that has not yet seen its promotion still votes", () => {
    const c = clusterWithLeader([1, 2], 1, { learners: [3] });
    c.isolate(3);
    expect(c.proposeConfChange(1, v1(ConfChangeType.AddNode, 3))).toBe(true);
    c.stabilize();
    expect(configOf(c, 2).voters).toEqual([1, 2, 3]);
    expect(configOf(c, 3).learners).toEqual([3]);
    // The leader dies. 2 needs 2 votes of {1,2,3}: its own and 3's, which thinks it is a learner.
    c.crash(1);
    c.heal();
    let won = false;
    for (let t = 0; t < 5 * ET && !won; t++) {
      c.tickAll();
      won = stabilizeUntil(c, () => stateOf(c, 2) === StateType.Leader);
    }
    expect(won).toBe(true);
    expect(configOf(c, 3).learners).toEqual([3]);
    expect(c.node(3).raw.status().hardState.vote).toBe(2);
    c.stabilize();
    expect(configOf(c, 3).voters).toEqual([1, 2, 3]);
    expect(c.checker.violations).toEqual([]);
  });

  test("scenario 49: a voter demoted through LearnersNext keeps its progress when the joint configuration is left", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    const demote = [{ type: ConfChangeType.AddLearnerNode, nodeId: 3 }];
    expect(c.proposeConfChange(1, v2(ConfChangeTransition.JointExplicit, demote))).toBe(true);
    c.stabilize();
    expect(configOf(c, 1)).toEqual({
      ...EMPTY_CONF_STATE,
      voters: [1, 2],
      votersOutgoing: [1, 2, 3],
      learnersNext: [3],
    });
    expect(progressOf(c, 1, 3).isLearner).toBe(false);
    // Leave, stopping right after the leader applies it.
    c.proposeConfChange(1, leaveJoint());
    c.processReady(1);
    const leaveIndex = lastIndexOf(c, 1);
    c.deliverAll();
    c.processReady(2);
    c.processReady(3);
    c.deliverAll();
    expect(committedOf(c, 1)).toBe(leaveIndex);
    c.processReady(1);
    expect(configOf(c, 1)).toEqual({ ...EMPTY_CONF_STATE, voters: [1, 2], learners: [3] });
    const pr = progressOf(c, 1, 3);
    expect(pr.isLearner).toBe(true);
    expect(pr.state).toBe("replicate");
    expect(pr.match).toBe(leaveIndex);
    // Replication to the learner goes on without a probe or a snapshot.
    c.propose(1, "x");
    c.processReady(1);
    expect(queued(c, MessageType.App, 1, 3).flatMap((m) => m.entries.map((e) => e.index))).toContain(
      leaveIndex + 1,
    );
    const snaps = stabilizeWatching(c, (m) => m.type === MessageType.Snap);
    expect(snaps).toEqual([]);
    expect(c.node(3).applied.values).toEqual(["x"]);
  });

  test("scenario 50: removing the leader of a 2-node cluster can only cost liveness, never safety (etcd#10563)", () => {
    // The hazard: a conf change takes effect when applied, and each node applies it when it
    // learns it is committed. Leader 1 of {1,2} removes itself; the entry commits with both acks,
    // 1 applies it and steps down, but the message telling 2 the new commit index is lost, and the
    // operator, seeing 1 removed, shuts it down. 2 still runs the configuration {1,2}: it needs 1's
    // vote to elect itself, so nothing can be elected or committed until 1 answers again.
    // (Thesis §4.3's remedy is to take effect on append, or to move through a joint
    // configuration; the practical one is to move leadership off a node before removing it.)
    // What must hold: the group stalls, but nothing committed is lost or contradicted.
    const c = clusterWithLeader([1, 2], 1);
    c.propose(1, "before");
    c.stabilize();
    expect(c.proposeConfChange(1, v1(ConfChangeType.RemoveNode, 1))).toBe(true);
    c.processReady(1);
    const ccIndex = lastIndexOf(c, 1);
    c.deliverAll();
    c.processReady(2);
    c.deliverAll();
    expect(committedOf(c, 1)).toBe(ccIndex);
    c.processReady(1); // applies the removal and steps down
    expect(stateOf(c, 1)).toBe(StateType.Follower);
    expect(takeQueued(c, (m) => m.to === 2 && m.type === MessageType.App)).toHaveLength(1);
    c.crash(1);
    expect(committedOf(c, 2)).toBeLessThan(ccIndex);
    const committedBefore = committedOf(c, 2);
    // Lost liveness: however long 2 waits, it cannot elect itself or commit anything.
    for (let t = 0; t < 20 * ET; t++) {
      c.tick(2);
      c.stabilize();
      expect(stateOf(c, 2)).not.toBe(StateType.Leader);
    }
    expect(raftErrorOf(() => c.node(2).raw.propose(text("x")))?.code).toBe("PROPOSAL_DROPPED");
    // ... and only liveness: 2's log and commit index are exactly as they were.
    expect(committedOf(c, 2)).toBe(committedBefore);
    expect(lastIndexOf(c, 2)).toBe(ccIndex);
    expect(c.node(2).storage.term(ccIndex)).toBe(c.node(1).storage.term(ccIndex));
    expect(configOf(c, 2).voters).toEqual([1, 2]);
    expect(c.checker.violations).toEqual([]);
    // When 1 answers again (it will not campaign: it knows it was removed), 2 gets its vote,
    // commits the removal, and carries on alone.
    c.restart(1);
    expect(c.node(1).raw.raftForTesting.promotable()).toBe(false);
    const { leader } = electSomeLeader(c, 10 * ET);
    expect(leader).toBe(2);
    c.stabilize();
    expect(configOf(c, 2).voters).toEqual([2]);
    c.crash(1);
    expect(c.propose(2, "after")).toBe(true);
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["before", "after"]);
    expect(c.checker.violations).toEqual([]);
  });
});
