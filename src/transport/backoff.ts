// Reconnection delays: exponential from a base to a cap, with "equal jitter" (half the delay
// fixed, half drawn from the injected PRNG) so peers that lost a node together do not redial in
// lockstep, while a seed still replays the same delays.
import { assert } from "../assert.js";

/** JitterSource is the part of src/raft/prng.ts's Prng the backoff draws from. */
export interface JitterSource {
  /** A float in [0, 1). */
  float(): number;
}

export class Backoff {
  private attempt = 0;

  constructor(
    private readonly options: { readonly baseMs: number; readonly maxMs: number },
    private readonly prng: JitterSource,
  ) {
    assert(options.baseMs > 0 && options.baseMs <= options.maxMs, "backoff base in (0, max]");
  }

  /** next is the delay before the next attempt; each call doubles the next (up to the cap). */
  next(): number {
    const delayMs = Math.min(this.options.maxMs, this.options.baseMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    return Math.floor(delayMs / 2 + this.prng.float() * (delayMs / 2));
  }

  /** reset starts again from the base, after a success. */
  reset(): void {
    this.attempt = 0;
  }
}
