// Constructors with SwarmKit's defaults, for proposers building new objects. The store sets
// `meta` when it applies the create, so these start at version 0.
import type { Cluster, ClusterSpec, Labels, Meta, Node, NodeRole, Secret } from "./objects.js";

const EMPTY = new Uint8Array(0);

/** A new object's meta; the store replaces it on create. */
export const unsetMeta: Meta = { version: 0, createdAtMs: 0, updatedAtMs: 0 };

/** SwarmKit's DefaultRaftConfig, 90-day certificates, and 12 h of 1 s ticks between key rotations. */
export const defaultClusterSpec: ClusterSpec = {
  name: "default",
  labels: {},
  autolockManagers: false,
  raft: {
    snapshotInterval: 10_000,
    keepOldSnapshots: 0,
    logEntriesForSlowFollowers: 500,
    heartbeatTicks: 1,
    electionTicks: 10,
  },
  ca: { nodeCertExpiryMs: 90 * 24 * 60 * 60 * 1000 },
  networkKeyRotationIntervalTicks: 12 * 60 * 60,
};

export function newCluster(fields: { id: string; spec?: Partial<ClusterSpec> }): Cluster {
  return {
    id: fields.id,
    meta: unsetMeta,
    spec: { ...defaultClusterSpec, ...fields.spec },
    rootCa: { caCertPem: EMPTY, caKeyPem: EMPTY, joinTokens: { worker: "", manager: "" }, rotation: null },
    unlockKeys: [],
    networkBootstrapKeys: [],
    encryptionKeyLamportClock: 0,
  };
}

/** newNode is a node that asked to join with `csr`: accepted, its certificate pending. */
export function newNode(fields: { id: string; role: NodeRole; csr: Uint8Array; name?: string }): Node {
  return {
    id: fields.id,
    meta: unsetMeta,
    spec: {
      name: fields.name ?? "",
      labels: {},
      desiredRole: fields.role,
      membership: "accepted",
      availability: "active",
    },
    role: fields.role,
    status: { state: "unknown", message: "", addr: "" },
    certificate: { csr: fields.csr, certificate: EMPTY, state: "pending", reason: "" },
  };
}

export function newSecret(fields: { id: string; name: string; data: Uint8Array; labels?: Labels }): Secret {
  return {
    id: fields.id,
    meta: unsetMeta,
    spec: { name: fields.name, labels: fields.labels ?? {}, data: fields.data },
  };
}
