// The client API: access control before handlers, typed failures, limits, timeouts and joining.
import { once } from "node:events";
import { connect } from "node:tls";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CaError, createJoinTokens } from "../../src/ca/index.js";
import type { JoinTokens } from "../../src/ca/index.js";
import { SystemClock } from "../../src/node/clock.js";
import type { Caller } from "../../src/transport/authenticate.js";
import { anonymous } from "../../src/transport/authenticate.js";
import { channelProtocols } from "../../src/transport/channel.js";
import type { FramedConnection } from "../../src/transport/connection.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import type { DialTrust } from "../../src/transport/dial.js";
import { encodeFrame } from "../../src/transport/frame.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { connectForJoin, fetchRootCa, rootCaMethod, serveRootCa } from "../../src/transport/join.js";
import { TlsListener } from "../../src/transport/listener.js";
import type { ListenerLimits } from "../../src/transport/listener.js";
import { RpcClient } from "../../src/transport/rpc-client.js";
import { RpcServer } from "../../src/transport/rpc-server.js";
import { seededEntropy } from "../ca/fixtures.js";
import type { Pki } from "./fixtures.js";
import { errorOf, makePki, waitFor } from "./fixtures.js";

const clock = new SystemClock();
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text));
const text = (body: Uint8Array): string => Buffer.from(body).toString();

let pki: Pki;
let rogue: Pki;
let tokens: JoinTokens;
let serverCredentials: TlsCredentials;
let manager: TlsCredentials;
let worker: TlsCredentials;
let listener: TlsListener;
let server: RpcServer;
const calls: { method: string; caller: Caller }[] = [];
const clients: RpcClient[] = [];
let releaseSlow: () => void = () => {};

beforeAll(async () => {
  [pki, rogue] = await Promise.all([
    makePki({ clusterId: "rpc1", seed: 31 }),
    makePki({ clusterId: "rpc1", seed: 32 }),
  ]);
  tokens = createJoinTokens(pki.root.digest, seededEntropy(33));
  [serverCredentials, manager, worker] = await Promise.all([
    pki.credentials({ nodeId: nodeIdOf(3001), role: "manager" }),
    pki.credentials({ nodeId: nodeIdOf(3002), role: "manager" }),
    pki.credentials({ nodeId: nodeIdOf(3003), role: "worker" }),
  ]);
  listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: serverCredentials });
  server = new RpcServer({ listener, limits: { inFlightMax: 3, bodyBytesMax: 1024 } });
  const record = (method: string, caller: Caller): void => void calls.push({ method, caller });
  server.handle("echo", (body, caller) => (record("echo", caller), Promise.resolve(body)));
  server.handle("ping", (_body, caller) => (record("ping", caller), Promise.resolve(bytes("pong"))), {
    access: "public",
  });
  server.handle(
    "unlock-key",
    (_body, caller) => (record("unlock-key", caller), Promise.resolve(bytes("k"))),
    {
      access: "manager",
    },
  );
  server.handle("slow", () => new Promise((resolve) => (releaseSlow = () => resolve(bytes("late")))));
  server.handle("typed-failure", () =>
    Promise.reject(new CaError({ code: "TOKEN_NOT_CURRENT", role: "worker" })),
  );
  server.handle("bug", () => Promise.reject(new Error("secret internals")));
  server.handle("huge", () => Promise.resolve(new Uint8Array(4096)));
  serveRootCa(server, () => pki.root.certificatePem);
  server.start();
});

afterAll(async () => {
  releaseSlow();
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  await server.close();
  await listener.close();
  for (const c of [serverCredentials, manager, worker]) c.close();
});

async function client(trust: DialTrust): Promise<RpcClient> {
  const connected = await RpcClient.connect({ address: listener.address, trust }, { clock });
  clients.push(connected);
  return connected;
}

