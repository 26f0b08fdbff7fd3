// A certified manager that misbehaves: every bad frame or message is dropped with a typed reason
// and counted; the connection survives bad frames up to a limit, and never an oversized one.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SystemClock } from "../../src/node/clock.js";
import { encodeMessage } from "../../src/raft/codec.js";
import { message, MessageType } from "../../src/raft/types.js";
import type { FramedConnection } from "../../src/transport/connection.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import { dial } from "../../src/transport/dial.js";
import type { Frame } from "../../src/transport/frame.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import type { Pki } from "./fixtures.js";
import { makePki, waitFor } from "./fixtures.js";
import type { TestManager } from "./raft-node.js";
import { startManager } from "./raft-node.js";

const badFramesMax = 5;
const frameBytesMax = 64 * 1024;
const attackerId = 2002;
let pki: Pki;
let target: TestManager;
let attacker: TlsCredentials;

beforeAll(async () => {
  pki = await makePki({ clusterId: "hostile", seed: 21 });
  target = await startManager(pki, 2001, {
    connection: { badFramesMax, frameBytesMax },
    limits: { snapshotChunkBytes: 16 * 1024 },
  });
  attacker = await pki.credentials({ nodeId: nodeIdOf(attackerId), role: "manager" });
});

afterAll(async () => {
  await target.close();
  attacker.close();
});

/** connectAttacker dials the target's raft channel as a certified manager and records what it hears. */
async function connectAttacker(): Promise<{
  connection: FramedConnection;
  closed: () => boolean;
  heard: Frame[];
}> {
  let closed = false;
  const heard: Frame[] = [];
  const connection = await dial(
    {
      address: target.listener.address,
      channel: "raft",
      trust: { kind: "node", credentials: attacker },
      limits: { frameBytesMax: 1 << 20, badFramesMax: 100, handshakeTimeoutMs: 5_000 },
    },
    { onFrame: (frame) => heard.push(frame), onClose: () => (closed = true) },
    { clock: new SystemClock(), counters: target.listener.counters },
  );
  return { connection, closed: () => closed, heard };
}

function good(index: number): Uint8Array {
  return encodeMessage(
    message({ type: MessageType.Heartbeat, from: attackerId, to: target.id, term: 1, commit: index }),
  );
}

function dropped(reason: string): number {
  return (target.listener.counters.snapshot().dropped as Record<string, number | undefined>)[reason] ?? 0;
}

/** garbage is a well-framed body that is not a Frame. */
const garbage = Buffer.from([0, 0, 0, 3, 0xff, 0xff, 0xff]);

