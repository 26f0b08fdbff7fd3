// The client API server: generic request/response calls on the listener's client channel. A
// method is registered with the access it needs; the caller is checked before the handler runs.
// The manager defines the methods and their protobuf bodies; this file knows only bytes.
import { assert } from "../assert.js";
import type { Caller } from "./authenticate.js";
import { anonymous } from "./authenticate.js";
import type { FramedConnection } from "./connection.js";
import type { Frame, RpcWireError } from "./frame.js";
import type { RefusalReason } from "./errors.js";
import { TransportError } from "./errors.js";
import { frameOverheadBytes, rpcInFlightMaxDefault, rpcMethodBytesMax } from "./limits.js";
import type { TlsListener } from "./listener.js";

/**
 * Access is who may call a method: anybody (joining: fetch the root CA, exchange a CSR and a
 * join token for a certificate), any certified node of the cluster, or managers only.
 */
export type Access = "public" | "node" | "manager";

/**
 * RpcHandler answers one call from `caller` at address `source` (rate limits key on it); a thrown
 * error with a string `code` reaches the caller as is.
 */
export type RpcHandler = (body: Uint8Array, caller: Caller, source: string) => Promise<Uint8Array>;

/** Codes of the server's own refusals on the wire. */
export const rpcWireCodes = {
  unknownMethod: "TRANSPORT_UNKNOWN_METHOD",
  forbidden: "TRANSPORT_FORBIDDEN",
  tooLarge: "TRANSPORT_TOO_LARGE",
  busy: "TRANSPORT_BUSY",
  internal: "INTERNAL",
} as const;

export interface RpcServerLimits {
  /** Calls one connection may have running at once. */
  readonly inFlightMax: number;
  /** Largest request or response body. */
  readonly bodyBytesMax: number;
}

interface Registration {
  readonly handler: RpcHandler;
  readonly access: Access;
}

type Status = "new" | "started" | "closed";

export class RpcServer {
  readonly limits: RpcServerLimits;
  private readonly methods = new Map<string, Registration>();
  private readonly connections = new Set<FramedConnection>();
  private status: Status = "new";
  private readonly acceptor = (connection: FramedConnection, caller: Caller): void =>
    this.accept(connection, caller);

  constructor(private readonly options: { listener: TlsListener; limits?: Partial<RpcServerLimits> }) {
    this.limits = {
      inFlightMax: rpcInFlightMaxDefault,
      bodyBytesMax: options.listener.limits.frameBytesMax - frameOverheadBytes - rpcMethodBytesMax,
      ...options.limits,
    };
    for (const [field, value] of Object.entries(this.limits)) {
      if (!Number.isSafeInteger(value) || value <= 0) {
        throw new TransportError({
          code: "CONFIG_INVALID",
          field,
          reason: `${String(value)} is not a positive integer`,
        });
      }
    }
  }

  /** handle registers `method` (once); `access` defaults to "node", any certified node. */
  handle(method: string, handler: RpcHandler, options: { access?: Access } = {}): void {
    assert(
      method.length > 0 && Buffer.byteLength(method) <= rpcMethodBytesMax,
      `method name ${method} is 1..${rpcMethodBytesMax} bytes`,
    );
    assert(!this.methods.has(method), `method ${method} is registered twice`);
    this.methods.set(method, { handler, access: options.access ?? "node" });
  }

  /** start serves the listener's client channel. */
  start(): void {
    if (this.status !== "new")
      throw new TransportError({ code: "NOT_OPEN", what: "RPC server (start twice or after close)" });
    this.options.listener.attach("client", this.acceptor);
    this.status = "started";
  }

  /** close stops serving and closes client connections; running handlers' answers are dropped. Idempotent. */
  close(): Promise<void> {
    if (this.status === "started") this.options.listener.detach("client", this.acceptor);
    this.status = "closed";
    for (const connection of this.connections) connection.close("RPC server closed");
    this.connections.clear();
    return Promise.resolve();
  }

