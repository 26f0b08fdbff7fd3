// Callers waiting for something the Ready loop will do: a proposal applied, a read index
// reached, a conf change applied. Each waits with a deadline on the injected Clock, so a lost
// request fails with TIMEOUT instead of hanging, in real time and in simulation alike.
// The deadlines share one timer, armed for the earliest: a timer of its own per waiter cost a
// timer object, two closures and a timer-list insert and removal for every proposal, though
// nearly every one is settled long before its deadline.
import { NodeError } from "./errors.js";
import type { Cancel, Clock } from "./seams.js";

interface Waiter<T, M> {
  readonly meta: M;
  readonly resolve: (value: T) => void;
  readonly reject: (error: NodeError) => void;
  /** On the clock's monotonic scale; Infinity never times out. */
  readonly deadlineMs: number;
  readonly timeoutMs: number;
}

export class Waiters<K, T, M = undefined> {
  private readonly waiting = new Map<K, Waiter<T, M>>();
  /**
   * The one deadline timer, or null. Invariant: when set, it fires no later than the earliest
   * deadline of a waiter (it may be earlier: a waiter settled before its deadline leaves the
   * timer as it was, and its firing arms it again for the earliest one left, if any).
   */
  private timer: Cancel | null = null;
  private timerDueMs = Infinity;

  constructor(
    private readonly clock: Clock,
    private readonly operation: string,
  ) {}

  /** Waits for `key`; the caller must not reuse a key still waiting. */
  wait(key: K, meta: M, timeoutMs: number): Promise<T> {
    const deadlineMs = this.clock.monotonicMs() + timeoutMs;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(key, { meta, resolve, reject, deadlineMs, timeoutMs });
      if (deadlineMs < this.timerDueMs) this.arm(deadlineMs);
    });
  }

  has(key: K): boolean {
    return this.waiting.has(key);
  }

  meta(key: K): M | undefined {
    return this.waiting.get(key)?.meta;
  }

  resolve(key: K, value: T): boolean {
    const w = this.take(key);
    w?.resolve(value);
    return w !== undefined;
  }

  reject(key: K, error: NodeError): boolean {
    const w = this.take(key);
    w?.reject(error);
    return w !== undefined;
  }

  /** Settles every waiter whose meta passes `pick`, in key insertion order. */
  settleWhere(pick: (meta: M, key: K) => boolean, settle: (key: K, meta: M) => void): void {
    for (const [key, w] of [...this.waiting]) if (pick(w.meta, key)) settle(key, w.meta);
  }

  rejectAll(error: () => NodeError): void {
    for (const key of [...this.waiting.keys()]) this.reject(key, error());
    this.disarm();
  }

  get size(): number {
    return this.waiting.size;
  }

  private take(key: K): Waiter<T, M> | undefined {
    const w = this.waiting.get(key);
    if (w === undefined) return undefined;
    this.waiting.delete(key);
    return w;
  }

  private arm(dueMs: number): void {
    this.disarm();
    this.timerDueMs = dueMs;
    this.timer = this.clock.setTimeout(() => this.expire(dueMs), dueMs - this.clock.monotonicMs());
  }

  private disarm(): void {
    this.timer?.();
    this.timer = null;
    this.timerDueMs = Infinity;
  }

  /**
   * Fails the waiters past their deadline (in insertion order) and arms the timer for the next.
   * A timer that fired has reached `dueMs`, whatever the clock reads (a timer may fire a hair
   * early by the clock's arithmetic): so each firing fails at least the waiter it was armed for.
   */
  private expire(dueMs: number): void {
    this.timer = null;
    this.timerDueMs = Infinity;
    const nowMs = Math.max(this.clock.monotonicMs(), dueMs);
    const expired: K[] = [];
    let nextMs = Infinity;
    for (const [key, w] of this.waiting) {
      if (w.deadlineMs <= nowMs) expired.push(key);
      else nextMs = Math.min(nextMs, w.deadlineMs);
    }
    if (nextMs < Infinity) this.arm(nextMs);
    for (const key of expired) {
      const timeoutMs = this.waiting.get(key)?.timeoutMs ?? 0;
      this.reject(key, new NodeError({ code: "TIMEOUT", operation: this.operation, timeoutMs }));
    }
  }
}
