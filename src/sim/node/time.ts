// Simulated time for many nodes in one process: one true time source with one timer queue,
// and per-node clock views over it that may be skewed (realtime offset), drift (run fast or
// slow) and jump. Time never moves by itself: the owner asks for the next due timer and jumps
// straight to it (event-driven), so an idle second costs nothing.
import { assert } from "../../assert.js";
import type { Cancel, Clock } from "../../node/seams.js";

interface Timer {
  readonly id: number;
  /** When it fires, in true milliseconds. */
  dueMs: number;
  /** Repeat period in the owning view's milliseconds, or null for a one-shot timer. */
  readonly periodMs: number | null;
  readonly view: ClockView;
  readonly fn: () => void;
  cancelled: boolean;
}

/** The realtime epoch the simulated clocks start at (2027-01-15), far from any edge case. */
export const simEpochMs = 1_800_000_000_000;

/** One simulated time source: true time and every timer of every view, in due order. */
export class SimTime {
  #nowMs = 0;
  #nextId = 1;
  #timers: Timer[] = [];
  /** The view with no skew, drift or jumps: the network and the simulator itself use it. */
  readonly clock: ClockView;

  constructor() {
    this.clock = new ClockView(this, "true");
  }

  nowMs(): number {
    return this.#nowMs;
  }

  /** A new view of this time: the clock one node sees. */
  view(name: string): ClockView {
    return new ClockView(this, name);
  }

  schedule(view: ClockView, fn: () => void, dueMs: number, periodMs: number | null): Cancel {
    const timer: Timer = { id: this.#nextId++, dueMs, periodMs, view, fn, cancelled: false };
    this.#timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** The due time of the next live timer, or undefined when none is pending. */
  nextDueMs(): number | undefined {
    this.#timers = this.#timers.filter((t) => !t.cancelled);
    let best: number | undefined;
    for (const t of this.#timers) if (best === undefined || t.dueMs < best) best = t.dueMs;
    return best;
  }

  /**
   * fireDue moves true time to `toMs` (never back) and fires every timer due by then, in due
   * order, ties by creation; returns how many fired. Timers set while firing run too when due.
   */
  fireDue(toMs: number): number {
    assert(toMs >= this.#nowMs, "simulated time does not go back");
    let fired = 0;
    for (;;) {
      let next: Timer | undefined;
      for (const t of this.#timers) {
        if (t.cancelled || t.dueMs > toMs) continue;
        if (next === undefined || t.dueMs < next.dueMs || (t.dueMs === next.dueMs && t.id < next.id))
          next = t;
      }
      if (next === undefined) break;
      this.#nowMs = Math.max(this.#nowMs, next.dueMs);
      if (next.periodMs === null) next.cancelled = true;
      else next.dueMs = this.#nowMs + next.view.trueMsFor(next.periodMs);
      fired++;
      next.fn();
    }
    this.#nowMs = toMs;
    return fired;
  }

  pendingTimers(): number {
    return this.#timers.filter((t) => !t.cancelled).length;
  }

  /** Brings the view's pending timers `localMs` closer, as a forward jump of its clock does. */
  pull(view: ClockView, localMs: number): void {
    const byMs = view.trueMsFor(localMs);
    for (const t of this.#timers) {
      if (t.view === view && !t.cancelled) t.dueMs = Math.max(this.#nowMs, t.dueMs - byMs);
    }
  }
}

/**
 * One node's clock over a SimTime. Local time = base + rate × (true time since the last
 * change): a rate of 1.01 runs 1 % fast. Monotonic time only jumps forward (a paused VM);
 * realtime has its own offset and may jump either way (an NTP step).
 */
export class ClockView implements Clock {
  #rate = 1;
  #anchorTrueMs = 0;
  #anchorLocalMs = 0;
  #realtimeOffsetMs = 0;

  constructor(
    private readonly time: SimTime,
    readonly name: string,
  ) {}

  get rate(): number {
    return this.#rate;
  }

  monotonicMs(): number {
    return this.#anchorLocalMs + (this.time.nowMs() - this.#anchorTrueMs) * this.#rate;
  }

  realtimeMs(): number {
    return Math.floor(simEpochMs + this.monotonicMs() + this.#realtimeOffsetMs);
  }

  setTimeout(fn: () => void, ms: number): Cancel {
    if (ms === Infinity) return () => undefined;
    return this.time.schedule(this, fn, this.time.nowMs() + this.trueMsFor(Math.max(0, ms)), null);
  }

  setInterval(fn: () => void, ms: number): Cancel {
    const periodMs = Math.max(1, ms);
    return this.time.schedule(this, fn, this.time.nowMs() + this.trueMsFor(periodMs), periodMs);
  }

  /**
   * A microtask. The simulator already hands a node everything due at one instant before its
   * microtasks run (timers fire in one go), which is what setImmediate gives a real node.
   */
  defer(fn: () => void): void {
    queueMicrotask(fn);
  }

  /** How many true milliseconds pass while this clock counts `localMs`. */
  trueMsFor(localMs: number): number {
    return localMs / this.#rate;
  }

  /** Drift: from now on this clock counts `rate` local ms per true ms (e.g. 0.99–1.01). */
  setRate(rate: number): void {
    assert(rate > 0, "a clock rate is positive");
    this.#anchorLocalMs = this.monotonicMs();
    this.#anchorTrueMs = this.time.nowMs();
    this.#rate = rate;
  }

  /** Skew or an NTP step: realtime moves by `ms` (either way); monotonic time does not. */
  stepRealtime(ms: number): void {
    this.#realtimeOffsetMs += ms;
  }

  /** A pause the node did not see (a stopped VM): its monotonic clock leaps `ms` ahead. */
  leap(ms: number): void {
    assert(ms >= 0, "a monotonic clock only leaps forward");
    this.#anchorLocalMs += ms;
    this.time.pull(this, ms);
  }
}
