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
  #certificatePem: string;
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
    this.#certificatePem = options.certificatePem;
    this.keyPem = options.keyPem;
  }

  /** The certificate presented now (replace() swaps it for a renewed one). */
  get certificatePem(): string {
    return this.#certificatePem;
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
    const identity = parseIdentity(options.certificatePem, options.rootCaPem);
    return new TlsCredentials({
      identity,
      rootCaPem: options.rootCaPem,
      certificatePem: options.certificatePem,
      keyPem: await keyPemOf(options.privateKey),
    });
  }

  /**
   * replace swaps in a renewed certificate and its key, for the same identity (node id, role,
   * cluster) under the same root: CONFIG_INVALID otherwise, and nothing changes. Dials made
   * after it present the new certificate; a listener takes it with TlsListener.setCredentials.
   * Connections already open keep the certificate they were made with.
   */
  async replace(options: { certificatePem: string; privateKey: CryptoKey | string }): Promise<void> {
    const identity = parseIdentity(options.certificatePem, this.rootCaPem);
    if (
      identity.nodeId !== this.identity.nodeId ||
      identity.role !== this.identity.role ||
      identity.clusterId !== this.identity.clusterId
    ) {
      throw new TransportError({
        code: "CONFIG_INVALID",
        field: "certificatePem",
        reason: "a replacement certificate must carry the same node id, role and cluster",
      });
    }
    this.key(); // closed credentials are not renewed
    const keyPem = await keyPemOf(options.privateKey);
    this.keyPem?.fill(0);
    this.keyPem = keyPem;
    this.#certificatePem = options.certificatePem;
    this.context = null;
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

function parseIdentity(certificatePem: string, rootCaPem: string): NodeIdentity {
  try {
    const identity = identityOf(new x509.X509Certificate(certificatePem));
    new x509.X509Certificate(rootCaPem);
    return identity;
  } catch (cause) {
    throw new TransportError(
      { code: "CONFIG_INVALID", field: "certificatePem", reason: "not a keel node certificate and root" },
      { cause },
    );
  }
}

async function keyPemOf(privateKey: CryptoKey | string): Promise<Buffer> {
  return typeof privateKey === "string" ? Buffer.from(privateKey, "utf8") : pkcs8Pem(privateKey);
}

async function pkcs8Pem(key: CryptoKey): Promise<Buffer> {
  const der = new Uint8Array(await globalThis.crypto.subtle.exportKey("pkcs8", key));
  const base64 = Buffer.from(der).toString("base64");
  der.fill(0);
  const lines = base64.match(/.{1,64}/g) ?? [];
  return Buffer.from(`-----BEGIN PRIVATE KEY-----\n${lines.join("\n")}\n-----END PRIVATE KEY-----\n`, "utf8");
}