  private accept(connection: FramedConnection, caller: Caller): void {
    this.connections.add(connection);
    const source = connection.socket.remoteAddress ?? "";
    const counters = this.options.listener.counters;
    let inFlight = 0;
    // An anonymous connection with no call running is closed soon: a stranger holding a slot
    // without asking anything (from accept on, so also one that never sends a first frame).
    const idleMs = this.options.listener.listenerLimits.anonymousIdleMs;
    let idle: NodeJS.Timeout | null = null;
    const watchIdle = (): void => {
      if (caller !== anonymous || inFlight > 0 || !connection.isOpen) return;
      idle = setTimeout(() => {
        counters.refuse("idle", source, `no call for ${idleMs} ms`);
        connection.close("idle anonymous connection");
      }, idleMs);
      idle.unref();
    };
    const stopIdle = (): void => {
      if (idle !== null) clearTimeout(idle);
      idle = null;
    };
    watchIdle();
    connection.start({
      onFrame: (frame) => {
        if (frame.kind !== "rpcRequest") {
          throw new TransportError({
            code: "FRAME_UNEXPECTED",
            kind: frame.kind,
            channel: "client (server)",
          });
        }
        const refusal = this.refusal(frame.method, frame.body.length, caller, inFlight);
        if (refusal !== null) {
          counters.refuse(refusal.kind, source, refusal.error.message);
          connection.writeWithBackpressure(failure(frame.callId, refusal.error));
          return;
        }
        // A call counts until its answer has left our buffer: with reading paused while the
        // buffer is full, what one connection holds is at most inFlightMax answers.
        inFlight += 1;
        stopIdle();
        void this.run(frame.method, frame.body, caller, source).then(async (response) => {
          connection.writeWithBackpressure({ ...response, callId: frame.callId });
          await connection.drained();
          inFlight -= 1;
          watchIdle();
        });
      },
      onClose: () => {
        stopIdle();
        this.connections.delete(connection);
      },
    });
  }

  /** refusal is why a call may not run, checked before its handler: the typed gate. */
  private refusal(
    method: string,
    bodyBytes: number,
    caller: Caller,
    inFlight: number,
  ): { kind: RefusalReason; error: RpcWireError } | null {
    const registration = this.methods.get(method);
    if (registration === undefined) {
      const error = wireError(
        rpcWireCodes.unknownMethod,
        `unknown method ${method.slice(0, rpcMethodBytesMax)}`,
      );
      return { kind: "rpc-unknown-method", error };
    }
    const required = registration.access;
    const allowed =
      required === "public" || (caller !== anonymous && (required === "node" || caller.role === "manager"));
    if (!allowed) {
      const error = {
        code: rpcWireCodes.forbidden,
        message: `${method} requires ${required}`,
        requiredAccess: required,
      };
      return { kind: "rpc-forbidden", error };
    }
    if (bodyBytes > this.limits.bodyBytesMax)
      return { kind: "rpc-too-large", error: wireError(rpcWireCodes.tooLarge, `${bodyBytes} bytes`) };
    if (inFlight >= this.limits.inFlightMax)
      return { kind: "rpc-busy", error: wireError(rpcWireCodes.busy, `${inFlight} calls in flight`) };
    return null;
  }

  private async run(
    method: string,
    body: Uint8Array,
    caller: Caller,
    source: string,
  ): Promise<Extract<Frame, { kind: "rpcResponse" }>> {
    const registration = this.methods.get(method);
    assert(registration !== undefined, "checked before run");
    let result: Uint8Array;
    try {
      result = await registration.handler(body, caller, source);
    } catch (error) {
      return failure(0, handlerError(error));
    }
    if (result.length > this.limits.bodyBytesMax) {
      return failure(0, wireError(rpcWireCodes.tooLarge, `response of ${result.length} bytes`));
    }
    return { kind: "rpcResponse", callId: 0, ok: true, error: null, body: result };
  }
}

function wireError(code: string, message: string): RpcWireError {
  return { code, message, requiredAccess: "" };
}

function failure(callId: number, error: RpcWireError): Extract<Frame, { kind: "rpcResponse" }> {
  return { kind: "rpcResponse", callId, ok: false, error, body: new Uint8Array(0) };
}

/**
 * handlerError passes typed errors (anything with a string `code`, like CaError or
 * TransportError) to the caller; anything else is a bug whose details stay on the server.
 */
function handlerError(error: unknown): RpcWireError {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === "string" && code.length > 0)
    return wireError(code, error.message);
  return wireError(rpcWireCodes.internal, "internal error");
}
