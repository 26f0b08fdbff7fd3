// A simulated network for many RaftNodes in one process. Every delay, loss and duplication is
// drawn from one seeded Prng and every delivery is a timer on the (simulated) Clock, so one
// seed replays the same traffic. Messages to one peer arrive in order, as RaftTransport
// promises; partitions may be asymmetric. By default each message goes through the protobuf
// codec, so nodes never share objects and the wire format is exercised.
import { assert } from "../assert.js";
import { decodeMessage, encodeMessage } from "../raft/codec.js";
import type { Prng } from "../raft/prng.js";
import { SnapshotStatus } from "../raft/raw-node.js";
import type { Message, NodeId } from "../raft/types.js";
import { MessageType, messageTypeName } from "../raft/types.js";
import { TransportError } from "./errors.js";
import type { Clock, RaftTransport, RaftTransportHandlers } from "../node/seams.js";

export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

export interface SimNetworkOptions {
  readonly clock: Clock;
  readonly prng: Prng;
  /** One-way delay, drawn uniformly per message (default 1–5 ms). */
  readonly delayMs?: { readonly min: number; readonly max: number };
  /** Messages silently lost (default none). */
  readonly loss?: Ratio;
  /** Messages delivered twice (default none). */
  readonly duplication?: Ratio;
  /** Round-trip every message through the protobuf codec (default true). */
  readonly encode?: boolean;
  /** Sees every send, drop and delivery, in order (for determinism checks and debugging). */
  readonly onTrace?: (event: SimTraceEvent) => void;
}

export type SimFate = "delivered" | "lost" | "cut" | "no-route" | "duplicated" | "refused";

export interface SimTraceEvent {
  readonly atMs: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly type: string;
  readonly fate: SimFate;
}

interface InFlight {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly type: MessageType;
  readonly payload: Message | Uint8Array;
}

export class SimNetwork {
  readonly #clock: Clock;
  readonly #prng: Prng;
  readonly #options: SimNetworkOptions;
  readonly #endpoints = new Map<string, SimTransport>();
  /** Directed links that drop everything: "from->to". */
  readonly #blocked = new Set<string>();
  /** Per directed link, the time of the last scheduled delivery: keeps each link in order. */
  readonly #linkLastMs = new Map<string, number>();
  readonly stats = { sent: 0, delivered: 0, lost: 0, cut: 0, noRoute: 0, duplicated: 0, refused: 0 };

  constructor(options: SimNetworkOptions) {
    this.#clock = options.clock;
    this.#prng = options.prng;
    this.#options = options;
    const delay = options.delayMs ?? { min: 1, max: 5 };
    assert(delay.min >= 0 && delay.max >= delay.min, "delay range must be ordered and non-negative");
  }

  /** endpoint makes the transport of node `id`, reachable at `address`. */
  endpoint(id: NodeId, address: string): SimTransport {
    const existing = this.#endpoints.get(address);
    assert(existing === undefined || existing.closed, `address ${address} is in use`);
    const t = new SimTransport(this, id, address);
    this.#endpoints.set(address, t);
    return t;
  }

  /** Cuts the link both ways (or only from -> to with oneWay). */
  cut(a: NodeId, b: NodeId, options: { oneWay?: boolean } = {}): void {
    this.#blocked.add(`${a}->${b}`);
    if (options.oneWay !== true) this.#blocked.add(`${b}->${a}`);
  }

  isolate(id: NodeId, others: readonly NodeId[]): void {
    for (const other of others) if (other !== id) this.cut(id, other);
  }

  /** Splits nodes into groups that cannot talk to each other. */
  partition(groups: readonly (readonly NodeId[])[]): void {
    for (const g of groups) {
      for (const h of groups) {
        if (g === h) continue;
        for (const a of g) for (const b of h) this.cut(a, b, { oneWay: true });
      }
    }
  }

  heal(): void {
    this.#blocked.clear();
  }

