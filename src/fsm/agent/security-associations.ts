// A model of one node's IPsec state for the overlay (libnetwork's overlay encryption, without the
// kernel): per peer, an inbound SA for every key in the ring, and an outbound SA plus the policy
// that selects it for the primary key. States are immutable values; every change returns a new one.
import { AgentKeyError } from "./errors.js";
import type { AgentKey } from "./keyring.js";
import { keyringOf, primaryOf } from "./keyring.js";
import { deriveSpi } from "./spi.js";

/** SecurityAssociation carries `source` → `destination` traffic under one key. */
export interface SecurityAssociation {
  readonly spi: number;
  readonly source: string;
  readonly destination: string;
  readonly keyTag: number;
  readonly key: Uint8Array;
}

/**
 * PeerAssociations is what a node holds for one peer.
 * Invariant: inbound and outbound are sorted by keyTag, and policySpi names an outbound SA.
 * In a steady state there is exactly one outbound SA, the primary's; mid-update there may be two.
 */
export interface PeerAssociations {
  readonly inbound: readonly SecurityAssociation[];
  readonly outbound: readonly SecurityAssociation[];
  readonly policySpi: number;
}

/** NodeSecurity is one node's keyring of one subsystem and its SAs with every peer. */
export interface NodeSecurity {
  readonly local: string;
  readonly subsystem: string;
  /** The ring, oldest first. Never empty. */
  readonly keys: readonly AgentKey[];
  readonly primaryTag: number;
  readonly peers: ReadonlyMap<string, PeerAssociations>;
}

/** associate builds the SA for one direction of a flow under `k`. */
export function associate(source: string, destination: string, k: AgentKey): SecurityAssociation {
  const keyTag = k.lamportTime;
  return { spi: deriveSpi({ source, destination, keyTag }), source, destination, keyTag, key: k.key };
}

/**
 * createNodeSecurity builds a node's state fresh from a keyring and a set of peers: what a node
 * has when it starts, and what any sequence of updates must arrive at.
 */
export function createNodeSecurity(options: {
  local: string;
  subsystem: string;
  keys: readonly AgentKey[];
  peers?: readonly string[];
}): NodeSecurity {
  checkPeerName(options.local, options.local, "local");
  const keys = keyringOf(options.keys, options.subsystem);
  const primary = primaryOf(keys, options.subsystem);
  let state: NodeSecurity = {
    local: options.local,
    subsystem: options.subsystem,
    keys,
    primaryTag: primary.lamportTime,
    peers: new Map(),
  };
  for (const peer of options.peers ?? []) state = addPeer(state, peer);
  return state;
}

/** addPeer installs the SAs for a newly discovered peer (libnetwork's setupEncryption). */
export function addPeer(state: NodeSecurity, peer: string): NodeSecurity {
  checkPeerName(peer, state.local, "peer");
  if (state.peers.has(peer)) throw new AgentKeyError({ code: "PEER_EXISTS", peer });
  const primary = state.keys.find((k) => k.lamportTime === state.primaryTag);
  if (primary === undefined) throw new AgentKeyError({ code: "EMPTY_KEYRING", subsystem: state.subsystem });
  const outbound = associate(state.local, peer, primary);
  const associations: PeerAssociations = {
    inbound: state.keys.map((k) => associate(peer, state.local, k)),
    outbound: [outbound],
    policySpi: outbound.spi,
  };
  return { ...state, peers: new Map(state.peers).set(peer, associations) };
}

/** removePeer drops every SA shared with a peer that left (libnetwork's removeEncryption). */
export function removePeer(state: NodeSecurity, peer: string): NodeSecurity {
  if (!state.peers.has(peer)) throw new AgentKeyError({ code: "PEER_UNKNOWN", peer });
  const peers = new Map(state.peers);
  peers.delete(peer);
  return { ...state, peers };
}

/** peerNameLengthMax bounds a peer's name (an address or node id). */
export const peerNameLengthMax = 256;

function checkPeerName(peer: string, local: string, what: "local" | "peer"): void {
  let reason: string | null = null;
  if (peer.length === 0) reason = `the ${what} name is empty`;
  else if (peer.length > peerNameLengthMax) reason = `the ${what} name is longer than ${peerNameLengthMax}`;
  else if (what === "peer" && peer === local) reason = "a node is not its own peer";
  if (reason !== null) throw new AgentKeyError({ code: "INVALID_PEER", peer, reason });
}
