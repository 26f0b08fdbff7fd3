// Dialing a listener: TLS 1.3 with our certificate (or none), ALPN naming the channel, the
// listener's certificate checked for a keel manager of the expected cluster (and node), and then
// the wait for the listener's Accept, since a TLS 1.3 client finishes its handshake before the
// server has judged the client's certificate (stack.md gotcha 9).
import { connect } from "node:tls";
import type { PeerCertificate, TLSSocket } from "node:tls";
import type { Clock } from "../node/seams.js";
import { parseAddress } from "./address.js";
import type { Channel } from "./channel.js";
import { channelProtocols } from "./channel.js";
import type { FrameHandlers } from "./connection.js";
import { FramedConnection } from "./connection.js";
import type { Counters } from "./counters.js";
import type { TlsCredentials } from "./credentials.js";
import { tlsMinVersion } from "./credentials.js";
import type { RefusalReason } from "./errors.js";
import { TransportError } from "./errors.js";
import { describeIdentity, identityFromPeerCertificate } from "./identity.js";
import type { ConnectionLimits } from "./listener.js";

/** DialTrust is what the dialer presents and which listeners it believes. */
export type DialTrust =
  /** Present a node certificate; trust managers of the same cluster under its root. */
  | { readonly kind: "node"; readonly credentials: TlsCredentials }
  /** Present nothing; trust any manager certified by this root (joining, after pinning it). */
  | { readonly kind: "anonymous"; readonly rootCaPem: string }
  /** Present nothing and believe anybody: only to download a root CA to check against a token. */
  | { readonly kind: "unverified" };

export interface DialOptions {
  readonly address: string;
  readonly channel: Channel;
  readonly trust: DialTrust;
  /** The node id the listener's certificate must name, when the dialer knows it. */
  readonly expectedNodeId?: string;
  readonly limits: ConnectionLimits;
  /** The local address to dial from (tests and benchmarks tell attackers apart by it). */
  readonly localAddress?: string;
}

/** Every refusal reason, a record so that a reason added to the union must be added here too. */
const refusalReasonSet: Record<RefusalReason, true> = {
  "no-certificate": true,
  untrusted: true,
  expired: true,
  "not-yet-valid": true,
  "bad-identity": true,
  "wrong-cluster": true,
  "wrong-role": true,
  "wrong-node": true,
  "unknown-channel": true,
  "too-many-anonymous": true,
  "too-many-connections": true,
  "too-many-peers": true,
  "too-many-from-source": true,
  "connect-rate-limited": true,
  "member-removed": true,
  "handshake-timeout": true,
  "handshake-failed": true,
  evicted: true,
  idle: true,
  "rpc-unknown-method": true,
  "rpc-forbidden": true,
  "rpc-too-large": true,
  "rpc-busy": true,
};
const refusalReasons = Object.keys(refusalReasonSet) as RefusalReason[];

/**
 * dial connects and resolves once the listener accepted us; frames after the Accept go to
 * `handlers`. It rejects with PEER_REFUSED (either side refused), CONNECT_FAILED or TIMEOUT.
 */