  /** Called by an endpoint: route, maybe lose or duplicate, and schedule delivery in link order. */
  route(sender: SimTransport, address: string | undefined, m: Message): void {
    this.stats.sent++;
    const target = address === undefined ? undefined : this.#endpoints.get(address);
    if (target === undefined || !target.started || target.closed || target.id !== m.to) {
      this.stats.noRoute++;
      this.#trace(m, "no-route");
      sender.later(() => sender.reportFailure(m));
      return;
    }
    const link = `${m.from}->${m.to}`;
    if (this.#blocked.has(link)) {
      this.stats.cut++;
      this.#trace(m, "cut");
      // A cut link looks like a connection that cannot be made: the sender hears of it.
      sender.later(() => sender.reportFailure(m));
      return;
    }
    const loss = this.#options.loss;
    if (loss !== undefined && this.#prng.chance(loss.numerator, loss.denominator)) {
      this.stats.lost++;
      this.#trace(m, "lost");
      if (m.type === MessageType.Snap) sender.later(() => sender.reportFailure(m));
      return;
    }
    const flight: InFlight = {
      from: m.from,
      to: m.to,
      type: m.type,
      payload: this.#options.encode === false ? m : encodeMessage(m),
    };
    const delay = this.#options.delayMs ?? { min: 1, max: 5 };
    const nowMs = this.#clock.monotonicMs();
    const atMs = Math.max(nowMs + this.#prng.between(delay.min, delay.max), this.#linkLastMs.get(link) ?? 0);
    this.#linkLastMs.set(link, atMs);
    const copies = this.#duplicate() ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      if (i > 0) {
        this.stats.duplicated++;
        this.#trace(m, "duplicated");
      }
      this.#clock.setTimeout(() => this.#deliver(sender, target, flight), atMs - nowMs);
    }
  }

  #duplicate(): boolean {
    const d = this.#options.duplication;
    return d !== undefined && this.#prng.chance(d.numerator, d.denominator);
  }

  #deliver(sender: SimTransport, target: SimTransport, flight: InFlight): void {
    // A link cut while the message was in flight loses it, like a reset connection.
    if (this.#blocked.has(`${flight.from}->${flight.to}`) || target.closed) {
      this.stats.cut++;
      this.#traceFlight(flight, "cut");
      if (flight.type === MessageType.Snap) sender.reportSnapshot(flight.to, SnapshotStatus.Failure);
      return;
    }
    // As TlsRaftTransport refuses a removed member's connection, and so tells it.
    if (target.refuses(flight.from)) {
      this.stats.refused++;
      this.#traceFlight(flight, "refused");
      if (flight.type === MessageType.Snap) sender.reportSnapshot(flight.to, SnapshotStatus.Failure);
      sender.toldRemoved(flight.to);
      return;
    }
    let m: Message;
    if (flight.payload instanceof Uint8Array) m = decodeMessage(flight.payload);
    else m = flight.payload;
    this.stats.delivered++;
    this.#traceFlight(flight, "delivered");
    target.receive(m);
    if (flight.type === MessageType.Snap) sender.reportSnapshot(flight.to, SnapshotStatus.Finish);
  }

  #trace(m: Message, fate: SimFate): void {
    this.#traceFlight({ from: m.from, to: m.to, type: m.type, payload: m }, fate);
  }

  #traceFlight(f: InFlight, fate: SimFate): void {
    this.#options.onTrace?.({
      atMs: this.#clock.monotonicMs(),
      from: f.from,
      to: f.to,
      type: messageTypeName(f.type),
      fate,
    });
  }

  /** For endpoints: run fn on the clock, soon, outside the caller's stack. */
  later(fn: () => void): void {
    this.#clock.setTimeout(fn, 0);
  }
}

/** One node's view of the simulated network. */
export class SimTransport implements RaftTransport {
  #handlers: RaftTransportHandlers | null = null;
  #closed = false;
  readonly #peers = new Map<NodeId, string>();

  constructor(
    private readonly network: SimNetwork,
    readonly id: NodeId,
    readonly address: string,
  ) {}

  get started(): boolean {
    return this.#handlers !== null;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** start refuses a second start and a start after close, as TlsRaftTransport does. */
  async start(handlers: RaftTransportHandlers): Promise<void> {
    if (this.#closed || this.#handlers !== null)
      throw new TransportError({ code: "NOT_OPEN", what: "sim transport (start twice or after close)" });
    this.#handlers = handlers;
    return Promise.resolve();
  }

  /** send before start is refused, as TlsRaftTransport does: the driver starts its transport first. */
  send(messages: readonly Message[]): void {
    if (this.#closed) return;
    if (this.#handlers === null)
      throw new TransportError({ code: "NOT_OPEN", what: "sim transport (send before start)" });
    for (const m of messages) {
      // Our identity is our endpoint's, as a certificate would fix it: no spoofed senders.
      assert(m.from === this.id, `node ${this.id} sends as ${m.from}`);
      this.network.route(this, this.#peers.get(m.to), m);
    }
  }

  addPeer(id: NodeId, address: string): void {
    this.#peers.set(id, address);
  }

  removePeer(id: NodeId): void {
    this.#peers.delete(id);
  }

  /** The peers this endpoint can address, for tests. */
  peers(): ReadonlyMap<NodeId, string> {
    return this.#peers;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#handlers = null;
    return Promise.resolve();
  }

  /** refuses tells whether this endpoint's node refuses `from` as a removed member. */
  refuses(from: NodeId): boolean {
    return !this.#closed && this.#handlers?.isRemoved?.(from) === true;
  }

  /** toldRemoved: member `by` refused this endpoint's node as removed. */
  toldRemoved(by: NodeId): void {
    if (!this.#closed) this.#handlers?.onRemoved?.(by);
  }

  receive(m: Message): void {
    if (!this.#closed) this.#handlers?.onMessage(m);
  }

  reportFailure(m: Message): void {
    if (this.#closed) return;
    if (m.type === MessageType.Snap) this.#handlers?.onSnapshotStatus(m.to, SnapshotStatus.Failure);
    this.#handlers?.onUnreachable(m.to);
  }

  reportSnapshot(peer: NodeId, status: SnapshotStatus): void {
    if (!this.#closed) this.#handlers?.onSnapshotStatus(peer, status);
  }

  later(fn: () => void): void {
    this.network.later(fn);
  }
}
