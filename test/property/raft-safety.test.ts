// Raft safety under random schedules: 3–7 voter groups (plus learners and nodes added later)
// driven in-process, with drops, duplicates, reordering, delays, symmetric and one-way
// partitions, crashes that lose whatever was not durable (also in the middle of a Ready),
// membership changes (simple, joint, learners, demotions), leader transfers, snapshots and
// compaction. After every step: election safety, log matching, committed prefixes agree,
// leader completeness, state machine safety, durable votes, linearizable ReadIndex answers.
//
// Replaying a failure: fast-check prints the seed and the shrink path; run
//   FC_SEED=<seed> FC_PATH=<path> npx vitest run test/property/raft-safety.test.ts -t "<test>"
// (test/setup/fast-check.ts) to replay exactly that (shrunk) schedule; the failure message
// names the step and what was violated.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Marks, Schedule } from "./raft-helpers.js";
import { ScheduleRunner, describeSchedule, emptyMarks, scheduleArb } from "./raft-helpers.js";

/** A failure's shrinking is bounded, so a failing run reports within minutes (still with its seed). */
function runParameters(numRuns: number): fc.Parameters<[Schedule]> {
  return { numRuns, interruptAfterTimeLimit: 90_000 };
}

/** replaying: FC_SEED is set, so the run is one schedule and the coverage marks do not apply. */
function replaying(): boolean {
  return fc.readConfigureGlobal().seed !== undefined;
}

function checkSchedule(schedule: Schedule, marks: Marks, converge: boolean): void {
  const runner = new ScheduleRunner(schedule, marks);
  const result = runner.run({ converge });
  if (result.violations.length > 0) {
    throw new Error(`${describeSchedule(schedule)}\n${result.violations.join("\n")}`);
  }
  if (converge && result.converged !== true) {
    throw new Error(`${describeSchedule(schedule)}\nliveness: members did not converge after healing`);
  }
}

describe("raft safety under random schedules", () => {
  test("every step keeps election safety, log matching, leader completeness and state machine safety", () => {
    const marks = emptyMarks();
    const prop = fc.property(scheduleArb({ minActions: 400, maxActions: 1500 }), (schedule) => {
      checkSchedule(schedule, marks, false);
    });
    fc.assert(prop, runParameters(120));
    // Coverage marks: the schedules must actually have exercised what this test claims to.
    if (!replaying()) {
      expect(marks.leaders).toBeGreaterThan(200);
      expect(marks.committed).toBeGreaterThan(400);
      expect(marks.crashes).toBeGreaterThan(200);
      expect(marks.restarts).toBeGreaterThan(200);
      expect(marks.compactions).toBeGreaterThan(50);
      expect(marks.snapshotsDelivered).toBeGreaterThan(10);
      expect(marks.confChangesApplied).toBeGreaterThan(30);
      expect(marks.jointConfigs).toBeGreaterThan(5);
      expect(marks.transfers).toBeGreaterThan(20);
      expect(marks.readsServed).toBeGreaterThan(20);
    }
  });

  test("once faults stop, the members converge on one applied state (and stay safe meanwhile)", () => {
    const marks = emptyMarks();
    const prop = fc.property(scheduleArb({ minActions: 100, maxActions: 600 }), (schedule) => {
      checkSchedule(schedule, marks, true);
    });
    fc.assert(prop, runParameters(60));
    if (!replaying()) {
      expect(marks.leaders).toBeGreaterThan(40);
      expect(marks.snapshotsDelivered).toBeGreaterThan(0);
      expect(marks.confChangesApplied).toBeGreaterThan(5);
    }
  });
});
