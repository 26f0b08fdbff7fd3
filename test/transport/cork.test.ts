// Frames written in one turn leave in one write: corkForTurn holds a socket's writes until the
// turn's work (its microtasks included) is done.
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { corkForTurn } from "../../src/transport/cork.js";

/** A sink that records each write call it gets: one entry per write or writev, with its chunks. */
function recordingSink(): { sink: Writable; writes: string[][] } {
  const writes: string[][] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push([chunk.toString()]);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map((c) => (c.chunk as Buffer).toString()));
      done();
    },
  });
  return { sink, writes };
}

test("the writes of one turn, microtasks included, reach the socket as one writev", async () => {
  const { sink, writes } = recordingSink();
  const send = (text: string): void => {
    corkForTurn(sink);
    sink.write(text);
  };
  send("a");
  send("b");
  await Promise.resolve().then(() => send("c")); // An answer settled in the same turn.
  await new Promise((r) => setImmediate(r));
  expect(writes).toEqual([["a", "b", "c"]]);
  send("d"); // A later turn: a write of its own.
  await new Promise((r) => setImmediate(r));
  expect(writes).toEqual([["a", "b", "c"], ["d"]]);
  expect(sink.writableCorked).toBe(0);
});
