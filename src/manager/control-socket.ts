// The local control socket: a unix socket in the data dir (mode 0600) on which the `keel`
// command calls its node, as the docker CLI calls its daemon. Filesystem permissions are the
// authentication: whoever may read the data dir may run the node. It works while the node is
// locked (to unlock it) and for workers, whose requests for manager APIs the node forwards
// over mutual TLS with its own certificate.
//
// Frames: a 4-byte big-endian length, then a keelapi.ControlRequest / ControlResponse.
import { chmod, unlink } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import type { Server, Socket } from "node:net";
import { keelapi } from "../gen/api.js";
import { prefixedBytes, prefixedWriter } from "../protobuf-writer.js";
// Not the transport index: it loads x509, which the control-socket client (keel status) must not.
import { corkForTurn } from "../transport/cork.js";
import { ManagerError, codeOf } from "./errors.js";

/** controlFrameBytesMax bounds one request or response: a secret (500 KiB) and then some. */
export const controlFrameBytesMax = 4 * 1024 * 1024;

/** ControlHandler answers one method; a thrown error with a `code` reaches the caller as is. */
export type ControlHandler = (method: string, body: Uint8Array) => Promise<Uint8Array>;

/**
 * Splits a byte stream into length-prefixed frames; null on a frame over the limit. Frames are
 * views of the chunk they arrived in: only a partial frame left at a chunk's end is copied,
 * joined with the next chunk (a busy caller's chunk holds dozens of whole frames).
 */
class FrameSplitter {
  private rest: Buffer | null = null;

  push(chunk: Buffer): Buffer[] | null {
    let buffer = this.rest === null ? chunk : Buffer.concat([this.rest, chunk]);
    this.rest = null;
    const frames: Buffer[] = [];
    while (buffer.length >= 4) {
      const length = buffer.readUInt32BE(0);
      if (length > controlFrameBytesMax) return null;
      if (buffer.length < 4 + length) break;
      frames.push(buffer.subarray(4, 4 + length));
      buffer = buffer.subarray(4 + length);
    }
    if (buffer.length > 0) this.rest = buffer;
    return frames;
  }
}

/** refuseIfAnswered is ALREADY_RUNNING when a process serves the control socket at `path`. */
export async function refuseIfAnswered(path: string): Promise<void> {
  if (await answers(path)) throw new ManagerError({ code: "ALREADY_RUNNING", socket: path });
}

/** answers says whether a process accepts connections on the unix socket at `path`. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    // ENOENT (no file) or ECONNREFUSED (a file nobody listens on): free to take. Anything else
    // (EAGAIN: a live server's full backlog) is taken as a process there.
    socket.once("error", (error: NodeJS.ErrnoException) => {
      resolve(error.code !== "ENOENT" && error.code !== "ECONNREFUSED");
    });
  });
}

/**
 * wireFailure is what a caller learns of a failure: its code and message, and for a call this
 * node forwarded to another manager (RPC_FAILED) the code and message that manager gave, so a
 * code crosses the wire unchanged. INTERNAL says nothing more.
 */
export function wireFailure(error: unknown): { code: string; message: string } {
  const type = (error as { type?: { code?: unknown; remoteCode?: unknown; remoteMessage?: unknown } } | null)
    ?.type;
  if (type?.code === "RPC_FAILED" && typeof type.remoteCode === "string" && type.remoteCode !== "INTERNAL")
    return { code: type.remoteCode, message: String(type.remoteMessage) };
  const code = codeOf(error) ?? "INTERNAL";
  return { code, message: code === "INTERNAL" ? "internal error" : (error as Error).message };
}

function requestFrame(request: keelapi.ControlRequest.$Properties): Uint8Array {
  const writer = prefixedWriter();
  keelapi.ControlRequest.encode(request, writer);
  return prefixedBytes(writer);
}

function responseFrame(response: keelapi.ControlResponse.$Properties): Uint8Array {
  const writer = prefixedWriter();
  keelapi.ControlResponse.encode(response, writer);
  return prefixedBytes(writer);
}