describe("a hostile peer", () => {
  test("bad frames and messages are dropped by reason; the connection keeps working", async () => {
    const { connection, closed } = await connectAttacker();
    const before = target.received.length;
    const cases: { send: () => void; reason: string }[] = [
      { send: () => connection.writeRaw(garbage), reason: "frame-malformed" },
      {
        send: () => connection.write({ kind: "rpcRequest", callId: 1, method: "x", body: new Uint8Array(0) }),
        reason: "frame-unexpected",
      },
      {
        send: () => connection.write({ kind: "raftBatch", messages: [new Uint8Array([0xff, 0x01])] }),
        reason: "message-malformed",
      },
      {
        send: () =>
          connection.write({
            kind: "raftBatch",
            messages: [
              good(1),
              encodeMessage(message({ type: MessageType.Heartbeat, from: 999, to: target.id })),
            ],
          }),
        reason: "sender-mismatch",
      },
      {
        send: () =>
          connection.write({
            kind: "raftBatch",
            messages: [encodeMessage(message({ type: MessageType.Heartbeat, from: attackerId, to: 7 }))],
          }),
        reason: "wrong-recipient",
      },
    ];
    for (const { send, reason } of cases.slice(0, badFramesMax - 1)) {
      const count = dropped(reason);
      send();
      await waitFor(() => dropped(reason) === count + 1, reason);
    }
    connection.write({ kind: "raftBatch", messages: [good(42)] });
    await waitFor(() => target.received.length === before + 1, "the good message after the bad ones");
    // The whole batch with a forged sender was dropped, its good first message included.
    expect(target.received.slice(before).map((m) => m.commit)).toEqual([42]);
    expect(closed()).toBe(false);
    connection.close("done");
  });

  test("a forged sender and a local message type are refused", async () => {
    const { connection } = await connectAttacker();
    const local = dropped("message-malformed");
    connection.write({
      kind: "raftBatch",
      messages: [encodeMessage(message({ type: MessageType.Hup, from: attackerId, to: target.id }))],
    });
    await waitFor(() => dropped("message-malformed") === local + 1, "local message type");
    const forged = dropped("wrong-recipient");
    connection.write({
      kind: "raftBatch",
      messages: [encodeMessage(message({ type: MessageType.Heartbeat, from: attackerId, to: 7 }))],
    });
    await waitFor(() => dropped("wrong-recipient") === forged + 1, "wrong recipient");
    connection.close("done");
  });

  test("too many bad frames close the connection", async () => {
    const { connection, closed } = await connectAttacker();
    const before = dropped("too-many-bad-frames");
    for (let i = 0; i < badFramesMax; i++) connection.writeRaw(garbage);
    await waitFor(closed, "disconnect");
    expect(dropped("too-many-bad-frames")).toBe(before + 1);
  });

  test("an oversized frame closes the connection at once, and the peer can come back", async () => {
    const { connection, closed } = await connectAttacker();
    const header = Buffer.alloc(4);
    header.writeUInt32BE(frameBytesMax + 1);
    connection.writeRaw(header);
    await waitFor(closed, "disconnect");
    expect(dropped("frame-too-large")).toBe(1);
    const again = await connectAttacker();
    const before = target.received.length;
    again.connection.write({ kind: "raftBatch", messages: [good(7)] });
    await waitFor(() => target.received.length === before + 1, "traffic on a new connection");
    again.connection.close("done");
  });

  test("bad snapshot streams are refused with a failed ack", async () => {
    const { connection, heard } = await connectAttacker();
    const header = encodeMessage(
      message({
        type: MessageType.Snap,
        from: attackerId,
        to: target.id,
        snapshot: {
          data: new Uint8Array(0),
          metadata: {
            index: 5,
            term: 1,
            confState: { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
          },
        },
      }),
    );
    const chunk = (fields: Partial<Extract<Frame, { kind: "snapshotChunk" }>>): Frame => ({
      kind: "snapshotChunk",
      snapshotId: 1,
      message: new Uint8Array(0),
      totalBytes: 0,
      offset: 0,
      data: new Uint8Array(0),
      ...fields,
    });
    const invalid = dropped("snapshot-invalid");
    connection.write(chunk({ snapshotId: 9, offset: 10, data: new Uint8Array(4) }));
    await waitFor(() => dropped("snapshot-invalid") === invalid + 1, "chunk without a start");
    connection.write(chunk({ snapshotId: 2, message: header, totalBytes: 8, data: new Uint8Array(4) }));
    connection.write(chunk({ snapshotId: 2, offset: 6, data: new Uint8Array(2) }));
    await waitFor(() => heard.length === 1, "failed ack");
    expect(heard[0]).toMatchObject({ kind: "snapshotAck", snapshotId: 2, ok: false });
    connection.write(chunk({ snapshotId: 3, message: header, totalBytes: 2 * 1024 * 1024 * 1024 }));
    await waitFor(() => heard.length === 2, "too large");
    expect(heard[1]).toMatchObject({ kind: "snapshotAck", snapshotId: 3, ok: false });
    expect(dropped("snapshot-too-large")).toBe(1);
    connection.write(
      chunk({ snapshotId: 4, message: header, totalBytes: 3, data: new Uint8Array([1, 2, 3]) }),
    );
    await waitFor(() => heard.length === 3, "a good one");
    expect(heard[2]).toMatchObject({ kind: "snapshotAck", snapshotId: 4, ok: true });
    expect(target.received.at(-1)?.snapshot?.data).toEqual(new Uint8Array([1, 2, 3]));
    connection.close("done");
  });
});
