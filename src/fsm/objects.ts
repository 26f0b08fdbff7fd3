// The store's objects as plain, readonly TypeScript values. The wire form is proto/objects.proto;
// src/fsm/codec.ts converts and validates. Stored objects are shared, never copied on read:
// callers must treat them (including their byte arrays) as immutable.

/** Meta is owned by the store: it sets all three fields when it applies a proposal. */
export interface Meta {
  /** The Raft index of the entry that last changed the object. */
  readonly version: number;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
}

export type Labels = Readonly<Record<string, string>>;

export type EncryptionAlgorithm = "aes-128-gcm";

/** EncryptionKey is a network keyring key or an unlock key, told apart by its subsystem. */
export interface EncryptionKey {
  readonly subsystem: string;
  readonly algorithm: EncryptionAlgorithm;
  readonly key: Uint8Array;
  readonly lamportTime: number;
}

export interface RaftSettings {
  readonly snapshotInterval: number;
  readonly keepOldSnapshots: number;
  readonly logEntriesForSlowFollowers: number;
  readonly heartbeatTicks: number;
  readonly electionTicks: number;
}

export interface CaSettings {
  readonly nodeCertExpiryMs: number;
}

export interface ClusterSpec {
  readonly name: string;
  readonly labels: Labels;
  readonly autolockManagers: boolean;
  readonly raft: RaftSettings;
  readonly ca: CaSettings;
  readonly networkKeyRotationIntervalTicks: number;
}

export interface JoinTokens {
  readonly worker: string;
  readonly manager: string;
}

/**
 * RootRotation is a root CA change in progress: certificates are issued by the new root's key
 * and presented with the cross-signed certificate (the new root's key, issued by the current
 * root), so nodes that trust only the current root still accept them.
 */
export interface RootRotation {
  readonly caCertPem: Uint8Array;
  readonly caKeyPem: Uint8Array;
  readonly crossSignedCaCertPem: Uint8Array;
}

export interface RootCa {
  readonly caCertPem: Uint8Array;
  readonly caKeyPem: Uint8Array;
  readonly joinTokens: JoinTokens;
  /** null unless a root rotation is in progress. */
  readonly rotation: RootRotation | null;
}

export interface Cluster {
  readonly id: string;
  readonly meta: Meta;
  readonly spec: ClusterSpec;
  readonly rootCa: RootCa;
  readonly unlockKeys: readonly EncryptionKey[];
  readonly networkBootstrapKeys: readonly EncryptionKey[];
  /** The highest Lamport time handed out to a network key. */
  readonly encryptionKeyLamportClock: number;
}

export type NodeRole = "worker" | "manager";
export type NodeMembership = "pending" | "accepted";
export type NodeAvailability = "active" | "pause" | "drain";
export type NodeState = "unknown" | "down" | "ready" | "disconnected";

/**
 * CertificateState follows SwarmKit's issuance states: pending (new node) and renew are waiting
 * for the signer; issued, failed and rotate are final for the signer.
 */
export type CertificateState = "unknown" | "renew" | "pending" | "issued" | "failed" | "rotate";

export interface NodeSpec {
  /** Not unique: several nodes may share a hostname. */
  readonly name: string;
  readonly labels: Labels;
  readonly desiredRole: NodeRole;
  readonly membership: NodeMembership;
  readonly availability: NodeAvailability;
}

export interface NodeStatus {
  readonly state: NodeState;
  readonly message: string;
  readonly addr: string;
}

export interface NodeCertificate {
  readonly csr: Uint8Array;
  readonly certificate: Uint8Array;
  readonly state: CertificateState;
  /** Why the certificate failed; empty otherwise. */
  readonly reason: string;
}

export interface Node {
  readonly id: string;
  readonly meta: Meta;
  readonly spec: NodeSpec;
  /** The role the node's current certificate carries. */
  readonly role: NodeRole;
  readonly status: NodeStatus;
  readonly certificate: NodeCertificate;
}

export interface SecretSpec {
  readonly name: string;
  readonly labels: Labels;
  readonly data: Uint8Array;
}

export interface Secret {
  readonly id: string;
  readonly meta: Meta;
  readonly spec: SecretSpec;
}

/** ObjectByKind maps each table name to its object type. */
export interface ObjectByKind {
  cluster: Cluster;
  node: Node;
  secret: Secret;
}

export type ObjectKind = keyof ObjectByKind;

/** Every table, in the fixed order used by snapshots and invariant checks. */
export const objectKinds: readonly ObjectKind[] = ["cluster", "node", "secret"];

export type StoreObject = ObjectByKind[ObjectKind];

export type ActionType = "create" | "update" | "remove";

/** StoreAction is one change to one object, tagged with its table. */
export type StoreAction = {
  [K in ObjectKind]: { readonly action: ActionType; readonly kind: K; readonly object: ObjectByKind[K] };
}[ObjectKind];

/** Proposal is the data of one normal Raft entry: applied atomically, or rejected as a whole. */
export interface Proposal {
  readonly id: number;
  /** The proposer's wall time; it becomes the objects' created/updated timestamps. */
  readonly timestampMs: number;
  readonly actions: readonly StoreAction[];
}

/** ProposalDraft is what a controller decides; the driver adds the id and timestamp. */
export interface ProposalDraft {
  readonly actions: readonly StoreAction[];
}
