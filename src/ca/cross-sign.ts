// Root CA rotation's certificates (SwarmKit's ca/certificates.go CrossSignCACertificate): the
// new root's key certified by the current root. A certificate issued by the new key and
// presented with it chains to either root, so during a rotation a node that still trusts only
// the current root and one that already trusts the new root both accept it. Which root issued a
// certificate is read from its authority key identifier: keel issues every certificate, always
// with one, and each root's key identifier is its own key's.
import type { EntropySource } from "../entropy.js";
import { serialNumberHex } from "./entropy.js";
import type { RootCa } from "./root-ca.js";
import { ecdsaP256, x509 } from "./x509.js";

/**
 * crossSignRoot certifies `next`'s key and subject under `current`, valid while both roots are.
 * The returned PEM is the intermediate issued certificates are presented with.
 */
export async function crossSignRoot(
  current: RootCa,
  next: RootCa,
  deps: { entropy: EntropySource },
): Promise<string> {
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumberHex(deps.entropy),
    subject: next.certificate.subjectName,
    issuer: current.certificate.subjectName,
    notBefore: new Date(Math.max(current.notBeforeMs, next.notBeforeMs)),
    notAfter: new Date(Math.min(current.notAfterMs, next.notAfterMs)),
    signingAlgorithm: ecdsaP256,
    publicKey: next.certificate.publicKey,
    signingKey: current.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(next.certificate.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(current.certificate),
    ],
  });
  return certificate.toString("pem");
}

/** chainPem is a certificate followed by the intermediates it is presented with. */
export function chainPem(certificatePem: string, intermediates: readonly string[]): string {
  return [certificatePem, ...intermediates].map((pem) => `${pem.trim()}\n`).join("");
}

/** splitPemChain is each certificate of a PEM bundle, the presented one first. */
export function splitPemChain(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g) ?? [];
}

/** subjectKeyIdOf is a CA certificate's key identifier (hex), or "" when it has none. */
export function subjectKeyIdOf(certificatePem: string): string {
  const extension = new x509.X509Certificate(certificatePem).getExtension(x509.SubjectKeyIdentifierExtension);
  return extension === null ? "" : extension.keyId.toLowerCase();
}

/**
 * issuerKeyIdOf is the key identifier of the CA that signed the first certificate of `pem`
 * (hex), or "" when it names none or does not parse.
 */
export function issuerKeyIdOf(pem: string | Uint8Array): string {
  const text = typeof pem === "string" ? pem : new TextDecoder().decode(pem);
  const first = splitPemChain(text)[0];
  if (first === undefined) return "";
  try {
    const extension = new x509.X509Certificate(first).getExtension(x509.AuthorityKeyIdentifierExtension);
    return extension?.keyId === undefined ? "" : extension.keyId.toLowerCase();
  } catch {
    return "";
  }
}
