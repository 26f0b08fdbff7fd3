// Commit-only appends: an empty append a leader sends only to move a replicating follower's
// commit index is not answered when accepted (its answer would tell the leader nothing the
// acknowledgements before it did not); a rejection, a probe and a full window still are.
import { describe, expect, test } from "vitest";
import { MessageType, message } from "../../src/raft/types.js";
import { clusterWithLeader } from "./helpers.js";
import { committedOf, lastIndexOf, progressOf, queued } from "./helpers-b.js";

describe("commit-only appends", () => {
  test("a commit notice to a replicating follower is commit-only, applied and not answered", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    expect(c.propose(1, "x")).toBe(true);
    c.processReady(1);
    const index = lastIndexOf(c, 1);
    c.deliverAll(); // the appends carrying x
    c.processReady(2);
    c.processReady(3);
    c.deliverAll(); // their acknowledgements: the leader commits x
    expect(committedOf(c, 1)).toBe(index);
    c.processReady(1);
    const notices = queued(c, MessageType.App, 1);
    expect(notices.map((m) => [m.to, m.entries.length, m.commit, m.commitOnly])).toEqual([
      [2, 0, index, true],
      [3, 0, index, true],
    ]);
    c.deliverAll();
    c.processReady(2);
    c.processReady(3);
    expect(committedOf(c, 2)).toBe(index);
    expect(committedOf(c, 3)).toBe(index);
    expect(queued(c, MessageType.AppResp)).toEqual([]);
    c.stabilize();
    expect(c.node(2).applied.values).toEqual(["x"]);
    expect(progressOf(c, 1, 2).state).toBe("replicate");
    expect(c.checker.violations).toEqual([]);
  });

  test("a commit-only append that does not match the follower's log is answered with a rejection", () => {
    const c = clusterWithLeader([1, 2, 3], 1);
    const { term } = c.node(1).raw.status().hardState;
    const past = lastIndexOf(c, 2) + 5;
    c.node(2).raw.step(
      message({
        type: MessageType.App,
        from: 1,
        to: 2,
        term,
        index: past,
        logTerm: term,
        commit: past,
        commitOnly: true,
      }),
    );
    c.processReady(2);
    const answers = queued(c, MessageType.AppResp, 2, 1);
    expect(answers.map((m) => [m.index, m.reject])).toEqual([[past, true]]);
  });

  test("a commit notice to a probing follower is answered, so the leader replicates to it again at once", () => {
    const c = clusterWithLeader([1, 2, 3, 4, 5], 1);
    expect(c.propose(1, "x")).toBe(true);
    c.processReady(1);
    const index = lastIndexOf(c, 1);
    c.deliverAll();
    for (const id of [2, 3, 4, 5]) c.processReady(id);
    // 2's acknowledgement alone commits nothing (two of five); then 2 is reported unreachable.
    c.deliverAll((m) => m.from === 2);
    expect(committedOf(c, 1)).toBeLessThan(index);
    c.node(1).raw.reportUnreachable(2);
    expect(progressOf(c, 1, 2).state).toBe("probe");
    // 3's acknowledgement commits x: the notice to 2 (caught up, probing) asks for an answer.
    c.deliverAll((m) => m.from === 3);
    expect(committedOf(c, 1)).toBe(index);
    c.processReady(1);
    const toProbe = queued(c, MessageType.App, 1, 2);
    expect(toProbe.map((m) => [m.entries.length, m.commitOnly])).toEqual([[0, false]]);
    // No tick: its answer alone moves 2 back to replicate.
    c.stabilize();
    expect(progressOf(c, 1, 2).state).toBe("replicate");
    expect(c.checker.violations).toEqual([]);
  });
});
