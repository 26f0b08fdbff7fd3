// The cluster's root CA: a self-signed ECDSA P-256 certificate and its key. Managers keep it in
// the replicated Cluster object (as PEM), so it can be exported and loaded again.
import type { EntropySource } from "../entropy.js";
import { serialNumberHex } from "./entropy.js";
import { CaError } from "./errors.js";
import { toHex } from "./text-codec.js";
import { certBackdateMs, rootValidityMsDefault, rootValidityMsMin } from "./validity.js";
import { derOf, ecdsaP256, subtle, x509 } from "./x509.js";

export const rootCommonName = "keel-ca";

/** RootCa is a loaded root CA, ready to sign. */
export interface RootCa {
  readonly certificate: x509.X509Certificate;
  readonly certificatePem: string;
  /** Lowercase hex SHA-256 of the certificate's DER: what join tokens carry. */
  readonly digest: string;
  readonly privateKey: CryptoKey;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
}

/** createRootCa makes a new self-signed root CA valid from an hour before `now` until `now + validityMs`. */
export async function createRootCa(
  options: { now: Date; validityMs?: number },
  deps: { entropy: EntropySource },
): Promise<RootCa> {
  const validityMs = options.validityMs ?? rootValidityMsDefault;
  if (!Number.isSafeInteger(validityMs) || validityMs < rootValidityMsMin) {
    throw new CaError({
      code: "CONFIG_INVALID",
      field: "validityMs",
      reason: `below ${rootValidityMsMin} ms`,
    });
  }
  const keys = await subtle.generateKey(ecdsaP256, true, ["sign", "verify"]);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumberHex(deps.entropy),
    name: new x509.Name([{ CN: [rootCommonName] }]),
    notBefore: new Date(options.now.getTime() - certBackdateMs),
    notAfter: new Date(options.now.getTime() + validityMs),
    signingAlgorithm: ecdsaP256,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return rootCaOf(certificate, keys.privateKey);
}

async function rootCaOf(certificate: x509.X509Certificate, privateKey: CryptoKey): Promise<RootCa> {
  return {
    certificate,
    certificatePem: certificate.toString("pem"),
    digest: await certificateDigest(certificate),
    privateKey,
    notBeforeMs: certificate.notBefore.getTime(),
    notAfterMs: certificate.notAfter.getTime(),
  };
}

/** certificateDigest is the hex SHA-256 of a certificate's DER. */
export async function certificateDigest(certificate: x509.X509Certificate): Promise<string> {
  return toHex(new Uint8Array(await subtle.digest("SHA-256", derOf(certificate))));
}

/** exportRootCaKey returns the root key as PKCS#8 PEM, for the replicated Cluster object. */
export async function exportRootCaKey(root: RootCa): Promise<string> {
  return x509.PemConverter.encode(await subtle.exportKey("pkcs8", root.privateKey), "PRIVATE KEY");
}

/**
 * loadRootCa reads a root CA back from PEM. It refuses anything that is not a self-signed
 * ECDSA P-256 CA certificate with the matching private key: INVALID_ROOT_CA.
 */
export async function loadRootCa(pem: { certificatePem: string; privateKeyPem: string }): Promise<RootCa> {
  const certificate = parseRootCertificate(pem.certificatePem);
  await checkRootCertificate(certificate);
  let privateKey: CryptoKey;
  try {
    const der = x509.PemConverter.decodeFirst(pem.privateKeyPem);
    privateKey = await subtle.importKey("pkcs8", der, ecdsaP256, true, ["sign"]);
  } catch (cause) {
    throw new CaError(
      { code: "INVALID_ROOT_CA", reason: "the private key is not an ECDSA P-256 PKCS#8 key" },
      { cause },
    );
  }
  const [fromKey, fromCertificate] = await Promise.all([
    subtle.exportKey("jwk", privateKey),
    subtle.exportKey("jwk", await certificate.publicKey.export(ecdsaP256, ["verify"])),
  ]);
  if (fromKey.x !== fromCertificate.x || fromKey.y !== fromCertificate.y) {
    throw new CaError({ code: "INVALID_ROOT_CA", reason: "the private key does not match the certificate" });
  }
  return rootCaOf(certificate, privateKey);
}

/** One PEM certificate block and nothing else but white space around it. */
const singleCertificatePem =
  /^\s*-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*$/;

/**
 * parseRootCertificate parses a PEM certificate, or throws INVALID_ROOT_CA. Exactly one: the
 * text is what a node trusts (node:tls `ca`), and a second certificate after the pinned one
 * would be trusted too.
 */
export function parseRootCertificate(certificatePem: string): x509.X509Certificate {
  if (!singleCertificatePem.test(certificatePem)) {
    throw new CaError({ code: "INVALID_ROOT_CA", reason: "not exactly one PEM certificate" });
  }
  try {
    return new x509.X509Certificate(certificatePem);
  } catch (cause) {
    throw new CaError({ code: "INVALID_ROOT_CA", reason: "not a PEM certificate" }, { cause });
  }
}

/** checkRootCertificate refuses a certificate that cannot be a keel root CA. */
export async function checkRootCertificate(certificate: x509.X509Certificate): Promise<void> {
  const algorithm = certificate.publicKey.algorithm as EcKeyAlgorithm;
  if (algorithm.name !== "ECDSA" || algorithm.namedCurve !== "P-256") {
    throw new CaError({ code: "INVALID_ROOT_CA", reason: "the key is not ECDSA P-256" });
  }
  const constraints = certificate.getExtension(x509.BasicConstraintsExtension);
  if (constraints === null || !constraints.ca) {
    throw new CaError({ code: "INVALID_ROOT_CA", reason: "not a CA certificate" });
  }
  if (!(await certificate.isSelfSigned())) {
    throw new CaError({ code: "INVALID_ROOT_CA", reason: "not self-signed" });
  }
}
