// A node's TLS material: its certificate and private key, and the root CA it trusts. The key is
// held as PEM bytes only until close(), which wipes them; OpenSSL keeps its own copy inside the
// secure contexts made from it.
import { createSecureContext } from "node:tls";
import type { SecureContext } from "node:tls";
import type { NodeIdentity } from "../ca/index.js";
import { identityOf, x509 } from "../ca/index.js";
import { TransportError } from "./errors.js";

/** tlsMinVersion: TLS 1.3 only; keel speaks to keel. */
export const tlsMinVersion = "TLSv1.3";

/** TlsCredentials are what a node presents and trusts. Close them when done: the key is wiped. */
export class TlsCredentials {
  /** Who the certificate says this node is. */
  readonly identity: NodeIdentity;
  readonly rootCaPem: string;
  readonly certificatePem: string;
  private keyPem: Buffer | null;
  private context: SecureContext | null = null;

  private constructor(options: {
    identity: NodeIdentity;
    rootCaPem: string;
    certificatePem: string;
    keyPem: Buffer;
  }) {
    this.identity = options.identity;
    this.rootCaPem = options.rootCaPem;
    this.certificatePem = options.certificatePem;
    this.keyPem = options.keyPem;
  }

  /**
   * create builds credentials from a certificate, its private key (a WebCrypto key as made by
   * createNodeKey, or PKCS#8 PEM) and the root CA. The certificate must parse and carry a keel
   * identity; whether it chains to the root is checked by every peer it meets.
   */
  static async create(options: {
    rootCaPem: string;
    certificatePem: string;
    privateKey: CryptoKey | string;
  }): Promise<TlsCredentials> {
    let identity: NodeIdentity;
    try {
      identity = identityOf(new x509.X509Certificate(options.certificatePem));
      new x509.X509Certificate(options.rootCaPem);
    } catch (cause) {
      throw new TransportError(
        { code: "CONFIG_INVALID", field: "certificatePem", reason: "not a keel node certificate and root" },
        { cause },
      );
    }
    const keyPem =
      typeof options.privateKey === "string"
        ? Buffer.from(options.privateKey, "utf8")
        : await pkcs8Pem(options.privateKey);
    return new TlsCredentials({
      identity,
      rootCaPem: options.rootCaPem,
      certificatePem: options.certificatePem,
      keyPem,
    });
  }

  /** serverOptions are the key, certificate and trust for a TLS server. */
  serverOptions(): { key: Buffer; cert: string; ca: string[] } {
    return { key: this.key(), cert: this.certificatePem, ca: [this.rootCaPem] };
  }

  /** secureContext is the (cached) client-side context: our certificate and key, trusting the root. */
  secureContext(): SecureContext {
    this.context ??= createSecureContext({ ...this.serverOptions(), minVersion: tlsMinVersion });
    return this.context;
  }

  get isOpen(): boolean {
    return this.keyPem !== null;
  }

  /** close wipes the private key; idempotent. Contexts already made keep working. */
  close(): void {
    this.keyPem?.fill(0);
    this.keyPem = null;
  }

  private key(): Buffer {
    if (this.keyPem === null) throw new TransportError({ code: "NOT_OPEN", what: "TLS credentials" });
    return this.keyPem;
  }
}

async function pkcs8Pem(key: CryptoKey): Promise<Buffer> {
  const der = new Uint8Array(await globalThis.crypto.subtle.exportKey("pkcs8", key));
  const base64 = Buffer.from(der).toString("base64");
  der.fill(0);
  const lines = base64.match(/.{1,64}/g) ?? [];
  return Buffer.from(`-----BEGIN PRIVATE KEY-----\n${lines.join("\n")}\n-----END PRIVATE KEY-----\n`, "utf8");
}
