// Resources and configuration: credentials wipe their key, bad limits are typed errors, a
// snapshot nobody acknowledges fails in time, and removing a peer closes its connections.
import { createConnection } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SimClock, SystemClock } from "../../src/node/clock.js";
import { Prng } from "../../src/raft/prng.js";
import { message, MessageType } from "../../src/raft/types.js";
import type { FramedConnection } from "../../src/transport/connection.js";
import type { Frame } from "../../src/transport/frame.js";
import { decodeMessage } from "../../src/raft/codec.js";
import { TlsCredentials } from "../../src/transport/credentials.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { TlsListener } from "../../src/transport/listener.js";
import { TlsRaftTransport } from "../../src/transport/raft-transport.js";
import { RpcServer } from "../../src/transport/rpc-server.js";
import type { Pki } from "./fixtures.js";
import { codeOf, errorOf, makePki, waitFor } from "./fixtures.js";
import { startManager } from "./raft-node.js";

let pki: Pki;
let credentials: TlsCredentials;
let listener: TlsListener;

beforeAll(async () => {
  pki = await makePki({ clusterId: "life", seed: 41 });
  credentials = await pki.credentials({ nodeId: nodeIdOf(4001), role: "manager" });
  listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials });
});

afterAll(async () => {
  await listener.close();
  credentials.close();
});

const emptyConf = { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

describe("credentials", () => {
  test("a certificate that is not a keel node certificate is CONFIG_INVALID", async () => {
    const error = await errorOf(
      TlsCredentials.create({
        rootCaPem: pki.root.certificatePem,
        certificatePem: pki.root.certificatePem,
        privateKey: "x",
      }),
    );
    expect(error.type).toMatchObject({ code: "CONFIG_INVALID", field: "certificatePem" });
  });

  test("close wipes the key; using it afterwards is NOT_OPEN", async () => {
    const c = await pki.credentials({ nodeId: nodeIdOf(4002), role: "manager" });
    const key = c.serverOptions().key;
    expect(key.toString("utf8")).toContain("BEGIN PRIVATE KEY");
    c.close();
    c.close();
    expect(key.every((b) => b === 0)).toBe(true);
    expect(c.isOpen).toBe(false);
    expect(await codeOf(TlsListener.open({ host: "127.0.0.1", port: 0, credentials: c }))).toBe("NOT_OPEN");
  });
});

describe("listener", () => {
  test("close ends connections still in their handshake, at once", async () => {
    const own = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials });
    const raw = createConnection({ host: "127.0.0.1", port: own.port });
    raw.on("error", () => {});
    await new Promise((resolve) => raw.once("connect", resolve));
    await waitFor(() => raw.readyState === "open", "tcp open");
    const started = Date.now();
    await own.close();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(own.isOpen).toBe(false);
    expect(() => own.attach("client", () => {})).toThrow(/not open/);
    raw.destroy();
  });
});

