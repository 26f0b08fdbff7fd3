// What the API refuses before doing work for a caller: certificate renewals per node, join
// attempts per source address and per token, watches running per node. Each refusal is a typed
// RATE_LIMITED (ManagerError), counted and logged (throttled) through Refusals.
import type { Clock } from "../../node/index.js";
import { ManagerError } from "../errors.js";
import type { RateLimit } from "../rate-limit.js";
import { RateLimiter } from "../rate-limit.js";
import type { ApiRefusalKind, Refusals } from "../refusals.js";

const minuteMs = 60_000;

/** ApiRateLimits: the budgets, each with its reason. Tuning may change them (tests shorten them). */
export interface ApiRateLimits {
  /**
   * Renewals per node: SwarmKit renews at 50-80 % of a certificate's life, so a few per hour is
   * already unusual; a promotion, a rotation and a retry or two fit in the burst.
   */
  readonly renewal: RateLimit;
  /** Join attempts per source address: a machine joins once; a retrying script a few times. */
  readonly joinPerSource: RateLimit;
  /** Join attempts per token: a fleet may join with one token at once, a guesser may not. */
  readonly joinPerToken: RateLimit;
  /** Network-key watches running at once per node (an agent keeps one). */
  readonly watchesPerNodeMax: number;
}

export const apiRateLimitsDefault: ApiRateLimits = {
  renewal: { burst: 5, refillMs: 10 * minuteMs },
  joinPerSource: { burst: 20, refillMs: 1_000 },
  joinPerToken: { burst: 100, refillMs: 100 },
  watchesPerNodeMax: 4,
};

export class ApiGuards {
  readonly limits: ApiRateLimits;
  private readonly renewals: RateLimiter;
  private readonly joinsBySource: RateLimiter;
  private readonly joinsByToken: RateLimiter;
  private readonly watching = new Map<string, number>();

  constructor(
    readonly refusals: Refusals,
    clock: Clock,
    limits: Partial<ApiRateLimits> = {},
  ) {
    this.limits = { ...apiRateLimitsDefault, ...limits };
    this.renewals = new RateLimiter("certificate renewal", this.limits.renewal, clock);
    this.joinsBySource = new RateLimiter("join", this.limits.joinPerSource, clock);
    this.joinsByToken = new RateLimiter("join", this.limits.joinPerToken, clock);
  }

  renewal(nodeId: string, source: string): void {
    this.take(this.renewals, nodeId, "rate-limited-renewal", source);
  }

  /** join spends an attempt of the source and of the token (checked before any work). */
  join(token: string, source: string): void {
    this.take(this.joinsBySource, source, "rate-limited-join", source);
    this.take(this.joinsByToken, token, "rate-limited-join", source);
  }

  /** watch runs `body` as one of the node's watches, or refuses it past the limit. */
  async watch<T>(nodeId: string, source: string, body: () => Promise<T>): Promise<T> {
    const running = this.watching.get(nodeId) ?? 0;
    if (running >= this.limits.watchesPerNodeMax) {
      this.refusals.count("rate-limited-watch", source, `${running} watches of ${nodeId} running`);
      throw new ManagerError({ code: "RATE_LIMITED", operation: "network-key watch", retryAfterMs: 1_000 });
    }
    this.watching.set(nodeId, running + 1);
    try {
      return await body();
    } finally {
      const left = (this.watching.get(nodeId) ?? 1) - 1;
      if (left === 0) this.watching.delete(nodeId);
      else this.watching.set(nodeId, left);
    }
  }

  private take(limiter: RateLimiter, key: string, kind: ApiRefusalKind, source: string): void {
    try {
      limiter.take(key);
    } catch (error) {
      this.refusals.count(kind, source, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
}
