// Cross-signing during a root rotation, judged by OpenSSL itself over a loopback TLS handshake:
// a certificate issued by the new root and presented with the cross-signed certificate is
// accepted by a node trusting only the old root and by one trusting only the new root; an old
// certificate is accepted while both roots are trusted and refused once only the new one is.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { connect, createServer } from "node:tls";
import { describe, expect, test } from "vitest";
import type { RootCa } from "../../src/ca/index.js";
import {
  chainPem,
  createNodeKey,
  createRootCa,
  crossSignRoot,
  issueNodeCertificate,
  issuerKeyIdOf,
  subjectKeyIdOf,
} from "../../src/ca/index.js";
import { pkcs8Pem } from "../../src/manager/storage.js";
import { seededEntropy } from "./fixtures.js";

const entropy = seededEntropy(11);
// OpenSSL checks validity against the wall clock, so these certificates start now.
const now = new Date();

async function leaf(root: RootCa, nodeId: string): Promise<{ cert: string; key: string }> {
  const key = await createNodeKey();
  const issued = await issueNodeCertificate(
    root,
    { csr: key.csrPem, identity: { nodeId, role: "manager", clusterId: "cluster1" }, now },
    { entropy },
  );
  return { cert: issued.certificatePem, key: await pkcs8Pem(key.keys.privateKey) };
}

/** handshake: does a client trusting `trust` accept a server presenting `presented`? */
async function accepts(presented: { cert: string; key: string }, trust: string[]): Promise<boolean> {
  const server = createServer({ cert: presented.cert, key: presented.key, minVersion: "TLSv1.3" }, (s) =>
    s.end(),
  );
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const socket = connect({
      port: (server.address() as AddressInfo).port,
      host: "127.0.0.1",
      ca: trust,
      servername: "keel-ca",
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    await once(socket, "secureConnect");
    const authorized = socket.authorized;
    socket.destroy();
    return authorized;
  } finally {
    server.close();
  }
}

/** A rotation's material: two roots, the cross-signed certificate, a leaf of each root. */
async function rotationPki(): Promise<{
  old: RootCa;
  next: RootCa;
  cross: string;
  before: { cert: string; key: string };
  during: { cert: string; key: string };
}> {
  const old = await createRootCa({ now }, { entropy });
  const next = await createRootCa({ now }, { entropy });
  const cross = await crossSignRoot(old, next, { entropy });
  return { old, next, cross, before: await leaf(old, "node-old"), during: await leaf(next, "node-new") };
}

describe("cross-signed root rotation", () => {
  test("new certificates chain to either root; old ones only to the old", async () => {
    const { old, next, cross, before, during } = await rotationPki();
    const presented = { cert: chainPem(during.cert, [cross]), key: during.key };

    expect(await accepts(presented, [old.certificatePem])).toBe(true);
    expect(await accepts(presented, [next.certificatePem])).toBe(true);
    expect(await accepts(presented, [old.certificatePem, next.certificatePem])).toBe(true);
    // Without the intermediate a node on the old root cannot place the new key: the reason it exists.
    expect(await accepts(during, [old.certificatePem])).toBe(false);
    expect(await accepts(before, [old.certificatePem, next.certificatePem])).toBe(true);
    expect(await accepts(before, [next.certificatePem])).toBe(false);
  });

  test("the issuer of a certificate (chain or not) is told by key identifier", async () => {
    const { old, next, cross, before, during } = await rotationPki();
    expect(issuerKeyIdOf(chainPem(during.cert, [cross]))).toBe(subjectKeyIdOf(next.certificatePem));
    expect(issuerKeyIdOf(before.cert)).toBe(subjectKeyIdOf(old.certificatePem));
    expect(subjectKeyIdOf(cross)).toBe(subjectKeyIdOf(next.certificatePem));
    expect(issuerKeyIdOf(cross)).toBe(subjectKeyIdOf(old.certificatePem));
    expect(issuerKeyIdOf("not a certificate")).toBe("");
  });
});
