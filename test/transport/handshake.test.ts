// Who gets in: mutual TLS on the raft and client channels, and every refusal before a frame is read.
import { once } from "node:events";
import { connect } from "node:tls";
import type { ConnectionOptions } from "node:tls";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SystemClock } from "../../src/node/clock.js";
import { channelProtocols } from "../../src/transport/channel.js";
import { anonymous } from "../../src/transport/authenticate.js";
import type { Channel } from "../../src/transport/channel.js";
import type { FramedConnection } from "../../src/transport/connection.js";
import { Counters } from "../../src/transport/counters.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import type { DialTrust } from "../../src/transport/dial.js";
import { dial } from "../../src/transport/dial.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import type { Caller } from "../../src/transport/authenticate.js";
import { connectionLimitsDefault, TlsListener } from "../../src/transport/listener.js";
import type { Pki } from "./fixtures.js";
import { errorOf, makePki, probe, waitFor } from "./fixtures.js";

const clock = new SystemClock();
const counters = new Counters();
const ignore = { onFrame: (): void => {}, onClose: (): void => {} };
let pki: Pki;
let rogue: Pki;
let server: TlsCredentials;
let manager: TlsCredentials;
let listener: TlsListener;
const accepted: { channel: Channel; caller: Caller; connection: FramedConnection }[] = [];

beforeAll(async () => {
  [pki, rogue] = await Promise.all([
    makePki({ clusterId: "c1", seed: 1 }),
    makePki({ clusterId: "c1", seed: 2 }),
  ]);
  server = await pki.credentials({ nodeId: nodeIdOf(101), role: "manager" });
  manager = await pki.credentials({ nodeId: nodeIdOf(102), role: "manager" });
  listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: server });
  for (const channel of ["raft", "client"] as const) {
    listener.attach(channel, (connection, caller) => {
      connection.start(ignore);
      accepted.push({ channel, caller, connection });
    });
  }
});

afterAll(async () => {
  await listener.close();
  for (const c of [server, manager]) c.close();
});

function dialWith(trust: DialTrust, channel: Channel, expectedNodeId?: string): Promise<FramedConnection> {
  return dial(
    {
      address: listener.address,
      channel,
      trust,
      limits: connectionLimitsDefault,
      ...(expectedNodeId === undefined ? {} : { expectedNodeId }),
    },
    ignore,
    { clock, counters },
  );
}

