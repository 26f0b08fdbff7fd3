// A KeelClient over mutual TLS: a manager's client API, the caller presenting a node
// certificate of the cluster (its own node's files: root-ca.pem, node-cert.pem and its key).
// Loaded only by programs that use it: it brings WebCrypto keys and x509 parsing along.
import { SystemClock } from "../node/clock.js";
import { RpcClient, TlsCredentials } from "../transport/index.js";
import type { ClientChannel } from "./channel.js";
import { connectFailure } from "./connect-failure.js";

export interface TlsClientOptions {
  /** HOST:PORT of a manager. */
  readonly address: string;
  readonly rootCaPem: string;
  readonly certificatePem: string;
  /** The certificate's private key, PKCS#8 PEM. */
  readonly keyPem: string;
}

/** tlsChannel connects to a manager's client API; a failure to connect says what it means. */
export async function tlsChannel(options: TlsClientOptions): Promise<ClientChannel> {
  const credentials = await TlsCredentials.create({
    rootCaPem: options.rootCaPem,
    certificatePem: options.certificatePem,
    privateKey: options.keyPem,
  });
  let rpc: RpcClient;
  try {
    rpc = await RpcClient.connect(
      { address: options.address, trust: { kind: "node", credentials } },
      { clock: new SystemClock() },
    );
  } catch (error) {
    throw connectFailure(options.address, error, "connect") ?? error;
  }
  return {
    kind: "tls",
    target: options.address,
    call: (method, body, timeoutMs) => rpc.call(method, body, { timeoutMs }),
    close: () => rpc.close(),
  };
}
