// Certificate signing requests: a node makes one for a fresh key; the CA checks only the key type
// and the signature (proof that the requester holds the key) and ignores the subject it asks for.
import { CaError } from "./errors.js";
import type { CsrDefect } from "./errors.js";
import { ecdsaP256, pemOrDer, subtle, x509 } from "./x509.js";

/** csrBytesMax bounds what is parsed: a P-256 CSR is under 600 bytes of PEM. */
export const csrBytesMax = 16 * 1024;

/** A CSR as the node sends it: PEM text, PEM as UTF-8 bytes, or DER. */
export type CsrInput = string | Uint8Array;

/** NodeKey is a node's fresh TLS key and the PEM CSR for it. */
export interface NodeKey {
  readonly keys: CryptoKeyPair;
  readonly csrPem: string;
}

/** createNodeKey makes a node's key pair and a CSR for it. The subject is a placeholder. */
export async function createNodeKey(): Promise<NodeKey> {
  const keys = await subtle.generateKey(ecdsaP256, true, ["sign", "verify"]);
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: "CN=keel-node",
    keys,
    signingAlgorithm: ecdsaP256,
  });
  return { keys, csrPem: csr.toString("pem") };
}

/** validateCsr parses a CSR and checks its key and signature; INVALID_CSR names the defect. */
export async function validateCsr(input: CsrInput): Promise<x509.Pkcs10CertificateRequest> {
  const bad = (defect: CsrDefect, detail: string, cause?: unknown): CaError =>
    new CaError({ code: "INVALID_CSR", defect, detail }, { cause });
  if (input.length > csrBytesMax) throw bad("too-large", `${input.length} bytes, at most ${csrBytesMax}`);
  let csr: x509.Pkcs10CertificateRequest;
  try {
    csr = new x509.Pkcs10CertificateRequest(pemOrDer(input));
  } catch (cause) {
    throw bad("unparseable", "not a PKCS#10 request", cause);
  }
  const key = csr.publicKey.algorithm as EcKeyAlgorithm;
  if (key.name !== "ECDSA" || key.namedCurve !== "P-256") {
    throw bad("wrong-key-type", `${key.name} ${key.namedCurve ?? ""}`.trim() + ", expected ECDSA P-256");
  }
  // Typed as ECDSA's, but whatever the CSR names: an EdDSA or unknown algorithm has no hash.
  const signature = csr.signatureAlgorithm as Partial<EcdsaParams> & { name: string };
  const hash = typeof signature.hash === "string" ? signature.hash : signature.hash?.name;
  if (signature.name !== "ECDSA" || hash !== "SHA-256") {
    throw bad(
      "wrong-signature-algorithm",
      `${signature.name} with ${hash ?? "no hash"}, expected ECDSA with SHA-256`,
    );
  }
  let verified: boolean;
  try {
    verified = await csr.verify();
  } catch (cause) {
    throw bad("bad-signature", "the signature cannot be checked", cause);
  }
  if (!verified) throw bad("bad-signature", "the signature does not match the request");
  return csr;
}
