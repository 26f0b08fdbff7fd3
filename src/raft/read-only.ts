// Pending linearizable reads on the leader (ReadIndex): each waits for a quorum to confirm,
// by heartbeat, that this node was still the leader after the read arrived.
import type { Message, NodeId } from "./types.js";
import { hexOf } from "./util.js";

export const ReadOnlyOption = { Safe: "safe", LeaseBased: "lease-based" } as const;
export type ReadOnlyOption = (typeof ReadOnlyOption)[keyof typeof ReadOnlyOption];

/** A read that may be served once the state machine has applied `index`. */
export interface ReadState {
  readonly index: number;
  readonly requestCtx: Uint8Array;
}

interface PendingRead {
  readonly index: number;
  readonly request: Message;
  readonly acks: Set<NodeId>;
}

export class ReadOnly {
  private readonly pending = new Map<string, PendingRead>();
  private queue: string[] = [];

  constructor(readonly option: ReadOnlyOption) {}

  /** Records a read at commit index `index`; a duplicate context is ignored. */
  addRequest(index: number, request: Message): void {
    const key = hexOf(request.context);
    if (this.pending.has(key)) return;
    this.pending.set(key, { index, request, acks: new Set() });
    this.queue.push(key);
  }

  /** Records a heartbeat acknowledgement for the read with this context; returns its acks. */
  recvAck(id: NodeId, context: Uint8Array): ReadonlySet<NodeId> | undefined {
    const read = this.pending.get(hexOf(context));
    if (read === undefined) return undefined;
    read.acks.add(id);
    return read.acks;
  }

  /** Releases the read with this context and every read queued before it. */
  advance(context: Uint8Array): { index: number; request: Message }[] {
    const key = hexOf(context);
    const at = this.queue.indexOf(key);
    if (at < 0) return [];
    const released = this.queue.slice(0, at + 1);
    this.queue = this.queue.slice(at + 1);
    return released.flatMap((k) => {
      const read = this.pending.get(k);
      this.pending.delete(k);
      return read === undefined ? [] : [{ index: read.index, request: read.request }];
    });
  }

  lastPendingRequestCtx(): Uint8Array | undefined {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? undefined : this.pending.get(key)?.request.context;
  }

  pendingCount(): number {
    return this.queue.length;
  }

  clear(): void {
    this.pending.clear();
    this.queue = [];
  }
}
