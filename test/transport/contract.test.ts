// The RaftTransport contract (src/node/seams.ts), checked the same way against the simulated
// network and the TLS transport: what a driver may rely on whichever one it runs on. Only what
// both implementations promise is here; their own tests cover what each adds (loss and
// partitions, queue limits and reconnection).
import { afterEach, describe, expect, test } from "vitest";
import { SnapshotStatus } from "../../src/raft/raw-node.js";
import type { Message } from "../../src/raft/types.js";
import { message, MessageType } from "../../src/raft/types.js";
import type { HandlerCall, TransportPair, TransportUnderTest } from "./contract-fixtures.js";
import {
  app,
  idA,
  idB,
  idUnknown,
  plainCall,
  plainMessage,
  Recorder,
  simTransport,
  snap,
  tlsTransport,
} from "./contract-fixtures.js";

const implementations: readonly TransportUnderTest[] = [simTransport, tlsTransport];

/** Long enough for anything wrongly sent to arrive: many sim delays, many loopback round trips. */
const idleMs = 50;

const indexes = (messages: readonly Message[]): number[] => messages.map((m) => m.index);
const plainCalls = (calls: readonly HandlerCall[]): HandlerCall[] => calls.map(plainCall);
const plainMessages = (messages: readonly Message[]): Message[] => messages.map(plainMessage);

/** withoutSnapshotData blanks a snapshot's data: deep equality on 300 KiB arrays takes seconds. */
function withoutSnapshotData(m: Message): Message {
  return m.snapshot === null ? m : { ...m, snapshot: { ...m.snapshot, data: new Uint8Array(0) } };
}

function sameBytes(x: Uint8Array | undefined, y: Uint8Array | undefined): boolean {
  return x !== undefined && y !== undefined && Buffer.from(x).equals(Buffer.from(y));
}

