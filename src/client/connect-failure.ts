// What a failed connection to a manager means, in the user's words: nothing listens there, it
// cannot be reached, or something answers that is not a keel manager (not TLS, not keel's
// protocol, or a certificate from another CA).
import { ClientError } from "./errors.js";

interface TransportFailure {
  readonly code?: unknown;
  readonly type?: { readonly code?: unknown; readonly address?: unknown; readonly reason?: unknown };
}

/** connectFailure turns a transport's connect error into a ClientError that says what it means; null if it is not one. */
export function connectFailure(address: string, error: unknown, operation: string): ClientError | null {
  const type = (error as TransportFailure | null)?.type;
  const reason = typeof type?.reason === "string" ? type.reason : "";
  if (type?.code === "CONNECT_FAILED") {
    if (/ECONNREFUSED/.test(reason))
      return new ClientError("CONNECT_FAILED", `nothing listens on ${address}`, operation, { cause: error });
    if (/ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN/.test(reason))
      return new ClientError("CONNECT_FAILED", `cannot reach ${address} (${reason})`, operation, {
        cause: error,
      });
    return new ClientError(
      "NOT_A_KEEL_MANAGER",
      `${address} is not a keel manager (it does not answer keel's TLS: ${reason})`,
      operation,
      { cause: error },
    );
  }
  if (type?.code === "PEER_REFUSED" && /by the dialer/.test(String((error as Error).message)))
    return new ClientError(
      "NOT_A_KEEL_MANAGER",
      `${address} is not a keel manager of this cluster (its certificate is not from this cluster's CA)`,
      operation,
      { cause: error },
    );
  return null;
}
