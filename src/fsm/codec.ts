// Converts the store's plain types to and from proto/objects.proto. Decoding checks structure
// only (wire format, integer ranges, enum values) and throws StoreError MALFORMED; what a valid
// object looks like (names, sizes) is src/fsm/validate.ts, applied by the store.
import { keelstore } from "../gen/objects.js";
import { ownedBytes, reusedWriter } from "../protobuf-writer.js";
import { StoreError } from "./errors.js";
import type {
  ActionType,
  CertificateState,
  Cluster,
  EncryptionKey,
  Labels,
  Meta,
  Node,
  NodeAvailability,
  NodeMembership,
  NodeRole,
  NodeState,
  Proposal,
  RootRotation,
  Secret,
  StoreAction,
} from "./objects.js";

const pb = keelstore;
const EMPTY = new Uint8Array(0);

// Enum tables are indexed by the proto enum value.
const certificateStates: readonly CertificateState[] = [
  "unknown",
  "renew",
  "pending",
  "issued",
  "failed",
  "rotate",
];
const nodeRoles: readonly NodeRole[] = ["worker", "manager"];
const memberships: readonly NodeMembership[] = ["pending", "accepted"];
const availabilities: readonly NodeAvailability[] = ["active", "pause", "drain"];
const nodeStates: readonly NodeState[] = ["unknown", "down", "ready", "disconnected"];
const actionTypes: readonly (ActionType | undefined)[] = [undefined, "create", "update", "remove"];

export function malformed(what: string, reason: string): StoreError {
  return new StoreError({ code: "MALFORMED", what, reason });
}

/** decodeWith turns any protobufjs failure into MALFORMED, keeping StoreErrors as they are. */
export function decodeWith<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (cause) {
    if (cause instanceof StoreError) throw cause;
    throw new StoreError({ code: "MALFORMED", what, reason: String(cause) }, { cause });
  }
}

/**
 * uint reads a uint64 field. NB: although the generated types say `number`, protobufjs decodes
 * 64-bit fields as Long objects whenever the `long` package is installed (`--force-number`
 * only changes the declarations), so both shapes are accepted here.
 */
export function uint(what: string, field: string, value: unknown): number {
  const v = toNumber(value ?? 0);
  if (!Number.isSafeInteger(v) || v < 0) throw malformed(what, `${field} ${String(v)} out of range`);
  return v;
}

function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "low" in value && "high" in value) {
    const { low, high } = value as { low: number; high: number };
    return (high >>> 0) * 0x1_0000_0000 + (low >>> 0);
  }
  return Number.NaN;
}

function enumValue<T>(what: string, field: string, table: readonly T[], value: number | null | undefined): T {
  const found = table[value ?? 0];
  if (found === undefined) throw malformed(what, `unknown ${field} ${value}`);
  return found;
}

// protobufjs returns views into the input buffer (Node Buffers, whose slice() is also a view);
// the store copies so that it never shares memory with a caller's proposal or snapshot buffer.
function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value === null || value === undefined || value.length === 0 ? EMPTY : new Uint8Array(value);
}

/**
 * The labels of every object that has none: one frozen object, not one each (a follower with
 * 100,000 secrets held 100,000 empty label objects, 7 % of its heap objects, all visited by every
 * major GC).
 */
const noLabels: Labels = Object.freeze({});

