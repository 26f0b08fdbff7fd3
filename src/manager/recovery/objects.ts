// The stored objects of a stopped manager, for `keel inspect-wal --objects` (as swarm-rafttool
// dump-object): its store rebuilt from the snapshot and the log after it (replay.ts), each object
// as plain JSON. Secret data is never shown (its size and SHA-256 only), nor is key material
// (the root CA key, unlock and network keys: their size only), nor the join tokens, which
// admit a node to the cluster. Certificates and CSRs are public and shown as PEM text.
import { createHash } from "node:crypto";
import type { Cluster, Node, ObjectKind, Secret, StoreObject } from "../../fsm/index.js";
import { objectKinds } from "../../fsm/index.js";
import type { Recovered } from "../../wal/index.js";
import { replayLog } from "./replay.js";

export interface ObjectDump {
  readonly kind: ObjectKind;
  readonly object: Record<string, unknown>;
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");
const hidden = (bytes: Uint8Array): { bytes: number } => ({ bytes: bytes.length });

function clusterView(c: Cluster): Record<string, unknown> {
  return {
    ...c,
    rootCa: {
      caCertPem: text(c.rootCa.caCertPem),
      caKeyPem: hidden(c.rootCa.caKeyPem),
      joinTokens: { worker: "(hidden)", manager: "(hidden)" },
    },
    unlockKeys: c.unlockKeys.map((k) => ({ ...k, key: hidden(k.key) })),
    networkBootstrapKeys: c.networkBootstrapKeys.map((k) => ({ ...k, key: hidden(k.key) })),
  };
}

function nodeView(n: Node): Record<string, unknown> {
  return {
    ...n,
    certificate: {
      ...n.certificate,
      csr: text(n.certificate.csr),
      certificate: text(n.certificate.certificate),
    },
  };
}

function secretView(s: Secret): Record<string, unknown> {
  const data = s.spec.data;
  return {
    ...s,
    spec: {
      ...s.spec,
      data: { bytes: data.length, sha256: createHash("sha256").update(data).digest("hex") },
    },
  };
}

function view(kind: ObjectKind, object: StoreObject): Record<string, unknown> {
  switch (kind) {
    case "cluster":
      return clusterView(object as Cluster);
    case "node":
      return nodeView(object as Node);
    case "secret":
      return secretView(object as Secret);
  }
}

/** dumpObjects lists every stored object, by kind then id; null when the log holds no snapshot. */
export function dumpObjects(recovered: Recovered): { index: number; objects: ObjectDump[] } | null {
  const replayed = replayLog(recovered);
  if (replayed === null) return null;
  const store = replayed.store;
  const objects: ObjectDump[] = [];
  for (const kind of objectKinds) {
    for (const object of store.list(kind)) objects.push({ kind, object: view(kind, object) });
  }
  return { index: store.appliedIndex, objects };
}