describe("configuration", () => {
  test("bad listener, raft and RPC limits are CONFIG_INVALID", async () => {
    expect(
      (
        await errorOf(
          TlsListener.open({ host: "127.0.0.1", port: 0, credentials, limits: { frameBytesMax: 0 } }),
        )
      ).type,
    ).toMatchObject({ code: "CONFIG_INVALID", field: "frameBytesMax" });
    const deps = { clock: new SystemClock(), prng: Prng.fromSeed(1) };
    const bad = (limits: ConstructorParameters<typeof TlsRaftTransport>[0]["limits"]) => {
      try {
        new TlsRaftTransport({ listener, credentials, ...(limits === undefined ? {} : { limits }) }, deps);
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "accepted";
    };
    expect(bad({ queueMessagesMax: 0 })).toBe("CONFIG_INVALID");
    expect(bad({ snapshotChunkBytes: 8 * 1024 * 1024 })).toBe("CONFIG_INVALID");
    expect(bad({ backoffBaseMs: 500, backoffMaxMs: 100 })).toBe("CONFIG_INVALID");
    expect(() => new RpcServer({ listener, limits: { inFlightMax: -1 } })).toThrow(/inFlightMax/);
  });

  test("credentials whose CN is not a node id cannot run a raft transport", async () => {
    const odd = await pki.credentials({ nodeId: "not-an-id", role: "manager" });
    expect(
      () =>
        new TlsRaftTransport(
          { listener, credentials: odd },
          { clock: new SystemClock(), prng: Prng.fromSeed(1) },
        ),
    ).toThrow(/not a keel node id/);
    odd.close();
  });
});

describe("raft streams", () => {
  test("a snapshot never acknowledged is reported failed after the ack timeout", async () => {
    // A listener that accepts raft connections and then says nothing at all.
    const silentCredentials = await pki.credentials({ nodeId: nodeIdOf(4010), role: "manager" });
    const silent = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: silentCredentials });
    const held: FramedConnection[] = [];
    silent.attach("raft", (connection) => {
      connection.start({ onFrame: () => {}, onClose: () => {} });
      held.push(connection);
    });
    const clock = new SimClock();
    const statuses: string[] = [];
    const a = new TlsRaftTransport(
      { listener, credentials, limits: { snapshotAckTimeoutMs: 1000 } },
      { clock, prng: Prng.fromSeed(2) },
    );
    await a.start({
      onMessage: () => {},
      onUnreachable: () => {},
      onSnapshotStatus: (_p, s) => statuses.push(s),
    });
    a.addPeer(4010, silent.address);
    await waitFor(() => a.isConnected(4010), "connected");
    a.send([
      message({
        type: MessageType.Snap,
        from: 4001,
        to: 4010,
        snapshot: { data: new Uint8Array(100), metadata: { index: 3, term: 1, confState: emptyConf } },
      }),
    ]);
    await waitFor(() => held.length === 1, "held");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statuses).toEqual([]);
    clock.advance(1000);
    await waitFor(() => statuses.length === 1, "failure");
    expect(statuses).toEqual(["failure"]);
    await a.close();
    await silent.close();
    silentCredentials.close();
  });

  test("messages sent together are written as one batch frame, in order", async () => {
    const recorderCredentials = await pki.credentials({ nodeId: nodeIdOf(4030), role: "manager" });
    const recorder = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: recorderCredentials });
    const frames: Frame[] = [];
    recorder.attach("raft", (connection) =>
      connection.start({ onFrame: (f) => frames.push(f), onClose: () => {} }),
    );
    const a = new TlsRaftTransport(
      { listener, credentials },
      { clock: new SystemClock(), prng: Prng.fromSeed(3) },
    );
    await a.start({ onMessage: () => {}, onUnreachable: () => {}, onSnapshotStatus: () => {} });
    a.addPeer(4030, recorder.address);
    await waitFor(() => a.isConnected(4030), "connected");
    a.send(
      Array.from({ length: 50 }, (_, i) =>
        message({ type: MessageType.Heartbeat, from: 4001, to: 4030, commit: i }),
      ),
    );
    await waitFor(() => frames.length > 0, "a frame");
    expect(frames.length).toBe(1);
    const batch = frames[0];
    expect(batch?.kind).toBe("raftBatch");
    const commits = batch?.kind === "raftBatch" ? batch.messages.map((m) => decodeMessage(m).commit) : [];
    expect(commits).toEqual(Array.from({ length: 50 }, (_, i) => i));
    await a.close();
    await recorder.close();
    recorderCredentials.close();
  });

  test("removing a peer closes its connections both ways and stops sending to it", async () => {
    const pkiManagers = await Promise.all([startManager(pki, 4021), startManager(pki, 4022)]);
    const [x, y] = pkiManagers;
    x.transport.addPeer(y.id, y.listener.address);
    y.transport.addPeer(x.id, x.listener.address);
    x.transport.send([message({ type: MessageType.Heartbeat, from: x.id, to: y.id })]);
    await waitFor(() => y.received.length === 1, "heartbeat");
    y.transport.removePeer(x.id);
    x.transport.removePeer(y.id);
    x.transport.send([message({ type: MessageType.Heartbeat, from: x.id, to: y.id })]);
    await waitFor(() => x.unreachable.includes(y.id), "reported unreachable");
    expect(x.transport.isConnected(y.id)).toBe(false);
    await Promise.all(pkiManagers.map((m) => m.close()));
  });
});
