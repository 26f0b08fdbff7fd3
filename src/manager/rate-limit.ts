// Rate limits for what peers may ask a manager to do: token buckets keyed by node, address or
// join token, on the manager's Clock (tests step it, nothing waits). A bucket holds `burst`
// requests and gains one every `refillMs`; the number of keys is bounded, since attackers choose
// them (addresses, tokens): past `keysMax` the oldest key is forgotten (it starts full again).
import { assert } from "../assert.js";
import type { Clock } from "../node/index.js";
import { ManagerError } from "./errors.js";

export interface RateLimit {
  /** Requests allowed at once, from a full bucket. */
  readonly burst: number;
  /** One more request is allowed every refillMs. */
  readonly refillMs: number;
}

interface Bucket {
  tokens: number;
  atMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    /** What is limited, in the user's words ("certificate renewal"): the error names it. */
    readonly operation: string,
    readonly limit: RateLimit,
    private readonly clock: Clock,
    private readonly keysMax = 4096,
  ) {
    assert(Number.isSafeInteger(limit.burst) && limit.burst > 0, "a rate limit's burst is positive");
    assert(Number.isSafeInteger(limit.refillMs) && limit.refillMs > 0, "a rate limit's refill is positive");
  }

  /** take spends one request of `key`, or throws RATE_LIMITED with when to retry. */
  take(key: string): void {
    const retryAfterMs = this.tryTake(key);
    if (retryAfterMs > 0) {
      throw new ManagerError({ code: "RATE_LIMITED", operation: this.operation, retryAfterMs });
    }
  }

  /** tryTake spends one request of `key` and answers 0, or answers how long until one is due. */
  tryTake(key: string): number {
    const nowMs = this.clock.monotonicMs();
    const { burst, refillMs } = this.limit;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= this.keysMax) this.forgetOldest();
      bucket = { tokens: burst, atMs: nowMs };
    } else {
      // Re-inserted below: the map's order is least recently used first.
      this.buckets.delete(key);
      const refilled = Math.floor((nowMs - bucket.atMs) / refillMs);
      if (refilled > 0) {
        bucket.tokens = Math.min(burst, bucket.tokens + refilled);
        bucket.atMs = bucket.tokens === burst ? nowMs : bucket.atMs + refilled * refillMs;
      }
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens === 0) return Math.max(1, bucket.atMs + refillMs - nowMs);
    bucket.tokens -= 1;
    return 0;
  }

  private forgetOldest(): void {
    const oldest = this.buckets.keys().next();
    if (oldest.done !== true) this.buckets.delete(oldest.value);
  }
}
