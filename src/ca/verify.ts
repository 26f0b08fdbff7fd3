// Checking certificates: a node certificate against the root (the mTLS peer check, and what the
// CA does before a renewal), and the root CA a joining node downloads against its token.
import { CaError } from "./errors.js";
import type { NodeIdentity, NodeRole } from "./identity.js";
import { identityOf } from "./identity.js";
import { parseJoinToken } from "./join-token.js";
import { certificateDigest, checkRootCertificate, parseRootCertificate } from "./root-ca.js";
import { constantTimeEqual } from "./text-codec.js";
import { pemOrDer, x509 } from "./x509.js";

/** checkValidity throws CERT_EXPIRED or CERT_NOT_YET_VALID if `now` is outside the certificate's window. */
export function checkValidity(certificate: x509.X509Certificate, now: Date): void {
  const nowMs = now.getTime();
  const subject = certificate.subject;
  const notBeforeMs = certificate.notBefore.getTime();
  const notAfterMs = certificate.notAfter.getTime();
  if (nowMs > notAfterMs) throw new CaError({ code: "CERT_EXPIRED", subject, notAfterMs, nowMs });
  if (nowMs < notBeforeMs) throw new CaError({ code: "CERT_NOT_YET_VALID", subject, notBeforeMs, nowMs });
}

/**
 * verifyNodeCertificate checks that `certificatePem` was issued by `root`, is valid at `now`, and
 * names a keel node, optionally of a given cluster and role; it returns that node's identity.
 */
export async function verifyNodeCertificate(
  root: x509.X509Certificate,
  certificatePem: string | Uint8Array,
  options: { now: Date; clusterId?: string; role?: NodeRole },
): Promise<NodeIdentity> {
  let certificate: x509.X509Certificate;
  try {
    certificate = new x509.X509Certificate(pemOrDer(certificatePem));
  } catch (cause) {
    throw new CaError({ code: "CERT_UNTRUSTED", reason: "not a certificate" }, { cause });
  }
  if (certificate.issuer !== root.subject) {
    throw new CaError({ code: "CERT_UNTRUSTED", reason: `issued by ${certificate.issuer}` });
  }
  if (!(await certificate.verify({ publicKey: root.publicKey, signatureOnly: true }))) {
    throw new CaError({ code: "CERT_UNTRUSTED", reason: "the signature does not verify with the root key" });
  }
  checkValidity(certificate, options.now);
  checkValidity(root, options.now);
  const identity = identityOf(certificate);
  if (options.clusterId !== undefined && identity.clusterId !== options.clusterId) {
    throw new CaError({
      code: "CERT_WRONG_CLUSTER",
      expected: options.clusterId,
      actual: identity.clusterId,
    });
  }
  if (options.role !== undefined && identity.role !== options.role) {
    throw new CaError({ code: "CERT_WRONG_ROLE", expected: options.role, actual: identity.role });
  }
  return identity;
}

/**
 * acceptRootCa is what a joining node does with the root CA it downloads over an unauthenticated
 * connection: with a token, the certificate's digest must equal the token's (anti-MITM,
 * ROOT_DIGEST_MISMATCH); without one, it is trusted on first use. Either way it must be a valid,
 * self-signed keel root at `now`.
 */
export async function acceptRootCa(
  certificatePem: string,
  options: { now: Date; token?: string },
): Promise<{ certificate: x509.X509Certificate; digest: string }> {
  const expected = options.token === undefined ? null : parseJoinToken(options.token).rootDigest;
  const certificate = parseRootCertificate(certificatePem);
  const digest = await certificateDigest(certificate);
  if (expected !== null && !constantTimeEqual(digest, expected)) {
    throw new CaError({ code: "ROOT_DIGEST_MISMATCH", expected, actual: digest });
  }
  await checkRootCertificate(certificate);
  checkValidity(certificate, options.now);
  return { certificate, digest };
}
