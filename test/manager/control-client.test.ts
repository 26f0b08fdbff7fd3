// ControlClient: many calls at once over one control-socket connection, answered in any order,
// a new connection after the node closed the old one, and typed failures.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
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