/** pingServer is a listener of its own, with `limits`, serving a public "ping". */
async function pingServer(
  limits: Partial<ListenerLimits>,
): Promise<{ listener: TlsListener; close: () => Promise<void> }> {
  const own = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: serverCredentials, limits });
  const rpc = new RpcServer({ listener: own });
  rpc.handle("ping", () => Promise.resolve(bytes("pong")), { access: "public" });
  rpc.start();
  return {
    listener: own,
    async close() {
      await rpc.close();
      await own.close();
    },
  };
}

const asAnonymous: () => DialTrust = () => ({ kind: "anonymous", rootCaPem: pki.root.certificatePem });

describe("RpcServer and RpcClient", () => {
  test("an authenticated call reaches its handler with the caller's identity", async () => {
    const c = await client({ kind: "node", credentials: manager });
    expect(text(await c.call("echo", bytes("hello")))).toBe("hello");
    expect(calls.at(-1)).toEqual({
      method: "echo",
      caller: { nodeId: nodeIdOf(3002), role: "manager", clusterId: "rpc1" },
    });
  });

  test("an anonymous caller may call a public method and nothing else", async () => {
    const c = await client(asAnonymous());
    expect(text(await c.call("ping", new Uint8Array(0)))).toBe("pong");
    expect(calls.at(-1)).toEqual({ method: "ping", caller: anonymous });
    const count = calls.length;
    const refused = await errorOf(c.call("echo", bytes("x")));
    expect(refused.type).toEqual({
      code: "RPC_FORBIDDEN",
      method: "echo",
      required: "node",
      caller: "anonymous",
    });
    expect(calls.length).toBe(count);
  });

  test("a worker may call node methods but not manager-only ones", async () => {
    const c = await client({ kind: "node", credentials: worker });
    expect(text(await c.call("echo", bytes("w")))).toBe("w");
    const count = calls.length;
    expect((await errorOf(c.call("unlock-key", new Uint8Array(0)))).type).toMatchObject({
      code: "RPC_FORBIDDEN",
      required: "manager",
    });
    expect(calls.length).toBe(count);
    const m = await client({ kind: "node", credentials: manager });
    expect(text(await m.call("unlock-key", new Uint8Array(0)))).toBe("k");
  });

  test("unknown methods, handler failures and oversized bodies fail with typed errors", async () => {
    const c = await client({ kind: "node", credentials: manager });
    expect((await errorOf(c.call("nope", new Uint8Array(0)))).type).toEqual({
      code: "RPC_UNKNOWN_METHOD",
      method: "nope",
    });
    expect((await errorOf(c.call("typed-failure", new Uint8Array(0)))).type).toMatchObject({
      code: "RPC_FAILED",
      remoteCode: "TOKEN_NOT_CURRENT",
    });
    expect((await errorOf(c.call("bug", new Uint8Array(0)))).type).toEqual({
      code: "RPC_FAILED",
      method: "bug",
      remoteCode: "INTERNAL",
      remoteMessage: "internal error",
    });
    expect((await errorOf(c.call("echo", new Uint8Array(2048)))).code).toBe("RPC_TOO_LARGE");
    expect((await errorOf(c.call("huge", new Uint8Array(0)))).code).toBe("RPC_TOO_LARGE");
    expect((await errorOf(c.call("echo", new Uint8Array(8 * 1024 * 1024)))).code).toBe("RPC_TOO_LARGE");
    expect(text(await c.call("echo", bytes("still fine")))).toBe("still fine");
  });

  test("a call times out; too many in flight are refused; the connection stays usable", async () => {
    const c = await client({ kind: "node", credentials: manager });
    expect((await errorOf(c.call("slow", new Uint8Array(0), { timeoutMs: 50 }))).type).toEqual({
      code: "TIMEOUT",
      operation: "call slow",
      timeoutMs: 50,
    });
    // One slow call is still running on the server; two more fill the in-flight limit of three.
    const running = [c.call("slow", new Uint8Array(0)), c.call("slow", new Uint8Array(0))];
    expect((await errorOf(c.call("slow", new Uint8Array(0)))).code).toBe("RPC_BUSY");
    releaseSlow();
    expect(text(await c.call("echo", bytes("after")))).toBe("after");
    void Promise.allSettled(running);
  });

  test("closing fails pending calls, and calls after close", async () => {
    const c = await client({ kind: "node", credentials: manager });
    const pending = c.call("slow", new Uint8Array(0));
    await c.close();
    expect((await errorOf(pending)).code).toBe("CONNECTION_CLOSED");
    expect((await errorOf(c.call("echo", bytes("x")))).code).toBe("CONNECTION_CLOSED");
    expect(c.isOpen).toBe(false);
  });

  test("past its client limit a listener refuses a stranger (typed), and a certified client evicts one", async () => {
    const { listener: small, close } = await pingServer({ connectionsMax: 1 });
    const first = await RpcClient.connect({ address: small.address, trust: asAnonymous() }, { clock });
    const second = await errorOf(
      RpcClient.connect({ address: small.address, trust: asAnonymous() }, { clock }),
    );
    expect(second.type).toMatchObject({ code: "PEER_REFUSED", reason: "too-many-connections" });
    expect(small.counters.snapshot().refused["too-many-connections"]).toBe(1);
    expect(text(await first.call("ping", new Uint8Array(0)))).toBe("pong");
    const certified = await RpcClient.connect(
      { address: small.address, trust: { kind: "node", credentials: manager } },
      { clock },
    );
    expect(text(await certified.call("ping", new Uint8Array(0)))).toBe("pong");
    await waitFor(() => !first.isOpen, "the anonymous client evicted");
    expect(small.counters.snapshot().refused.evicted).toBe(1);
    await certified.close();
    await close();
  });
});

