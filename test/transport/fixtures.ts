// Shared material for transport tests: a PKI made once per file (certificates are slow to make),
// credentials for any identity, and small helpers to wait for things on real sockets.
import { connect } from "node:tls";
import type { NodeRole, RootCa } from "../../src/ca/index.js";
import { createNodeKey, createRootCa, issueNodeCertificate } from "../../src/ca/index.js";
import { TransportError } from "../../src/transport/errors.js";
import type { TransportErrorCode } from "../../src/transport/errors.js";
import { TlsCredentials } from "../../src/transport/credentials.js";
import type { Frame } from "../../src/transport/frame.js";
import { decodeFrame, FrameReader } from "../../src/transport/frame.js";
import { seededEntropy } from "../ca/fixtures.js";

export const hourMs = 60 * 60 * 1000;
export const dayMs = 24 * hourMs;

/** Pki is one cluster's root CA and a way to certify nodes under it, valid on the real clock. */
export interface Pki {
  readonly root: RootCa;
  readonly clusterId: string;
  credentials(options: {
    nodeId: string;
    role: NodeRole;
    clusterId?: string;
    expired?: boolean;
    /** The root the holder trusts, when not this PKI's (to get past the dialer's own checks). */
    trustRootPem?: string;
  }): Promise<TlsCredentials>;
}

/** makePki creates a root CA (backdated three days, so expired leaves can be issued under it). */
export async function makePki(options: { clusterId: string; seed: number }): Promise<Pki> {
  const entropy = seededEntropy(options.seed);
  const now = Date.now();
  const root = await createRootCa({ now: new Date(now - 3 * dayMs) }, { entropy });
  const key = await createNodeKey();
  return {
    root,
    clusterId: options.clusterId,
    async credentials({ nodeId, role, clusterId, expired, trustRootPem }) {
      // An expired certificate: issued two days ago for the minimum hour.
      const issuedAt = expired === true ? new Date(now - 2 * dayMs) : new Date(now);
      const issued = await issueNodeCertificate(
        root,
        {
          csr: key.csrPem,
          identity: { nodeId, role, clusterId: clusterId ?? options.clusterId },
          now: issuedAt,
          ...(expired === true ? { validityMs: hourMs } : {}),
        },
        { entropy },
      );
      return TlsCredentials.create({
        rootCaPem: trustRootPem ?? root.certificatePem,
        certificatePem: issued.certificatePem,
        privateKey: key.keys.privateKey,
      });
    },
  };
}

/**
 * probe dials like a peer that skips its own checks of the listener, and returns the listener's
 * first frame (Accept or Refuse), or "closed".
 */
export function probe(
  port: number,
  credentials: TlsCredentials | null,
  protocol: string,
): Promise<Frame | "closed"> {
  return new Promise((resolve) => {
    const socket = connect({
      host: "127.0.0.1",
      port,
      ...(credentials === null
        ? { rejectUnauthorized: false }
        : { secureContext: credentials.secureContext() }),
      ALPNProtocols: [protocol],
      checkServerIdentity: () => undefined,
    });
    const reader = new FrameReader(1 << 20);
    socket.on("data", (bytes: Buffer) => {
      const [body] = reader.push(bytes);
      if (body !== undefined) {
        resolve(decodeFrame(body));
        socket.destroy();
      }
    });
    socket.on("error", () => resolve("closed"));
    socket.on("close", () => resolve("closed"));
  });
}

/** errorOf awaits a promise that must fail with a TransportError, and returns it. */
export async function errorOf(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TransportError) return error;
    throw error;
  }
  throw new Error("expected a TransportError");
}

/** codeOf is the TransportError code a promise fails with. */
export async function codeOf(promise: Promise<unknown>): Promise<TransportErrorCode> {
  return (await errorOf(promise)).code;
}

/** waitFor polls `condition` until it holds, failing after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
