import { beforeAll, describe, expect, test } from "vitest";
import type { NodeKey, RootCa } from "../../src/ca/index.js";
import {
  caServerName,
  certBackdateMs,
  certValidityMsDefault,
  createNodeKey,
  createRootCa,
  issueNodeCertificate,
  renewNodeCertificate,
  verifyNodeCertificate,
  x509,
} from "../../src/ca/index.js";
import { after, caCodeOf, caErrorOf, dayMs, seededEntropy, t0 } from "./fixtures.js";

const entropy = seededEntropy(7);
const manager = { nodeId: "n0d3m4n4g3r", role: "manager", clusterId: "c1u5t3r" } as const;
const worker = { nodeId: "w0rk3r", role: "worker", clusterId: "c1u5t3r" } as const;

let root: RootCa;
let otherRoot: RootCa;
let nodeKey: NodeKey;

beforeAll(async () => {
  [root, otherRoot, nodeKey] = await Promise.all([
    createRootCa({ now: t0 }, { entropy }),
    createRootCa({ now: t0 }, { entropy }),
    createNodeKey(),
  ]);
});

describe("issuing node certificates", () => {
  test("the CA writes the identity, whatever subject the CSR asked for, and the chain verifies", async () => {
    // createNodeKey asks for CN=keel-node; the CA ignores it.
    const issued = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: manager, now: t0 },
      { entropy },
    );
    expect(issued.certificate.subject).toBe("CN=n0d3m4n4g3r, OU=keel-manager, O=c1u5t3r");
    expect(issued.certificate.issuer).toBe(root.certificate.subject);
    expect(
      await issued.certificate.verify({ publicKey: root.certificate.publicKey, signatureOnly: true }),
    ).toBe(true);
    expect(
      await verifyNodeCertificate(root.certificate, issued.certificatePem, { now: after(dayMs) }),
    ).toEqual(manager);
    // The certificate certifies the node's own key, not one the CA made up.
    const spki = async (key: CryptoKey): Promise<string> =>
      Buffer.from(await crypto.subtle.exportKey("spki", key)).toString("hex");
    expect(await spki(await issued.certificate.publicKey.export())).toBe(await spki(nodeKey.keys.publicKey));
  });

  test("certificates are for client and server auth, with role names as SANs", async () => {
    const issued = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: manager, now: t0 },
      { entropy },
    );
    const eku = issued.certificate.getExtension(x509.ExtendedKeyUsageExtension);
    expect(eku?.usages).toEqual([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]);
    const basic = issued.certificate.getExtension(x509.BasicConstraintsExtension);
    expect(basic?.ca).toBe(false);
    const san = issued.certificate.getExtension(x509.SubjectAlternativeNameExtension);
    expect(san?.names.items.map((n) => n.value)).toEqual(["keel-manager", manager.nodeId, caServerName]);
    const workerCert = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: worker, now: t0 },
      { entropy },
    );
    const workerSan = workerCert.certificate.getExtension(x509.SubjectAlternativeNameExtension);
    expect(workerSan?.names.items.map((n) => n.value)).toEqual(["keel-worker", worker.nodeId]);
  });

  test("validity: backdated an hour, 90 days by default, never beyond the root", async () => {
    const issued = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: worker, now: t0 },
      { entropy },
    );
    expect(root.notBeforeMs).toBe(t0.getTime() - certBackdateMs);
    expect(issued.notBeforeMs).toBe(t0.getTime() - certBackdateMs);
    expect(issued.notAfterMs).toBe(t0.getTime() + certValidityMsDefault);
    const late = after(root.notAfterMs - t0.getTime() - dayMs);
    const clamped = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: worker, now: late },
      { entropy },
    );
    expect(clamped.notAfterMs).toBe(root.notAfterMs);
    expect(
      await caCodeOf(() =>
        issueNodeCertificate(
          root,
          { csr: nodeKey.csrPem, identity: worker, now: t0, validityMs: 1000 },
          { entropy },
        ),
      ),
    ).toBe("CONFIG_INVALID");
  });

  test("identities that are not plain identifiers are refused before they reach a DN", async () => {
    const bad = [
      { ...worker, nodeId: "a,OU=keel-manager" },
      { ...worker, nodeId: "" },
      { ...worker, clusterId: "c=1" },
    ];
    for (const identity of bad) {
      expect(
        await caCodeOf(() =>
          issueNodeCertificate(root, { csr: nodeKey.csrPem, identity, now: t0 }, { entropy }),
        ),
      ).toBe("INVALID_IDENTITY");
    }
  });

  test("an expired root issues nothing", async () => {
    const error = await caErrorOf(() =>
      issueNodeCertificate(
        root,
        { csr: nodeKey.csrPem, identity: worker, now: after(1, new Date(root.notAfterMs)) },
        { entropy },
      ),
    );
    expect(error.code).toBe("CERT_EXPIRED");
  });
});

