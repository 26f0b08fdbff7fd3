// Writes made in one turn of the event loop leave as one: a socket corked until the next tick
// takes every frame written meanwhile in a single writev (and, over TLS, a single record),
// instead of one system call — and one TLS record — per frame.
import type { Writable } from "node:stream";

/** corkForTurn holds `socket`'s writes until the current tick's work (microtasks included) is done. */
export function corkForTurn(socket: Writable): void {
  if (socket.writableCorked > 0) return;
  socket.cork();
  process.nextTick(() => socket.uncork());
}
