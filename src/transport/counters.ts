// Counts of what the transport dropped and refused, by typed reason: the "count" in "drop and
// count" (aesthetics §6.9). One Counters is shared by a node's listener, raft transport and RPC.
// Observers see each refusal with its source address, so a manager can log them (throttled).
import type { DropReason, RefusalReason, TransportError } from "./errors.js";
import { dropReasonOf } from "./errors.js";

export interface CounterSnapshot {
  readonly dropped: Readonly<Partial<Record<DropReason, number>>>;
  readonly refused: Readonly<Partial<Record<RefusalReason, number>>>;
  /** Connections the listener could not take: over its socket backstop, or a failed accept. */
  readonly overConnectionLimit: number;
  /** TLS handshakes that failed (e.g. a client certificate from another CA on a strict socket). */
  readonly handshakeFailures: number;
  /** Raft messages dropped on the way out (queue full, peer down, too large). */
  readonly unsent: number;
}

/** RefusalKind names everything counted as refused or dropped, as `refusals()` keys them. */
export type RefusalKind = RefusalReason | DropReason | "over-connection-limit";

/** RefusalEvent is one refusal as observers see it. */
export interface RefusalEvent {
  readonly kind: RefusalKind;
  /** The peer's address (host only), or "" when unknown. */
  readonly source: string;
  readonly detail: string;
}

export type RefusalObserver = (event: RefusalEvent) => void;

/** Counters accumulates drops and refusals; an optional observer sees each dropped error. */
export class Counters {
  private readonly dropped: Partial<Record<DropReason, number>> = {};
  private readonly refused: Partial<Record<RefusalReason, number>> = {};
  private readonly observers = new Set<RefusalObserver>();
  private overLimit = 0;
  private unsentCount = 0;

  constructor(private readonly observer: ((error: TransportError) => void) | null = null) {}

  /** observe shows every later refusal and drop to `fn`; the result stops it. */
  observe(fn: RefusalObserver): () => void {
    this.observers.add(fn);
    return () => this.observers.delete(fn);
  }

  drop(error: TransportError, source = ""): void {
    const reason = dropReasonOf(error);
    if (reason !== null) {
      this.dropped[reason] = (this.dropped[reason] ?? 0) + 1;
      this.notify({ kind: reason, source, detail: error.message });
    }
    this.observer?.(error);
  }

  refuse(reason: RefusalReason, source = "", detail = ""): void {
    this.refused[reason] = (this.refused[reason] ?? 0) + 1;
    this.notify({ kind: reason, source, detail });
  }

  overConnectionLimit(source = ""): void {
    this.overLimit += 1;
    this.notify({ kind: "over-connection-limit", source, detail: "" });
  }

  handshakeFailed(source = "", detail = ""): void {
    this.refuse("handshake-failed", source, detail);
  }

  unsent(error: TransportError): void {
    this.unsentCount += 1;
    this.observer?.(error);
  }

  snapshot(): CounterSnapshot {
    return {
      dropped: { ...this.dropped },
      refused: { ...this.refused },
      overConnectionLimit: this.overLimit,
      handshakeFailures: this.refused["handshake-failed"] ?? 0,
      unsent: this.unsentCount,
    };
  }

  /** refusals is every refusal and drop by kind, in one flat object (status, metrics). */
  refusals(): Partial<Record<RefusalKind, number>> {
    const all: Partial<Record<RefusalKind, number>> = { ...this.dropped, ...this.refused };
    if (this.overLimit > 0) all["over-connection-limit"] = this.overLimit;
    return all;
  }

  private notify(event: RefusalEvent): void {
    for (const fn of this.observers) fn(event);
  }
}
