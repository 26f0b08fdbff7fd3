// A framed connection: one authenticated TLS socket, read as frames and written as frames. Bad
// frames are dropped with a typed reason and counted; too many of them, or one oversized frame,
// close the connection. Nothing a peer sends can throw out of here.
import type { TLSSocket } from "node:tls";
import type { BufferBudget } from "./buffer-budget.js";
import { corkForTurn } from "./cork.js";
import { TransportError } from "./errors.js";
import type { Frame } from "./frame.js";
import { decodeFrame, encodeFrame, FrameReader } from "./frame.js";

/** How long a gracefully ended socket may take to close before it is destroyed. */
const lingerMs = 2_000;

export interface FramedConnectionOptions {
  readonly frameBytesMax: number;
  readonly badFramesMax: number;
  /** Called for every dropped frame and for the error that closed the connection. */
  readonly onDrop: (error: TransportError) => void;
  /** The process budget partial frames are held against (client connections; none for peers). */
  readonly budget?: BufferBudget | null;
}

export interface FrameHandlers {
  /** Handles one frame; throwing a TransportError drops it (counted as a bad frame). */
  onFrame(frame: Frame): void;
  /** Called once, when the connection is closed for whatever reason. */
  onClose(reason: string): void;
}

/** FramedConnection reads and writes frames on a socket until close(); close is idempotent. */
export class FramedConnection {
  private readonly reader: FrameReader;
  private handlers: FrameHandlers | null = null;
  private badFrames = 0;
  private closeReason: string | null = null;
  private pendingBytes: Buffer[] = [];
  private pendingByteCount = 0;
  private discarding = false;
  /** One wait for 'drain' shared by every writer: a listener per waiting call would pile up. */
  private draining: Promise<void> | null = null;

  constructor(
    readonly socket: TLSSocket,
    private readonly options: FramedConnectionOptions,
  ) {
    this.reader = new FrameReader(options.frameBytesMax, options.budget ?? null);
    // Frames are small and answered at once: Nagle's algorithm would hold one back until the
    // last is acknowledged (up to a delayed ACK's 40 ms). Frames of one turn are coalesced instead.
    socket.setNoDelay(true);
    socket.on("data", (bytes: Buffer) => this.receive(bytes));
    socket.on("error", (error: Error) => this.finish(error.message));
    socket.on("close", () => this.finish("socket closed"));
    socket.on("end", () => this.finish("peer ended the connection"));
  }

  /**
   * start delivers frames to `handlers`, beginning with any that arrived before it. Calling it
   * again hands the connection over to other handlers.
   */
  start(handlers: FrameHandlers): void {
    const first = this.handlers === null;
    this.handlers = handlers;
    if (!first) return;
    if (this.closeReason !== null) {
      handlers.onClose(this.closeReason);
      return;
    }
    const pending = this.pendingBytes;
    this.pendingBytes = [];
    for (const bytes of pending) this.receive(bytes);
  }

  get isOpen(): boolean {
    return this.closeReason === null;
  }

  /**
   * write queues a frame, sent with the others of this turn; false means the socket's buffer is
   * full: await drained() before more.
   */
  write(frame: Frame): boolean {
    if (this.closeReason !== null) return false;
    corkForTurn(this.socket);
    return this.socket.write(encodeFrame(frame));
  }

  /** writeRaw writes bytes that are not a frame (tests use it to play a misbehaving peer). */
  writeRaw(bytes: Uint8Array): boolean {
    if (this.closeReason !== null) return false;
    return this.socket.write(bytes);
  }

  /** drained resolves when the socket's write buffer has room again, or the connection closed. */
  drained(): Promise<void> {
    if (this.closeReason !== null || !this.socket.writableNeedDrain) return Promise.resolve();
    this.draining ??= new Promise((resolve) => {
      const done = (): void => {
        this.socket.off("drain", done);
        this.socket.off("close", done);
        this.draining = null;
        resolve();
      };
      this.socket.once("drain", done);
      this.socket.once("close", done);
    });
    return this.draining;
  }

  /**
   * writeWithBackpressure writes `frame` and, if the socket's write buffer is past its mark,
   * stops reading from the peer until it drains: a peer that sends requests but never reads
   * the answers then stalls on its own side instead of growing our buffer.
   */
  writeWithBackpressure(frame: Frame): void {
    if (this.write(frame) || this.socket.isPaused()) return;
    this.socket.pause();
    void this.drained().then(() => {
      if (this.closeReason === null) this.socket.resume();
    });
  }

  /** discardInput ignores whatever the peer sends from now on (a refused connection's bytes). */
  discardInput(): void {
    this.discarding = true;
    this.pendingBytes = [];
    this.pendingByteCount = 0;
  }

  /** close ends the connection (after flushing what was written when `graceful`); idempotent. */
  close(reason: string, options: { graceful?: boolean } = {}): void {
    if (this.closeReason !== null) return;
    if (options.graceful === true && !this.socket.destroyed) {
      this.socket.end();
      // A deadline, not an idle timeout (setTimeout on the socket): a peer that keeps
      // sending must not keep the socket. Unref'd: it need not hold the process open.
      const linger = setTimeout(() => this.socket.destroy(), lingerMs);
      linger.unref();
      this.socket.once("close", () => clearTimeout(linger));
    } else {
      this.socket.destroy();
    }
    this.finish(reason);
  }

  private receive(bytes: Buffer): void {
    if (this.closeReason !== null || this.discarding) return;
    if (this.handlers === null) {
      // Bounded: nobody may make us buffer more than a frame before we listen.
      this.pendingByteCount += bytes.length;
      if (this.pendingByteCount > this.options.frameBytesMax) {
        this.fail(
          new TransportError({
            code: "FRAME_TOO_LARGE",
            bytes: this.pendingByteCount,
            bytesMax: this.options.frameBytesMax,
          }),
        );
        return;
      }
      this.pendingBytes.push(bytes);
      return;
    }
    let bodies: Uint8Array[];
    try {
      bodies = this.reader.push(bytes);
    } catch (error) {
      this.fail(asTransportError(error));
      return;
    }
    for (const body of bodies) {
      if (this.closeReason !== null) return;
      try {
        this.handlers.onFrame(decodeFrame(body));
      } catch (error) {
        this.drop(asTransportError(error));
      }
    }
  }

  private drop(error: TransportError): void {
    this.options.onDrop(error);
    this.badFrames += 1;
    if (this.badFrames >= this.options.badFramesMax) {
      this.fail(new TransportError({ code: "TOO_MANY_BAD_FRAMES", count: this.badFrames }));
    }
  }

  private fail(error: TransportError): void {
    this.options.onDrop(error);
    this.close(error.message);
  }

  private finish(reason: string): void {
    if (this.closeReason !== null) return;
    this.closeReason = reason;
    this.reader.release();
    this.pendingBytes = [];
    if (!this.socket.destroyed && this.socket.writableEnded) {
      // Ended gracefully by us: the linger timer destroys it.
    } else if (!this.socket.destroyed) {
      this.socket.destroy();
    }
    this.handlers?.onClose(reason);
  }
}

/** asTransportError passes TransportErrors through; anything else thrown by a handler is a bug. */
function asTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  throw error;
}
