// The one TLS listener of a node. It authenticates every connection per channel before reading
// anything from it, answers Accept or Refuse (in TLS 1.3 a dialer's handshake completes before
// we have judged its certificate, stack.md gotcha 9, so the dialer waits for this answer), and
// hands accepted connections to whoever attached to the channel. A plain TCP server accepts, so
// that admission judges each socket by its source address before any TLS work is done for it;
// the sockets it admits are handed to a TLS server that never listens itself.
import { createServer as createTcpServer } from "node:net";
import type { Server as TcpServer, Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import type { Server as TlsServer, TLSSocket } from "node:tls";
import { assert } from "../assert.js";
import type { NodeIdentity } from "../ca/index.js";
import type { AdmissionLimits, Stage } from "./admission.js";
import { Admission, sourceOf } from "./admission.js";
import type { Caller } from "./authenticate.js";
import { anonymous, authenticate } from "./authenticate.js";
import type { BufferBudget } from "./buffer-budget.js";
import { processBufferBudget } from "./buffer-budget.js";
import type { Channel } from "./channel.js";
import { channelOf, channelPolicies, channelProtocols } from "./channel.js";
import { FramedConnection } from "./connection.js";
import { Counters } from "./counters.js";
import { parseAddress } from "./address.js";
import type { TlsCredentials } from "./credentials.js";
import { tlsMinVersion } from "./credentials.js";
import type { RefusalReason } from "./errors.js";
import { TransportError } from "./errors.js";
import {
  anonymousConnectionsMaxDefault,
  anonymousFrameBytesMaxDefault,
  anonymousIdleMsDefault,
  anonymousLifetimeMsDefault,
  anonymousPerSourceMaxDefault,
  badFramesMaxDefault,
  connectionsMaxDefault,
  connectRefillMsDefault,
  connectsPerSourceBurstDefault,
  frameBytesMaxDefault,
  handshakesMaxDefault,
  handshakesPerSourceMaxDefault,
  handshakeTimeoutMsDefault,
  peersMaxDefault,
  workerFrameBytesMaxDefault,
} from "./limits.js";

/** ConnectionLimits apply to every connection of a listener or dialer. */
export interface ConnectionLimits {
  /** The largest frame a manager may send (raft peers; managers on the client channel). */
  readonly frameBytesMax: number;
  readonly badFramesMax: number;
  readonly handshakeTimeoutMs: number;
}

export const connectionLimitsDefault: ConnectionLimits = {
  frameBytesMax: frameBytesMaxDefault,
  badFramesMax: badFramesMaxDefault,
  handshakeTimeoutMs: handshakeTimeoutMsDefault,
};

export interface ListenerOptions {
  /** Interface to bind; 127.0.0.1 in tests. */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly credentials: TlsCredentials;
  readonly limits?: Partial<ConnectionLimits & ListenerLimits>;
}

/** ListenerLimits bound what a listener holds open, beyond each connection's own limits. */
export interface ListenerLimits extends AdmissionLimits {
  /** How long an anonymous connection may stay open, busy or not. */
  readonly anonymousLifetimeMs: number;
  /** How long an anonymous connection may have no call running (from its accept on). */
  readonly anonymousIdleMs: number;
  /** The largest frame from an anonymous caller (a join request). */
  readonly anonymousFrameBytesMax: number;
  /** The largest frame from a worker. */
  readonly workerFrameBytesMax: number;
}

export const listenerLimitsDefault: ListenerLimits = {
  connectionsMax: connectionsMaxDefault,
  anonymousConnectionsMax: anonymousConnectionsMaxDefault,
  anonymousPerSourceMax: anonymousPerSourceMaxDefault,
  anonymousLifetimeMs: anonymousLifetimeMsDefault,
  anonymousIdleMs: anonymousIdleMsDefault,
  handshakesMax: handshakesMaxDefault,
  handshakesPerSourceMax: handshakesPerSourceMaxDefault,
  connectsPerSourceBurst: connectsPerSourceBurstDefault,
  connectRefillMs: connectRefillMsDefault,
  peersMax: peersMaxDefault,
  anonymousFrameBytesMax: anonymousFrameBytesMaxDefault,
  workerFrameBytesMax: workerFrameBytesMaxDefault,
};

/** Acceptor takes an accepted connection of its channel; it must start() it. */
export type Acceptor = (connection: FramedConnection, caller: Caller) => void;

/** Vet may refuse an authenticated caller of a channel before it is accepted. */
export type Vet = (caller: Caller) => { reason: RefusalReason; detail: string } | null;

type Status = "open" | "closing" | "closed";

/** One socket the listener holds: the TCP socket, and its TLS socket once the handshake is done. */
interface Held {
  readonly raw: Socket;
  tls: TLSSocket | null;
  readonly source: string;
}

/** TlsListener serves the raft and client channels on one port. */
export class TlsListener {
  readonly counters: Counters;
  private readonly acceptors = new Map<Channel, Acceptor>();
  private readonly vets = new Map<Channel, Vet>();
  readonly limits: ConnectionLimits;
  readonly listenerLimits: ListenerLimits;
  /** Every open socket by its address key, from TCP accept on (close() ends handshakes too). */
  private readonly sockets = new Map<string, Held>();
  private readonly admission: Admission;
  private status: Status = "open";
  private closing: Promise<void> | null = null;
  private nextAnonymousKey = 0;
  /** Where each member of the cluster listens, by its Raft id (see addMember). */
  private readonly memberSources = new Map<string, string>();

  private constructor(
    private readonly server: TcpServer,
    private readonly tlsServer: TlsServer,
    /** Whose certificate the listener presents, under which root: renewals must keep both. */
    private readonly identity: NodeIdentity,
    private readonly rootCaPem: string,
    limits: ConnectionLimits,
    listenerLimits: ListenerLimits,
    counters: Counters,
    private readonly budget: BufferBudget,
  ) {
    this.limits = limits;
    this.listenerLimits = listenerLimits;
    this.counters = counters;
    this.admission = new Admission(
      listenerLimits,
      (key, reason, detail) => this.evict(key, reason, detail),
      (key) => this.sockets.get(key)?.raw.bytesRead === 0,
    );
  }

  /** open binds the listener; it serves no channel until one is attached. */
  static async open(
    options: ListenerOptions,
    deps: { counters?: Counters; budget?: BufferBudget } = {},
  ): Promise<TlsListener> {
    const { frameBytesMax, badFramesMax, handshakeTimeoutMs, ...listenerLimits } = {
      ...connectionLimitsDefault,
      ...listenerLimitsDefault,
      ...options.limits,
    };
    const limits = { frameBytesMax, badFramesMax, handshakeTimeoutMs };
    checkLimits(limits, listenerLimits);
    const tlsServer = createTlsServer({
      ...options.credentials.serverOptions(),
      requestCert: true,
      // Anonymous clients are admitted on the client channel, so verification failures are judged
      // per channel in authenticate(); OpenSSL still verifies and reports every certificate.
      rejectUnauthorized: false,
      minVersion: tlsMinVersion,
      ALPNProtocols: [channelProtocols.raft, channelProtocols.client],
      // Our own deadline (track) destroys the socket first; Node's only reports, and is a backstop.
      handshakeTimeout: 2 * handshakeTimeoutMs,
    });
    const server = createTcpServer();
    // A backstop for file descriptors only: admission bounds every stage below it, and a socket
    // refused here (before we see it) is one a manager might have needed.
    const { handshakesMax, connectionsMax, peersMax } = listenerLimits;
    server.maxConnections = 2 * (handshakesMax + connectionsMax + peersMax);
    const listener = new TlsListener(
      server,
      tlsServer,
      options.credentials.identity,
      options.credentials.rootCaPem,
      limits,
      listenerLimits,
      deps.counters ?? new Counters(),
      deps.budget ?? processBufferBudget,
    );
    server.on("connection", (socket: Socket) => listener.track(socket));
    tlsServer.on("secureConnection", (socket: TLSSocket) => listener.admit(socket));
    tlsServer.on("tlsClientError", (error: Error & { code?: string }, socket: TLSSocket) =>
      listener.handshakeFailed(socket, error),
    );
    server.on("drop", (data?: { remoteAddress?: string }) =>
      listener.counters.overConnectionLimit(data?.remoteAddress ?? ""),
    );
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    // After listen, an 'error' is a failed accept (e.g. out of file descriptors): transient, and
    // the server keeps listening; without a handler it would crash the process.
    server.on("error", () => listener.counters.overConnectionLimit());
    return listener;
  }

  /** port is the bound port (useful after binding port 0). */
  get port(): number {
    const address = this.server.address();
    assert(address !== null && typeof address === "object", "listener is bound");
    return address.port;
  }

  /** address is host:port, as peers and clients dial it. */
  get address(): string {
    const address = this.server.address();
    assert(address !== null && typeof address === "object", "listener is bound");
    return `${address.address}:${address.port}`;
  }

  get isOpen(): boolean {
    return this.status === "open";
  }

  /**
   * setCredentials makes new handshakes present `credentials` (a renewed certificate of the same
   * node, see TlsCredentials.replace); connections already accepted are kept. The node, its role,
   * its cluster and the root must stay: the secure context also says whom the listener trusts.
   */
  setCredentials(credentials: TlsCredentials): void {
    if (this.status !== "open") throw new TransportError({ code: "NOT_OPEN", what: "listener" });
    const { nodeId, role, clusterId } = credentials.identity;
    const same =
      nodeId === this.identity.nodeId &&
      role === this.identity.role &&
      clusterId === this.identity.clusterId &&
      credentials.rootCaPem === this.rootCaPem;
    if (!same) {
      throw new TransportError({
        code: "CONFIG_INVALID",
        field: "credentials",
        reason: "the credentials are for another node, role, cluster or root",
      });
    }
    this.tlsServer.setSecureContext({ ...credentials.serverOptions(), minVersion: tlsMinVersion });
  }

  /**
   * attach routes a channel's accepted connections to `acceptor`, after `vet` (if any) let each
   * caller in; one acceptor per channel.
   */
  attach(channel: Channel, acceptor: Acceptor, vet?: Vet): void {
    if (this.status !== "open") throw new TransportError({ code: "NOT_OPEN", what: "listener" });
    assert(!this.acceptors.has(channel), `the ${channel} channel already has an acceptor`);
    this.acceptors.set(channel, acceptor);
    if (vet !== undefined) this.vets.set(channel, vet);
  }

  /**
   * addMember records where a member of the cluster listens: its address is not rate limited
   * (on one host, managers and anything else there share it). A host name matches no source
   * address, so that member is budgeted like anyone, which a manager's few connections fit.
   */
  addMember(id: string, address: string): void {
    this.memberSources.set(id, sourceOf(parseAddress(address).host));
    this.admission.setMembers(new Set(this.memberSources.values()));
  }

  /** removeMember forgets where a member listens (it was removed); idempotent. */
  removeMember(id: string): void {
    if (!this.memberSources.delete(id)) return;
    this.admission.setMembers(new Set(this.memberSources.values()));
  }

  /** detach stops admitting connections on a channel (open ones are the acceptor's to close). */
  detach(channel: Channel, acceptor: Acceptor): void {
    if (this.acceptors.get(channel) !== acceptor) return;
    this.acceptors.delete(channel);
    this.vets.delete(channel);
  }

  /** close stops listening and destroys every open socket; idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.status = "closing";
      this.acceptors.clear();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      for (const held of this.sockets.values()) destroy(held);
      await closed;
      this.status = "closed";
    })();
    return this.closing;
  }

  /** held counts the sockets of a stage (tests and the benchmark). */
  held(stage: Stage): number {
    return this.admission.count(stage);
  }

  /**
   * track judges a new TCP socket by its source address, destroying it at once if refused, or
   * holds it in the handshake stage with its deadline (Node's own handshakeTimeout only reports,
   * and a silent socket would be held for ever) and hands it to the TLS server.
   */
  private track(raw: Socket): void {
    const source = sourceOf(raw.remoteAddress ?? "");
    const key = keyOf(raw) ?? `closed:${this.nextAnonymousKey++}`;
    if (this.sockets.has(key)) {
      raw.destroy();
      return;
    }
    const refusal = this.admission.arrive(key, source, performance.now());
    if (refusal !== null) {
      // A reset, not a close: no TIME_WAIT is left on our side for each of a flood's sockets.
      raw.resetAndDestroy();
      this.counters.refuse(refusal, source, "at accept, before the TLS handshake");
      return;
    }
    this.sockets.set(key, { raw, tls: null, source });
    const deadline = setTimeout(() => {
      if (this.admission.stageOf(key) !== "handshake") return;
      this.evict(key, "handshake-timeout", `no TLS handshake within ${this.limits.handshakeTimeoutMs} ms`);
    }, this.limits.handshakeTimeoutMs);
    deadline.unref();
    raw.once("close", () => {
      clearTimeout(deadline);
      this.admission.leave(key);
      if (this.sockets.get(key)?.raw === raw) this.sockets.delete(key);
    });
    this.tlsServer.emit("connection", raw);
  }

  private handshakeFailed(socket: TLSSocket, error: Error & { code?: string }): void {
    const key = keyOf(socket);
    const held = key === null ? undefined : this.sockets.get(key);
    socket.destroy();
    // A socket we evicted or timed out fails its handshake too: it was counted then.
    if (key === null || this.admission.stageOf(key) !== "handshake") return;
    const timeout = error.code === "ERR_TLS_HANDSHAKE_TIMEOUT";
    this.counters.refuse(
      timeout ? "handshake-timeout" : "handshake-failed",
      held?.source ?? "",
      error.message,
    );
    this.admission.leave(key);
  }

  /** evict ends a held socket the admission let go of (it has already forgotten it). */
  private evict(key: string, reason: RefusalReason, detail: string): void {
    const held = this.sockets.get(key);
    this.admission.leave(key);
    if (held === undefined) return;
    this.counters.refuse(reason, held.source, detail);
    destroy(held);
  }

  private admit(socket: TLSSocket): void {
    const key = keyOf(socket);
    const held = key === null ? undefined : this.sockets.get(key);
    if (key === null || held === undefined || this.admission.stageOf(key) !== "handshake") {
      // Evicted while its handshake finished: gone already.
      socket.destroy();
      return;
    }
    held.tls = socket;
    const channel = channelOf(socket.alpnProtocol);
    const acceptor = channel === null ? undefined : this.acceptors.get(channel);
    if (channel === null || acceptor === undefined || this.status !== "open") {
      this.refuse(
        key,
        this.connect(socket, null),
        "unknown-channel",
        `ALPN ${String(socket.alpnProtocol)} is not served here`,
      );
      return;
    }
    const verdict = authenticate(
      {
        authorized: socket.authorized,
        authorizationError:
          socket.authorizationError === undefined ? null : String(socket.authorizationError),
        certificate: socket.getPeerCertificate(),
      },
      this.identity.clusterId,
      channelPolicies[channel],
    );
    if (!verdict.ok) {
      this.refuse(key, this.connect(socket, null), verdict.reason, verdict.detail);
      return;
    }
    const vetoed = this.vets.get(channel)?.(verdict.caller) ?? null;
    if (vetoed !== null) {
      this.refuse(key, this.connect(socket, null), vetoed.reason, vetoed.detail);
      return;
    }
    const stage = stageOf(channel, verdict.caller);
    const connection = this.connect(socket, verdict.caller, stage);
    const refusal = this.admission.promote(key, stage);
    if (refusal !== null) {
      this.refuse(key, connection, refusal, `the listener holds as many ${stage} connections as it admits`);
      return;
    }
    if (stage === "anonymous") this.limitLifetime(connection);
    connection.write({ kind: "accept" });
    acceptor(connection, verdict.caller);
  }

  /**
   * connect frames an authenticated socket with the limits its caller earned: a frame as large
   * as a manager's only from a manager, and what strangers and workers hold counted against the
   * process budget (raft peers are not: managers are never refused for what others hold).
   */
  private connect(socket: TLSSocket, caller: Caller | null, stage: Stage = "anonymous"): FramedConnection {
    const { anonymousFrameBytesMax, workerFrameBytesMax } = this.listenerLimits;
    const frameBytesMax =
      caller === null || caller === anonymous
        ? Math.min(anonymousFrameBytesMax, this.limits.frameBytesMax)
        : caller.role === "worker"
          ? Math.min(workerFrameBytesMax, this.limits.frameBytesMax)
          : this.limits.frameBytesMax;
    const source = socket.remoteAddress ?? "";
    return new FramedConnection(socket, {
      frameBytesMax,
      badFramesMax: this.limits.badFramesMax,
      onDrop: (error) => this.counters.drop(error, source),
      budget: stage === "peer" ? null : this.budget,
    });
  }

  /** limitLifetime closes an anonymous connection at the end of its lifetime: joins take seconds. */
  private limitLifetime(connection: FramedConnection): void {
    const lifetime = setTimeout(
      () => connection.close("anonymous connection lifetime over"),
      this.listenerLimits.anonymousLifetimeMs,
    );
    lifetime.unref();
    connection.socket.once("close", () => clearTimeout(lifetime));
  }

  private refuse(key: string, connection: FramedConnection, reason: RefusalReason, detail: string): void {
    this.admission.leave(key);
    this.counters.refuse(reason, connection.socket.remoteAddress ?? "", detail);
    connection.discardInput();
    connection.write({ kind: "refuse", reason, detail });
    connection.close(`refused: ${reason}`, { graceful: true });
  }
}

/** keyOf names a socket by its peer's address and port: unique among a listener's sockets. */
function keyOf(socket: Socket): string | null {
  const { remoteAddress, remotePort } = socket;
  return remoteAddress === undefined || remotePort === undefined ? null : `${remoteAddress}:${remotePort}`;
}

function destroy(held: Held): void {
  held.tls?.destroy();
  held.raw.destroy();
}

/** stageOf is the budget an admitted caller counts against. */
function stageOf(channel: Channel, caller: Caller): Exclude<Stage, "handshake"> {
  if (channel === "raft") return "peer";
  return caller === anonymous ? "anonymous" : "client";
}

function checkLimits(limits: ConnectionLimits, listenerLimits: ListenerLimits): void {
  const positive = (field: string, value: number): void => {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TransportError({
        code: "CONFIG_INVALID",
        field,
        reason: `${value} is not a positive integer`,
      });
    }
  };
  positive("frameBytesMax", limits.frameBytesMax);
  positive("badFramesMax", limits.badFramesMax);
  positive("handshakeTimeoutMs", limits.handshakeTimeoutMs);
  for (const [field, value] of Object.entries(listenerLimits)) positive(field, value);
  if (limits.frameBytesMax > 0xffff_ffff) {
    throw new TransportError({ code: "CONFIG_INVALID", field: "frameBytesMax", reason: "above 2^32 - 1" });
  }
}
