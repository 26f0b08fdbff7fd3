// What a root CA rotation in the store means for issuing and trusting certificates (SwarmKit's
// RootCAFromAPI): while one is in progress certificates are issued by the new root's key and
// presented with the cross-signed certificate, and every node trusts both roots; a node has
// converged once the certificate the CA issued it names the new root as its issuer.
import type { RootCa } from "../../ca/index.js";
import { chainPem, issuerKeyIdOf, subjectKeyIdOf } from "../../ca/index.js";
import type { Cluster, Node } from "../../fsm/index.js";
import { cachedRootCa, rootCaOf } from "../api/root.js";

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");

/** Signer is the root that issues certificates now, and what they are presented with. */
export interface Signer {
  readonly root: RootCa;
  readonly intermediates: readonly string[];
}

/** signerOf is the rotation's root with its cross-signed certificate, else the cluster's root. */
export async function signerOf(cluster: Cluster): Promise<Signer> {
  const rotation = cluster.rootCa.rotation;
  if (rotation === null) return { root: await rootCaOf(cluster), intermediates: [] };
  return {
    root: await cachedRootCa(rotation.caCertPem, rotation.caKeyPem),
    intermediates: [text(rotation.crossSignedCaCertPem)],
  };
}

/** presented is an issued certificate as the node presents it: with the signer's intermediates. */
export function presented(certificatePem: string, signer: Signer): string {
  return signer.intermediates.length === 0 ? certificatePem : chainPem(certificatePem, signer.intermediates);
}

/** Bundles by cluster object: a manager asks after every applied batch, and objects are never changed in place. */
const trustPems = new WeakMap<Cluster, string>();

/** trustPemOf is the bundle every node trusts: the root, and the rotation's root during one. */
export function trustPemOf(cluster: Cluster): string {
  const known = trustPems.get(cluster);
  if (known !== undefined) return known;
  const rotation = cluster.rootCa.rotation;
  const roots = [cluster.rootCa.caCertPem, ...(rotation === null ? [] : [rotation.caCertPem])];
  const pem = chainPem(text(roots[0] ?? new Uint8Array(0)), roots.slice(1).map(text));
  trustPems.set(cluster, pem);
  return pem;
}

/** desiredRootPem is the root every node's certificate must come from: the rotation's, during one. */
export function desiredRootPem(cluster: Cluster): string {
  return text(cluster.rootCa.rotation?.caCertPem ?? cluster.rootCa.caCertPem);
}

/** convergedOn says whether a node's issued certificate comes from the root `rootPem`. */
export function convergedOn(rootPem: string): (node: Node) => boolean {
  const keyId = subjectKeyIdOf(rootPem);
  return (node) => keyId !== "" && issuerKeyIdOf(node.certificate.certificate) === keyId;
}