/**
 * flushed resolves once what was written to `socket` has left (or the socket closed): answers
 * corked for this turn included. 'drain' would not do: it follows only a write that filled the buffer.
 */
function flushed(socket: Socket): Promise<void> {
  return new Promise<void>((resolve) => {
    while (socket.writableCorked > 0) socket.uncork();
    if (socket.destroyed || socket.writableLength === 0) return resolve();
    socket.once("close", resolve);
    socket.write(new Uint8Array(0), () => resolve());
  });
}

/** One client's connection and how many of its requests are not yet answered. */
interface Caller {
  readonly socket: Socket;
  owed: number;
}

export class ControlServer {
  private readonly sockets = new Set<Socket>();
  /** Answers begun and not yet written; close() waits for them (#answered is told at zero). */
  private answering = 0;
  private answered: (() => void) | null = null;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly server: Server,
    readonly path: string,
  ) {}

  /**
   * listen serves `handler` on the unix socket at `path`, replacing a stale socket file (one
   * left by a process that died); ALREADY_RUNNING if a process answers on it.
   */
  static async listen(path: string, handler: ControlHandler): Promise<ControlServer> {
    await refuseIfAnswered(path);
    await unlink(path).catch(() => undefined);
    const server = createServer();
    const control = new ControlServer(server, path);
    server.on("connection", (socket) => control.accept(socket, handler));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, () => {
        server.off("error", reject);
        resolve();
      });
    });
    await chmod(path, 0o600);
    return control;
  }

  private accept(socket: Socket, handler: ControlHandler): void {
    this.sockets.add(socket);
    const caller: Caller = { socket, owed: 0 };
    const splitter = new FrameSplitter();
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk: Buffer) => {
      const frames = splitter.push(chunk);
      if (frames === null) {
        socket.destroy();
        return;
      }
      // Counted, not kept in a set: a set's entry and its removal cost a promise and a closure per call.
      for (const bytes of frames) {
        this.answering++;
        caller.owed++;
        void this.answer(caller, bytes, handler);
      }
    });
  }

  private async answer(caller: Caller, bytes: Buffer, handler: ControlHandler): Promise<void> {
    const { socket } = caller;
    try {
      let request: keelapi.ControlRequest;
      try {
        request = keelapi.ControlRequest.decode(bytes);
      } catch {
        socket.destroy();
        return;
      }
      let response: keelapi.ControlResponse.$Properties;
      try {
        const body = await handler(request.method, request.body);
        response = { callId: request.callId, ok: true, body };
      } catch (error) {
        response = { callId: request.callId, ok: false, ...wireFailure(error) };
      }
      if (socket.destroyed) return;
      if (caller.owed > 1) {
        // The answers of one applied batch leave in one write.
        corkForTurn(socket);
        socket.write(responseFrame(response));
      } else {
        // The last answer owed leaves now, with any corked before it: waiting for the turn's
        // end would put it behind the peer writes the same Ready queued (the commit notices).
        socket.write(responseFrame(response));
        while (socket.writableCorked > 0) socket.uncork();
      }
    } finally {
      caller.owed--;
      if (--this.answering === 0) this.answered?.();
    }
  }

  /**
   * close stops accepting, lets answers being written finish (an unlock's reply is sent before
   * the locked node's socket goes away), ends open connections and removes the socket file.
   * Idempotent.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      if (this.answering > 0) await new Promise<void>((resolve) => (this.answered = resolve));
      await Promise.all([...this.sockets].map(flushed));
      for (const socket of this.sockets) socket.destroy();
      await closed;
      await unlink(this.path).catch(() => undefined);
    })();
    return this.closing;
  }
}

/** ControlCallError is a failure the node reported, with its code (LOCKED, RPC_FORBIDDEN, ...). */
export class ControlCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ControlCallError";
  }
}