describe("mutual TLS", () => {
  test("a manager of the cluster is accepted on both channels, as who its certificate says", async () => {
    for (const channel of ["raft", "client"] as const) {
      const connection = await dialWith({ kind: "node", credentials: manager }, channel, nodeIdOf(101));
      await waitFor(() => accepted.some((a) => a.channel === channel), `${channel} accept`);
      expect(accepted.find((a) => a.channel === channel)?.caller).toEqual({
        nodeId: nodeIdOf(102),
        role: "manager",
        clusterId: "c1",
      });
      expect(connection.socket.getProtocol()).toBe("TLSv1.3");
      connection.close("done");
    }
  });

  test("a worker is refused on the raft channel and accepted on the client channel", async () => {
    const worker = await pki.credentials({ nodeId: nodeIdOf(201), role: "worker" });
    const refused = await errorOf(dialWith({ kind: "node", credentials: worker }, "raft"));
    expect(refused.type).toMatchObject({ code: "PEER_REFUSED", reason: "wrong-role" });
    const connection = await dialWith({ kind: "node", credentials: worker }, "client");
    await waitFor(() => accepted.some((a) => a.caller !== anonymous && a.caller.role === "worker"), "worker");
    connection.close("done");
    worker.close();
  });

  test("no certificate: refused on raft, anonymous on the client channel", async () => {
    const trust: DialTrust = { kind: "anonymous", rootCaPem: pki.root.certificatePem };
    expect((await errorOf(dialWith(trust, "raft"))).type).toMatchObject({ reason: "no-certificate" });
    const before = accepted.filter((a) => a.caller === anonymous).length;
    const connection = await dialWith(trust, "client");
    await waitFor(() => accepted.filter((a) => a.caller === anonymous).length > before, "anonymous accept");
    connection.close("done");
  });

  test("another cluster, a rogue CA and an expired certificate are refused before any frame", async () => {
    const trustRootPem = pki.root.certificatePem;
    const cases = [
      {
        credentials: await pki.credentials({ nodeId: nodeIdOf(301), role: "manager", clusterId: "c2" }),
        reason: "wrong-cluster",
      },
      {
        credentials: await rogue.credentials({ nodeId: nodeIdOf(302), role: "manager", trustRootPem }),
        reason: "untrusted",
      },
      {
        credentials: await pki.credentials({ nodeId: nodeIdOf(303), role: "manager", expired: true }),
        reason: "expired",
      },
      {
        credentials: await pki.credentials({ nodeId: "Not-A-Node-Id", role: "manager" }),
        reason: "bad-identity",
      },
    ];
    const count = accepted.length;
    for (const { credentials, reason } of cases) {
      for (const protocol of [channelProtocols.raft, channelProtocols.client]) {
        const refusal =
          reason === "bad-identity" && protocol === channelProtocols.client
            ? { kind: "accept" }
            : { kind: "refuse", reason };
        expect(await probe(listener.port, credentials, protocol)).toMatchObject(refusal);
      }
      credentials.close();
    }
    await waitFor(() => accepted.length === count + 1, "the one accepted client");
    expect(listener.counters.snapshot().refused).toMatchObject({
      "wrong-cluster": 2,
      untrusted: 2,
      expired: 2,
      "bad-identity": 1,
    });
  });

  test("the dialer's own checks: another cluster, an expired peer", async () => {
    const otherCluster = await pki.credentials({ nodeId: nodeIdOf(311), role: "manager", clusterId: "c2" });
    expect((await errorOf(dialWith({ kind: "node", credentials: otherCluster }, "raft"))).type).toMatchObject(
      {
        code: "PEER_REFUSED",
        reason: "wrong-cluster",
      },
    );
    otherCluster.close();
    const expired = await pki.credentials({ nodeId: nodeIdOf(312), role: "manager", expired: true });
    expect((await errorOf(dialWith({ kind: "node", credentials: expired }, "raft"))).type).toMatchObject({
      code: "PEER_REFUSED",
      reason: "expired",
    });
    expired.close();
  });

  test("the dialer refuses a listener of another CA, another cluster, or another node", async () => {
    const foreign = await rogue.credentials({ nodeId: nodeIdOf(101), role: "manager" });
    const untrusting = await errorOf(dialWith({ kind: "node", credentials: foreign }, "raft"));
    expect(untrusting.type).toMatchObject({ code: "PEER_REFUSED" });
    foreign.close();
    const otherCluster = await pki.credentials({ nodeId: nodeIdOf(401), role: "manager", clusterId: "c9" });
    expect((await errorOf(dialWith({ kind: "node", credentials: otherCluster }, "raft"))).type).toMatchObject(
      {
        reason: "wrong-cluster",
      },
    );
    otherCluster.close();
    expect(
      (await errorOf(dialWith({ kind: "node", credentials: manager }, "raft", nodeIdOf(999)))).type,
    ).toMatchObject({ code: "PEER_REFUSED", reason: "wrong-node" });
  });

  test("an unknown ALPN protocol never reaches an acceptor", async () => {
    const count = accepted.length;
    const socket = connect({
      host: "127.0.0.1",
      port: listener.port,
      secureContext: manager.secureContext(),
      ALPNProtocols: ["http/1.1"],
      checkServerIdentity: () => undefined,
    });
    await new Promise<void>((resolve) => {
      socket.on("error", () => resolve());
      socket.on("close", () => resolve());
      socket.resume();
    });
    expect(accepted.length).toBe(count);
  });

  test("a refused peer that keeps sending loses its socket at the linger deadline all the same", async () => {
    const own = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: server });
    own.attach("raft", (connection) => connection.start(ignore));
    // No certificate on the raft channel: refused. The peer keeps its side open and writing,
    // which reset the idle timer the linger used to be.
    // allowHalfOpen (a net.Socket option node:tls passes on, untyped there): our end keeps writing.
    const options: ConnectionOptions & { allowHalfOpen: boolean } = {
      host: "127.0.0.1",
      port: own.port,
      rejectUnauthorized: false,
      ALPNProtocols: [channelProtocols.raft],
      allowHalfOpen: true,
    };
    const socket = connect(options);
    socket.on("data", () => undefined);
    socket.on("error", () => undefined);
    const openSockets = (): number => (own as unknown as { sockets: Set<unknown> }).sockets.size;
    try {
      await once(socket, "secureConnect");
      const startMs = Date.now();
      // The linger is 2 s; a byte every 200 ms for 3 s.
      while (Date.now() - startMs < 3_000) {
        socket.write(Buffer.from([0]));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(openSockets()).toBe(0);
    } finally {
      socket.destroy();
      await own.close();
    }
  });

  test("a dial to a closed port fails with CONNECT_FAILED", async () => {
    const closed = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: server });
    const address = closed.address;
    await closed.close();
    await closed.close();
    const error = await errorOf(
      dial(
        {
          address,
          channel: "raft",
          trust: { kind: "node", credentials: manager },
          limits: connectionLimitsDefault,
        },
        ignore,
        {
          clock,
          counters,
        },
      ),
    );
    expect(error.code).toBe("CONNECT_FAILED");
  });
});
