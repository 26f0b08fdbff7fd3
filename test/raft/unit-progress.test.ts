// Progress: the leader's view of one follower — probe / replicate / snapshot transitions,
// acknowledgements, rejections (maybeDecrTo) and when sending is paused.
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { Inflights } from "../../src/raft/inflights.js";
import { Progress, ProgressState } from "../../src/raft/progress.js";

function progress(
  fields: Partial<Pick<Progress, "match" | "next" | "state" | "pendingSnapshot">> = {},
): Progress {
  const pr = new Progress(fields.next ?? 1, new Inflights(3, 0), false);
  if (fields.match !== undefined) pr.match = fields.match;
  if (fields.state !== undefined) pr.state = fields.state;
  if (fields.pendingSnapshot !== undefined) pr.pendingSnapshot = fields.pendingSnapshot;
  return pr;
}

describe("progress state transitions", () => {
  test("becomeProbe from replicate probes just past match", () => {
    const pr = progress({ match: 5, next: 9, state: ProgressState.Replicate });
    pr.inflights.add(7, 1);
    pr.msgAppFlowPaused = true;
    pr.becomeProbe();
    expect([pr.state, pr.next, pr.inflights.count, pr.msgAppFlowPaused]).toEqual([
      ProgressState.Probe,
      6,
      0,
      false,
    ]);
  });

  test("becomeProbe from snapshot resumes after the snapshot (or match, if larger)", () => {
    const pr = progress({ match: 1 });
    pr.becomeSnapshot(10);
    expect([pr.state, pr.pendingSnapshot, pr.next]).toEqual([ProgressState.Snapshot, 10, 11]);
    pr.becomeProbe();
    expect([pr.state, pr.next, pr.pendingSnapshot]).toEqual([ProgressState.Probe, 11, 0]);

    const ahead = progress({ match: 15 });
    ahead.becomeSnapshot(10);
    ahead.becomeProbe();
    expect(ahead.next).toBe(16);
  });

  test("becomeReplicate continues from match + 1", () => {
    const pr = progress({ match: 4, next: 4 });
    pr.becomeReplicate();
    expect([pr.state, pr.next]).toEqual([ProgressState.Replicate, 5]);
  });

  test("sentEntries: replicate pipelines into the inflights, probe pauses after one append", () => {
    const rep = progress({ match: 4, next: 5, state: ProgressState.Replicate });
    rep.sentEntries(3, 30);
    expect([rep.next, rep.inflights.count, rep.isPaused()]).toEqual([8, 1, false]);
    rep.sentEntries(1, 1);
    rep.sentEntries(1, 1);
    expect(rep.isPaused()).toBe(true);

    const probe = progress({ match: 4, next: 5 });
    probe.sentEntries(0, 0);
    expect(probe.isPaused()).toBe(false);
    probe.sentEntries(2, 2);
    expect([probe.isPaused(), probe.next]).toEqual([true, 5]);

    const snap = progress();
    snap.becomeSnapshot(3);
    expect(() => snap.sentEntries(1, 1)).toThrow(AssertionError);
  });

  test("maybeUpdate accepts only newer acknowledgements and unpauses", () => {
    const pr = progress({ match: 3, next: 5 });
    pr.msgAppFlowPaused = true;
    expect(pr.maybeUpdate(2)).toBe(false);
    expect(pr.maybeUpdate(3)).toBe(false);
    expect(pr.isPaused()).toBe(true);
    expect(pr.maybeUpdate(4)).toBe(true);
    expect([pr.match, pr.next, pr.isPaused()]).toEqual([4, 5, false]);
    expect(pr.maybeUpdate(9)).toBe(true);
    expect([pr.match, pr.next]).toEqual([9, 10]);
  });
});

describe("maybeDecrTo", () => {
  test("replicate: a stale rejection (at or below match) is ignored; otherwise next = match + 1", () => {
    const pr = progress({ match: 5, next: 10, state: ProgressState.Replicate });
    expect(pr.maybeDecrTo(5, 5)).toBe(false);
    expect(pr.maybeDecrTo(4, 4)).toBe(false);
    expect(pr.next).toBe(10);
    expect(pr.maybeDecrTo(9, 9)).toBe(true);
    expect(pr.next).toBe(6);
  });

  test("probe: only a rejection of the append just sent counts; the hint bounds the step back", () => {
    const pr = progress({ match: 0, next: 10 });
    pr.msgAppFlowPaused = true;
    expect(pr.maybeDecrTo(5, 5)).toBe(false); // not next - 1: stale
    expect(pr.next).toBe(10);
    expect(pr.maybeDecrTo(9, 3)).toBe(true);
    expect([pr.next, pr.isPaused()]).toEqual([4, false]);
    // The hint never takes next above the rejected index, nor below match + 1.
    const hi = progress({ match: 0, next: 10 });
    expect(hi.maybeDecrTo(9, 50)).toBe(true);
    expect(hi.next).toBe(9);
    const low = progress({ match: 6, next: 10 });
    expect(low.maybeDecrTo(9, 0)).toBe(true);
    expect(low.next).toBe(7);
  });

  test("sentCommit never stays above next - 1", () => {
    const pr = progress({ match: 0, next: 10 });
    pr.recordSentCommit(9);
    pr.maybeDecrTo(9, 2);
    expect(pr.sentCommit).toBe(2);
    expect(pr.canBumpCommit(5)).toBe(false);
  });
});

describe("isPaused", () => {
  test("snapshot state is always paused; the others follow msgAppFlowPaused", () => {
    const pr = progress();
    expect(pr.isPaused()).toBe(false);
    pr.msgAppFlowPaused = true;
    expect(pr.isPaused()).toBe(true);
    pr.becomeReplicate();
    expect(pr.isPaused()).toBe(false);
    pr.becomeSnapshot(4);
    expect(pr.isPaused()).toBe(true);
    expect(pr.toString()).toContain("pendingSnapshot=4");
  });

  test("canBumpCommit: only when the follower has entries it could commit", () => {
    const pr = progress({ match: 5, next: 8, state: ProgressState.Replicate });
    pr.recordSentCommit(3);
    expect(pr.canBumpCommit(3)).toBe(false);
    expect(pr.canBumpCommit(6)).toBe(true);
    pr.recordSentCommit(7);
    expect(pr.canBumpCommit(9)).toBe(false);
  });

  test("clone is deep", () => {
    const pr = progress({ match: 2, next: 3, state: ProgressState.Replicate });
    pr.inflights.add(3, 1);
    const copy = pr.clone();
    pr.inflights.reset();
    pr.match = 9;
    expect([copy.match, copy.inflights.count, copy.state]).toEqual([2, 1, ProgressState.Replicate]);
  });
});
