// Counts of what the transport dropped and refused, by typed reason: the "count" in "drop and
// count" (aesthetics §6.9). One Counters is shared by a node's listener, raft transport and RPC.
import type { DropReason, RefusalReason, TransportError } from "./errors.js";
import { dropReasonOf } from "./errors.js";

export interface CounterSnapshot {
  readonly dropped: Readonly<Partial<Record<DropReason, number>>>;
  readonly refused: Readonly<Partial<Record<RefusalReason, number>>>;
  /** Connections the listener could not take: over its connection limit, or a failed accept. */
  readonly overConnectionLimit: number;
  /** TLS handshakes that failed (e.g. a client certificate from another CA on a strict socket). */
  readonly handshakeFailures: number;
  /** Raft messages dropped on the way out (queue full, peer down, too large). */
  readonly unsent: number;
}

/** Counters accumulates drops and refusals; an optional observer sees each one (for logs). */
export class Counters {
  private readonly dropped: Partial<Record<DropReason, number>> = {};
  private readonly refused: Partial<Record<RefusalReason, number>> = {};
  private overLimit = 0;
  private handshakes = 0;
  private unsentCount = 0;

  constructor(private readonly observer: ((error: TransportError) => void) | null = null) {}

  drop(error: TransportError): void {
    const reason = dropReasonOf(error);
    if (reason !== null) this.dropped[reason] = (this.dropped[reason] ?? 0) + 1;
    this.observer?.(error);
  }

  refuse(reason: RefusalReason): void {
    this.refused[reason] = (this.refused[reason] ?? 0) + 1;
  }

  overConnectionLimit(): void {
    this.overLimit += 1;
  }

  handshakeFailed(): void {
    this.handshakes += 1;
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
      handshakeFailures: this.handshakes,
      unsent: this.unsentCount,
    };
  }
}
