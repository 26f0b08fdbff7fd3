// TlsRaftTransport: the RaftTransport seam (src/node/seams.ts) over mutual TLS. Outgoing traffic
// goes through one PeerStream per peer (its own dialed connection); incoming traffic arrives on
// connections other managers dialed to our listener's raft channel.
import type { Clock, RaftTransport, RaftTransportHandlers } from "../node/seams.js";
import type { Message, NodeId } from "../raft/types.js";
import { MessageType } from "../raft/types.js";
import { parseAddress } from "./address.js";
import { anonymous } from "./authenticate.js";
import type { Caller } from "./authenticate.js";
import type { JitterSource } from "./backoff.js";
import { Backoff } from "./backoff.js";
import type { FramedConnection } from "./connection.js";
import type { Counters } from "./counters.js";
import type { TlsCredentials } from "./credentials.js";
import { TransportError } from "./errors.js";
import { raftIdOf } from "./identity.js";
import { InboundRaftConnection } from "./inbound.js";
import {
  backoffBaseMsDefault,
  backoffMaxMsDefault,
  frameOverheadBytes,
  queueMessagesMaxDefault,
  snapshotAckTimeoutMsDefault,
  snapshotBytesMaxDefault,
  snapshotChunkBytesDefault,
} from "./limits.js";
import type { TlsListener, Vet } from "./listener.js";
import { PeerStream } from "./peer-stream.js";

/** RaftTransportLimits tune the raft traffic; every one has a default in limits.ts. */
export interface RaftTransportLimits {
  readonly queueMessagesMax: number;
  readonly snapshotChunkBytes: number;
  readonly snapshotBytesMax: number;
  readonly snapshotAckTimeoutMs: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
}

export const raftTransportLimitsDefault: RaftTransportLimits = {
  queueMessagesMax: queueMessagesMaxDefault,
  snapshotChunkBytes: snapshotChunkBytesDefault,
  snapshotBytesMax: snapshotBytesMaxDefault,
  snapshotAckTimeoutMs: snapshotAckTimeoutMsDefault,
  backoffBaseMs: backoffBaseMsDefault,
  backoffMaxMs: backoffMaxMsDefault,
};

export interface TlsRaftTransportOptions {
  /** The node's listener; the transport serves its raft channel. */
  readonly listener: TlsListener;
  /** This manager's credentials: its Raft id is its certificate's CN. */
  readonly credentials: TlsCredentials;
  readonly limits?: Partial<RaftTransportLimits>;
}

export interface TlsRaftTransportDeps {
  readonly clock: Clock;
  /** Jitter for reconnection backoff (a Prng fork). */
  readonly prng: JitterSource;
}

type Status = "new" | "started" | "closed";

export class TlsRaftTransport implements RaftTransport {
  /** This node's Raft id (parsed from its certificate's CN). */
  readonly localId: NodeId;
  private readonly limits: RaftTransportLimits;
  private status: Status = "new";
  private handlers: RaftTransportHandlers | null = null;
  private readonly addresses = new Map<NodeId, string>();
  private readonly streams = new Map<NodeId, PeerStream>();
  private readonly inbound = new Map<NodeId, InboundRaftConnection>();
  private snapshotIds = 0;
  private readonly acceptor = (connection: FramedConnection, caller: Caller): void =>
    this.accept(connection, caller);
  /** A member the cluster removed is refused, and so learns it (see RaftTransportHandlers.onRemoved). */
  private readonly vet: Vet = (caller) =>
    caller !== anonymous && this.handlers?.isRemoved?.(raftIdOf(caller.nodeId)) === true
      ? { reason: "member-removed", detail: `node ${caller.nodeId} was removed from the cluster` }
      : null;

  constructor(
    private readonly options: TlsRaftTransportOptions,
    private readonly deps: TlsRaftTransportDeps,
  ) {
    this.localId = raftIdOf(options.credentials.identity.nodeId);
    this.limits = { ...raftTransportLimitsDefault, ...options.limits };
    checkLimits(this.limits, options.listener.limits.frameBytesMax);
  }

  get counters(): Counters {
    return this.options.listener.counters;
  }

  /** start attaches to the listener's raft channel and dials every known peer. */
  async start(handlers: RaftTransportHandlers): Promise<void> {
    if (this.status !== "new")
      throw new TransportError({ code: "NOT_OPEN", what: "raft transport (start twice or after close)" });
    this.handlers = handlers;
    this.options.listener.attach("raft", this.acceptor, this.vet);
    this.status = "started";
    for (const [id, address] of this.addresses) this.openStream(id, address);
    await Promise.resolve();
  }

