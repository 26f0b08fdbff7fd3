import { beforeAll, describe, expect, test } from "vitest";
import type { CsrDefect, NodeKey } from "../../src/ca/index.js";
import { createNodeKey, csrBytesMax, validateCsr, x509 } from "../../src/ca/index.js";
import { caErrorOf } from "./fixtures.js";

let nodeKey: NodeKey;
beforeAll(async () => {
  nodeKey = await createNodeKey();
});

async function defectOf(input: string | Uint8Array): Promise<CsrDefect | undefined> {
  const error = await caErrorOf(() => validateCsr(input));
  return error.type.code === "INVALID_CSR" ? error.type.defect : undefined;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function derOf(pem: string): Uint8Array {
  return new Uint8Array(x509.PemConverter.decodeFirst(pem));
}

/** ecdsa-with-SHA256 (1.2.840.10045.4.3.2) as DER, and two OIDs of the same length in its place. */
const ecdsaSha256Oid = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];

/** withSignatureOid is the node's DER CSR naming another signature algorithm (its last byte replaced). */
function withSignatureOid(lastByte: number): Uint8Array {
  const der = Uint8Array.from(derOf(nodeKey.csrPem));
  // The signature algorithm follows the signed part: the OID's last occurrence.
  const at = Buffer.from(der).lastIndexOf(Buffer.from(ecdsaSha256Oid));
  expect(at).toBeGreaterThan(0);
  der[at + ecdsaSha256Oid.length - 1] = lastByte;
  return der;
}

describe("validateCsr", () => {
  test("accepts a node's CSR as PEM text, PEM bytes or DER", async () => {
    const pem = nodeKey.csrPem;
    for (const input of [pem, new TextEncoder().encode(pem), derOf(pem)]) {
      const csr = await validateCsr(input);
      expect(csr.subject).toBe("CN=keel-node");
    }
  });

  test("refuses a tampered CSR: any flipped bit in the signed part breaks the signature", async () => {
    const der = derOf(nodeKey.csrPem);
    // The last byte belongs to the signature value.
    const badSignature = der.slice();
    badSignature[der.length - 1] = (badSignature[der.length - 1] as number) ^ 0x01;
    expect(await defectOf(badSignature)).toBe("bad-signature");
    // A different public key (one bit of the point's Y coordinate) no longer matches the signature.
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", nodeKey.keys.publicKey));
    const keyAt = indexOf(der, raw);
    expect(keyAt).toBeGreaterThan(0);
    const badKey = der.slice();
    badKey[keyAt + 64] = (badKey[keyAt + 64] as number) ^ 0x01;
    expect(await defectOf(badKey)).toBe("bad-signature");
    // Changing the subject (requested identity) also breaks the signature.
    const text = new TextDecoder("latin1").decode(der);
    const at = text.indexOf("keel-node");
    expect(at).toBeGreaterThan(0);
    const renamed = der.slice();
    renamed.set(new TextEncoder().encode("keel-evil"), at);
    expect(await defectOf(renamed)).toBe("bad-signature");
  });

  test("refuses keys other than ECDSA P-256", async () => {
    const rsa = (await crypto.subtle.generateKey(
      {
        name: "RSASSA-PKCS1-v1_5",
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      true,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    const rsaCsr = await x509.Pkcs10CertificateRequestGenerator.create({
      name: "CN=x",
      keys: rsa,
      signingAlgorithm: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    });
    expect(await defectOf(rsaCsr.toString("pem"))).toBe("wrong-key-type");
    const p384 = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, true, [
      "sign",
      "verify",
    ]);
    const p384Csr = await x509.Pkcs10CertificateRequestGenerator.create({
      name: "CN=x",
      keys: p384,
      signingAlgorithm: { name: "ECDSA", hash: "SHA-384" },
    });
    expect(await defectOf(p384Csr.toString("pem"))).toBe("wrong-key-type");
  });

  test("refuses a P-256 key signed with another hash", async () => {
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({
      name: "CN=x",
      keys: nodeKey.keys,
      signingAlgorithm: { name: "ECDSA", hash: "SHA-384" },
    });
    expect(await defectOf(csr.toString("pem"))).toBe("wrong-signature-algorithm");
  });

  test("refuses a P-256 key whose CSR names an unknown or another signature algorithm", async () => {
    // 1.2.840.10045.4.3.9 (unassigned) and 1.2.840.10045.4.3.1 (ecdsa-with-SHA224)
    for (const lastByte of [0x09, 0x01]) {
      expect(await defectOf(withSignatureOid(lastByte)), `OID ending ${lastByte}`).toBe(
        "wrong-signature-algorithm",
      );
    }
  });

  test("refuses garbage and oversized input before parsing much", async () => {
    expect(await defectOf("")).toBe("unparseable");
    expect(
      await defectOf("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----"),
    ).toBe("unparseable");
    expect(await defectOf(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toBe("unparseable");
    expect(await defectOf("A".repeat(csrBytesMax + 1))).toBe("too-large");
  });
});
