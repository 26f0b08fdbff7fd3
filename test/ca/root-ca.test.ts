import { beforeAll, describe, expect, test } from "vitest";
import type { RootCa } from "../../src/ca/index.js";
import {
  acceptRootCa,
  certificateDigest,
  createJoinToken,
  createNodeKey,
  createRootCa,
  exportRootCaKey,
  issueNodeCertificate,
  loadRootCa,
  rootValidityMsDefault,
  x509,
} from "../../src/ca/index.js";
import { after, caCodeOf, caErrorOf, dayMs, seededEntropy, t0 } from "./fixtures.js";

const entropy = seededEntropy(11);
let root: RootCa;
let other: RootCa;

beforeAll(async () => {
  [root, other] = await Promise.all([
    createRootCa({ now: t0 }, { entropy }),
    createRootCa({ now: t0, validityMs: 365 * dayMs }, { entropy }),
  ]);
});

describe("root CA", () => {
  test("is a self-signed ECDSA P-256 CA certificate, 20 years by default", async () => {
    const certificate = root.certificate;
    expect(certificate.subject).toBe("CN=keel-ca");
    expect(await certificate.isSelfSigned()).toBe(true);
    expect(certificate.publicKey.algorithm).toMatchObject({ name: "ECDSA", namedCurve: "P-256" });
    expect(certificate.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(true);
    expect(root.notAfterMs).toBe(t0.getTime() + rootValidityMsDefault);
    expect(root.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(root.digest).toBe(await certificateDigest(certificate));
    expect(root.digest).not.toBe(other.digest);
  });

  test("a too-short validity is refused", async () => {
    expect(await caCodeOf(() => createRootCa({ now: t0, validityMs: dayMs }, { entropy }))).toBe(
      "CONFIG_INVALID",
    );
  });

  test("round-trips through PEM and still signs certificates that chain to it", async () => {
    const loaded = await loadRootCa({
      certificatePem: root.certificatePem,
      privateKeyPem: await exportRootCaKey(root),
    });
    expect(loaded.digest).toBe(root.digest);
    const nodeKey = await createNodeKey();
    const issued = await issueNodeCertificate(
      loaded,
      { csr: nodeKey.csrPem, identity: { nodeId: "n1", role: "worker", clusterId: "c1" }, now: t0 },
      { entropy },
    );
    expect(
      await issued.certificate.verify({ publicKey: root.certificate.publicKey, signatureOnly: true }),
    ).toBe(true);
  });

  test("loading refuses a key of another root, a non-PEM key, and a leaf certificate", async () => {
    const otherKey = await exportRootCaKey(other);
    const wrongKey = await caErrorOf(() =>
      loadRootCa({ certificatePem: root.certificatePem, privateKeyPem: otherKey }),
    );
    expect(wrongKey.type).toEqual({
      code: "INVALID_ROOT_CA",
      reason: "the private key does not match the certificate",
    });
    expect(
      await caCodeOf(() => loadRootCa({ certificatePem: root.certificatePem, privateKeyPem: "nope" })),
    ).toBe("INVALID_ROOT_CA");
    expect(await caCodeOf(() => loadRootCa({ certificatePem: "nope", privateKeyPem: otherKey }))).toBe(
      "INVALID_ROOT_CA",
    );
    const nodeKey = await createNodeKey();
    const leaf = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: { nodeId: "n1", role: "worker", clusterId: "c1" }, now: t0 },
      { entropy },
    );
    const leafError = await caErrorOf(() =>
      loadRootCa({ certificatePem: leaf.certificatePem, privateKeyPem: otherKey }),
    );
    expect(leafError.type).toEqual({ code: "INVALID_ROOT_CA", reason: "not a CA certificate" });
  });
});

describe("a joining node checks the root CA it downloads (SwarmKit scenarios 48–49)", () => {
  test("with the token's digest it accepts the real root, and without a token the same root", async () => {
    const token = createJoinToken({ role: "worker", rootDigest: root.digest }, entropy);
    const withToken = await acceptRootCa(root.certificatePem, { now: t0, token });
    const withoutToken = await acceptRootCa(root.certificatePem, { now: t0 });
    expect(withToken.digest).toBe(root.digest);
    expect(withoutToken.certificate.toString("pem")).toBe(withToken.certificate.toString("pem"));
  });

  test("a root that does not match the token's digest is refused (man in the middle)", async () => {
    const token = createJoinToken({ role: "manager", rootDigest: root.digest }, entropy);
    const error = await caErrorOf(() => acceptRootCa(other.certificatePem, { now: t0, token }));
    expect(error.type).toEqual({ code: "ROOT_DIGEST_MISMATCH", expected: root.digest, actual: other.digest });
  });

  test("the real root with a rogue CA appended is refused: whoever trusted that text would trust both", async () => {
    const token = createJoinToken({ role: "manager", rootDigest: root.digest }, entropy);
    for (const pem of [root.certificatePem + other.certificatePem, `${root.certificatePem}\ntrailing`]) {
      expect(await caCodeOf(() => acceptRootCa(pem, { now: t0, token }))).toBe("INVALID_ROOT_CA");
    }
    expect((await acceptRootCa(`\n${root.certificatePem}\n`, { now: t0, token })).digest).toBe(root.digest);
  });

  test("a bad token is refused before the root is looked at; an expired root is refused", async () => {
    expect(await caCodeOf(() => acceptRootCa(root.certificatePem, { now: t0, token: "SWMTKN-1-a-b" }))).toBe(
      "BAD_TOKEN",
    );
    expect(await caCodeOf(() => acceptRootCa(other.certificatePem, { now: after(366 * dayMs) }))).toBe(
      "CERT_EXPIRED",
    );
    expect(await caCodeOf(() => acceptRootCa("not pem", { now: t0 }))).toBe("INVALID_ROOT_CA");
  });
});