describe.each(implementations)("RaftTransport contract: $name", (implementation) => {
  const open: TransportPair[] = [];

  afterEach(async () => {
    await Promise.all(open.splice(0).map((pair) => pair.close()));
  });

  async function makePair(): Promise<TransportPair> {
    const pair = await implementation.makePair();
    open.push(pair);
    return pair;
  }

  test("messages cross both ways, decoded exactly as sent into fresh objects", async () => {
    const { a, b, settle } = await makePair();
    const toB = app({ from: a.id, to: b.id, index: 5 });
    const toA = message({
      type: MessageType.AppResp,
      from: b.id,
      to: a.id,
      term: 3,
      index: 6,
      reject: true,
      rejectHint: 4,
      context: new Uint8Array([1, 2, 3]),
    });
    a.transport.send([toB]);
    b.transport.send([toA]);
    await settle("a message each way", () => a.recorder.calls.length > 0 && b.recorder.calls.length > 0);
    expect(plainCalls(b.recorder.calls)).toEqual([{ kind: "message", message: toB }]);
    expect(plainCalls(a.recorder.calls)).toEqual([{ kind: "message", message: toA }]);
    const [received] = b.recorder.received;
    expect(received).not.toBe(toB);
    expect(received?.entries[0]).not.toBe(toB.entries[0]);
    expect(received?.entries[0]?.data).not.toBe(toB.entries[0]?.data);
  });

  test("a burst of 50 on one link arrives complete and in the order sent, each way", async () => {
    const { a, b, settle, idle } = await makePair();
    const total = 50;
    const toB = Array.from({ length: total }, (_, i) => app({ from: a.id, to: b.id, index: i }));
    const toA = Array.from({ length: total }, (_, i) => app({ from: b.id, to: a.id, index: 1000 + i }));
    // One batch, then single sends, five at a time in one turn of the event loop (TlsRaftTransport
    // once left all but the first of those queued until the next send), time passing now and then.
    a.transport.send(toB.slice(0, 20));
    b.transport.send(toA.slice(0, 20));
    for (let i = 20; i < total; i++) {
      if (i % 5 === 0) await idle(i % 10 === 0 ? 1 : 0);
      a.transport.send([toB[i] as Message]);
      b.transport.send([toA[i] as Message]);
    }
    await settle(
      "both bursts",
      () => a.recorder.received.length >= total && b.recorder.received.length >= total,
    );
    await idle(idleMs);
    expect(indexes(b.recorder.received)).toEqual(indexes(toB));
    expect(indexes(a.recorder.received)).toEqual(indexes(toA));
    expect(plainMessages(b.recorder.received)).toEqual(toB);
    expect(plainMessages(a.recorder.received)).toEqual(toA);
    expect(a.recorder.unreachable).toEqual([]);
    expect(b.recorder.unreachable).toEqual([]);
  });

  test("a peer never added is reported unreachable, a snapshot to it failed, and nothing is delivered", async () => {
    const { a, b, settle, idle } = await makePair();
    a.transport.send([app({ from: a.id, to: idUnknown, index: 1 })]);
    await settle("the unknown peer reported", () => a.recorder.unreachable.length > 0);
    expect(new Set(a.recorder.unreachable)).toEqual(new Set([idUnknown]));
    expect(a.recorder.snapshotStatus).toEqual([]);

    const unreachableBefore = a.recorder.unreachable.length;
    a.transport.send([snap({ from: a.id, to: idUnknown, dataBytes: 100 })]);
    await settle(
      "the snapshot reported failed",
      () => a.recorder.snapshotStatus.length > 0 && a.recorder.unreachable.length > unreachableBefore,
    );
    await idle(idleMs);
    expect(a.recorder.snapshotStatus).toEqual([{ peer: idUnknown, status: SnapshotStatus.Failure }]);
    expect(new Set(a.recorder.unreachable)).toEqual(new Set([idUnknown]));

    // Nothing went astray: a message sent after them is all b ever hears, and a hears no message.
    const sentinel = app({ from: a.id, to: b.id, index: 9 });
    a.transport.send([sentinel]);
    await settle("the message after them", () => b.recorder.calls.length > 0);
    await idle(idleMs);
    expect(plainCalls(b.recorder.calls)).toEqual([{ kind: "message", message: sentinel }]);
    expect(a.recorder.received).toEqual([]);
  });

  test("a snapshot to a reachable peer is delivered whole, in order, and reported finish", async () => {
    const { a, b, settle, idle } = await makePair();
    // Bigger than one TLS snapshot chunk (256 KiB), so it is streamed in pieces there.
    const snapshot = snap({ from: a.id, to: b.id, dataBytes: 300 * 1024 });
    const before = app({ from: a.id, to: b.id, index: 899 });
    const after = app({ from: a.id, to: b.id, index: 901 });
    a.transport.send([before, snapshot, after]);
    await settle("the snapshot and the appends around it", () => b.recorder.received.length >= 3);
    await settle("the snapshot status", () => a.recorder.snapshotStatus.length > 0);
    await idle(idleMs);
    const sent = [before, snapshot, after];
    expect(plainMessages(b.recorder.received).map(withoutSnapshotData)).toEqual(
      sent.map(withoutSnapshotData),
    );
    const receivedData = b.recorder.received[1]?.snapshot?.data;
    expect(receivedData?.length).toBe(300 * 1024);
    expect(sameBytes(receivedData, snapshot.snapshot?.data)).toBe(true);
    // Not expect().not.toBe(): vitest compares the arrays deeply even when that passes.
    expect(receivedData === snapshot.snapshot?.data).toBe(false);
    expect(a.recorder.snapshotStatus).toEqual([{ peer: b.id, status: SnapshotStatus.Finish }]);
    expect(a.recorder.unreachable).toEqual([]);
  });

  test("a snapshot whose data lies on a SharedArrayBuffer, as a node's own do, is delivered whole", async () => {
    const { a, b, settle } = await makePair();
    const snapshot = snap({ from: a.id, to: b.id, dataBytes: 300 * 1024, shared: true });
    expect(snapshot.snapshot?.data.buffer instanceof SharedArrayBuffer).toBe(true);
    a.transport.send([snapshot]);
    await settle("the snapshot", () => b.recorder.received.length >= 1);
    await settle("the snapshot status", () => a.recorder.snapshotStatus.length > 0);
    expect(sameBytes(b.recorder.received[0]?.snapshot?.data, snapshot.snapshot?.data)).toBe(true);
    expect(a.recorder.snapshotStatus).toEqual([{ peer: b.id, status: SnapshotStatus.Finish }]);
  });

  test("after removePeer nothing is delivered to that peer, until it is added again", async () => {
    const { a, b, settle, idle } = await makePair();
    a.transport.send([app({ from: a.id, to: b.id, index: 1 })]);
    await settle("the first message", () => b.recorder.received.length > 0);

    a.transport.removePeer(b.id);
    a.transport.send([app({ from: a.id, to: b.id, index: 2 })]);
    await settle("the removed peer reported", () => a.recorder.unreachable.length > 0);
    await idle(idleMs);
    expect(indexes(b.recorder.received)).toEqual([1]);
    expect(new Set(a.recorder.unreachable)).toEqual(new Set([b.id]));

    a.transport.addPeer(b.id, b.address);
    a.transport.send([app({ from: a.id, to: b.id, index: 3 })]);
    await settle("the message after re-adding", () => b.recorder.received.length > 1);
    await idle(idleMs);
    expect(indexes(b.recorder.received)).toEqual([1, 3]);
  });

  test("send before start, a second start and a start after close are refused with NOT_OPEN", async () => {
    const unstarted = await implementation.makeUnstarted();
    try {
      const { transport } = unstarted;
      transport.addPeer(idB, "127.0.0.1:1");
      expect(() => transport.send([app({ from: idA, to: idB, index: 1 })])).toThrow(
        expect.objectContaining({ code: "NOT_OPEN" }),
      );
      await transport.start(new Recorder().handlers);
      await expect(transport.start(new Recorder().handlers)).rejects.toMatchObject({ code: "NOT_OPEN" });
      await transport.close();
      await expect(transport.start(new Recorder().handlers)).rejects.toMatchObject({ code: "NOT_OPEN" });
    } finally {
      await unstarted.close();
    }
  });

  test("close is idempotent, and a closed endpoint's handlers hear nothing more", async () => {
    const { a, b, settle, idle } = await makePair();
    a.transport.send([app({ from: a.id, to: b.id, index: 1 })]);
    b.transport.send([app({ from: b.id, to: a.id, index: 101 })]);
    await settle("a message each way", () => a.recorder.calls.length > 0 && b.recorder.calls.length > 0);

    // In flight when b closes: it must not reach b's handlers; nor may b's report of a peer it
    // does not know, made in the same turn as the close.
    a.transport.send([app({ from: a.id, to: b.id, index: 2 })]);
    b.transport.send([snap({ from: b.id, to: idUnknown, dataBytes: 100 })]);
    const closes = [b.transport.close(), b.transport.close()];
    // Taken at once: whatever b's handlers hear from here on, they heard after close.
    const bCalls = [...b.recorder.calls];
    await expect(Promise.all(closes)).resolves.toEqual([undefined, undefined]);
    await expect(b.transport.close()).resolves.toBeUndefined();

    // A closed endpoint's send neither throws nor delivers; sends to it fail, snapshots included.
    expect(() => b.transport.send([app({ from: b.id, to: a.id, index: 102 })])).not.toThrow();
    a.transport.send([
      app({ from: a.id, to: b.id, index: 3 }),
      snap({ from: a.id, to: b.id, dataBytes: 100 }),
    ]);
    await settle(
      "the closed peer reported unreachable and the snapshot failed",
      () =>
        a.recorder.unreachable.includes(b.id) &&
        a.recorder.snapshotStatus.some((s) => s.status === SnapshotStatus.Failure),
    );
    await idle(idleMs);
    expect(b.recorder.calls).toEqual(bCalls);
    expect(indexes(b.recorder.received)).toEqual([1]);
    expect(indexes(a.recorder.received)).toEqual([101]);
    expect(a.recorder.snapshotStatus).toEqual([{ peer: b.id, status: SnapshotStatus.Failure }]);

    // A sender closed with failures still to report (b is gone) hears none of them.
    const aCalls = [...a.recorder.calls];
    a.transport.send([
      app({ from: a.id, to: b.id, index: 4 }),
      snap({ from: a.id, to: b.id, dataBytes: 100 }),
    ]);
    await Promise.all([a.transport.close(), a.transport.close()]);
    await idle(idleMs);
    expect(a.recorder.calls).toEqual(aCalls);
    expect(b.recorder.calls).toEqual(bCalls);
  });
});