describe("anonymous connections", () => {
  test("have their own budget: past it they are refused, while certified nodes still get in", async () => {
    const { listener: own, close } = await pingServer({ anonymousConnectionsMax: 2 });
    const connect = (trust: DialTrust) => RpcClient.connect({ address: own.address, trust }, { clock });
    const [first, second] = await Promise.all([connect(asAnonymous()), connect(asAnonymous())]);
    const refused = await errorOf(connect(asAnonymous()));
    expect(refused.type).toMatchObject({ code: "PEER_REFUSED", reason: "too-many-anonymous" });
    const certified = await connect({ kind: "node", credentials: manager });
    expect(text(await certified.call("ping", new Uint8Array(0)))).toBe("pong");
    expect(own.counters.snapshot().refused["too-many-anonymous"]).toBe(1);
    // A slot freed (once the server sees the close) is a slot again.
    await first.close();
    let third: RpcClient | null = null;
    for (let attempt = 0; third === null && attempt < 100; attempt++) {
      third = await connect(asAnonymous()).catch(() => null);
      if (third === null) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(third).not.toBeNull();
    for (const c of [second, certified, third]) await c?.close();
    await close();
  });

  test("are closed at the end of their lifetime, busy or not", async () => {
    const { listener: own, close } = await pingServer({ anonymousLifetimeMs: 300 });
    const anonymousClient = await RpcClient.connect(
      { address: own.address, trust: asAnonymous() },
      { clock },
    );
    const certified = await RpcClient.connect(
      { address: own.address, trust: { kind: "node", credentials: manager } },
      { clock },
    );
    expect(text(await anonymousClient.call("ping", new Uint8Array(0)))).toBe("pong");
    await waitFor(() => !anonymousClient.isOpen, "the anonymous connection closed", 3_000);
    expect(text(await certified.call("ping", new Uint8Array(0)))).toBe("pong");
    await certified.close();
    await close();
  });
});

describe("a client that never reads", () => {
  test("stalls on its own side: the server's buffer stays within inFlightMax answers", async () => {
    const answerBytes = 32 * 1024;
    const inFlightMax = 32;
    const own = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: serverCredentials });
    const rpc = new RpcServer({ listener: own, limits: { inFlightMax } });
    let served = 0;
    rpc.handle("blob", () => ((served += 1), Promise.resolve(new Uint8Array(answerBytes))), {
      access: "public",
    });
    rpc.start();
    // Anonymous, and never reads a byte: 600 calls (~14 KB) for ~19 MB of answers, in bursts
    // of 30, within the in-flight limit (the kernel's buffers take a few MB of it).
    const socket = connect({
      host: "127.0.0.1",
      port: own.port,
      rejectUnauthorized: false,
      ALPNProtocols: [channelProtocols.client],
    });
    socket.on("error", () => undefined);
    const buffered = (): number =>
      [...(rpc as unknown as { connections: Set<FramedConnection> }).connections].reduce(
        (sum, connection) => sum + connection.socket.writableLength,
        0,
      );
    let bufferedMax = 0;
    try {
      await once(socket, "secureConnect");
      socket.pause();
      for (let burst = 0; burst < 20; burst++) {
        const requests = Array.from({ length: 30 }, (_, i) =>
          encodeFrame({
            kind: "rpcRequest",
            callId: burst * 30 + i + 1,
            method: "blob",
            body: new Uint8Array(0),
          }),
        );
        socket.write(Buffer.concat(requests));
        await new Promise((resolve) => setTimeout(resolve, 20));
        bufferedMax = Math.max(bufferedMax, buffered());
      }
      // Answers of calls in flight, each with its frame header, and no more.
      expect(bufferedMax).toBeLessThanOrEqual(inFlightMax * (answerBytes + 64));
      expect(served).toBeLessThan(600);
    } finally {
      socket.destroy();
      await rpc.close();
      await own.close();
    }
  });
});