  /** send queues each message on its peer's stream; never blocks, never throws for the network. */
  send(messages: readonly Message[]): void {
    if (this.status === "closed") return;
    const handlers = this.started();
    const touched = new Set<PeerStream>();
    for (const message of messages) {
      const stream = this.streams.get(message.to);
      if (stream === undefined) {
        this.counters.unsent(
          new TransportError({ code: "CONNECTION_CLOSED", reason: `no address for peer ${message.to}` }),
        );
        queueMicrotask(() => {
          // Closed meanwhile: a closed transport reports nothing (as PeerStream does).
          if (this.status === "closed") return;
          handlers.onUnreachable(message.to);
          if (message.type === MessageType.Snap) handlers.onSnapshotStatus(message.to, "failure");
        });
        continue;
      }
      stream.enqueue(message);
      touched.add(stream);
    }
    for (const stream of touched) stream.flush();
  }

  /**
   * addPeer records where a peer listens; a new address replaces the old connection. An address
   * that is no host:port is counted and not recorded (the peer stays unknown, so sends to it are
   * reported unreachable): it comes from a membership change, where throwing would stop Raft.
   */
  addPeer(id: NodeId, address: string): void {
    if (this.status === "closed" || id === this.localId) return;
    try {
      parseAddress(address);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      this.counters.unsent(error);
      return;
    }
    if (this.addresses.get(id) === address && (this.status === "new" || this.streams.has(id))) return;
    this.addresses.set(id, address);
    this.options.listener.addMember(String(id), address);
    if (this.status === "started") this.openStream(id, address);
  }

  /** removePeer forgets a peer and closes its connections both ways. */
  removePeer(id: NodeId): void {
    this.addresses.delete(id);
    this.options.listener.removeMember(String(id));
    this.streams.get(id)?.close();
    this.streams.delete(id);
    this.inbound.get(id)?.close("peer removed");
    this.inbound.delete(id);
  }

  /** isConnected tells whether the outgoing stream to `id` is up (for status views and tests). */
  isConnected(id: NodeId): boolean {
    return this.streams.get(id)?.isReady ?? false;
  }

  /** close stops all traffic; idempotent. The listener is not closed (it may serve clients). */
  close(): Promise<void> {
    if (this.status === "closed") return Promise.resolve();
    const wasStarted = this.status === "started";
    this.status = "closed";
    if (wasStarted) this.options.listener.detach("raft", this.acceptor);
    for (const stream of this.streams.values()) stream.close();
    this.streams.clear();
    for (const connection of this.inbound.values()) connection.close("transport closed");
    this.inbound.clear();
    return Promise.resolve();
  }

  private started(): RaftTransportHandlers {
    if (this.handlers === null)
      throw new TransportError({ code: "NOT_OPEN", what: "raft transport (send before start)" });
    return this.handlers;
  }

  private openStream(id: NodeId, address: string): void {
    this.streams.get(id)?.close();
    const stream = new PeerStream(
      {
        peer: id,
        address,
        trust: { kind: "node", credentials: this.options.credentials },
        limits: this.options.listener.limits,
        queueMessagesMax: this.limits.queueMessagesMax,
        snapshotChunkBytes: this.limits.snapshotChunkBytes,
        snapshotAckTimeoutMs: this.limits.snapshotAckTimeoutMs,
      },
      {
        clock: this.deps.clock,
        counters: this.counters,
        backoff: new Backoff(
          { baseMs: this.limits.backoffBaseMs, maxMs: this.limits.backoffMaxMs },
          this.deps.prng,
        ),
        handlers: this.started(),
        nextSnapshotId: () => ++this.snapshotIds,
      },
    );
    this.streams.set(id, stream);
  }

  private accept(connection: FramedConnection, caller: Caller): void {
    if (this.status !== "started" || caller === anonymous) {
      connection.close("not serving raft");
      return;
    }
    const raftId = raftIdOf(caller.nodeId);
    // A peer that redialed replaces its old connection, so its messages stay in one ordered stream.
    this.inbound.get(raftId)?.close("superseded by a new connection");
    const inbound = new InboundRaftConnection(
      connection,
      {
        certifiedNodeId: caller.nodeId,
        certifiedRaftId: raftId,
        localRaftId: this.localId,
        snapshotBytesMax: this.limits.snapshotBytesMax,
      },
      this.started(),
      () => {
        if (this.inbound.get(raftId) === inbound) this.inbound.delete(raftId);
      },
    );
    this.inbound.set(raftId, inbound);
  }
}

function checkLimits(limits: RaftTransportLimits, frameBytesMax: number): void {
  for (const [field, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TransportError({
        code: "CONFIG_INVALID",
        field,
        reason: `${String(value)} is not a positive integer`,
      });
    }
  }
  if (limits.snapshotChunkBytes + frameOverheadBytes * 2 > frameBytesMax / 2) {
    throw new TransportError({
      code: "CONFIG_INVALID",
      field: "snapshotChunkBytes",
      reason: `must leave room for the MsgSnap header within half of ${frameBytesMax}`,
    });
  }
  if (limits.backoffBaseMs > limits.backoffMaxMs) {
    throw new TransportError({
      code: "CONFIG_INVALID",
      field: "backoffBaseMs",
      reason: "above backoffMaxMs",
    });
  }
}
