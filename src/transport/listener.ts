// The one TLS listener of a node. It authenticates every connection per channel before reading
// anything from it, answers Accept or Refuse (in TLS 1.3 a dialer's handshake completes before
// we have judged its certificate, stack.md gotcha 9, so the dialer waits for this answer), and
// hands accepted connections to whoever attached to the channel.
import type { Socket } from "node:net";
import { createServer } from "node:tls";
import type { Server, TLSSocket } from "node:tls";
import { assert } from "../assert.js";
import type { NodeIdentity } from "../ca/index.js";
import type { Caller } from "./authenticate.js";
import { anonymous, authenticate } from "./authenticate.js";
import type { Channel } from "./channel.js";
import { channelOf, channelPolicies, channelProtocols } from "./channel.js";
import { FramedConnection } from "./connection.js";
import { Counters } from "./counters.js";
import type { TlsCredentials } from "./credentials.js";
import { tlsMinVersion } from "./credentials.js";
import { TransportError } from "./errors.js";
import {
  anonymousConnectionsMaxDefault,
  anonymousLifetimeMsDefault,
  badFramesMaxDefault,
  connectionsMaxDefault,
  frameBytesMaxDefault,
  handshakeTimeoutMsDefault,
} from "./limits.js";

/** ConnectionLimits apply to every connection of a listener or dialer. */
export interface ConnectionLimits {
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
export interface ListenerLimits {
  /** Open sockets, peers and clients together. */
  readonly connectionsMax: number;
  /** Of those, connections without a certificate (see anonymousConnectionsMaxDefault). */
  readonly anonymousConnectionsMax: number;
  /** How long an anonymous connection may stay open, busy or not. */
  readonly anonymousLifetimeMs: number;
}

export const listenerLimitsDefault: ListenerLimits = {
  connectionsMax: connectionsMaxDefault,
  anonymousConnectionsMax: anonymousConnectionsMaxDefault,
  anonymousLifetimeMs: anonymousLifetimeMsDefault,
};

/** Acceptor takes an accepted connection of its channel; it must start() it. */
export type Acceptor = (connection: FramedConnection, caller: Caller) => void;

type Status = "open" | "closing" | "closed";

/** TlsListener serves the raft and client channels on one port. */
export class TlsListener {
  readonly counters: Counters;
  readonly limits: ConnectionLimits;
  private readonly acceptors = new Map<Channel, Acceptor>();
  /** Every open socket, from TCP accept on (so close() also ends handshakes in progress). */
  private readonly sockets = new Set<Socket>();
  private status: Status = "open";
  private closing: Promise<void> | null = null;
  private anonymousOpen = 0;

  private constructor(
    private readonly server: Server,
    /** Whose certificate the listener presents, under which root: renewals must keep both. */
    private readonly identity: NodeIdentity,
    private readonly rootCaPem: string,
    limits: ConnectionLimits,
    private readonly listenerLimits: ListenerLimits,
    counters: Counters,
  ) {
    this.limits = limits;
    this.counters = counters;
  }

  /** open binds the listener; it serves no channel until one is attached. */
  static async open(options: ListenerOptions, deps: { counters?: Counters } = {}): Promise<TlsListener> {
    const { connectionsMax, anonymousConnectionsMax, anonymousLifetimeMs, ...limits } = {
      ...connectionLimitsDefault,
      ...listenerLimitsDefault,
      ...options.limits,
    };
    const listenerLimits = { connectionsMax, anonymousConnectionsMax, anonymousLifetimeMs };
    checkLimits(limits, listenerLimits);
    const server = createServer({
      ...options.credentials.serverOptions(),
      requestCert: true,
      // Anonymous clients are admitted on the client channel, so verification failures are judged
      // per channel in authenticate(); OpenSSL still verifies and reports every certificate.
      rejectUnauthorized: false,
      minVersion: tlsMinVersion,
      ALPNProtocols: [channelProtocols.raft, channelProtocols.client],
      handshakeTimeout: limits.handshakeTimeoutMs,
    });
    server.maxConnections = connectionsMax;
    const listener = new TlsListener(
      server,
      options.credentials.identity,
      options.credentials.rootCaPem,
      limits,
      listenerLimits,
      deps.counters ?? new Counters(),
    );
    server.on("connection", (socket: Socket) => listener.track(socket));
    server.on("secureConnection", (socket: TLSSocket) => listener.admit(socket));
    server.on("tlsClientError", () => listener.counters.handshakeFailed());
    server.on("drop", () => listener.counters.overConnectionLimit());
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
    this.server.setSecureContext({ ...credentials.serverOptions(), minVersion: tlsMinVersion });
  }

  /** attach routes a channel's accepted connections to `acceptor`; one acceptor per channel. */
  attach(channel: Channel, acceptor: Acceptor): void {
    if (this.status !== "open") throw new TransportError({ code: "NOT_OPEN", what: "listener" });
    assert(!this.acceptors.has(channel), `the ${channel} channel already has an acceptor`);
    this.acceptors.set(channel, acceptor);
  }

  /** detach stops admitting connections on a channel (open ones are the acceptor's to close). */
  detach(channel: Channel, acceptor: Acceptor): void {
    if (this.acceptors.get(channel) === acceptor) this.acceptors.delete(channel);
  }

  /** close stops listening and destroys every open socket; idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.status = "closing";
      this.acceptors.clear();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      for (const socket of this.sockets) socket.destroy();
      await closed;
      this.status = "closed";
    })();
    return this.closing;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
  }

  private admit(socket: TLSSocket): void {
    this.track(socket);
    const connection = new FramedConnection(socket, {
      frameBytesMax: this.limits.frameBytesMax,
      badFramesMax: this.limits.badFramesMax,
      onDrop: (error) => this.counters.drop(error),
    });
    const channel = channelOf(socket.alpnProtocol);
    const acceptor = channel === null ? undefined : this.acceptors.get(channel);
    if (channel === null || acceptor === undefined || this.status !== "open") {
      this.refuse(connection, "unknown-channel", `ALPN ${String(socket.alpnProtocol)} is not served here`);
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
      this.refuse(connection, verdict.reason, verdict.detail);
      return;
    }
    if (verdict.caller === anonymous && !this.admitAnonymous(socket, connection)) return;
    connection.write({ kind: "accept" });
    acceptor(connection, verdict.caller);
  }

  /**
   * admitAnonymous counts a connection without a certificate against its budget, and closes it
   * at the end of its lifetime: joiners need seconds, and must not crowd out the peers.
   */
  private admitAnonymous(socket: TLSSocket, connection: FramedConnection): boolean {
    const { anonymousConnectionsMax, anonymousLifetimeMs } = this.listenerLimits;
    if (this.anonymousOpen >= anonymousConnectionsMax) {
      this.refuse(connection, "too-many-anonymous", `${this.anonymousOpen} anonymous connections are open`);
      return false;
    }
    this.anonymousOpen += 1;
    const lifetime = setTimeout(
      () => connection.close("anonymous connection lifetime over"),
      anonymousLifetimeMs,
    );
    lifetime.unref();
    socket.once("close", () => {
      this.anonymousOpen -= 1;
      clearTimeout(lifetime);
    });
    return true;
  }

  private refuse(
    connection: FramedConnection,
    reason: Parameters<Counters["refuse"]>[0],
    detail: string,
  ): void {
    this.counters.refuse(reason);
    connection.discardInput();
    connection.write({ kind: "refuse", reason, detail });
    connection.close(`refused: ${reason}`, { graceful: true });
  }
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
