// The client side of the API: one connection to a manager's client channel, calls matched to
// responses by id, each with a deadline. No reconnection: a closed client fails its calls and
// the caller connects again (to the same or another manager).
import type { Clock, Cancel } from "../node/seams.js";
import { Counters } from "./counters.js";
import type { FramedConnection } from "./connection.js";
import type { DialTrust } from "./dial.js";
import { dial } from "./dial.js";
import { TransportError } from "./errors.js";
import type { Frame } from "./frame.js";
import { connectionLimitsDefault } from "./listener.js";
import type { ConnectionLimits } from "./listener.js";
import { frameOverheadBytes, rpcMethodBytesMax, rpcTimeoutMsDefault } from "./limits.js";
import { rpcWireCodes } from "./rpc-server.js";
import { describeIdentity } from "./identity.js";

export interface RpcClientOptions {
  readonly address: string;
  /** A node certificate, or anonymous trusting a (pinned) root; see DialTrust. */
  readonly trust: DialTrust;
  /** The node id the manager's certificate must name, when known. */
  readonly expectedNodeId?: string;
  readonly limits?: Partial<ConnectionLimits>;
}

interface Pending {
  readonly method: string;
  readonly resolve: (body: Uint8Array) => void;
  readonly reject: (error: TransportError) => void;
  readonly cancelTimer: Cancel;
}

export class RpcClient {
  private readonly pending = new Map<number, Pending>();
  private nextCallId = 1;
  private closedReason: string | null = null;
  private connection: FramedConnection | null = null;

  private constructor(
    private readonly options: RpcClientOptions,
    private readonly limits: ConnectionLimits,
    private readonly clock: Clock,
  ) {}

  /** connect dials the client channel and resolves once the manager accepted us. */
  static async connect(
    options: RpcClientOptions,
    deps: { clock: Clock; counters?: Counters },
  ): Promise<RpcClient> {
    const limits = { ...connectionLimitsDefault, ...options.limits };
    const client = new RpcClient(options, limits, deps.clock);
    client.connection = await dial(
      {
        address: options.address,
        channel: "client",
        trust: options.trust,
        limits,
        ...(options.expectedNodeId === undefined ? {} : { expectedNodeId: options.expectedNodeId }),
      },
      { onFrame: (frame) => client.receive(frame), onClose: (reason) => client.closed(reason) },
      { clock: deps.clock, counters: deps.counters ?? new Counters() },
    );
    return client;
  }

  get isOpen(): boolean {
    return this.closedReason === null;
  }

  /** call sends one request and resolves with the response body, or fails with a TransportError. */
  call(method: string, body: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
    const timeoutMs = options.timeoutMs ?? rpcTimeoutMsDefault;
    const bodyBytesMax = this.limits.frameBytesMax - frameOverheadBytes - rpcMethodBytesMax;
    if (this.closedReason !== null || this.connection === null) {
      return Promise.reject(
        new TransportError({ code: "CONNECTION_CLOSED", reason: this.closedReason ?? "not connected" }),
      );
    }
    if (body.length > bodyBytesMax || Buffer.byteLength(method) > rpcMethodBytesMax) {
      return Promise.reject(
        new TransportError({
          code: "RPC_TOO_LARGE",
          method,
          detail: `request of ${body.length} bytes, at most ${bodyBytesMax}`,
        }),
      );
    }
    const connection = this.connection;
    const callId = this.nextCallId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const cancelTimer = this.clock.setTimeout(() => {
        this.pending.delete(callId);
        reject(new TransportError({ code: "TIMEOUT", operation: `call ${method}`, timeoutMs }));
      }, timeoutMs);
      this.pending.set(callId, { method, resolve, reject, cancelTimer });
      connection.write({ kind: "rpcRequest", callId, method, body });
    });
  }

  /** close fails pending calls and closes the connection; idempotent. */
  close(): Promise<void> {
    this.connection?.close("client closed");
    this.closed("client closed");
    return Promise.resolve();
  }

  private receive(frame: Frame): void {
    if (frame.kind !== "rpcResponse") {
      throw new TransportError({ code: "FRAME_UNEXPECTED", kind: frame.kind, channel: "client (client)" });
    }
    const call = this.pending.get(frame.callId);
    // A response after its call timed out is not the server's fault: ignored.
    if (call === undefined) return;
    this.pending.delete(frame.callId);
    call.cancelTimer();
    if (frame.ok) call.resolve(frame.body);
    else call.reject(this.errorOf(call.method, frame.error));
  }

  private errorOf(method: string, error: Extract<Frame, { kind: "rpcResponse" }>["error"]): TransportError {
    const code = error?.code ?? rpcWireCodes.internal;
    const message = error?.message ?? "";
    switch (code) {
      case rpcWireCodes.unknownMethod:
        return new TransportError({ code: "RPC_UNKNOWN_METHOD", method });
      case rpcWireCodes.forbidden: {
        const required = error?.requiredAccess === "manager" ? "manager" : "node";
        const trust = this.options.trust;
        const caller = trust.kind === "node" ? describeIdentity(trust.credentials.identity) : "anonymous";
        return new TransportError({ code: "RPC_FORBIDDEN", method, required, caller });
      }
      case rpcWireCodes.tooLarge:
        return new TransportError({
          code: "RPC_TOO_LARGE",
          method,
          detail: `refused by the server: ${message}`,
        });
      case rpcWireCodes.busy:
        return new TransportError({ code: "RPC_BUSY", method });
      default:
        return new TransportError({ code: "RPC_FAILED", method, remoteCode: code, remoteMessage: message });
    }
  }

  private closed(reason: string): void {
    if (this.closedReason !== null) return;
    this.closedReason = reason;
    const error = new TransportError({ code: "CONNECTION_CLOSED", reason });
    for (const call of this.pending.values()) {
      call.cancelTimer();
      call.reject(error);
    }
    this.pending.clear();
  }
}
