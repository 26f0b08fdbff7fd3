// The outgoing stream to one peer: a bounded queue, one connection at a time, messages written
// in order and batched into frames, snapshots streamed in chunks, and reconnection with backoff.
// Raft tolerates loss, so whatever cannot be sent is dropped and reported, never retried here.
import type { Clock, Cancel, RaftTransportHandlers } from "../node/seams.js";
import { encodeMessage } from "../raft/codec.js";
import type { Message, NodeId } from "../raft/types.js";
import { MessageType } from "../raft/types.js";
import type { Backoff } from "./backoff.js";
import type { FramedConnection } from "./connection.js";
import type { Counters } from "./counters.js";
import type { DialTrust } from "./dial.js";
import { dial } from "./dial.js";
import { TransportError } from "./errors.js";
import type { Frame } from "./frame.js";
import { nodeIdOf } from "./identity.js";
import { frameOverheadBytes } from "./limits.js";
import type { ConnectionLimits } from "./listener.js";

export interface PeerStreamOptions {
  readonly peer: NodeId;
  readonly address: string;
  readonly trust: DialTrust;
  readonly limits: ConnectionLimits;
  readonly queueMessagesMax: number;
  readonly snapshotChunkBytes: number;
  readonly snapshotAckTimeoutMs: number;
}

export interface PeerStreamDeps {
  readonly clock: Clock;
  readonly counters: Counters;
  readonly backoff: Backoff;
  /** Handler calls are made from a microtask, never from inside send(). */
  readonly handlers: RaftTransportHandlers;
  readonly nextSnapshotId: () => number;
}

type State = "connecting" | "ready" | "backoff" | "closed";

const emptyBytes = new Uint8Array(0);

export class PeerStream {
  private state: State = "connecting";
  private connection: FramedConnection | null = null;
  private queue: Message[] = [];
  private flushing = false;
  private retry: Cancel | null = null;
  private unreachablePending = false;
  /** Snapshots written and not yet acknowledged: id -> cancel of its ack timer. */
  private readonly unacked = new Map<number, Cancel>();

  constructor(
    readonly options: PeerStreamOptions,
    private readonly deps: PeerStreamDeps,
  ) {
    this.connect();
  }

  get isReady(): boolean {
    return this.state === "ready";
  }

  /** enqueue takes a message for this peer, or drops it (and reports the peer) if it cannot. */
  enqueue(message: Message): void {
    if (this.state === "closed") return;
    if (this.state === "backoff") {
      this.dropped(
        message,
        new TransportError({ code: "CONNECTION_CLOSED", reason: `peer ${this.options.peer} is down` }),
      );
      return;
    }
    if (this.queue.length >= this.options.queueMessagesMax) {
      this.dropped(
        message,
        new TransportError({
          code: "QUEUE_FULL",
          peer: this.options.peer,
          queueMax: this.options.queueMessagesMax,
        }),
      );
      return;
    }
    this.queue.push(message);
  }

  /** flush writes what is queued, if connected; safe to call at any time. */
  flush(): void {
    if (this.state !== "ready" || this.flushing) return;
    this.flushing = true;
    this.writeQueued()
      .catch((error: unknown) => this.disconnected(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        this.flushing = false;
        // A send between the last write and here found `flushing` set and left its messages
        // queued: write them now, or they wait for the next send to this peer.
        if (this.queue.length > 0) this.flush();
      });
  }

  /** close drops the queue and the connection without reporting anything; idempotent. */
  close(): void {
    if (this.state === "closed") return;
    this.state = "closed";
    this.retry?.();
    this.retry = null;
    for (const cancel of this.unacked.values()) cancel();
    this.unacked.clear();
    this.queue = [];
    this.connection?.close("peer removed or transport closed");
    this.connection = null;
  }

  private connect(): void {
    this.state = "connecting";
    dial(
      {
        address: this.options.address,
        channel: "raft",
        trust: this.options.trust,
        expectedNodeId: nodeIdOf(this.options.peer),
        limits: this.options.limits,
      },
      {
        onFrame: (frame) => this.receive(frame),
        onClose: (reason) => this.disconnected(reason),
      },
      { clock: this.deps.clock, counters: this.deps.counters },
    ).then(
      (connection) => {
        if (this.state === "closed") {
          connection.close("closed while connecting");
          return;
        }
        // Closed between the Accept and now (a bad frame in the same read): already in backoff.
        if (!connection.isOpen || this.state !== "connecting") return;
        this.connection = connection;
        this.state = "ready";
        this.deps.backoff.reset();
        this.flush();
      },
      (error: unknown) => {
        const { type } = error instanceof TransportError ? error : { type: null };
        if (type?.code === "PEER_REFUSED" && type.reason === "member-removed") {
          this.later(() => this.deps.handlers.onRemoved?.(this.options.peer));
        }
        this.disconnected(error instanceof Error ? error.message : String(error));
      },
    );
  }

