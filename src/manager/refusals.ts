// Every refusal a manager makes, counted by kind and logged at most once per interval per kind
// and source: a flood shows as a few lines with counts, never a line per attempt. The transport
// counts what it refuses (connections, frames, calls before their handler); this adds what the
// API refuses (rate limits, bad join tokens, watch limits). `snapshot()` is the one object
// `keel status --json` and metrics read.
import type { Clock } from "../node/index.js";
import type { Counters, RefusalKind } from "../transport/index.js";
import type { Logger } from "./log.js";

/** ApiRefusalKind: refusals of the API, after the transport admitted the call. */
export type ApiRefusalKind =
  "rate-limited-renewal" | "rate-limited-join" | "rate-limited-watch" | "join-token-invalid";

/** logIntervalMsDefault: at most one line per kind and source in this long. */
export const refusalLogIntervalMsDefault = 60_000;
/** How many (kind, source) pairs the log remembers; past it the oldest are forgotten. */
const logKeysMax = 1024;

interface LogState {
  lastMs: number;
  suppressed: number;
}

export class Refusals {
  private readonly counts: Partial<Record<ApiRefusalKind, number>> = {};
  private readonly logged = new Map<string, LogState>();
  private readonly stopObserving: () => void;

  constructor(
    private readonly transport: Counters,
    private readonly log: Logger,
    private readonly clock: Clock,
    private readonly intervalMs = refusalLogIntervalMsDefault,
  ) {
    this.stopObserving = transport.observe((event) => this.logThrottled(event));
  }

  /** count records a refusal of the API. */
  count(kind: ApiRefusalKind, source: string, detail: string): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    this.logThrottled({ kind, source, detail });
  }

  /** snapshot is every refusal so far by kind, the transport's and the API's. */
  snapshot(): Readonly<Partial<Record<RefusalKind | ApiRefusalKind, number>>> {
    return { ...this.transport.refusals(), ...this.counts };
  }

  /** close stops observing the transport; idempotent. */
  close(): void {
    this.stopObserving();
  }

  private logThrottled(event: { kind: RefusalKind | ApiRefusalKind; source: string; detail: string }): void {
    const key = `${event.kind} ${event.source}`;
    const nowMs = this.clock.monotonicMs();
    const state = this.logged.get(key);
    if (state !== undefined && nowMs - state.lastMs < this.intervalMs) {
      state.suppressed += 1;
      return;
    }
    this.logged.delete(key);
    if (this.logged.size >= logKeysMax) {
      const oldest = this.logged.keys().next();
      if (oldest.done !== true) this.logged.delete(oldest.value);
    }
    this.logged.set(key, { lastMs: nowMs, suppressed: 0 });
    this.log.warn("refused", {
      kind: event.kind,
      source: event.source,
      detail: event.detail,
      // How many of this kind from this source went unlogged since the last line.
      suppressed: state?.suppressed ?? 0,
      total: this.snapshot()[event.kind] ?? 0,
    });
  }
}