/** controlCall sends one request to the node behind `path` on a connection of its own. */
export async function controlCall(
  path: string,
  method: string,
  body: Uint8Array,
  options: { timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const client = new ControlClient(path);
  try {
    return await client.call(method, body, options);
  } finally {
    client.close();
  }
}

interface PendingCall {
  readonly resolve: (body: Uint8Array) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * ControlClient calls the node behind a control socket over one connection, many calls at once
 * (told apart by callId), so a busy caller pays no connect and close per call. It connects on
 * the first call and again after the node closed the connection. An idle connection does not
 * keep the process alive. close() is idempotent.
 */
export class ControlClient {
  /** The connection, or its connecting; null before the first call and after the node closed it. */
  #socket: Promise<Socket> | null = null;
  /** The connection once connected: a call on it need not wait a turn for #socket. */
  #open: Socket | null = null;
  readonly #calls = new Map<number, PendingCall>();
  #nextCallId = 1;
  #closed = false;

  constructor(readonly path: string) {}

  async call(method: string, body: Uint8Array, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
    if (this.#closed) throw new ControlCallError("CONNECTION_CLOSED", "the control client is closed");
    let socket = this.#open ?? (await this.#connected());
    if (socket.destroyed) {
      // Closed by the node, its close event not yet handled: a call written there would be lost.
      this.#socket = null;
      this.#open = null;
      socket = await this.#connected();
    }
    const callId = this.#nextCallId++;
    const timeoutMs = options.timeoutMs ?? 60_000;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#settle(socket, callId, (c) =>
          c.reject(new ManagerError({ code: "TIMEOUT", operation: method, timeoutMs })),
        );
      }, timeoutMs);
      if (this.#calls.size === 0) socket.ref(); // Unreferenced while no call waits (#settle).
      this.#calls.set(callId, { resolve, reject, timer });
      corkForTurn(socket);
      socket.write(requestFrame({ callId, method, body }));
    });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    void this.#socket?.then((s) => s.destroy()).catch(() => undefined);
    this.#socket = null;
    this.#open = null;
  }

  #connected(): Promise<Socket> {
    this.#socket ??= new Promise<Socket>((resolve, reject) => {
      const s = createConnection(this.path);
      s.once("connect", () => {
        s.off("error", refused);
        s.on("error", () => s.destroy()); // Reported to the calls by "close".
        this.#serve(s);
        this.#open = s;
        resolve(s);
      });
      const refused = (error: NodeJS.ErrnoException): void => {
        this.#socket = null;
        if (error.code === "ENOENT" || error.code === "ECONNREFUSED") {
          reject(new ManagerError({ code: "NOT_RUNNING", socket: this.path }));
        } else reject(error);
      };
      s.once("error", refused);
    });
    return this.#socket;
  }

  #serve(socket: Socket): void {
    const splitter = new FrameSplitter();
    const fail = (error: ControlCallError): void => {
      for (const id of [...this.#calls.keys()]) this.#settle(socket, id, (c) => c.reject(error));
    };
    socket.on("data", (chunk: Buffer) => {
      const frames = splitter.push(chunk);
      if (frames === null) {
        fail(new ControlCallError("FRAME_TOO_LARGE", "response too large"));
        socket.destroy();
        return;
      }
      for (const bytes of frames) {
        let response: keelapi.ControlResponse;
        try {
          response = keelapi.ControlResponse.decode(bytes);
        } catch {
          fail(new ControlCallError("CONNECTION_CLOSED", "the node sent a malformed answer"));
          socket.destroy();
          return;
        }
        // An answer to a call that timed out meanwhile is dropped.
        this.#settle(socket, Number(response.callId), (c) =>
          response.ok
            ? c.resolve(response.body)
            : c.reject(new ControlCallError(response.code, response.message)),
        );
      }
    });
    const current = this.#socket;
    socket.on("close", () => {
      if (this.#socket === current) this.#socket = null;
      if (this.#open === socket) this.#open = null;
      fail(new ControlCallError("CONNECTION_CLOSED", "the node closed the control socket"));
    });
  }

  #settle(socket: Socket, callId: number, how: (call: PendingCall) => void): void {
    const call = this.#calls.get(callId);
    if (call === undefined) return;
    this.#calls.delete(callId);
    clearTimeout(call.timer);
    if (this.#calls.size === 0) socket.unref();
    how(call);
  }
}
