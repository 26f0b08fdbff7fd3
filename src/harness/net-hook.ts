// Loaded into a `keel` process by the harness (`node --import tsx --import <this file>`) when
// KEEL_HARNESS_NET_FILE is set: it lets the harness cut the process off from given TCP ports
// (its peers' listeners) without touching keel's code. The file holds
// {"version": n, "blocked": [port, ...]}; whenever it changes the hook reads it, destroys the open
// connections to newly blocked ports, and writes the version it applied to `<file>.ack`. A
// connect to a blocked port fails like a refused one. Unix sockets (the control socket) are never
// blocked. Without the variable it only follows its parent (see followParent).
import { readFileSync, renameSync, watch, writeFileSync } from "node:fs";
import net from "node:net";
import { basename, dirname } from "node:path";

/** How often the file is read should its directory's watch miss a change. */
const fallbackPollMs = 1_000;

const file = process.env["KEEL_HARNESS_NET_FILE"];
if (file !== undefined && file !== "") install(file);
followParent();

/**
 * followParent ends this process when the one that started it (the harness, the launcher) is
 * gone: its exit hook kills its children, but a fatal signal or SIGKILL never runs that hook,
 * and an orphaned keel would hold its port and data dir.
 */
function followParent(): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, "SIGKILL");
  }, 500);
  timer.unref();
}

function portOf(args: readonly unknown[]): number | null {
  let first = args[0];
  // net.connect() passes its normalized arguments as one array.
  if (Array.isArray(first)) first = first[0];
  if (typeof first === "number") return first;
  if (typeof first === "string") return /^\d+$/.test(first) ? Number(first) : null;
  if (first !== null && typeof first === "object") {
    const o = first as { port?: unknown; path?: unknown };
    if (typeof o.path === "string") return null;
    if (typeof o.port === "number") return o.port;
    if (typeof o.port === "string" && /^\d+$/.test(o.port)) return Number(o.port);
  }
  return null;
}

function netError(code: "ECONNREFUSED" | "ECONNRESET", port: number): Error {
  return Object.assign(new Error(`${code} 127.0.0.1:${port} (cut off by the keel harness)`), {
    code,
    syscall: "connect",
    port,
  });
}

function install(path: string): void {
  let blocked = new Set<number>();
  let version = -1;
  const open = new Map<net.Socket, number>();
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]): net.Socket {
    const port = portOf(args);
    if (port !== null && blocked.has(port)) {
      process.nextTick(() => this.destroy(netError("ECONNREFUSED", port)));
      return this;
    }
    if (port !== null) {
      open.set(this, port);
      this.once("close", () => open.delete(this));
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  const poll = (): void => {
    let parsed: { version?: unknown; blocked?: unknown };
    try {
      parsed = JSON.parse(readFileSync(path, "utf8")) as typeof parsed;
    } catch {
      return; // Not written yet, or being replaced: next poll.
    }
    if (typeof parsed.version !== "number" || parsed.version === version) return;
    const ports = Array.isArray(parsed.blocked) ? parsed.blocked.filter((p) => typeof p === "number") : [];
    blocked = new Set(ports);
    version = parsed.version;
    for (const [socket, port] of open) if (blocked.has(port)) socket.destroy(netError("ECONNRESET", port));
    writeFileSync(`${path}.ack.tmp`, String(version));
    renameSync(`${path}.ack.tmp`, `${path}.ack`);
  };
  poll();
  // The harness replaces the file by a rename: a watch on its directory hears that at once and
  // costs nothing in between, where a 50 ms poll woke every keel process 20 times a second to
  // open, read and parse the file. The slow poll covers a watch that misses an event or cannot
  // start; the harness waits up to 5 s for the acknowledgement.
  const name = basename(path);
  try {
    watch(dirname(path), (_event, changed) => {
      if (changed === null || changed === name) poll();
    }).unref();
  } catch {
    // The slow poll alone.
  }
  setInterval(poll, fallbackPollMs).unref();
}
