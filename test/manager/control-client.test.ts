// ControlClient: many calls at once over one control-socket connection, answered in any order,
// a new connection after the node closed the old one, and typed failures.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import type { Socket } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { ControlCallError, ControlClient, ControlServer } from "../../src/manager/control-socket.js";
import { ManagerError } from "../../src/manager/errors.js";

let dir = "";
const open: { close(): unknown }[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-control-"));
});
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
  await rm(dir, { recursive: true, force: true });
});

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (b: Uint8Array): string => new TextDecoder().decode(b);

/** A server that answers "echo" with the body after `body` milliseconds, counting connections. */
async function echoServer(path: string): Promise<{ server: ControlServer; connections: () => number }> {
  const server = await ControlServer.listen(path, async (method, body) => {
    if (method !== "echo") throw new ManagerError({ code: "TIMEOUT", operation: method, timeoutMs: 0 });
    await new Promise((r) => setTimeout(r, Number(read(body))));
    return body;
  });
  open.push(server);
  let connections = 0;
  (server as unknown as { server: { on(e: string, f: () => void): void } }).server.on(
    "connection",
    () => connections++,
  );
  return { server, connections: () => connections };
}

test("calls in flight together share one connection and each gets its own answer", async () => {
  const path = join(dir, "control.sock");
  const { connections } = await echoServer(path);
  const client = new ControlClient(path);
  open.push(client);
  // Answered in the reverse order of the calls.
  const delays = ["40", "30", "20", "10", "0"];
  const answers = await Promise.all(delays.map((d) => client.call("echo", text(d))));
  expect(answers.map(read)).toEqual(delays);
  expect(await client.call("echo", text("0")).then(read)).toBe("0");
  expect(connections()).toBe(1);
  const refused = await client.call("other", text("")).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(ControlCallError);
  expect((refused as ControlCallError).code).toBe("TIMEOUT");
});

test("after the node closed the connection, the next call connects again", async () => {
  const path = join(dir, "control.sock");
  const first = await echoServer(path);
  const client = new ControlClient(path);
  open.push(client);
  expect(read(await client.call("echo", text("0")))).toBe("0");
  await first.server.close();
  const gone = await client.call("echo", text("0")).catch((e: unknown) => e);
  expect(gone).toBeInstanceOf(ManagerError);
  expect((gone as ManagerError).code).toBe("NOT_RUNNING");
  const second = await echoServer(path); // As a node that unlocked serves a new socket.
  expect(read(await client.call("echo", text("0")))).toBe("0");
  expect(second.connections()).toBe(1);
});

test("a call unanswered past its deadline fails with TIMEOUT; a later call on the connection is answered", async () => {
  const path = join(dir, "control.sock");
  await echoServer(path);
  const client = new ControlClient(path);
  open.push(client);
  const late = await client.call("echo", text("200"), { timeoutMs: 20 }).catch((e: unknown) => e);
  expect((late as ManagerError).code).toBe("TIMEOUT");
  expect(read(await client.call("echo", text("0")))).toBe("0");
});

test("frames split anywhere across chunks, and many in one chunk, are each answered once", async () => {
  const path = join(dir, "control.sock");
  await echoServer(path);
  const { createConnection } = await import("node:net");
  const { keelapi } = await import("../../src/gen/api.js");
  const frameOf = (callId: number): Buffer => {
    const bytes = keelapi.ControlRequest.encode({ callId, method: "echo", body: text("0") }).finish();
    const out = Buffer.alloc(4 + bytes.length);
    out.writeUInt32BE(bytes.length, 0);
    out.set(bytes, 4);
    return out;
  };
  const stream = Buffer.concat(Array.from({ length: 12 }, (_, i) => frameOf(i + 1)));
  const socket = createConnection(path);
  open.push({ close: () => socket.destroy() });
  await new Promise((r) => socket.once("connect", r));
  const answered: number[] = [];
  let pending = Buffer.alloc(0);
  const all = new Promise<void>((resolve) => {
    socket.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readUInt32BE(0)) {
        const length = pending.readUInt32BE(0);
        const response = keelapi.ControlResponse.decode(pending.subarray(4, 4 + length));
        expect(response.ok).toBe(true);
        answered.push(Number(response.callId));
        pending = pending.subarray(4 + length);
      }
      if (answered.length === 12) resolve();
    });
    socket.on("close", () => resolve()); // A stream the server misread: it hangs up.
  });
  // Cuts: one byte at a time through the first frames (a length prefix split too), then the
  // rest in uneven pieces, one of which holds several whole frames and part of the next.
  const cuts = [1, 2, 3, 4, 5, 7, 11, 13, 17, 19, 23, 29, 31, 50, 51, stream.length - 9, stream.length];
  let from = 0;
  for (const to of cuts) {
    socket.write(stream.subarray(from, to));
    from = to;
    await new Promise((r) => setTimeout(r, 2));
  }
  await all;
  expect(answered.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
}, 10_000);

test("close waits for the answers being made and sends them before the socket goes", async () => {
  const path = join(dir, "control.sock");
  const { server } = await echoServer(path);
  const client = new ControlClient(path);
  open.push(client);
  expect(read(await client.call("echo", text("0")))).toBe("0"); // connected
  const slow = [client.call("echo", text("60")), client.call("echo", text("30"))];
  await new Promise((r) => setTimeout(r, 10)); // both received, neither answered
  const closing = server.close();
  expect((await Promise.all(slow)).map(read)).toEqual(["60", "30"]);
  await closing;
});

test("the last answer owed leaves at once; one of several owed waits for the turn's end", async () => {
  const path = join(dir, "control.sock");
  /** How many corks held each answer as it was written. */
  const corkedAtWrite: number[] = [];
  const server = await ControlServer.listen(path, async (method, body) => {
    if (method === "slow") await new Promise((r) => setTimeout(r, 50));
    return body;
  });
  open.push(server);
  (server as unknown as { server: { on(e: string, f: (s: Socket) => void): void } }).server.on(
    "connection",
    (s) => {
      const write = s.write.bind(s) as (chunk: Uint8Array) => boolean;
      s.write = ((chunk: Uint8Array) => {
        corkedAtWrite.push(s.writableCorked);
        return write(chunk);
      }) as typeof s.write;
    },
  );
  const client = new ControlClient(path);
  open.push(client);
  expect(read(await client.call("fast", text("a")))).toBe("a");
  const slow = client.call("slow", text("b"));
  await new Promise((r) => setTimeout(r, 10));
  // Answered while "slow" is still owed: corked for the turn; then "slow", the last owed: not.
  expect(read(await client.call("fast", text("c")))).toBe("c");
  expect(read(await slow)).toBe("b");
  expect(corkedAtWrite).toEqual([0, 1, 0]);
});
