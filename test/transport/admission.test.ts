// Admission before trust and the memory strangers may make a listener hold: silent and slow
// sockets, floods of handshakes, idle strangers, partial large frames, many calls in flight.
import { connect as tcpConnect } from "node:net";
import type { Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { SystemClock } from "../../src/node/clock.js";
import { Admission, sourceOf } from "../../src/transport/admission.js";
import type { AdmissionLimits } from "../../src/transport/admission.js";
import { BufferBudget } from "../../src/transport/buffer-budget.js";
import { MemoryReclaimer } from "../../src/transport/reclaim.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import { Counters } from "../../src/transport/counters.js";
import type { DialTrust } from "../../src/transport/dial.js";
import { dial } from "../../src/transport/dial.js";
import { Prng } from "../../src/raft/prng.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { message, MessageType } from "../../src/raft/types.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { TlsRaftTransport } from "../../src/transport/raft-transport.js";
import { connectionLimitsDefault, TlsListener } from "../../src/transport/listener.js";
import type { ListenerLimits } from "../../src/transport/listener.js";
import { RpcClient } from "../../src/transport/rpc-client.js";
import { RpcServer } from "../../src/transport/rpc-server.js";
import type { Pki } from "./fixtures.js";
import { errorOf, makePki, waitFor } from "./fixtures.js";

const clock = new SystemClock();
let pki: Pki;
let serverCredentials: TlsCredentials;
let manager: TlsCredentials;
let worker: TlsCredentials;

beforeAll(async () => {
  pki = await makePki({ clusterId: "admit", seed: 41 });
  [serverCredentials, manager, worker] = await Promise.all([
    pki.credentials({ nodeId: nodeIdOf(4001), role: "manager" }),
    pki.credentials({ nodeId: nodeIdOf(4002), role: "manager" }),
    pki.credentials({ nodeId: nodeIdOf(4003), role: "worker" }),
  ]);
});

afterAll(() => {
  for (const c of [serverCredentials, manager, worker]) c.close();
});

const limits: AdmissionLimits = {
  handshakesMax: 4,
  handshakesPerSourceMax: 3,
  connectionsMax: 3,
  anonymousConnectionsMax: 2,
  anonymousPerSourceMax: 2,
  peersMax: 1,
  connectsPerSourceBurst: 5,
  connectRefillMs: 1_000,
};

describe("Admission (bookkeeping alone)", () => {
  test("past the handshake budgets the oldest handshake makes room, first its own member address's", () => {
    const evicted: string[] = [];
    const admission = new Admission(limits, (key) => evicted.push(key));
    admission.setMembers(new Set(["a", "b"]));
    for (const key of ["a1", "a2", "a3"]) expect(admission.arrive(key, "a", 0)).toBeNull();
    expect(admission.arrive("a4", "a", 0)).toBeNull();
    expect(evicted).toEqual(["a1"]);
    admission.arrive("b1", "b", 0);
    expect(evicted).toEqual(["a1"]);
    admission.arrive("b2", "b", 0);
    expect(evicted).toEqual(["a1", "a2"]);
    expect(admission.count("handshake")).toBe(limits.handshakesMax);
  });

  test("a silent handshake is evicted before an older one that has sent its hello", () => {
    const evicted: string[] = [];
    const spoke = new Set(["a1"]);
    const admission = new Admission(
      limits,
      (key) => evicted.push(key),
      (key) => !spoke.has(key),
    );
    for (const key of ["a1", "b1", "c1", "d1"]) admission.arrive(key, key.slice(0, 1), 0);
    admission.arrive("e1", "e", 0);
    expect(evicted).toEqual(["b1"]);
    spoke.add("c1").add("d1").add("e1");
    admission.arrive("f1", "f", 0);
    expect(evicted).toEqual(["b1", "a1"]);
  });

  test("a certified client evicts the oldest anonymous one; anonymous ones never evict", () => {
    const evicted: string[] = [];
    const admission = new Admission(limits, (key) => evicted.push(key));
    const arriveAs = (key: string, source: string, stage: "anonymous" | "client" | "peer") => {
      admission.arrive(key, source, 0);
      return admission.promote(key, stage);
    };
    expect(arriveAs("x1", "x", "anonymous")).toBeNull();
    expect(arriveAs("x2", "x", "anonymous")).toBeNull();
    expect(arriveAs("y1", "y", "anonymous")).toBe("too-many-anonymous");
    admission.leave("y1");
    expect(arriveAs("c1", "y", "client")).toBeNull();
    expect(arriveAs("c2", "y", "client")).toBeNull();
    expect(evicted).toEqual(["x1"]);
    expect(arriveAs("c3", "y", "client")).toBeNull();
    expect(evicted).toEqual(["x1", "x2"]);
    expect(arriveAs("c4", "y", "client")).toBe("too-many-connections");
    admission.leave("c4");
    // Peers have a budget of their own, full clients or not.
    expect(arriveAs("p1", "z", "peer")).toBeNull();
    expect(arriveAs("p2", "z", "peer")).toBe("too-many-peers");
  });

  test("a stranger's address past its handshakes is refused at accept, and evicts nobody", () => {
    const evicted: string[] = [];
    const admission = new Admission(limits, (key) => evicted.push(key));
    for (const key of ["s1", "s2", "s3"]) expect(admission.arrive(key, "s", 0)).toBeNull();
    expect(admission.arrive("s4", "s", 0)).toBe("too-many-from-source");
    expect(evicted).toEqual([]);
    expect(admission.count("handshake")).toBe(3);
    // Another address has budgets of its own; one that finished its handshake frees a place.
    expect(admission.arrive("t1", "t", 0)).toBeNull();
    expect(admission.promote("s1", "client")).toBeNull();
    expect(admission.arrive("s5", "s", 0)).toBeNull();
  });

  test("a stranger's address opens new connections at its rate; a member's is not limited", () => {
    const admission = new Admission({ ...limits, handshakesPerSourceMax: 100, handshakesMax: 100 }, () => {});
    admission.setMembers(new Set(["m"]));
    const arrivals = (source: string, count: number, nowMs: number): (string | null)[] =>
      Array.from({ length: count }, (_, i) => {
        const key = `${source}-${nowMs}-${i}`;
        const refusal = admission.arrive(key, source, nowMs);
        admission.leave(key);
        return refusal;
      });
    const burst = limits.connectsPerSourceBurst;
    expect(arrivals("s", burst + 2, 0)).toEqual([
      ...Array<null>(burst).fill(null),
      "connect-rate-limited",
      "connect-rate-limited",
    ]);
    expect(arrivals("t", 1, 0)).toEqual([null]);
    expect(arrivals("m", 3 * burst, 0).every((r) => r === null)).toBe(true);
    // One refill interval later, one more.
    expect(arrivals("s", 2, limits.connectRefillMs)).toEqual([null, "connect-rate-limited"]);
  });

  test("sources are IPv4 addresses, mapped or not, and IPv6 /64 prefixes", () => {
    expect(sourceOf("10.1.2.3")).toBe("10.1.2.3");
    expect(sourceOf("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(sourceOf("2001:db8:0:7:1:2:3:4")).toBe("2001:db8:0:7::/64");
    expect(sourceOf("2001:db8:0:7::99")).toBe("2001:db8:0:7::/64");
    expect(sourceOf("2001:0db8::7:0:0:99")).toBe("2001:db8:0:0::/64");
    expect(sourceOf("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(sourceOf("::1")).toBe("0:0:0:0::/64");
  });
});

/** server is a listener with `overrides` serving "ping" (public) and "big" (any node). */
async function server(
  overrides: Partial<ListenerLimits> & { handshakeTimeoutMs?: number; frameBytesMax?: number },
  budget?: BufferBudget,
): Promise<{ listener: TlsListener; close: () => Promise<void> }> {
  const listener = await TlsListener.open(
    { host: "127.0.0.1", port: 0, credentials: serverCredentials, limits: overrides },
    budget === undefined ? {} : { budget },
  );
  const rpc = new RpcServer({ listener });
  rpc.handle("ping", () => Promise.resolve(new Uint8Array([1])), { access: "public" });
  rpc.handle("big", () => Promise.resolve(new Uint8Array(256 * 1024)));
  rpc.start();
  return {
    listener,
    close: async () => {
      await rpc.close();
      await listener.close();
    },
  };
}

/**
 * silent opens `count` TCP connections from `localAddress` that never send a byte; each resolves
 * once connected, or once closed (a socket refused at accept is reset, maybe before that).
 */
async function silent(port: number, count: number, localAddress = "127.0.0.1"): Promise<Socket[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((resolve) => {
          const socket = tcpConnect({ port, host: "127.0.0.1", localAddress }, () => resolve(socket));
          socket.on("error", () => undefined);
          socket.once("close", () => resolve(socket));
        }),
    ),
  );
}

const asNode = (credentials: TlsCredentials): DialTrust => ({ kind: "node", credentials });
const asAnonymous = (): DialTrust => ({ kind: "anonymous", rootCaPem: pki.root.certificatePem });

describe("a listener under a flood of silent sockets", () => {
  test("from a member's address, a manager and a worker still get in: the oldest silent handshakes are evicted", async () => {
    const { listener, close } = await server({ handshakesMax: 16, handshakesPerSourceMax: 16 });
    listener.addMember("2", "127.0.0.1:4242");
    const held = await silent(listener.port, 200);
    try {
      expect(listener.held("handshake")).toBeLessThanOrEqual(16);
      for (const trust of [asNode(manager), asNode(worker), asAnonymous()]) {
        const client = await RpcClient.connect({ address: listener.address, trust }, { clock });
        expect([...(await client.call("ping", new Uint8Array(0)))]).toEqual([1]);
        await client.close();
      }
      expect(listener.counters.snapshot().refused.evicted).toBeGreaterThanOrEqual(200 - 16);
    } finally {
      for (const s of held) s.destroy();
      await close();
    }
  });

  test("a stranger's silent sockets past its budget are refused at accept; others still get in", async () => {
    const { listener, close } = await server({ handshakesPerSourceMax: 8 });
    const held = await silent(listener.port, 50, "127.0.0.2");
    try {
      await waitFor(() => held.filter((s) => s.destroyed || s.readableEnded).length >= 42, "refused", 3_000);
      expect(listener.held("handshake")).toBe(8);
      expect(listener.counters.snapshot().refused["too-many-from-source"]).toBe(42);
      // Refused before TLS: none of them was evicted or timed out as a handshake.
      expect(listener.counters.snapshot().refused.evicted).toBeUndefined();
      for (const trust of [asNode(manager), asNode(worker), asAnonymous()]) {
        const client = await RpcClient.connect({ address: listener.address, trust }, { clock });
        expect([...(await client.call("ping", new Uint8Array(0)))]).toEqual([1]);
        await client.close();
      }
    } finally {
      for (const s of held) s.destroy();
      await close();
    }
  });

  test("a stranger reconnecting past its rate is refused at accept; a member's address is not", async () => {
    const burst = 4;
    const { listener, close } = await server({ connectsPerSourceBurst: burst, connectRefillMs: 60_000 });
    listener.addMember("2", "127.0.0.1:4242");
    try {
      // A refused socket is reset at once, maybe before its connect completes on our side.
      for (let i = 0; i < burst + 3; i++)
        for (const s of await silent(listener.port, 1, "127.0.0.2")) s.destroy();
      await waitFor(
        () => listener.counters.snapshot().refused["connect-rate-limited"] === 3,
        "three refused past the burst",
        3_000,
      );
      const refusedDial = await errorOf(
        dial(
          {
            address: listener.address,
            channel: "client",
            trust: asAnonymous(),
            limits: connectionLimitsDefault,
            localAddress: "127.0.0.2",
          },
          { onFrame: () => undefined, onClose: () => undefined },
          { clock, counters: new Counters() },
        ),
      );
      expect(refusedDial.code).toBe("CONNECT_FAILED");
      for (let i = 0; i < 3 * burst; i++) for (const s of await silent(listener.port, 1)) s.destroy();
      const client = await RpcClient.connect({ address: listener.address, trust: asAnonymous() }, { clock });
      expect([...(await client.call("ping", new Uint8Array(0)))]).toEqual([1]);
      await client.close();
      expect(listener.counters.snapshot().refused["connect-rate-limited"]).toBe(4);
    } finally {
      await close();
    }
  });

  test("a silent socket is closed by the server at the handshake deadline", async () => {
    const { listener, close } = await server({ handshakeTimeoutMs: 200 });
    const [socket] = await silent(listener.port, 1);
    try {
      await waitFor(
        () => socket?.destroyed === true || socket?.readableEnded === true,
        "closed by server",
        3_000,
      );
      expect(listener.counters.snapshot().refused["handshake-timeout"]).toBe(1);
      expect(listener.held("handshake")).toBe(0);
    } finally {
      socket?.destroy();
      await close();
    }
  });

  test("an anonymous connection that asks nothing is closed when idle; one that asks stays", async () => {
    const { listener, close } = await server({ anonymousIdleMs: 200 });
    const quiet = await RpcClient.connect({ address: listener.address, trust: asAnonymous() }, { clock });
    try {
      await waitFor(() => !quiet.isOpen, "the idle stranger closed", 3_000);
      expect(listener.counters.snapshot().refused.idle).toBe(1);
      expect(listener.held("anonymous")).toBe(0);
    } finally {
      await quiet.close();
      await close();
    }
  });
});

describe("a flood's buffers are given back once it is over", () => {
  afterEach(() => vi.useRealTimers());

  const reclaiming = (): { budget: BufferBudget; collections: () => number; reclaimer: MemoryReclaimer } => {
    let collections = 0;
    const reclaimer = new MemoryReclaimer({
      abandonedBytesMin: 1000,
      quietMs: 2000,
      quietBytesMax: 100,
      collect: () => (collections += 1),
    });
    return { budget: new BufferBudget(10_000, reclaimer), collections: () => collections, reclaimer };
  };

  test("collections once peers abandoned enough partial frames and went quiet, none mid-flood", () => {
    vi.useFakeTimers();
    const { budget, collections, reclaimer } = reclaiming();
    // Frames that complete leave young garbage V8 collects by itself: no collection for them.
    for (let i = 0; i < 20; i++) {
      expect(budget.reserve(500)).toBe(true);
      budget.release(500);
    }
    vi.advanceTimersByTime(10_000);
    expect(collections()).toBe(0);
    // A flood: partial frames buffered and abandoned, again and again, past the threshold.
    for (let i = 0; i < 20; i++) {
      expect(budget.reserve(500)).toBe(true);
      vi.advanceTimersByTime(500);
      budget.abandon(500);
    }
    expect(collections()).toBe(0);
    // Over: a heartbeat's few bytes do not break the quiet. Quiet is judged per window of 2 s,
    // so the collection comes within two of them.
    budget.reserve(50);
    budget.release(50);
    vi.advanceTimersByTime(4000);
    expect(collections()).toBe(1);
    // A second one a quiet period later gives back the heap pages the first freed; then no more.
    vi.advanceTimersByTime(2000);
    expect(collections()).toBe(2);
    vi.advanceTimersByTime(60_000);
    expect(collections()).toBe(2);
    reclaimer.close();
  });

  test("too little abandoned is not worth a collection; close cancels a pending one", () => {
    vi.useFakeTimers();
    const { budget, collections, reclaimer } = reclaiming();
    budget.reserve(900);
    budget.abandon(900);
    vi.advanceTimersByTime(10_000);
    expect(collections()).toBe(0);
    budget.reserve(200);
    budget.abandon(200);
    reclaimer.close();
    reclaimer.close();
    vi.advanceTimersByTime(10_000);
    expect(collections()).toBe(0);
  });
});

describe("memory strangers and workers may make a listener hold", () => {
  test("an anonymous caller may not announce a manager-sized frame", async () => {
    const { listener, close } = await server({});
    const stranger = await RpcClient.connect({ address: listener.address, trust: asAnonymous() }, { clock });
    try {
      const error = await errorOf(stranger.call("ping", new Uint8Array(100 * 1024)));
      expect(error.code).toBe("CONNECTION_CLOSED");
      expect(listener.counters.snapshot().dropped["frame-too-large"]).toBe(1);
    } finally {
      await stranger.close();
      await close();
    }
  });

  test("partial frames from many workers stop at the process budget, which is given back", async () => {
    const budget = new BufferBudget(300 * 1024);
    const { listener, close } = await server({}, budget);
    const workers = await Promise.all(
      Array.from({ length: 6 }, () =>
        RpcClient.connect({ address: listener.address, trust: asNode(worker) }, { clock }),
      ),
    );
    try {
      // Each announces a 200 KiB frame (under a worker's frame limit) and sends only 100 KiB.
      const partial = Buffer.alloc(4 + 100 * 1024);
      partial.writeUInt32BE(200 * 1024, 0);
      for (const w of workers)
        (w as unknown as { connection: { writeRaw(b: Uint8Array): boolean } }).connection.writeRaw(partial);
      await waitFor(
        () => (listener.counters.snapshot().dropped["buffer-budget"] ?? 0) >= 4,
        "budget refusals",
        5_000,
      );
      expect(budget.peak).toBeLessThanOrEqual(budget.bytesMax);
      await waitFor(() => workers.filter((w) => w.isOpen).length <= 2, "over-budget workers closed", 5_000);
    } finally {
      for (const w of workers) await w.close();
      await waitFor(() => budget.used === 0, "the budget given back", 3_000);
      await close();
    }
  });

  test("64 calls in flight with large answers print no MaxListenersExceededWarning", async () => {
    const { listener, close } = await server({});
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on("warning", onWarning);
    const client = await RpcClient.connect({ address: listener.address, trust: asNode(manager) }, { clock });
    try {
      const answers = await Promise.all(
        Array.from({ length: 64 }, () => client.call("big", new Uint8Array(0))),
      );
      expect(answers.every((a) => a.length === 256 * 1024)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
      await client.close();
      await close();
    }
  });
});

describe("a member the cluster removed", () => {
  test("is refused on the raft channel as member-removed, and told so", async () => {
    const [memberId, removedId] = [4001, 4002];
    const open = await Promise.all(
      [serverCredentials, manager].map((credentials) =>
        TlsListener.open({ host: "127.0.0.1", port: 0, credentials }),
      ),
    );
    const [memberListener, removedListener] = open as [TlsListener, TlsListener];
    const transports = [
      [memberListener, serverCredentials],
      [removedListener, manager],
    ].map(
      ([listener, credentials], i) =>
        new TlsRaftTransport(
          {
            listener: listener as TlsListener,
            credentials: credentials as TlsCredentials,
            limits: { backoffBaseMs: 10, backoffMaxMs: 50 },
          },
          { clock, prng: Prng.fromSeed(i + 1) },
        ),
    );
    const [member, removed] = transports as [TlsRaftTransport, TlsRaftTransport];
    const received: Message[] = [];
    const toldBy: NodeId[] = [];
    const ignore = (): void => undefined;
    try {
      await member.start({
        onMessage: (m) => received.push(m),
        onUnreachable: ignore,
        onSnapshotStatus: ignore,
        isRemoved: (id) => id === removedId,
      });
      await removed.start({
        onMessage: ignore,
        onUnreachable: ignore,
        onSnapshotStatus: ignore,
        onRemoved: (by) => toldBy.push(by),
      });
      removed.addPeer(memberId, memberListener.address);
      removed.send([message({ type: MessageType.PreVote, from: removedId, to: memberId, term: 9 })]);
      await waitFor(() => toldBy.length > 0, "the removed member told", 3_000);
      expect(toldBy[0]).toBe(memberId);
      expect(received).toEqual([]);
      expect(memberListener.counters.snapshot().refused["member-removed"]).toBeGreaterThanOrEqual(1);
    } finally {
      await Promise.all(transports.map((t) => t.close()));
      await Promise.all(open.map((l) => l.close()));
    }
  });
});
