// Raft traffic between two real managers over mutual TLS on loopback.
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { encodeMessage } from "../../src/raft/codec.js";
import type { Message } from "../../src/raft/types.js";
import { message, MessageType } from "../../src/raft/types.js";
import type { TlsRaftTransport } from "../../src/transport/raft-transport.js";
import { idA, Recorder, snap as snapMessage, tlsTransport } from "./contract-fixtures.js";
import type { Pki } from "./fixtures.js";
import { codeOf, makePki, waitFor } from "./fixtures.js";
import type { TestManager } from "./raft-node.js";
import { startManager } from "./raft-node.js";

let pki: Pki;
const open: TestManager[] = [];

beforeAll(async () => {
  pki = await makePki({ clusterId: "raft1", seed: 11 });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

async function manager(
  ...args: Parameters<typeof startManager> extends [unknown, unknown, ...infer R] ? [number, ...R] : never
): Promise<TestManager> {
  const [id, options] = args;
  const started = await startManager(pki, id, options);
  open.push(started);
  return started;
}

async function pair(): Promise<[TestManager, TestManager]> {
  const a = await manager(1001);
  const b = await manager(1002);
  a.transport.addPeer(b.id, b.listener.address);
  b.transport.addPeer(a.id, a.listener.address);
  return [a, b];
}

function app(from: number, to: number, index: number): Message {
  return message({
    type: MessageType.App,
    from,
    to,
    term: 3,
    index,
    logTerm: 2,
    commit: index,
    entries: [{ term: 3, index: index + 1, type: 0, data: new Uint8Array([index & 0xff, 7]) }],
  });
}

/** wire compares messages by their encoding (decoded bytes may be Buffers, sent ones plain arrays). */
function wire(m: Message | undefined): Buffer {
  return Buffer.from(m === undefined ? [] : encodeMessage(m));
}

describe("TlsRaftTransport", () => {
  test("messages cross both ways, decoded exactly as sent", async () => {
    const [a, b] = await pair();
    const sent = app(a.id, b.id, 5);
    a.transport.send([sent]);
    await waitFor(() => b.received.length === 1, "a -> b");
    expect(wire(b.received[0])).toEqual(wire(sent));
    const reply = message({ type: MessageType.AppResp, from: b.id, to: a.id, term: 3, index: 6 });
    b.transport.send([reply]);
    await waitFor(() => a.received.length === 1, "b -> a");
    expect(wire(a.received[0])).toEqual(wire(reply));
    expect(a.transport.isConnected(b.id)).toBe(true);
  });

  test("bursts arrive complete and in order", async () => {
    const [a, b] = await pair();
    const total = 3000;
    for (let burst = 0; burst < total / 300; burst++) {
      a.transport.send(Array.from({ length: 300 }, (_, i) => app(a.id, b.id, burst * 300 + i)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => b.received.length === total, "all messages");
    expect(b.received.map((m) => m.index)).toEqual(Array.from({ length: total }, (_, i) => i));
  });

  test("a 5 MB snapshot is streamed in chunks, reassembled, and reported finished", async () => {
    const [a, b] = await pair();
    const snap = snapMessage({ from: a.id, to: b.id, dataBytes: 5 * 1024 * 1024 });
    const data = snap.snapshot?.data ?? new Uint8Array(0);
    a.transport.send([snap, app(a.id, b.id, 901)]);
    await waitFor(() => b.received.length === 2, "snapshot and the message after it", 10_000);
    const [first, second] = b.received;
    expect(first?.type).toBe(MessageType.Snap);
    expect(first?.snapshot?.metadata).toEqual(snap.snapshot?.metadata);
    expect(Buffer.from(first?.snapshot?.data ?? []).equals(Buffer.from(data))).toBe(true);
    expect(second?.index).toBe(901);
    await waitFor(() => a.snapshotStatus.length === 1, "snapshot status");
    expect(a.snapshotStatus).toEqual([{ peer: b.id, status: "finish" }]);
  });

  test("a full queue drops the message and reports the peer unreachable", async () => {
    const a = await manager(1011, { limits: { queueMessagesMax: 4 } });
    const b = await manager(1012);
    a.transport.addPeer(b.id, b.listener.address);
    // Still dialing: the first four wait in the queue, the rest are dropped.
    a.transport.send(Array.from({ length: 10 }, (_, i) => app(a.id, b.id, i)));
    await waitFor(() => a.unreachable.length > 0, "unreachable report");
    expect(a.unreachable).toEqual([b.id]);
    expect(a.transport.counters.snapshot().unsent).toBe(6);
    await waitFor(() => b.received.length === 4, "the queued four");
    expect(b.received.map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  test("a peer that restarts is redialed with backoff and traffic resumes", async () => {
    const [a, b] = await pair();
    a.transport.send([app(a.id, b.id, 1)]);
    await waitFor(() => b.received.length === 1, "first message");
    const port = b.listener.port;
    await b.close();
    await waitFor(() => a.unreachable.includes(b.id), "the loss noticed");
    a.transport.send([app(a.id, b.id, 2)]);
    const restarted = await manager(1002, { port });
    let attempt = 0;
    await waitFor(() => {
      if (restarted.received.length === 0) a.transport.send([app(a.id, restarted.id, 100 + attempt++)]);
      return restarted.received.length > 0;
    }, "traffic to the restarted peer");
    expect(restarted.received[0]?.from).toBe(a.id);
  });

  test("sending to an unknown or unreachable peer reports it, and a snapshot as failed", async () => {
    const a = await manager(1021);
    a.transport.send([app(a.id, 4242, 1)]);
    await waitFor(() => a.unreachable.includes(4242), "unknown peer");
    a.transport.addPeer(4243, "127.0.0.1:1");
    const snap = message({
      type: MessageType.Snap,
      from: a.id,
      to: 4243,
      snapshot: {
        data: new Uint8Array(10),
        metadata: {
          index: 1,
          term: 1,
          confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
        },
      },
    });
    a.transport.send([snap]);
    await waitFor(() => a.snapshotStatus.length > 0, "snapshot failure");
    expect(a.snapshotStatus[0]).toEqual({ peer: 4243, status: "failure" });
  });

  test("a peer address that is no host:port is not recorded: the peer stays unknown, and start works", async () => {
    const { transport, close } = await tlsTransport.makeUnstarted();
    try {
      const tls = transport as TlsRaftTransport;
      const unsentBefore = tls.counters.snapshot().unsent;
      tls.addPeer(4244, "not an address");
      expect(tls.counters.snapshot().unsent).toBe(unsentBefore + 1);
      const recorder = new Recorder();
      await tls.start(recorder.handlers);
      tls.send([app(idA, 4244, 1)]);
      await waitFor(() => recorder.unreachable.includes(4244), "the peer reported unreachable");
    } finally {
      await close();
    }
  });

  test("lifecycle: send before start and start twice are refused; close is idempotent", async () => {
    const a = await manager(1031);
    expect(
      await codeOf(
        a.transport
          .start({ onMessage: () => {}, onUnreachable: () => {}, onSnapshotStatus: () => {} })
          .then(() => null),
      ),
    ).toBe("NOT_OPEN");
    await a.transport.close();
    a.transport.send([app(a.id, 1, 1)]);
    a.transport.addPeer(5, "127.0.0.1:1");
    await a.transport.close();
  });
});
