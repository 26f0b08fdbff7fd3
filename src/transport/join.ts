// Joining: a node without a certificate downloads the root CA over an unverified connection,
// checks it against the digest its join token carries (SwarmKit's anti-MITM pinning), and from
// then on trusts only that root. Issuing the certificate (a CSR plus the token) is a manager API
// method the manager defines; the client returned here is how it is called.
import type { x509 } from "../ca/index.js";
import { acceptRootCa, parseJoinToken } from "../ca/index.js";
import type { Clock } from "../node/seams.js";
import type { ConnectionLimits } from "./listener.js";
import { RpcClient } from "./rpc-client.js";
import type { RpcServer } from "./rpc-server.js";

/** rootCaMethod is the public method serving the root CA: empty request, PEM (UTF-8) response. */
export const rootCaMethod = "keel.ca.RootCa";

/** serveRootCa registers rootCaMethod on a manager's RPC server, answering with `rootCaPem()`. */
export function serveRootCa(server: RpcServer, rootCaPem: () => string): void {
  server.handle(rootCaMethod, () => Promise.resolve(new Uint8Array(Buffer.from(rootCaPem(), "utf8"))), {
    access: "public",
  });
}

/** A root CA the joining node accepted: its token's digest matched. */
export interface PinnedRoot {
  readonly rootCaPem: string;
  readonly certificate: x509.X509Certificate;
  readonly digest: string;
}

export interface JoinOptions {
  /** A manager's address. */
  readonly address: string;
  readonly token: string;
  /** The joiner's notion of now, for the root's validity window. */
  readonly now: Date;
  readonly timeoutMs?: number;
  readonly limits?: Partial<ConnectionLimits>;
}

/**
 * fetchRootCa downloads the root CA from `address` and accepts it only if its digest is the
 * token's: CaError BAD_TOKEN (before connecting) or ROOT_DIGEST_MISMATCH otherwise.
 */
export async function fetchRootCa(options: JoinOptions, deps: { clock: Clock }): Promise<PinnedRoot> {
  parseJoinToken(options.token);
  const client = await RpcClient.connect(
    { address: options.address, trust: { kind: "unverified" }, ...limitsOf(options) },
    deps,
  );
  let pem: string;
  try {
    const body = await client.call(rootCaMethod, new Uint8Array(0), timeoutOf(options));
    pem = Buffer.from(body).toString("utf8");
  } finally {
    await client.close();
  }
  const accepted = await acceptRootCa(pem, { now: options.now, token: options.token });
  // Trusted from here on is the certificate that was checked, re-encoded: never the text received.
  const rootCaPem = accepted.certificate.toString("pem");
  return { rootCaPem, certificate: accepted.certificate, digest: accepted.digest };
}

/**
 * connectForJoin pins the root (fetchRootCa) and returns an anonymous client that trusts only
 * it, for the manager's public certificate-issuing method.
 */
export async function connectForJoin(
  options: JoinOptions,
  deps: { clock: Clock },
): Promise<{ root: PinnedRoot; client: RpcClient }> {
  const root = await fetchRootCa(options, deps);
  const client = await RpcClient.connect(
    {
      address: options.address,
      trust: { kind: "anonymous", rootCaPem: root.rootCaPem },
      ...limitsOf(options),
    },
    deps,
  );
  return { root, client };
}

function limitsOf(options: JoinOptions): { limits?: Partial<ConnectionLimits> } {
  return options.limits === undefined ? {} : { limits: options.limits };
}

function timeoutOf(options: JoinOptions): { timeoutMs?: number } {
  return options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
}
