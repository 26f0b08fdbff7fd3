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
import { corkForTurn } from "../transport/index.js";
import { ManagerError, codeOf } from "./errors.js";

/** controlFrameBytesMax bounds one request or response: a secret (500 KiB) and then some. */
export const controlFrameBytesMax = 4 * 1024 * 1024;

/** ControlHandler answers one method; a thrown error with a `code` reaches the caller as is. */
export type ControlHandler = (method: string, body: Uint8Array) => Promise<Uint8Array>;

/** Splits a byte stream into length-prefixed frames; null on a frame over the limit. */
class FrameSplitter {
  private buffer = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] | null {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const frames: Buffer[] = [];
    while (this.buffer.length >= 4) {
      const length = this.buffer.readUInt32BE(0);
      if (length > controlFrameBytesMax) return null;
      if (this.buffer.length < 4 + length) break;
      frames.push(this.buffer.subarray(4, 4 + length));
      this.buffer = this.buffer.subarray(4 + length);
    }
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

function frame(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + bytes.length);
  out.writeUInt32BE(bytes.length, 0);
  out.set(bytes, 4);
  return out;
}

export class ControlServer {
  private readonly sockets = new Set<Socket>();
  private readonly answering = new Set<Promise<void>>();
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
    const splitter = new FrameSplitter();
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk: Buffer) => {
      const frames = splitter.push(chunk);
      if (frames === null) {
        socket.destroy();
        return;
      }
      for (const bytes of frames) {
        const answer = this.answer(socket, bytes, handler);
        this.answering.add(answer);
        void answer.finally(() => this.answering.delete(answer));
      }
    });
  }

  private async answer(socket: Socket, bytes: Buffer, handler: ControlHandler): Promise<void> {
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
    // The answers of one applied batch leave in one write.
    corkForTurn(socket);
    socket.write(frame(keelapi.ControlResponse.encode(response).finish()));
  }

  /**
   * close stops accepting, lets answers being written finish (an unlock's reply is sent before
   * the locked node's socket goes away), ends open connections and removes the socket file.
   * Idempotent.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      await Promise.allSettled([...this.answering]);
      await Promise.all(
        [...this.sockets].map(
          (socket) =>
            new Promise<void>((resolve) =>
              socket.writableLength === 0 ? resolve() : socket.once("drain", resolve),
            ),
        ),
      );
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

/** controlCall sends one request to the node behind `path` and returns the response body. */
export async function controlCall(
  path: string,
  method: string,
  body: Uint8Array,
  options: { timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const socket = await new Promise<Socket>((resolve, reject) => {
    const s = createConnection(path);
    s.once("connect", () => resolve(s));
    s.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") {
        reject(new ManagerError({ code: "NOT_RUNNING", socket: path }));
      } else reject(error);
    });
  });
  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new ManagerError({ code: "TIMEOUT", operation: method, timeoutMs }));
      }, timeoutMs);
      const splitter = new FrameSplitter();
      const done = (f: () => void): void => {
        clearTimeout(timer);
        f();
      };
      socket.on("data", (chunk: Buffer) => {
        const frames = splitter.push(chunk);
        const first = frames?.[0];
        if (frames === null)
          return done(() => reject(new ControlCallError("FRAME_TOO_LARGE", "response too large")));
        if (first === undefined) return;
        const response = keelapi.ControlResponse.decode(first);
        if (response.ok) done(() => resolve(response.body));
        else done(() => reject(new ControlCallError(response.code, response.message)));
      });
      socket.on("close", () =>
        done(() => reject(new ControlCallError("CONNECTION_CLOSED", "the node closed the control socket"))),
      );
      socket.write(frame(keelapi.ControlRequest.encode({ callId: 1, method, body }).finish()));
    });
  } finally {
    socket.destroy();
  }
}
