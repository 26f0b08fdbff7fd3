// Token buckets keyed by what an attacker chooses (an address, a join token, a node): a bucket
// holds `burst` requests and gains one every `refillMs`. The caller passes the time, so the same
// buckets serve a listener (performance.now) and a manager (its Clock, stepped in tests). The
// number of keys is bounded: past `keysMax` the least recently used key is forgotten, and starts
// full again.
import { assert } from "../assert.js";

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

export class TokenBuckets {
  /** Least recently used first: a key is re-inserted each time it is used. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly keysMax = 4096,
  ) {
    assert(Number.isSafeInteger(limit.burst) && limit.burst > 0, "a rate limit's burst is positive");
    assert(Number.isSafeInteger(limit.refillMs) && limit.refillMs > 0, "a rate limit's refill is positive");
    assert(Number.isSafeInteger(keysMax) && keysMax > 0, "a rate limit keeps at least one key");
  }

  /** tryTake spends one request of `key` at `nowMs` and answers 0, or how long until one is due. */
  tryTake(key: string, nowMs: number): number {
    const { burst, refillMs } = this.limit;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= this.keysMax) this.forgetOldest();
      bucket = { tokens: burst, atMs: nowMs };
    } else {
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
