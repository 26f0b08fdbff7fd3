// Applying a key update to a node's SAs as a list of small deltas, in the safe order:
//   1. install an inbound SA for each new key (from every peer), so its packets are accepted;
//   2. switch to the new primary: add its outbound SA, point the policy at it, drop the old one;
//   3. remove the inbound SAs of the pruned keys.
// libnetwork's updateNodeKey removes the pruned inbound SA first; that is harmless only because
// nobody sends with a pruned key, so here the removal comes last. The policy never names a
// missing SA, and a key both old and new rings hold is accepted at every step.
import { assert } from "../../assert.js";
import { AgentKeyError } from "./errors.js";
import type { KeyUpdate } from "./key-update.js";
import { computeKeyUpdate } from "./key-update.js";
import type { AgentKey } from "./keyring.js";
import { checkKey, sameBytes } from "./keyring.js";
import type { NodeSecurity, PeerAssociations, SecurityAssociation } from "./security-associations.js";
import { associate } from "./security-associations.js";

/** SaOp is one delta to a node's state; planKeyUpdate lists them in the order to apply. */
export type SaOp =
  | { readonly kind: "add-key"; readonly key: AgentKey }
  | { readonly kind: "add-inbound"; readonly peer: string; readonly sa: SecurityAssociation }
  | { readonly kind: "add-outbound"; readonly peer: string; readonly sa: SecurityAssociation }
  | { readonly kind: "set-policy"; readonly peer: string; readonly spi: number }
  | { readonly kind: "remove-outbound"; readonly peer: string; readonly spi: number }
  | { readonly kind: "set-primary"; readonly lamportTime: number }
  | { readonly kind: "remove-inbound"; readonly peer: string; readonly spi: number }
  | { readonly kind: "remove-key"; readonly lamportTime: number };

/**
 * planKeyUpdate checks `update` against `state` and returns the deltas that apply it. Every check
 * runs here, before any delta, so a bad update (an unknown key above all) throws and changes
 * nothing.
 */
export function planKeyUpdate(state: NodeSecurity, update: KeyUpdate): SaOp[] {
  checkUpdate(state, update);
  const peers = [...state.peers.keys()].sort();
  const ops: SaOp[] = [];
  for (const key of update.added) {
    ops.push({ kind: "add-key", key });
    for (const peer of peers) ops.push({ kind: "add-inbound", peer, sa: associate(peer, state.local, key) });
  }
  if (update.primary.lamportTime !== state.primaryTag) {
    for (const peer of peers) {
      const associations = state.peers.get(peer) as PeerAssociations;
      const sa = associate(state.local, peer, update.primary);
      ops.push({ kind: "add-outbound", peer, sa });
      ops.push({ kind: "set-policy", peer, spi: sa.spi });
      ops.push({ kind: "remove-outbound", peer, spi: associations.policySpi });
    }
    ops.push({ kind: "set-primary", lamportTime: update.primary.lamportTime });
  }
  for (const key of update.pruned) {
    for (const peer of peers) {
      const spi = associate(peer, state.local, key).spi;
      ops.push({ kind: "remove-inbound", peer, spi });
    }
    ops.push({ kind: "remove-key", lamportTime: key.lamportTime });
  }
  return ops;
}

function checkUpdate(state: NodeSecurity, update: KeyUpdate): void {
  const subsystem = state.subsystem;
  if (update.subsystem !== subsystem) {
    throw new AgentKeyError({ code: "WRONG_SUBSYSTEM", expected: subsystem, actual: update.subsystem });
  }
  const held = new Map(state.keys.map((k) => [k.lamportTime, k]));
  const added = new Map<number, AgentKey>();
  for (const k of update.added) {
    checkKey(k);
    if (k.subsystem !== subsystem) {
      throw new AgentKeyError({ code: "WRONG_SUBSYSTEM", expected: subsystem, actual: k.subsystem });
    }
    if (held.has(k.lamportTime)) {
      throw new AgentKeyError({ code: "KEY_ALREADY_PRESENT", subsystem, lamportTime: k.lamportTime });
    }
    if (added.has(k.lamportTime)) {
      throw new AgentKeyError({ code: "DUPLICATE_LAMPORT_TIME", subsystem, lamportTime: k.lamportTime });
    }
    added.set(k.lamportTime, k);
  }
  const pruned = new Set<number>();
  for (const k of update.pruned) {
    requireKnown(held.get(k.lamportTime), k, "pruned", subsystem);
    if (pruned.has(k.lamportTime)) {
      throw new AgentKeyError({ code: "DUPLICATE_LAMPORT_TIME", subsystem, lamportTime: k.lamportTime });
    }
    pruned.add(k.lamportTime);
  }
  const primary = update.primary;
  requireKnown(
    held.get(primary.lamportTime) ?? added.get(primary.lamportTime),
    primary,
    "primary",
    subsystem,
  );
  if (pruned.has(primary.lamportTime)) {
    throw new AgentKeyError({ code: "PRIMARY_PRUNED", subsystem, lamportTime: primary.lamportTime });
  }
}

