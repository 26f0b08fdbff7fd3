// A node's own snapshot rests between its slices so that they take at most a set share of the
// thread's time (src/node/snapshot-pace.ts).
import { describe, expect, test } from "vitest";
import type { Cancel, Clock } from "../../src/node/seams.js";
import { SnapshotPace, snapshotRestMaxMs } from "../../src/node/snapshot-pace.js";

/** A clock the test moves: a slice "takes" what the test adds; a rest moves it by the rest. */
class SteppedClock implements Clock {
  nowMs = 1_000;
  readonly restsMs: number[] = [];
  monotonicMs(): number {
    return this.nowMs;
  }
  realtimeMs(): number {
    return this.nowMs;
  }
  setTimeout(fn: () => void, ms: number): Cancel {
    this.restsMs.push(ms);
    this.nowMs += ms;
    queueMicrotask(fn);
    return () => undefined;
  }
  setInterval(): Cancel {
    throw new Error("not used");
  }
  defer(fn: () => void): void {
    queueMicrotask(fn);
  }
}

describe("snapshot pace", () => {
  test("a slice owes a rest that keeps the slices to their share: a quarter rests three times the slice", () => {
    expect(SnapshotPace.restMs(10, 250)).toBe(30);
    expect(SnapshotPace.restMs(3, 500)).toBe(3);
    expect(SnapshotPace.restMs(0.4, 250)).toBe(2); // rounded up
  });

  test("always at least a turn of the loop, never more than the cap", () => {
    expect(SnapshotPace.restMs(0, 250)).toBe(1);
    expect(SnapshotPace.restMs(10, 1000)).toBe(1);
    expect(SnapshotPace.restMs(10_000, 250)).toBe(snapshotRestMaxMs);
    expect(SnapshotPace.restMs(-5, 250)).toBe(1);
  });

  test("rests by what each slice took since the last rest ended, not since the pace began", async () => {
    const clock = new SteppedClock();
    const pace = new SnapshotPace(clock, 250);
    const slicesMs = [4, 0, 20, 1];
    for (const ms of slicesMs) {
      clock.nowMs += ms;
      await pace.rest();
    }
    expect(clock.restsMs).toEqual([12, 1, 60, 3]);
    // Over the whole run the slices took at most a quarter of the time.
    const busyMs = slicesMs.reduce((a, b) => a + b, 0);
    const restMs = clock.restsMs.reduce((a, b) => a + b, 0);
    expect(busyMs / (busyMs + restMs)).toBeLessThanOrEqual(0.25);
  });

  test("a share out of range is held to (0, 1]", () => {
    const clock = new SteppedClock();
    const full = new SnapshotPace(clock, 5_000);
    clock.nowMs += 50;
    return full.rest().then(() => expect(clock.restsMs).toEqual([1]));
  });
});