export function dial(
  options: DialOptions,
  handlers: FrameHandlers,
  deps: { clock: Clock; counters: Counters },
): Promise<FramedConnection> {
  const { host, port } = parseAddress(options.address);
  return new Promise<FramedConnection>((resolve, reject) => {
    let settled = false;
    const settle = (error: TransportError | null, connection?: FramedConnection): void => {
      if (settled) return;
      settled = true;
      cancelTimer();
      if (error === null && connection !== undefined) resolve(connection);
      else {
        socket.destroy();
        reject(error ?? new TransportError({ code: "CONNECTION_CLOSED", reason: "no answer" }));
      }
    };
    const socket: TLSSocket = connect({
      host,
      port,
      ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
      ...secureOptions(options.trust),
      ALPNProtocols: [channelProtocols[options.channel]],
      minVersion: tlsMinVersion,
      checkServerIdentity: (_host: string, certificate: PeerCertificate) =>
        checkListener(certificate, options),
    });
    const cancelTimer = deps.clock.setTimeout(
      () =>
        settle(
          new TransportError({
            code: "TIMEOUT",
            operation: `dial ${options.address}`,
            timeoutMs: options.limits.handshakeTimeoutMs,
          }),
        ),
      options.limits.handshakeTimeoutMs,
    );
    socket.once("error", (error: Error & { code?: string }) => settle(connectError(options.address, error)));
    socket.once("close", () =>
      settle(
        new TransportError({
          code: "CONNECT_FAILED",
          address: options.address,
          reason: "closed during the handshake",
        }),
      ),
    );
    socket.once("secureConnect", () => {
      const connection = new FramedConnection(socket, {
        frameBytesMax: options.limits.frameBytesMax,
        badFramesMax: options.limits.badFramesMax,
        onDrop: (error) => deps.counters.drop(error),
      });
      connection.start({
        onFrame: (frame) => {
          if (frame.kind === "accept" && !settled) {
            connection.start(handlers);
            settle(null, connection);
          } else if (frame.kind === "refuse" && !settled) {
            const reason = refusalReasons.find((r) => r === frame.reason) ?? "untrusted";
            settle(
              new TransportError({
                code: "PEER_REFUSED",
                reason,
                detail: `by the listener: ${frame.detail}`,
              }),
            );
          } else {
            throw new TransportError({
              code: "FRAME_UNEXPECTED",
              kind: frame.kind,
              channel: `${options.channel} (before accept)`,
            });
          }
        },
        onClose: (reason) =>
          settle(
            new TransportError({
              code: "CONNECT_FAILED",
              address: options.address,
              reason: `closed before accept: ${reason}`,
            }),
          ),
      });
    });
  });
}

function secureOptions(trust: DialTrust): {
  secureContext?: ReturnType<TlsCredentials["secureContext"]>;
  ca?: string[];
  rejectUnauthorized: boolean;
} {
  switch (trust.kind) {
    case "node":
      return { secureContext: trust.credentials.secureContext(), rejectUnauthorized: true };
    case "anonymous":
      return { ca: [trust.rootCaPem], rejectUnauthorized: true };
    case "unverified":
      return { rejectUnauthorized: false };
  }
}

/** checkListener replaces hostname checks (stack.md gotcha 10): a listener is a keel manager. */
function checkListener(certificate: PeerCertificate, options: DialOptions): TransportError | undefined {
  const identity = identityFromPeerCertificate(certificate);
  const refuse = (reason: RefusalReason, detail: string): TransportError =>
    new TransportError({ code: "PEER_REFUSED", reason, detail: `by the dialer: ${detail}` });
  if (identity === null) return refuse("bad-identity", "the listener's certificate names no keel node");
  if (identity.role !== "manager")
    return refuse("wrong-role", `${describeIdentity(identity)} is not a manager`);
  const trust = options.trust;
  if (trust.kind === "node" && identity.clusterId !== trust.credentials.identity.clusterId) {
    return refuse(
      "wrong-cluster",
      `${describeIdentity(identity)}, expected cluster ${trust.credentials.identity.clusterId}`,
    );
  }
  if (options.expectedNodeId !== undefined && identity.nodeId !== options.expectedNodeId) {
    return refuse("wrong-node", `${describeIdentity(identity)}, expected node ${options.expectedNodeId}`);
  }
  return undefined;
}

function connectError(address: string, error: Error & { code?: string }): TransportError {
  if (error instanceof TransportError) return error;
  const code = error.code ?? "";
  if (code === "CERT_HAS_EXPIRED")
    return new TransportError(
      { code: "PEER_REFUSED", reason: "expired", detail: `by the dialer: ${code}` },
      { cause: error },
    );
  if (code === "CERT_NOT_YET_VALID")
    return new TransportError(
      { code: "PEER_REFUSED", reason: "not-yet-valid", detail: `by the dialer: ${code}` },
      { cause: error },
    );
  if (/CERT|SIGNATURE|ISSUER|SELF_SIGNED/.test(code))
    return new TransportError(
      { code: "PEER_REFUSED", reason: "untrusted", detail: `by the dialer: ${code}` },
      { cause: error },
    );
  return new TransportError(
    { code: "CONNECT_FAILED", address, reason: code === "" ? error.message : `${code}: ${error.message}` },
    { cause: error },
  );
}
