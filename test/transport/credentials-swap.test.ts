// Renewed certificates in place: TlsCredentials.replace and TlsListener.setCredentials. New
// handshakes present the new certificate on both sides; open connections are kept; another
// identity is refused and changes nothing.
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createNodeKey, issueNodeCertificate } from "../../src/ca/index.js";
import type { NodeIdentity } from "../../src/ca/index.js";
import { SystemClock } from "../../src/node/clock.js";
import type { FramedConnection } from "../../src/transport/connection.js";
import { Counters } from "../../src/transport/counters.js";
import { TlsCredentials } from "../../src/transport/credentials.js";
import { dial } from "../../src/transport/dial.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { connectionLimitsDefault, TlsListener } from "../../src/transport/listener.js";
import { seededEntropy } from "../ca/fixtures.js";
import type { Pki } from "./fixtures.js";
import { errorOf, makePki, waitFor } from "./fixtures.js";

const clock = new SystemClock();
const counters = new Counters();
const ignore = { onFrame: (): void => {}, onClose: (): void => {} };
const entropy = seededEntropy(7);
let pki: Pki;
let server: TlsCredentials;
let client: TlsCredentials;
let listener: TlsListener;
const accepted: FramedConnection[] = [];

/** renewed is a fresh key and a certificate for `identity` (a new serial), as a renewal makes. */
async function renewed(identity: NodeIdentity): Promise<{ certificatePem: string; privateKey: CryptoKey }> {
  const key = await createNodeKey();
  const issued = await issueNodeCertificate(
    pki.root,
    { csr: key.csrPem, identity, now: new Date() },
    { entropy },
  );
  return { certificatePem: issued.certificatePem, privateKey: key.keys.privateKey };
}

function serialOf(certificate: { serialNumber?: string }): string {
  return (certificate.serialNumber ?? "").toLowerCase();
}

function dialServer(): Promise<FramedConnection> {
  return dial(
    {
      address: listener.address,
      channel: "client",
      trust: { kind: "node", credentials: client },
      limits: connectionLimitsDefault,
      expectedNodeId: nodeIdOf(101),
    },
    ignore,
    { clock, counters },
  );
}

beforeAll(async () => {
  pki = await makePki({ clusterId: "c1", seed: 11 });
  server = await pki.credentials({ nodeId: nodeIdOf(101), role: "manager" });
  client = await pki.credentials({ nodeId: nodeIdOf(102), role: "worker" });
  listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: server });
  listener.attach("client", (connection) => {
    connection.start(ignore);
    accepted.push(connection);
  });
});

afterAll(async () => {
  await listener.close();
  server.close();
  client.close();
});

describe("swapping credentials", () => {
  test("a renewed server and client certificate are presented on the next handshake", async () => {
    const first = await dialServer();
    await waitFor(() => accepted.length === 1, "first accept");
    const serverSerial = serialOf(first.socket.getPeerCertificate());
    const clientSerial = serialOf(accepted[0]?.socket.getPeerCertificate() ?? {});

    await server.replace(await renewed(server.identity));
    listener.setCredentials(server);
    await client.replace(await renewed(client.identity));

    const second = await dialServer();
    await waitFor(() => accepted.length === 2, "second accept");
    const newServerSerial = serialOf(second.socket.getPeerCertificate());
    const newClientSerial = serialOf(accepted[1]?.socket.getPeerCertificate() ?? {});
    expect(newServerSerial).not.toBe(serverSerial);
    expect(newClientSerial).not.toBe(clientSerial);
    expect(new X509Certificate(server.certificatePem).serialNumber.toLowerCase()).toBe(newServerSerial);
    // The connection made before the swap is still up.
    expect(first.socket.destroyed).toBe(false);
    first.close("done");
    second.close("done");
  });

  test("a certificate for another node or role is refused and nothing changes", async () => {
    const before = server.certificatePem;
    const otherNode = await renewed({ nodeId: nodeIdOf(103), role: "manager", clusterId: "c1" });
    expect((await errorOf(server.replace(otherNode))).code).toBe("CONFIG_INVALID");
    const otherRole = await renewed({ ...server.identity, role: "worker" });
    expect((await errorOf(server.replace(otherRole))).code).toBe("CONFIG_INVALID");
    expect(server.certificatePem).toBe(before);
    const connection = await dialServer();
    connection.close("done");
  });

  test("a certificate of the same identity under another root is refused, and so is a listener's swap to one", async () => {
    const rogue = await makePki({ clusterId: "c1", seed: 12 });
    const before = server.certificatePem;
    const key = await createNodeKey();
    const foreign = await issueNodeCertificate(
      rogue.root,
      { csr: key.csrPem, identity: server.identity, now: new Date() },
      { entropy },
    );
    const replacing = server.replace({
      certificatePem: foreign.certificatePem,
      privateKey: key.keys.privateKey,
    });
    expect((await errorOf(replacing)).code).toBe("CONFIG_INVALID");
    expect(server.certificatePem).toBe(before);
    // Credentials of the rogue CA for this very node: the listener would trust that CA.
    const foreignCredentials = await rogue.credentials({ nodeId: nodeIdOf(101), role: "manager" });
    expect(() => listener.setCredentials(foreignCredentials)).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID" }),
    );
    // Nor credentials of another node of this cluster.
    expect(() => listener.setCredentials(client)).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID" }),
    );
    foreignCredentials.close();
    const connection = await dialServer();
    connection.close("done");
  });

  test("a private key that is not the certificate's is refused when made, and when renewed", async () => {
    const identity = { nodeId: nodeIdOf(105), role: "manager" as const, clusterId: "c1" };
    const issued = await renewed(identity);
    const otherKey = (await createNodeKey()).keys.privateKey;
    const creating = TlsCredentials.create({
      rootCaPem: pki.root.certificatePem,
      certificatePem: issued.certificatePem,
      privateKey: otherKey,
    });
    expect((await errorOf(creating)).code).toBe("CONFIG_INVALID");
    const before = server.certificatePem;
    const mismatched = {
      certificatePem: (await renewed(server.identity)).certificatePem,
      privateKey: otherKey,
    };
    expect((await errorOf(server.replace(mismatched))).code).toBe("CONFIG_INVALID");
    expect(server.certificatePem).toBe(before);
  });

  test("closed credentials are not renewed, and a closed listener takes none", async () => {
    const spare = await pki.credentials({ nodeId: nodeIdOf(104), role: "manager" });
    const spareListener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: spare });
    await spareListener.close();
    expect(() => spareListener.setCredentials(spare)).toThrow(/not open/i);
    spare.close();
    expect((await errorOf(spare.replace(await renewed(spare.identity)))).code).toBe("NOT_OPEN");
  });
});
