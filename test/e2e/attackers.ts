// Hostile peers on loopback, for the end-to-end tests and bench/hostile.ts: silent TCP sockets
// held (and reopened as the manager closes them), and TLS connections that announce a large
// frame and trickle it. Every attacker is bounded in count, stops on stop(), and leaves nothing.
// An attacker may dial from another loopback address (Linux routes all of 127/8 to lo), so that
// the manager tells it apart from the managers on 127.0.0.1.
import { connect as tcpConnect } from "node:net";
import type { Socket } from "node:net";
import { readFile } from "node:fs/promises";
import { SystemClock } from "../../src/node/clock.js";
import { dataDir } from "../../src/manager/data-dir.js";
import type { FramedConnection } from "../../src/transport/connection.js";
import { Counters } from "../../src/transport/counters.js";
import { TlsCredentials } from "../../src/transport/credentials.js";
import type { DialTrust } from "../../src/transport/dial.js";
import { dial } from "../../src/transport/dial.js";
import { connectionLimitsDefault } from "../../src/transport/listener.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Attacker holds `count` connections of some kind, reopening each the manager closes. */
abstract class Attacker {
  /** Connections opened, and how many of them the manager closed on us. */
  opened = 0;
  closedByManager = 0;
  #running = false;
  #loops: Promise<void>[] = [];

  constructor(
    protected readonly address: string,
    private readonly count: number,
    private readonly reopenDelayMs: number,
    /** The local address to dial from; the system's choice when undefined. */
    protected readonly localAddress?: string,
  ) {}

  /** start opens the connections; it resolves once each was tried once. */
  async start(): Promise<this> {
    this.#running = true;
    const first: Promise<void>[] = [];
    for (let i = 0; i < this.count; i++) {
      let opened!: () => void;
      first.push(new Promise((resolve) => (opened = resolve)));
      this.#loops.push(this.#hold(opened));
    }
    await Promise.all(first);
    return this;
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.closeAll();
    await Promise.all(this.#loops);
  }

  get running(): boolean {
    return this.#running;
  }

  /** openOne opens one connection and resolves when it ends (true: the manager ended it). */
  protected abstract openOne(opened: () => void): Promise<boolean>;
  protected abstract closeAll(): void;

  async #hold(firstOpened: () => void): Promise<void> {
    let opened = firstOpened;
    while (this.#running) {
      this.opened += 1;
      const byManager = await this.openOne(opened).catch(() => true);
      opened(); // a failed first attempt counts as tried
      opened = () => undefined;
      if (byManager && this.#running) this.closedByManager += 1;
      if (this.#running) await sleep(this.reopenDelayMs);
    }
  }
}

/** SilentFlood holds TCP connections to a manager's port that never send a byte. */
export class SilentFlood extends Attacker {
  readonly #sockets = new Set<Socket>();

  constructor(address: string, count: number, reopenDelayMs = 20, localAddress?: string) {
    super(address, count, reopenDelayMs, localAddress);
  }

  protected openOne(opened: () => void): Promise<boolean> {
    const [host, port] = this.address.split(":");
    return new Promise((resolve) => {
      const socket = tcpConnect(
        {
          port: Number(port),
          host: host ?? "127.0.0.1",
          ...(this.localAddress === undefined ? {} : { localAddress: this.localAddress }),
        },
        opened,
      );
      this.#sockets.add(socket);
      socket.on("error", () => undefined);
      socket.once("close", () => {
        this.#sockets.delete(socket);
        resolve(this.running);
      });
    });
  }

  protected closeAll(): void {
    for (const s of this.#sockets) s.destroy();
  }
}

/**
 * PartialFrames holds client-channel connections (anonymous, or with `credentials`) that
 * announce a frame of `announceBytes` and send `trickleBytes` of it every `trickleMs`.
 */
export class PartialFrames extends Attacker {
  readonly #connections = new Set<FramedConnection>();

  constructor(
    address: string,
    count: number,
    private readonly trust: DialTrust,
    private readonly frame: { announceBytes: number; trickleBytes: number; trickleMs: number },
    reopenDelayMs = 50,
    localAddress?: string,
  ) {
    super(address, count, reopenDelayMs, localAddress);
  }

  protected async openOne(opened: () => void): Promise<boolean> {
    let ended!: (byManager: boolean) => void;
    const done = new Promise<boolean>((resolve) => (ended = resolve));
    const connection = await dial(
      {
        address: this.address,
        channel: "client",
        trust: this.trust,
        limits: { ...connectionLimitsDefault, handshakeTimeoutMs: 10_000 },
        ...(this.localAddress === undefined ? {} : { localAddress: this.localAddress }),
      },
      { onFrame: () => undefined, onClose: () => ended(this.running) },
      { clock: new SystemClock(), counters: new Counters() },
    );
    opened();
    if (!this.running) {
      connection.close("attack over");
      return false;
    }
    this.#connections.add(connection);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(this.frame.announceBytes, 0);
    connection.writeRaw(header);
    const chunk = Buffer.alloc(this.frame.trickleBytes, 0x5a);
    let sent = 0;
    const timer = setInterval(() => {
      // Never the whole frame: it stays partial, held by the manager until it gives up.
      if (sent + chunk.length < this.frame.announceBytes) {
        connection.writeRaw(chunk);
        sent += chunk.length;
      }
    }, this.frame.trickleMs);
    const byManager = await done;
    clearInterval(timer);
    this.#connections.delete(connection);
    return byManager;
  }

  protected closeAll(): void {
    for (const c of this.#connections) c.close("attack over");
  }
}

/** workerTrust loads a worker's credentials from its data dir (the caller closes them). */
export async function workerCredentials(workerDataDir: string): Promise<TlsCredentials> {
  const dir = dataDir(workerDataDir);
  const [rootCaPem, certificatePem, privateKey] = await Promise.all([
    readFile(dir.rootCa, "utf8"),
    readFile(dir.certificate, "utf8"),
    readFile(dir.workerKey, "utf8"),
  ]);
  return TlsCredentials.create({ rootCaPem, certificatePem, privateKey });
}

/** rssBytesOf is a process's resident memory (Linux /proc), or null when it is gone. */
export async function rssBytesOf(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}
