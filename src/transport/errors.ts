// One error class for src/transport. Everything a peer or client can get wrong, and every network
// failure, is a TransportError with a code the caller can branch on; bugs are assertions.
import type { NodeRole } from "../ca/index.js";

/** Why a listener refused a connection, or why a dialer refused the listener it reached. */
export type RefusalReason =
  /** The raft channel needs a certificate and none was presented. */
  | "no-certificate"
  /** The certificate does not chain to our root CA. */
  | "untrusted"
  | "expired"
  | "not-yet-valid"
  /** The certificate carries no keel identity (CN, OU, O), or a CN that is not a node id. */
  | "bad-identity"
  | "wrong-cluster"
  | "wrong-role"
  /** The dialed address answered with another node's certificate. */
  | "wrong-node"
  /** The ALPN protocol names no channel this listener serves. */
  | "unknown-channel"
  /** As many connections without a certificate as the listener admits are open. */
  | "too-many-anonymous"
  /** As many client connections as the listener admits are open, none of them anonymous to evict. */
  | "too-many-connections"
  /** As many raft connections as the listener admits are open. */
  | "too-many-peers"
  /** The TLS handshake did not finish in time (a silent or slow socket), or failed. */
  | "handshake-timeout"
  | "handshake-failed"
  /** A stranger's address holds as many handshakes as one address may (refused at accept). */
  | "too-many-from-source"
  /** A stranger's address opens new connections faster than one address may (refused at accept). */
  | "connect-rate-limited"
  /** A raft peer whose id the cluster removed (it never got the entry that removed it). */
  | "member-removed"
  /** A socket still in its handshake, or an anonymous connection, made room for a newer one. */
  | "evicted"
  /** An anonymous connection with no call running for too long (or no first frame). */
  | "idle"
  /** RPC refusals, before any handler runs. */
  | "rpc-unknown-method"
  | "rpc-forbidden"
  | "rpc-too-large"
  | "rpc-busy";

/** Why an incoming frame or message was dropped. */
export type DropReason =
  | "frame-too-large"
  | "frame-malformed"
  | "frame-unexpected"
  | "message-malformed"
  | "sender-mismatch"
  | "wrong-recipient"
  | "snapshot-invalid"
  | "snapshot-too-large"
  | "too-many-bad-frames"
  | "buffer-budget";

export type TransportErrorType =
  /** A frame whose length prefix exceeds the limit; the stream cannot be trusted any more. */
  | { code: "FRAME_TOO_LARGE"; bytes: number; bytesMax: number }
  /** A frame that does not decode, or decodes to nothing. */
  | { code: "FRAME_MALFORMED"; reason: string }
  /** A well-formed frame that has no business on this channel or in this direction. */
  | { code: "FRAME_UNEXPECTED"; kind: string; channel: string }
  /** A raft message in a batch that does not decode (src/raft/codec.ts). */
  | { code: "MESSAGE_MALFORMED"; reason: string }
  /** A raft message whose `from` is not the node its connection's certificate names. */
  | { code: "SENDER_MISMATCH"; from: number; certified: string }
  /** A raft message for another node. */
  | { code: "WRONG_RECIPIENT"; to: number; local: number }
  /** A raft message too large for one frame; it was not sent. */
  | { code: "MESSAGE_TOO_LARGE"; bytes: number; bytesMax: number }
  | { code: "SNAPSHOT_INVALID"; reason: string }
  | { code: "SNAPSHOT_TOO_LARGE"; bytes: number; bytesMax: number }
  /** Buffering a partial frame would pass the process's budget for bytes from peers. */
  | { code: "BUFFER_BUDGET_EXCEEDED"; bytes: number; bytesMax: number }
  /** A connection sent more bad frames than allowed and was closed. */
  | { code: "TOO_MANY_BAD_FRAMES"; count: number }
  /** The outgoing queue to a peer is full; the message was dropped. */
  | { code: "QUEUE_FULL"; peer: number; queueMax: number }
  /** A connection was refused, by the listener (reported to the dialer) or by the dialer. */
  | { code: "PEER_REFUSED"; reason: RefusalReason; detail: string }
  /** TLS or TCP failed before the listener answered. */
  | { code: "CONNECT_FAILED"; address: string; reason: string }
  | { code: "CONNECTION_CLOSED"; reason: string }
  | { code: "TIMEOUT"; operation: string; timeoutMs: number }
  /** The RPC server has no handler for the method. */
  | { code: "RPC_UNKNOWN_METHOD"; method: string }
  /** The caller may not call the method: anonymous on a non-public one, or not a manager. */
  | { code: "RPC_FORBIDDEN"; method: string; required: "node" | NodeRole; caller: string }
  /** A request or response body over the limit. */
  | { code: "RPC_TOO_LARGE"; method: string; detail: string }
  /** Too many calls in flight on one connection. */
  | { code: "RPC_BUSY"; method: string }
  /** The handler failed; `remoteCode` is its error's code (e.g. a CaError's), or INTERNAL. */
  | { code: "RPC_FAILED"; method: string; remoteCode: string; remoteMessage: string }
  | { code: "INVALID_NODE_ID"; value: string }
  | { code: "CONFIG_INVALID"; field: string; reason: string }
  /** The object was used after close() (or before start()). */
  | { code: "NOT_OPEN"; what: string };

