// A node's TLS material: its certificate and private key, and the root CAs it trusts. The key is
// held as PEM bytes only until close(), which wipes them; OpenSSL keeps its own copy inside the
// secure contexts made from it. Trust is the root it opened with until a root rotation changes it
// (setTrust): both roots while one is in progress, the new root alone once it is done.
import { createSecureContext } from "node:tls";
import type { SecureContext } from "node:tls";
import type { NodeIdentity } from "../ca/index.js";
import { identityOf, splitPemChain, x509 } from "../ca/index.js";
import { TransportError } from "./errors.js";

/** tlsMinVersion: TLS 1.3 only; keel speaks to keel. */
export const tlsMinVersion = "TLSv1.3";

/** TlsCredentials are what a node presents and trusts. Close them when done: the key is wiped. */
export class TlsCredentials {
  /** Who the certificate says this node is. */
  readonly identity: NodeIdentity;
  /** The root this node opened with: a listener keeps serving under it (TlsListener.setCredentials). */
  readonly rootCaPem: string;
  #trustPems: readonly string[];
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
    this.#trustPems = [options.rootCaPem];
    this.#certificatePem = options.certificatePem;
    this.keyPem = options.keyPem;
  }

  /** The roots trusted now, the one opened with first until a rotation replaces it. */
  get trustPems(): readonly string[] {
    return this.#trustPems;
  }

  /**
   * setTrust makes new handshakes (both ways) trust `rootsPem`: each must parse, and the
   * certificate presented now must chain to one of them (CONFIG_INVALID otherwise, and nothing
   * changes), or the node would shut itself out. Connections already open are kept.
   */
  async setTrust(rootsPem: readonly string[]): Promise<void> {
    const key = this.key();
    if (rootsPem.length === 0) {
      throw new TransportError({ code: "CONFIG_INVALID", field: "trust", reason: "no root to trust" });
    }
    await checkIssuedBy(this.#certificatePem, rootsPem);
    const context = contextOf(key, this.#certificatePem, rootsPem);
    this.#trustPems = [...rootsPem];
    this.context = context;
  }

  /** The certificate presented now (replace() swaps it for a renewed one). */
  get certificatePem(): string {
    return this.#certificatePem;
  }

  /**
   * create builds credentials from a certificate, its private key (a WebCrypto key as made by
   * createNodeKey, or PKCS#8 PEM) and the root CA. The certificate must parse and carry a keel
   * identity, and the key must be its key; whether it chains to the root is checked by every
   * peer it meets.
   */
  static async create(options: {
    rootCaPem: string;
    certificatePem: string;
    privateKey: CryptoKey | string;
  }): Promise<TlsCredentials> {
    const identity = parseIdentity(options.certificatePem, options.rootCaPem);
    const { keyPem, context } = await keyAndContext(options.privateKey, options.certificatePem, [
      options.rootCaPem,
    ]);
    const credentials = new TlsCredentials({
      identity,
      rootCaPem: options.rootCaPem,
      certificatePem: options.certificatePem,
      keyPem,
    });
    credentials.context = context;
    return credentials;
  }

  /**
   * replace swaps in a renewed certificate and its key, for the same identity (node id, role,
   * cluster), chaining to a trusted root: CONFIG_INVALID otherwise, and nothing changes. Dials made
   * after it present the new certificate; a listener takes it with TlsListener.setCredentials.
   * Connections already open keep the certificate they were made with.
   */
  async replace(options: { certificatePem: string; privateKey: CryptoKey | string }): Promise<void> {
    const { keyPem, context } = await this.#checkReplacement(options);
    this.keyPem?.fill(0);
    this.keyPem = keyPem;
    this.#certificatePem = options.certificatePem;
    this.context = context;
  }

  /**
   * checkReplacement is replace's check alone: CONFIG_INVALID (or NOT_OPEN) for what replace
   * would refuse, nothing changed. A renewal checks before it writes anything to disk.
   */
  async checkReplacement(options: { certificatePem: string; privateKey: CryptoKey | string }): Promise<void> {
    (await this.#checkReplacement(options)).keyPem.fill(0);
  }

  async #checkReplacement(options: {
    certificatePem: string;
    privateKey: CryptoKey | string;
  }): Promise<{ keyPem: Buffer; context: SecureContext }> {
    this.key(); // closed credentials are not renewed
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
    await checkIssuedBy(options.certificatePem, this.#trustPems);
    return keyAndContext(options.privateKey, options.certificatePem, this.#trustPems);
  }

  /** serverOptions are the key, certificate and trust for a TLS server. */
  serverOptions(): { key: Buffer; cert: string; ca: string[] } {
    return { key: this.key(), cert: this.certificatePem, ca: [...this.#trustPems] };
  }

  /** secureContext is the (cached) client-side context: our certificate and key, trusting the root. */
  secureContext(): SecureContext {
    const key = this.key(); // closed credentials make no new connections
    this.context ??= contextOf(key, this.certificatePem, this.#trustPems);
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

/** keyAndContext reads a private key and makes its context, wiping the key if it is refused. */
async function keyAndContext(
  privateKey: CryptoKey | string,
  certificatePem: string,
  trustPems: readonly string[],
): Promise<{ keyPem: Buffer; context: SecureContext }> {
  const keyPem = await keyPemOf(privateKey);
  try {
    return { keyPem, context: contextOf(keyPem, certificatePem, trustPems) };
  } catch (error) {
    keyPem.fill(0);
    throw error;
  }
}

/** contextOf makes the secure context; a key that is not the certificate's is CONFIG_INVALID (OpenSSL checks). */
function contextOf(keyPem: Buffer, certificatePem: string, trustPems: readonly string[]): SecureContext {
  try {
    return createSecureContext({
      key: keyPem,
      cert: certificatePem,
      ca: [...trustPems],
      minVersion: tlsMinVersion,
    });
  } catch (cause) {
    throw new TransportError(
      {
        code: "CONFIG_INVALID",
        field: "privateKey",
        reason: "the key is not the certificate's, or not a key",
      },
      { cause },
    );
  }
}

/**
 * checkIssuedBy refuses a certificate that does not chain to one of `rootsPem`: signed by a
 * root, or by an intermediate it is presented with (a root rotation's cross-signed
 * certificate) that a root signed. CONFIG_INVALID.
 */
async function checkIssuedBy(certificatePem: string, rootsPem: readonly string[]): Promise<void> {
  const [leaf, ...intermediates] = parsedChain(certificatePem, "certificatePem");
  // A root file written during a rotation holds both roots in one PEM.
  const roots = rootsPem.flatMap((pem) => parsedChain(pem, "trust"));
  const issuers = [...roots];
  for (const intermediate of intermediates) {
    for (const root of roots) {
      if (await signs(root, intermediate)) issuers.push(intermediate);
    }
  }
  for (const issuer of issuers) {
    if (leaf !== undefined && (await signs(issuer, leaf))) return;
  }
  throw new TransportError({
    code: "CONFIG_INVALID",
    field: "certificatePem",
    reason: "the certificate is not issued by a trusted root",
  });
}

/** parsedChain is each certificate of a PEM bundle; CONFIG_INVALID when one does not parse. */
function parsedChain(pem: string, field: string): x509.X509Certificate[] {
  try {
    return splitPemChain(pem).map((one) => new x509.X509Certificate(one));
  } catch (cause) {
    throw new TransportError({ code: "CONFIG_INVALID", field, reason: "not PEM certificates" }, { cause });
  }
}

async function signs(issuer: x509.X509Certificate, certificate: x509.X509Certificate): Promise<boolean> {
  return (
    certificate.issuer === issuer.subject &&
    (await certificate.verify({ publicKey: issuer.publicKey, signatureOnly: true }).catch(() => false))
  );
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