  /** disconnected fails everything in flight, then waits out the backoff and redials. */
  private disconnected(reason: string): void {
    if (this.state === "closed" || this.state === "backoff") return;
    this.state = "backoff";
    this.connection?.close(reason);
    this.connection = null;
    const error = new TransportError({ code: "CONNECTION_CLOSED", reason });
    const queued = this.queue;
    this.queue = [];
    for (const message of queued) this.dropped(message, error);
    this.reportUnreachable();
    for (const [id, cancel] of this.unacked) this.snapshotDone(id, cancel, false);
    this.retry = this.deps.clock.setTimeout(() => {
      this.retry = null;
      if (this.state === "backoff") this.connect();
    }, this.deps.backoff.next());
  }

  private receive(frame: Frame): void {
    if (frame.kind !== "snapshotAck") {
      throw new TransportError({ code: "FRAME_UNEXPECTED", kind: frame.kind, channel: "raft (dialer)" });
    }
    const cancel = this.unacked.get(frame.snapshotId);
    if (cancel === undefined) {
      throw new TransportError({
        code: "SNAPSHOT_INVALID",
        reason: `ack for unknown snapshot ${frame.snapshotId}`,
      });
    }
    this.snapshotDone(frame.snapshotId, cancel, frame.ok);
  }

  private snapshotDone(id: number, cancel: Cancel, ok: boolean): void {
    cancel();
    this.unacked.delete(id);
    this.later(() => this.deps.handlers.onSnapshotStatus(this.options.peer, ok ? "finish" : "failure"));
  }

  private async writeQueued(): Promise<void> {
    const budget = this.options.limits.frameBytesMax - frameOverheadBytes;
    while (this.state === "ready" && this.queue.length > 0) {
      const connection = this.connection;
      if (connection === null) return;
      const head = this.queue[0] as Message;
      if (head.type === MessageType.Snap && head.snapshot !== null) {
        this.queue.shift();
        await this.writeSnapshot(connection, head);
        continue;
      }
      const batch: Uint8Array[] = [];
      let bytes = 0;
      while (this.queue.length > 0) {
        const next = this.queue[0] as Message;
        if (next.type === MessageType.Snap && next.snapshot !== null) break;
        const encoded = encodeMessage(next);
        if (encoded.length + 8 > budget) {
          this.queue.shift();
          this.dropped(
            next,
            new TransportError({ code: "MESSAGE_TOO_LARGE", bytes: encoded.length, bytesMax: budget }),
          );
          continue;
        }
        if (bytes + encoded.length + 8 > budget) break;
        this.queue.shift();
        batch.push(encoded);
        bytes += encoded.length + 8;
      }
      if (batch.length > 0 && !connection.write({ kind: "raftBatch", messages: batch }))
        await connection.drained();
    }
  }

  private async writeSnapshot(connection: FramedConnection, message: Message): Promise<void> {
    const snapshot = message.snapshot;
    if (snapshot === null) return;
    const snapshotId = this.deps.nextSnapshotId();
    const header = encodeMessage({ ...message, snapshot: { ...snapshot, data: emptyBytes } });
    const chunkBytes = this.options.snapshotChunkBytes;
    if (header.length + chunkBytes + frameOverheadBytes > this.options.limits.frameBytesMax) {
      this.dropped(
        message,
        new TransportError({
          code: "MESSAGE_TOO_LARGE",
          bytes: header.length,
          bytesMax: this.options.limits.frameBytesMax,
        }),
      );
      return;
    }
    const cancel = this.deps.clock.setTimeout(() => {
      const pending = this.unacked.get(snapshotId);
      if (pending !== undefined) this.snapshotDone(snapshotId, pending, false);
    }, this.options.snapshotAckTimeoutMs);
    this.unacked.set(snapshotId, cancel);
    const data = snapshot.data;
    let offset = 0;
    do {
      if (this.connection !== connection || !connection.isOpen) return;
      const piece = data.subarray(offset, offset + chunkBytes);
      const first = offset === 0;
      const written = connection.write({
        kind: "snapshotChunk",
        snapshotId,
        message: first ? header : emptyBytes,
        totalBytes: first ? data.length : 0,
        offset,
        data: piece,
      });
      offset += piece.length;
      if (!written) await connection.drained();
    } while (offset < data.length);
  }

  private dropped(message: Message, error: TransportError): void {
    this.deps.counters.unsent(error);
    this.reportUnreachable();
    if (message.type === MessageType.Snap) {
      this.later(() => this.deps.handlers.onSnapshotStatus(this.options.peer, "failure"));
    }
  }

  /** reportUnreachable tells the driver once per burst of failures, however many messages it had. */
  private reportUnreachable(): void {
    if (this.unreachablePending) return;
    this.unreachablePending = true;
    this.later(() => {
      this.unreachablePending = false;
      this.deps.handlers.onUnreachable(this.options.peer);
    });
  }

  private later(fn: () => void): void {
    queueMicrotask(() => {
      if (this.state !== "closed") fn();
    });
  }
}