export type TransportErrorCode = TransportErrorType["code"];

function describe(type: TransportErrorType): string {
  switch (type.code) {
    case "FRAME_TOO_LARGE":
      return `frame of ${type.bytes} bytes exceeds ${type.bytesMax}`;
    case "FRAME_MALFORMED":
      return `malformed frame: ${type.reason}`;
    case "FRAME_UNEXPECTED":
      return `unexpected ${type.kind} frame on the ${type.channel} channel`;
    case "MESSAGE_MALFORMED":
      return `malformed raft message: ${type.reason}`;
    case "SENDER_MISMATCH":
      return `raft message from ${type.from} on a connection certified as node ${type.certified}`;
    case "WRONG_RECIPIENT":
      return `raft message for ${type.to} arrived at ${type.local}`;
    case "MESSAGE_TOO_LARGE":
      return `raft message of ${type.bytes} bytes exceeds the frame limit ${type.bytesMax}`;
    case "SNAPSHOT_INVALID":
      return `invalid snapshot stream: ${type.reason}`;
    case "SNAPSHOT_TOO_LARGE":
      return `snapshot of ${type.bytes} bytes exceeds ${type.bytesMax}`;
    case "TOO_MANY_BAD_FRAMES":
      return `connection closed after ${type.count} bad frames`;
    case "BUFFER_BUDGET_EXCEEDED":
      return `${type.bytes} more bytes from a peer would pass the process budget of ${type.bytesMax}`;
    case "QUEUE_FULL":
      return `outgoing queue to ${type.peer} is full (${type.queueMax} messages)`;
    case "PEER_REFUSED":
      return `connection refused (${type.reason}): ${type.detail}`;
    case "CONNECT_FAILED":
      return `cannot connect to ${type.address}: ${type.reason}`;
    case "CONNECTION_CLOSED":
      return `connection closed: ${type.reason}`;
    case "TIMEOUT":
      return `${type.operation} timed out after ${type.timeoutMs} ms`;
    case "RPC_UNKNOWN_METHOD":
      return `unknown method ${type.method}`;
    case "RPC_FORBIDDEN":
      return `${type.caller} may not call ${type.method} (requires ${type.required})`;
    case "RPC_TOO_LARGE":
      return `${type.method}: body too large (${type.detail})`;
    case "RPC_BUSY":
      return `${type.method}: too many calls in flight on this connection`;
    case "RPC_FAILED":
      return `${type.method} failed (${type.remoteCode}): ${type.remoteMessage}`;
    case "INVALID_NODE_ID":
      return `not a keel node id: ${JSON.stringify(type.value)}`;
    case "CONFIG_INVALID":
      return `invalid transport configuration: ${type.field}: ${type.reason}`;
    case "NOT_OPEN":
      return `${type.what} is not open`;
  }
}

/** TransportError is every operating condition of the transport; `type` carries typed fields. */
export class TransportError extends Error {
  readonly type: TransportErrorType;

  constructor(type: TransportErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "TransportError";
    this.type = type;
  }

  get code(): TransportErrorCode {
    return this.type.code;
  }
}

/** dropReasonOf maps the error that made a frame be dropped to the counter it increments. */
export function dropReasonOf(error: TransportError): DropReason | null {
  switch (error.type.code) {
    case "FRAME_TOO_LARGE":
      return "frame-too-large";
    case "FRAME_MALFORMED":
      return "frame-malformed";
    case "FRAME_UNEXPECTED":
      return "frame-unexpected";
    case "MESSAGE_MALFORMED":
      return "message-malformed";
    case "SENDER_MISMATCH":
      return "sender-mismatch";
    case "WRONG_RECIPIENT":
      return "wrong-recipient";
    case "SNAPSHOT_INVALID":
      return "snapshot-invalid";
    case "SNAPSHOT_TOO_LARGE":
      return "snapshot-too-large";
    case "TOO_MANY_BAD_FRAMES":
      return "too-many-bad-frames";
    case "BUFFER_BUDGET_EXCEEDED":
      return "buffer-budget";
    default:
      return null;
  }
}
