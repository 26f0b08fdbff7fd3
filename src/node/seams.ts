// The seams through which a Raft driver meets the world: time and the network. Each has a real
// implementation and a simulated one, and the driver runs unchanged on either.
import type { SnapshotStatus } from "../raft/raw-node.js";
import type { Message, NodeId } from "../raft/types.js";

/** Cancels a timer; idempotent. */
export type Cancel = () => void;

export interface Clock {
  /** Milliseconds on a monotonic clock (never goes back). */
  monotonicMs(): number;
  /** Wall-clock milliseconds since the epoch, for timestamps in proposals and certificates. */
  realtimeMs(): number;
  setTimeout(fn: () => void, ms: number): Cancel;
  setInterval(fn: () => void, ms: number): Cancel;
  /**
   * Runs `fn` once the process has handled the input that is already there: on Node, after
   * this turn's I/O callbacks (setImmediate); in a simulation, after the current microtasks.
   */
  defer(fn: () => void): void;
}

/** Handlers a Raft transport calls. */
export interface RaftTransportHandlers {
  /** A message arrived from a peer (already authenticated and decoded). */
  onMessage(message: Message): void;
  /** A peer could not be reached: the driver reports it to Raft (the leader probes it again). */
  onUnreachable(peer: NodeId): void;
  /** A snapshot message was delivered (finish) or failed (failure). */
  onSnapshotStatus(peer: NodeId, status: SnapshotStatus): void;
  /** Whether a peer's id was removed from the cluster: the transport refuses to carry its messages. */
  isRemoved?(peer: NodeId): boolean;
  /**
   * A member refused this node as removed from the cluster (etcd's ErrMemberRemoved): it never
   * got the entry that removed it, and would otherwise campaign for ever.
   */
  onRemoved?(by: NodeId): void;
}

/**
 * Raft traffic between managers. send() never blocks and never throws for a network problem:
 * Raft tolerates loss, so the transport drops (and reports unreachable) instead of queueing
 * without bound. Messages to one peer are delivered in order.
 */
export interface RaftTransport {
  start(handlers: RaftTransportHandlers): Promise<void>;
  send(messages: readonly Message[]): void;
  /** Where a peer listens (host:port for sockets; any name for the simulation). */
  addPeer(id: NodeId, address: string): void;
  removePeer(id: NodeId): void;
  /** Idempotent. */
  close(): Promise<void>;
}
