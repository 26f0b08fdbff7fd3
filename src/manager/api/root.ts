// The cluster's root CA as the store holds it (PEM in the Cluster object), loaded once per
// distinct PEM: its digest for join tokens, and the signing key for the certificate signer.
import type { RootCa } from "../../ca/index.js";
import { loadRootCa } from "../../ca/index.js";
import type { Cluster } from "../../fsm/index.js";

const cache = new Map<string, Promise<RootCa>>();

/** rootCaOf loads the cluster's root CA (with its key); cached by certificate. */
export function rootCaOf(cluster: Cluster): Promise<RootCa> {
  return cachedRootCa(cluster.rootCa.caCertPem, cluster.rootCa.caKeyPem);
}

/** cachedRootCa loads a root CA from the store's PEM bytes (a rotation's too); cached by certificate. */
export function cachedRootCa(caCertPem: Uint8Array, caKeyPem: Uint8Array): Promise<RootCa> {
  const certificatePem = Buffer.from(caCertPem).toString("utf8");
  let loaded = cache.get(certificatePem);
  if (loaded === undefined) {
    loaded = loadRootCa({
      certificatePem,
      privateKeyPem: Buffer.from(caKeyPem).toString("utf8"),
    });
    loaded.catch(() => cache.delete(certificatePem));
    // A few roots at most per process (one per cluster, more only across root rotations).
    if (cache.size > 16) cache.clear();
    cache.set(certificatePem, loaded);
  }
  return loaded;
}
