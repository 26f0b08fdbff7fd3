// The one place that loads @peculiar/x509. Its dependency injection (tsyringe) needs the
// reflect-metadata polyfill before it loads, so the polyfill is imported first (stack.md,
// gotcha 8), and the library is pointed at the platform's WebCrypto. Every other file in src/ca
// imports x509 from here, never from the package.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };

/** subtle is the WebCrypto the CA signs and hashes with. */
export const subtle: SubtleCrypto = globalThis.crypto.subtle;

/** ecdsaP256 is the only key and signature algorithm keel's CA issues or accepts. */
export const ecdsaP256 = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;

/** derOf returns the DER bytes of a certificate or request. */
export function derOf(item: { rawData: ArrayBuffer }): Uint8Array<ArrayBuffer> {
  return new Uint8Array(item.rawData);
}

const pemStart = "-----BEGIN";

/**
 * pemOrDer turns what a peer sent (PEM text, PEM as UTF-8 bytes, or DER) into what the parsers
 * take: PEM as a string, DER as bytes backed by a plain ArrayBuffer.
 */
export function pemOrDer(input: string | Uint8Array): string | Uint8Array<ArrayBuffer> {
  if (typeof input === "string") return input;
  const head = new TextDecoder().decode(input.subarray(0, pemStart.length));
  return head === pemStart ? new TextDecoder().decode(input) : new Uint8Array(input);
}
