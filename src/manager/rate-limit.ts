// Rate limits for what peers may ask a manager to do: token buckets keyed by node, address or
// join token (src/transport/token-buckets.ts), on the manager's Clock (tests step it, nothing
// waits); a request over its limit is refused as RATE_LIMITED with when to retry.
import type { Clock } from "../node/index.js";
import type { RateLimit } from "../transport/token-buckets.js";
import { TokenBuckets } from "../transport/token-buckets.js";
import { ManagerError } from "./errors.js";

export type { RateLimit } from "../transport/token-buckets.js";

export class RateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(
    /** What is limited, in the user's words ("certificate renewal"): the error names it. */
    readonly operation: string,
    readonly limit: RateLimit,
    private readonly clock: Clock,
    keysMax = 4096,
  ) {
    this.buckets = new TokenBuckets(limit, keysMax);
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
    return this.buckets.tryTake(key, this.clock.monotonicMs());
  }
}