// Labels are stored with sorted keys so that encoding (which follows key order) is the same
// on every manager, whatever order the proposer used.
function labelsFromPb(labels: { [k: string]: string } | null | undefined): Labels {
  if (labels === null || labels === undefined) return noLabels;
  const keys = Object.keys(labels);
  if (keys.length === 0) return noLabels;
  keys.sort(compareStrings);
  return Object.fromEntries(keys.map((k) => [k, labels[k] ?? ""]));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function metaFromPb(what: string, m: keelstore.Meta.$Properties | null | undefined): Meta {
  return {
    version: uint(what, "meta.version", m?.version),
    createdAtMs: uint(what, "meta.createdAtMs", m?.createdAtMs),
    updatedAtMs: uint(what, "meta.updatedAtMs", m?.updatedAtMs),
  };
}

function keyFromPb(what: string, k: keelstore.EncryptionKey.$Properties): EncryptionKey {
  if ((k.algorithm ?? 0) !== 0) throw malformed(what, `unknown key algorithm ${k.algorithm}`);
  return {
    subsystem: k.subsystem ?? "",
    algorithm: "aes-128-gcm",
    key: bytes(k.key),
    lamportTime: uint(what, "key.lamportTime", k.lamportTime),
  };
}

function keyToPb(k: EncryptionKey): keelstore.EncryptionKey.$Properties {
  return { subsystem: k.subsystem, algorithm: 0, key: k.key, lamportTime: k.lamportTime };
}

export function clusterFromPb(c: keelstore.Cluster.$Properties): Cluster {
  const what = "cluster";
  const spec = c.spec;
  const raft = spec?.raft;
  return {
    id: c.id ?? "",
    meta: metaFromPb(what, c.meta),
    spec: {
      name: spec?.name ?? "",
      labels: labelsFromPb(spec?.labels),
      autolockManagers: spec?.autolockManagers ?? false,
      raft: {
        snapshotInterval: uint(what, "raft.snapshotInterval", raft?.snapshotInterval),
        keepOldSnapshots: uint(what, "raft.keepOldSnapshots", raft?.keepOldSnapshots),
        logEntriesForSlowFollowers: uint(what, "raft.logEntries", raft?.logEntriesForSlowFollowers),
        heartbeatTicks: uint(what, "raft.heartbeatTicks", raft?.heartbeatTicks),
        electionTicks: uint(what, "raft.electionTicks", raft?.electionTicks),
      },
      ca: { nodeCertExpiryMs: uint(what, "ca.nodeCertExpiryMs", spec?.ca?.nodeCertExpiryMs) },
      networkKeyRotationIntervalTicks: uint(
        what,
        "networkKeyRotationIntervalTicks",
        spec?.networkKeyRotationIntervalTicks,
      ),
    },
    rootCa: {
      caCertPem: bytes(c.rootCa?.caCertPem),
      caKeyPem: bytes(c.rootCa?.caKeyPem),
      joinTokens: {
        worker: c.rootCa?.joinTokens?.worker ?? "",
        manager: c.rootCa?.joinTokens?.manager ?? "",
      },
      rotation: rotationFromPb(c.rootCa?.rotation),
    },
    unlockKeys: (c.unlockKeys ?? []).map((k) => keyFromPb(what, k)),
    networkBootstrapKeys: (c.networkBootstrapKeys ?? []).map((k) => keyFromPb(what, k)),
    encryptionKeyLamportClock: uint(what, "encryptionKeyLamportClock", c.encryptionKeyLamportClock),
  };
}

function rotationFromPb(r: keelstore.RootRotation.$Properties | null | undefined): RootRotation | null {
  if (r === null || r === undefined) return null;
  return {
    caCertPem: bytes(r.caCertPem),
    caKeyPem: bytes(r.caKeyPem),
    crossSignedCaCertPem: bytes(r.crossSignedCaCertPem),
  };
}

export function clusterToPb(c: Cluster): keelstore.Cluster.$Properties {
  return {
    id: c.id,
    meta: c.meta,
    spec: { ...c.spec, labels: { ...c.spec.labels } },
    rootCa: c.rootCa,
    unlockKeys: c.unlockKeys.map(keyToPb),
    networkBootstrapKeys: c.networkBootstrapKeys.map(keyToPb),
    encryptionKeyLamportClock: c.encryptionKeyLamportClock,
  };
}

export function nodeFromPb(n: keelstore.Node.$Properties): Node {
  const what = "node";
  return {
    id: n.id ?? "",
    meta: metaFromPb(what, n.meta),
    spec: {
      name: n.spec?.name ?? "",
      labels: labelsFromPb(n.spec?.labels),
      desiredRole: enumValue(what, "spec.desiredRole", nodeRoles, n.spec?.desiredRole),
      membership: enumValue(what, "spec.membership", memberships, n.spec?.membership),
      availability: enumValue(what, "spec.availability", availabilities, n.spec?.availability),
    },
    role: enumValue(what, "role", nodeRoles, n.role),
    status: {
      state: enumValue(what, "status.state", nodeStates, n.status?.state),
      message: n.status?.message ?? "",
      addr: n.status?.addr ?? "",
    },
    certificate: {
      csr: bytes(n.certificate?.csr),
      certificate: bytes(n.certificate?.certificate),
      state: enumValue(what, "certificate.state", certificateStates, n.certificate?.state),
      reason: n.certificate?.reason ?? "",
    },
  };
}

export function nodeToPb(n: Node): keelstore.Node.$Properties {
  return {
    id: n.id,
    meta: n.meta,
    spec: {
      name: n.spec.name,
      labels: { ...n.spec.labels },
      desiredRole: nodeRoles.indexOf(n.spec.desiredRole),
      membership: memberships.indexOf(n.spec.membership),
      availability: availabilities.indexOf(n.spec.availability),
    },
    role: nodeRoles.indexOf(n.role),
    status: { state: nodeStates.indexOf(n.status.state), message: n.status.message, addr: n.status.addr },
    certificate: {
      csr: n.certificate.csr,
      certificate: n.certificate.certificate,
      state: certificateStates.indexOf(n.certificate.state),
      reason: n.certificate.reason,
    },
  };
}

export function secretFromPb(s: keelstore.Secret.$Properties): Secret {
  return {
    id: s.id ?? "",
    meta: metaFromPb("secret", s.meta),
    spec: { name: s.spec?.name ?? "", labels: labelsFromPb(s.spec?.labels), data: bytes(s.spec?.data) },
  };
}

/**
 * secretToPb is the secret itself: its fields are the message's, and the encoder only reads
 * them (labels in key order, as copying them would keep). Every proposal and every snapshot's
 * secret passes here, so no copies are made.
 */
export function secretToPb(s: Secret): keelstore.Secret.$Properties {
  return s;
}

function actionFromPb(a: keelstore.StoreAction.$Properties, actionIndex: number): StoreAction {
  const action = actionTypes[a.kind ?? 0];
  if (action === undefined) {
    throw new StoreError({ code: "UNKNOWN_ACTION", actionIndex, action: a.kind ?? 0 });
  }
  if (a.cluster !== null && a.cluster !== undefined) {
    return { action, kind: "cluster", object: clusterFromPb(a.cluster) };
  }
  if (a.node !== null && a.node !== undefined) return { action, kind: "node", object: nodeFromPb(a.node) };
  if (a.secret !== null && a.secret !== undefined) {
    return { action, kind: "secret", object: secretFromPb(a.secret) };
  }
  throw new StoreError({ code: "UNKNOWN_OBJECT_TYPE", actionIndex });
}

const actionKinds: Record<ActionType, keelstore.StoreActionKind> = { create: 1, update: 2, remove: 3 };

function actionToPb(a: StoreAction): keelstore.StoreAction.$Properties {
  const kind = actionKinds[a.action];
  switch (a.kind) {
    case "cluster":
      return { kind, cluster: clusterToPb(a.object) };
    case "node":
      return { kind, node: nodeToPb(a.object) };
    case "secret":
      return { kind, secret: secretToPb(a.object) };
  }
}

// The lists the write path builds (a proposal's actions, decoded or to encode) grow by push
// from [], not by Array.prototype.map: TurboFan's inlined map makes an array of another
// elements kind than the builtin does, so a caller optimised while the builtin made its
// arrays deoptimised (wrong map) at the first one its own code made.

/**
 * encodeProposal encodes a proposal into bytes of its own: an entry kept in the Raft log until
 * compaction must not pin a slab of Buffer's shared pool for its few hundred bytes (a manager
 * held 15 MB of slabs for 1,900 entries).
 */
export function encodeProposal(proposal: Proposal): Uint8Array {
  const writer = reusedWriter();
  const actions: keelstore.StoreAction.$Properties[] = [];
  for (const action of proposal.actions) actions.push(actionToPb(action));
  pb.Proposal.encode({ id: proposal.id, timestampMs: proposal.timestampMs, actions }, writer);
  return ownedBytes(writer);
}

export type ParsedProposal =
  | { readonly ok: true; readonly proposal: Proposal }
  | { readonly ok: false; readonly proposalId: number | null; readonly error: StoreError };

/**
 * parseProposal parses untrusted entry data into a proposal or a typed error. The id is read
 * first, so that a proposal with a bad action can still be matched to its waiting proposer.
 */
export function parseProposal(data: Uint8Array): ParsedProposal {
  let raw: keelstore.Proposal;
  let id: number;
  try {
    raw = decodeWith("proposal", () => pb.Proposal.decode(data));
    id = uint("proposal", "id", raw.id);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return { ok: false, proposalId: null, error };
  }
  try {
    const proposal = decodeWith("proposal", () => {
      const timestampMs = uint("proposal", "timestampMs", raw.timestampMs);
      const actions: StoreAction[] = [];
      for (let i = 0; i < raw.actions.length; i++) actions.push(actionFromPb(raw.actions[i]!, i));
      return { id, timestampMs, actions };
    });
    return { ok: true, proposal };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return { ok: false, proposalId: id, error };
  }
}

/** decodeProposal parses untrusted entry data; it throws StoreError, never an assertion. */
export function decodeProposal(data: Uint8Array): Proposal {
  const parsed = parseProposal(data);
  if (!parsed.ok) throw parsed.error;
  return parsed.proposal;
}
