// Waiters: every wait fails with TIMEOUT at its own deadline unless settled first, while all of
// them share one timer on the clock.
import { describe, expect, test } from "vitest";
import { SimClock } from "../../src/node/clock.js";
import { NodeError } from "../../src/node/errors.js";
import { Waiters } from "../../src/node/waiters.js";

/** The outcome of each wait so far, by key: "pending", "resolved" or the error's code. */
function track(waiters: Waiters<number, string>, clock: SimClock, timeouts: readonly number[]) {
  const outcomes = new Map<number, string>();
  for (const [key, timeoutMs] of timeouts.entries()) {
    outcomes.set(key, "pending");
    waiters.wait(key, undefined, timeoutMs).then(
      () => outcomes.set(key, "resolved"),
      (e: unknown) => outcomes.set(key, e instanceof NodeError ? e.type.code : "?"),
    );
  }
  return async (ms: number): Promise<string[]> => {
    clock.advance(ms);
    await Promise.resolve(); // The settled promises' handlers.
    await Promise.resolve();
    return [...outcomes.values()];
  };
}

describe("waiters", () => {
  test("a thousand waits hold one timer between them", () => {
    const clock = new SimClock();
    const waiters = new Waiters<number, string>(clock, "propose");
    for (let key = 0; key < 1_000; key++) void waiters.wait(key, undefined, 5_000 + (key % 7)).catch(() => 0);
    expect(clock.pendingTimers()).toBe(1);
    waiters.rejectAll(() => new NodeError({ code: "STOPPED", state: "closed" }));
    expect(clock.pendingTimers()).toBe(0);
  });

  test("each wait times out at its own deadline, whatever the order they came in", async () => {
    const clock = new SimClock();
    const waiters = new Waiters<number, string>(clock, "propose");
    const advance = track(waiters, clock, [300, 100, 200, Infinity]);
    expect(await advance(99)).toEqual(["pending", "pending", "pending", "pending"]);
    expect(await advance(1)).toEqual(["pending", "TIMEOUT", "pending", "pending"]);
    expect(await advance(99)).toEqual(["pending", "TIMEOUT", "pending", "pending"]);
    expect(await advance(1)).toEqual(["pending", "TIMEOUT", "TIMEOUT", "pending"]);
    expect(await advance(100)).toEqual(["TIMEOUT", "TIMEOUT", "TIMEOUT", "pending"]);
    // Only the wait without a deadline is left, and it holds no timer.
    expect(clock.pendingTimers()).toBe(0);
    expect(await advance(1e9)).toEqual(["TIMEOUT", "TIMEOUT", "TIMEOUT", "pending"]);
  });

  test("a settled wait never times out, and a later, earlier deadline is kept", async () => {
    const clock = new SimClock();
    const waiters = new Waiters<number, string>(clock, "propose");
    const advance = track(waiters, clock, [100, 1_000]);
    waiters.resolve(0, "applied");
    expect(await advance(100)).toEqual(["resolved", "pending"]);
    // A wait made now with a deadline before the armed one's still fails on time.
    let late = "pending";
    waiters.wait(2, undefined, 50).then(
      () => (late = "resolved"),
      (e: unknown) => (late = e instanceof NodeError ? e.type.code : "?"),
    );
    await advance(50);
    expect(late).toBe("TIMEOUT");
    expect(await advance(850)).toEqual(["resolved", "TIMEOUT"]);
  });
});