describe("joining", () => {
  test("the root is pinned by the token's digest, then trusted alone", async () => {
    const { root, client: joined } = await connectForJoin(
      { address: listener.address, token: tokens.worker, now: new Date() },
      { clock },
    );
    clients.push(joined);
    expect(root.digest).toBe(pki.root.digest);
    expect(root.rootCaPem).toBe(pki.root.certificatePem);
    expect(text(await joined.call("ping", new Uint8Array(0)))).toBe("pong");
    expect((await errorOf(joined.call("echo", bytes("x")))).code).toBe("RPC_FORBIDDEN");
  });

  test("a root that does not match the token is refused: another cluster's token, or a man in the middle", async () => {
    const foreignToken = createJoinTokens(rogue.root.digest, seededEntropy(34)).manager;
    const mismatch = async (address: string, token: string): Promise<string> => {
      try {
        await fetchRootCa({ address, token, now: new Date() }, { clock });
      } catch (error) {
        if (error instanceof CaError) return error.code;
        throw error;
      }
      return "accepted";
    };
    expect(await mismatch(listener.address, foreignToken)).toBe("ROOT_DIGEST_MISMATCH");
    // An impostor manager of another CA serves its own root to a node holding our token.
    const impostorCredentials = await rogue.credentials({ nodeId: nodeIdOf(3009), role: "manager" });
    const impostor = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: impostorCredentials });
    const impostorRpc = new RpcServer({ listener: impostor });
    serveRootCa(impostorRpc, () => rogue.root.certificatePem);
    impostorRpc.start();
    expect(await mismatch(impostor.address, tokens.manager)).toBe("ROOT_DIGEST_MISMATCH");
    // And a client pinned to our root refuses the impostor outright.
    const pinned = await errorOf(
      RpcClient.connect({ address: impostor.address, trust: asAnonymous() }, { clock }),
    );
    expect(pinned.type).toMatchObject({ code: "PEER_REFUSED", reason: "untrusted" });
    expect(await mismatch(listener.address, "KEELTKN-1-not-a-token")).toBe("BAD_TOKEN");
    await impostorRpc.close();
    await impostor.close();
    impostorCredentials.close();
  });

  test("the root CA method is public and answers PEM", async () => {
    const c = await client(asAnonymous());
    expect(text(await c.call(rootCaMethod, new Uint8Array(0)))).toBe(pki.root.certificatePem);
  });
});
