// Callers waiting for something the Ready loop will do: a proposal applied, a read index
// reached, a conf change applied. Each waits with a deadline on the injected Clock, so a lost
// request fails with TIMEOUT instead of hanging, in real time and in simulation alike.
import { NodeError } from "./errors.js";
import type { Cancel, Clock } from "./seams.js";

interface Waiter<T, M> {
  readonly meta: M;
  readonly resolve: (value: T) => void;
  readonly reject: (error: NodeError) => void;
  readonly cancelTimer: Cancel;
}

export class Waiters<K, T, M = undefined> {
  private readonly waiting = new Map<K, Waiter<T, M>>();

  constructor(
    private readonly clock: Clock,
    private readonly operation: string,
  ) {}

  /** Waits for `key`; the caller must not reuse a key still waiting. */
  wait(key: K, meta: M, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cancelTimer = this.clock.setTimeout(() => {
        this.reject(key, new NodeError({ code: "TIMEOUT", operation: this.operation, timeoutMs }));
      }, timeoutMs);
      this.waiting.set(key, { meta, resolve, reject, cancelTimer });
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
  }

  get size(): number {
    return this.waiting.size;
  }

  private take(key: K): Waiter<T, M> | undefined {
    const w = this.waiting.get(key);
    if (w === undefined) return undefined;
    this.waiting.delete(key);
    w.cancelTimer();
    return w;
  }
}
