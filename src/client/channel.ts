// How a KeelClient reaches a node: the data dir's control socket (the node answers as itself)
// or a manager's client API over mutual TLS (the caller presents its own node certificate).
// Both carry the same method names and protobuf bodies; the client never sees which.
import { controlCall } from "../manager/control-socket.js";

export interface ClientChannel {
  /** call sends one request and resolves with the response body; rejects with the error as is. */
  call(method: string, body: Uint8Array, timeoutMs: number): Promise<Uint8Array>;
  /** close ends the channel; idempotent. */
  close(): Promise<void>;
  /** control: the node answers as itself (local.* methods too); tls: a manager's client API. */
  readonly kind: "control" | "tls";
  /** Where the channel goes, for messages: a socket path or HOST:PORT. */
  readonly target: string;
}

/** controlChannel calls the node behind a control socket, one connection per call. */
export function controlChannel(socketPath: string): ClientChannel {
  return {
    kind: "control",
    target: socketPath,
    call: (method, body, timeoutMs) => controlCall(socketPath, method, body, { timeoutMs }),
    close: () => Promise.resolve(),
  };
}