function requireKnown(
  known: AgentKey | undefined,
  named: AgentKey,
  role: "primary" | "pruned",
  subsystem: string,
): void {
  const lamportTime = named.lamportTime;
  if (known === undefined) throw new AgentKeyError({ code: "KEY_NOT_FOUND", subsystem, role, lamportTime });
  if (!sameBytes(known.key, named.key))
    throw new AgentKeyError({ code: "KEY_CHANGED", subsystem, lamportTime });
}

/** applySaOp applies one planned delta. The plan was checked, so a misfit here is a bug. */
export function applySaOp(state: NodeSecurity, op: SaOp): NodeSecurity {
  switch (op.kind) {
    case "add-key":
      return { ...state, keys: [...state.keys, op.key].sort((a, b) => a.lamportTime - b.lamportTime) };
    case "remove-key":
      assert(op.lamportTime !== state.primaryTag, "the primary key is never removed");
      return { ...state, keys: state.keys.filter((k) => k.lamportTime !== op.lamportTime) };
    case "set-primary":
      assert(
        state.keys.some((k) => k.lamportTime === op.lamportTime),
        "the primary is in the ring",
      );
      return { ...state, primaryTag: op.lamportTime };
    case "add-inbound":
      return withPeer(state, op.peer, (p) => ({ ...p, inbound: insertSa(p.inbound, op.sa) }));
    case "add-outbound":
      return withPeer(state, op.peer, (p) => ({ ...p, outbound: insertSa(p.outbound, op.sa) }));
    case "set-policy":
      return withPeer(state, op.peer, (p) => {
        assert(
          p.outbound.some((sa) => sa.spi === op.spi),
          "the policy names an installed outbound SA",
        );
        return { ...p, policySpi: op.spi };
      });
    case "remove-outbound":
      return withPeer(state, op.peer, (p) => {
        assert(op.spi !== p.policySpi, "the outbound SA the policy names is never removed");
        return { ...p, outbound: removeSa(p.outbound, op.spi) };
      });
    case "remove-inbound":
      return withPeer(state, op.peer, (p) => ({ ...p, inbound: removeSa(p.inbound, op.spi) }));
  }
}

function withPeer(
  state: NodeSecurity,
  peer: string,
  change: (associations: PeerAssociations) => PeerAssociations,
): NodeSecurity {
  const associations = state.peers.get(peer);
  assert(associations !== undefined, "planned ops name known peers");
  return { ...state, peers: new Map(state.peers).set(peer, change(associations)) };
}

function insertSa(list: readonly SecurityAssociation[], sa: SecurityAssociation): SecurityAssociation[] {
  assert(!list.some((s) => s.spi === sa.spi), "an SA is installed once");
  return [...list, sa].sort((a, b) => a.keyTag - b.keyTag);
}

function removeSa(list: readonly SecurityAssociation[], spi: number): SecurityAssociation[] {
  assert(
    list.some((s) => s.spi === spi),
    "a removed SA was installed",
  );
  return list.filter((s) => s.spi !== spi);
}

/** applyKeyUpdate applies a whole update, or throws an AgentKeyError and changes nothing. */
export function applyKeyUpdate(state: NodeSecurity, update: KeyUpdate): NodeSecurity {
  return planKeyUpdate(state, update).reduce(applySaOp, state);
}

/** updateKeyring moves a node to the next keyring it received and returns the update it applied. */
export function updateKeyring(
  state: NodeSecurity,
  nextKeys: readonly AgentKey[],
): { state: NodeSecurity; update: KeyUpdate } {
  const update = computeKeyUpdate(state.keys, nextKeys, state.subsystem);
  return { state: applyKeyUpdate(state, update), update };
}
