// The real clock and a simulated one advanced only by the test or simulator that owns it.
import type { Cancel, Clock } from "./seams.js";

/** The longest delay node's timers take as asked (2^31 - 1 ms). */
const timerMsMax = 0x7fff_ffff;

export class SystemClock implements Clock {
  monotonicMs(): number {
    return performance.now();
  }

  realtimeMs(): number {
    return Date.now();
  }

  /**
   * setTimeout runs `fn` after `ms`. Node's own fires at once past 2^31 - 1 ms (~24.8 days): a
   * longer wait is taken in steps of at most that, and an infinite one never fires.
   */
  setTimeout(fn: () => void, ms: number): Cancel {
    if (ms === Infinity) return () => undefined;
    let handle: ReturnType<typeof setTimeout> | null = null;
    const dueMs = performance.now() + ms;
    const arm = (): void => {
      const leftMs = dueMs - performance.now();
      handle = leftMs > timerMsMax ? setTimeout(arm, timerMsMax) : setTimeout(fn, Math.max(0, leftMs));
    };
    if (ms <= timerMsMax) handle = setTimeout(fn, ms);
    else arm();
    return () => {
      if (handle !== null) clearTimeout(handle);
    };
  }

  setInterval(fn: () => void, ms: number): Cancel {
    const handle = setInterval(fn, ms);
    return () => clearInterval(handle);
  }

  defer(fn: () => void): void {
    setImmediate(fn);
  }
}

interface Timer {
  readonly id: number;
  dueMs: number;
  readonly periodMs: number | null;
  readonly fn: () => void;
}

/** Time moves only when advance() is called; timers fire in due order, ties by creation. */
export class SimClock implements Clock {
  private nowMs: number;
  private readonly epochMs: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(options: { startMs?: number; epochMs?: number } = {}) {
    this.nowMs = options.startMs ?? 0;
    this.epochMs = options.epochMs ?? 1_800_000_000_000;
  }

  monotonicMs(): number {
    return this.nowMs;
  }

  realtimeMs(): number {
    return this.epochMs + this.nowMs;
  }

  setTimeout(fn: () => void, ms: number): Cancel {
    return this.add(fn, ms, null);
  }

  setInterval(fn: () => void, ms: number): Cancel {
    return this.add(fn, ms, Math.max(1, ms));
  }

  /** A microtask: time does not move, and the test that drives the clock need not. */
  defer(fn: () => void): void {
    queueMicrotask(fn);
  }

  private add(fn: () => void, ms: number, periodMs: number | null): Cancel {
    const timer: Timer = { id: this.nextId++, dueMs: this.nowMs + Math.max(0, ms), periodMs, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time forward by ms, firing every timer that comes due, in order. */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (;;) {
      const next = this.nextDue(target);
      if (next === undefined) break;
      this.nowMs = next.dueMs;
      if (next.periodMs === null) this.timers = this.timers.filter((t) => t !== next);
      else next.dueMs += next.periodMs;
      next.fn();
    }
    this.nowMs = target;
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  private nextDue(limitMs: number): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) {
      if (t.dueMs > limitMs) continue;
      if (best === undefined || t.dueMs < best.dueMs || (t.dueMs === best.dueMs && t.id < best.id)) best = t;
    }
    return best;
  }
}
