// Issuing node certificates: the CA trusts only the public key of a CSR and writes the identity
// itself (CN = node id, OU = role, O = cluster id), for client and server use alike, since every
// node both dials and accepts mutual TLS.
import { validateCsr } from "./csr.js";
import type { CsrInput } from "./csr.js";
import type { EntropySource } from "../entropy.js";
import { serialNumberHex } from "./entropy.js";
import { CaError } from "./errors.js";
import type { NodeIdentity } from "./identity.js";
import { caServerName, checkIdentity, organizationalUnits, subjectOf } from "./identity.js";
import type { RootCa } from "./root-ca.js";
import { certBackdateMs, certValidityMsDefault, certValidityMsMin } from "./validity.js";
import { checkValidity, verifyNodeCertificate } from "./verify.js";
import { ecdsaP256, x509 } from "./x509.js";

/** IssuedCertificate is a signed node certificate. */
export interface IssuedCertificate {
  readonly certificate: x509.X509Certificate;
  readonly certificatePem: string;
  readonly identity: NodeIdentity;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
}

/**
 * issueNodeCertificate validates `csr` and signs a certificate for `identity`, valid from an hour
 * before `now` for `validityMs`, but never beyond the root's own expiry.
 */
export async function issueNodeCertificate(
  root: RootCa,
  request: { csr: CsrInput; identity: NodeIdentity; now: Date; validityMs?: number },
  deps: { entropy: EntropySource },
): Promise<IssuedCertificate> {
  const validityMs = request.validityMs ?? certValidityMsDefault;
  if (!Number.isSafeInteger(validityMs) || validityMs < certValidityMsMin) {
    throw new CaError({
      code: "CONFIG_INVALID",
      field: "validityMs",
      reason: `below ${certValidityMsMin} ms`,
    });
  }
  const identity = request.identity;
  checkIdentity(identity);
  checkValidity(root.certificate, request.now);
  const csr = await validateCsr(request.csr);
  const nowMs = request.now.getTime();
  const notBeforeMs = Math.max(nowMs - certBackdateMs, root.notBeforeMs);
  const notAfterMs = Math.min(nowMs + validityMs, root.notAfterMs);
  const names = [organizationalUnits[identity.role], identity.nodeId];
  if (identity.role === "manager") names.push(caServerName);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumberHex(deps.entropy),
    subject: subjectOf(identity),
    issuer: root.certificate.subjectName,
    notBefore: new Date(notBeforeMs),
    notAfter: new Date(notAfterMs),
    signingAlgorithm: ecdsaP256,
    publicKey: csr.publicKey,
    signingKey: root.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([
        x509.ExtendedKeyUsage.serverAuth,
        x509.ExtendedKeyUsage.clientAuth,
      ]),
      new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: "dns" as const, value }))),
      await x509.AuthorityKeyIdentifierExtension.create(root.certificate),
    ],
  });
  return {
    certificate,
    certificatePem: certificate.toString("pem"),
    identity,
    notBeforeMs: certificate.notBefore.getTime(),
    notAfterMs: certificate.notAfter.getTime(),
  };
}

/**
 * renewNodeCertificate re-issues a certificate for the identity in `current`, which must be a
 * valid certificate of this root and cluster: a renewal is authorised by the certificate being
 * renewed (the mTLS peer), never by a join token.
 */
export async function renewNodeCertificate(
  root: RootCa,
  request: { current: string | Uint8Array; csr: CsrInput; clusterId: string; now: Date; validityMs?: number },
  deps: { entropy: EntropySource },
): Promise<IssuedCertificate> {
  const identity = await verifyNodeCertificate(root.certificate, request.current, {
    now: request.now,
    clusterId: request.clusterId,
  });
  const base = { csr: request.csr, identity, now: request.now };
  return issueNodeCertificate(
    root,
    request.validityMs === undefined ? base : { ...base, validityMs: request.validityMs },
    deps,
  );
}