describe("verifying node certificates", () => {
  let issuedPem: string;
  beforeAll(async () => {
    issuedPem = (
      await issueNodeCertificate(root, { csr: nodeKey.csrPem, identity: worker, now: t0 }, { entropy })
    ).certificatePem;
  });

  test("expired and not-yet-valid certificates are refused with their window", async () => {
    const expired = await caErrorOf(() =>
      verifyNodeCertificate(root.certificate, issuedPem, { now: after(certValidityMsDefault + 1) }),
    );
    expect(expired.type).toMatchObject({
      code: "CERT_EXPIRED",
      notAfterMs: t0.getTime() + certValidityMsDefault,
    });
    const later = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: worker, now: after(10 * dayMs) },
      { entropy },
    );
    const early = await caErrorOf(() =>
      verifyNodeCertificate(root.certificate, later.certificatePem, {
        now: after(10 * dayMs - 2 * certBackdateMs),
      }),
    );
    expect(early.type).toMatchObject({ code: "CERT_NOT_YET_VALID", subject: later.certificate.subject });
  });

  test("a certificate of another root, cluster or role is refused", async () => {
    expect(await caCodeOf(() => verifyNodeCertificate(otherRoot.certificate, issuedPem, { now: t0 }))).toBe(
      "CERT_UNTRUSTED",
    );
    expect(
      (
        await caErrorOf(() =>
          verifyNodeCertificate(root.certificate, issuedPem, { now: t0, clusterId: "other" }),
        )
      ).type,
    ).toEqual({
      code: "CERT_WRONG_CLUSTER",
      expected: "other",
      actual: "c1u5t3r",
    });
    expect(
      await caCodeOf(() => verifyNodeCertificate(root.certificate, issuedPem, { now: t0, role: "manager" })),
    ).toBe("CERT_WRONG_ROLE");
    expect(
      await caCodeOf(() => verifyNodeCertificate(root.certificate, "not a certificate", { now: t0 })),
    ).toBe("CERT_UNTRUSTED");
  });

  test("a certificate signed by another key under the same CA name is refused", async () => {
    // Same subject as our root, different key: the issuer names match but the signature does not.
    const forged = await issueNodeCertificate(
      otherRoot,
      { csr: nodeKey.csrPem, identity: worker, now: t0 },
      { entropy },
    );
    expect(forged.certificate.issuer).toBe(root.certificate.subject);
    const error = await caErrorOf(() =>
      verifyNodeCertificate(root.certificate, forged.certificatePem, { now: t0 }),
    );
    expect(error.type).toEqual({
      code: "CERT_UNTRUSTED",
      reason: "the signature does not verify with the root key",
    });
  });

  test("a certificate without a keel identity is refused", async () => {
    const keys = nodeKey.keys;
    const stranger = await x509.X509CertificateGenerator.create({
      subject: "CN=someone, OU=admins, O=c1u5t3r",
      issuer: root.certificate.subjectName,
      notBefore: t0,
      notAfter: after(dayMs),
      publicKey: keys.publicKey,
      signingKey: root.privateKey,
      signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    });
    expect(
      await caCodeOf(() => verifyNodeCertificate(root.certificate, stranger.toString("pem"), { now: t0 })),
    ).toBe("CERT_BAD_IDENTITY");
  });
});

describe("renewal (SwarmKit scenarios 50–51)", () => {
  test("renews the same identity without a token, from a valid certificate of this cluster", async () => {
    const first = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: worker, now: t0 },
      { entropy },
    );
    const fresh = await createNodeKey();
    const later = after(60 * dayMs);
    const renewed = await renewNodeCertificate(
      root,
      { current: first.certificatePem, csr: fresh.csrPem, clusterId: worker.clusterId, now: later },
      { entropy },
    );
    expect(renewed.identity).toEqual(worker);
    expect(renewed.notAfterMs).toBe(later.getTime() + certValidityMsDefault);
  });

  test("a certificate of another cluster, an expired one, or a bad CSR renews nothing", async () => {
    const first = await issueNodeCertificate(
      root,
      { csr: nodeKey.csrPem, identity: worker, now: t0 },
      { entropy },
    );
    const renew = (overrides: Partial<Parameters<typeof renewNodeCertificate>[1]>): Promise<unknown> =>
      renewNodeCertificate(
        root,
        {
          current: first.certificatePem,
          csr: nodeKey.csrPem,
          clusterId: worker.clusterId,
          now: after(dayMs),
          ...overrides,
        },
        { entropy },
      );
    expect(await caCodeOf(() => renew({ clusterId: "another" }))).toBe("CERT_WRONG_CLUSTER");
    expect(await caCodeOf(() => renew({ now: after(certValidityMsDefault + 1) }))).toBe("CERT_EXPIRED");
    expect(await caCodeOf(() => renew({ csr: "garbage" }))).toBe("INVALID_CSR");
    expect(await caCodeOf(() => renew({}))).toBe("no error");
  });
});
