// The data plane in miniature: a node seals a packet with the SA its policy selects for the peer,
// and the peer looks the SPI up among its inbound SAs and opens it only with the same key.
// This is what the properties check: "every packet sent with the primary is accepted".
import { assert } from "../../assert.js";
import { AgentKeyError } from "./errors.js";
import { sameBytes } from "./keyring.js";
import type { NodeSecurity } from "./security-associations.js";

/** Packet is an ESP packet reduced to what decides its fate: its SPI and the key that sealed it. */
export interface Packet {
  readonly source: string;
  readonly destination: string;
  readonly spi: number;
  readonly sealedWith: Uint8Array;
}

/** Reception is the receiver's verdict; a drop names its reason, so nothing breaks silently. */
export type Reception =
  | { readonly accepted: true; readonly keyTag: number }
  | {
      readonly accepted: false;
      readonly reason: "not-for-us" | "unknown-peer" | "unknown-spi" | "key-mismatch";
    };

/** sendPacket seals a packet for `peer` with the outbound SA the policy selects. */
export function sendPacket(state: NodeSecurity, peer: string): Packet {
  const associations = state.peers.get(peer);
  if (associations === undefined) throw new AgentKeyError({ code: "PEER_UNKNOWN", peer });
  const sa = associations.outbound.find((s) => s.spi === associations.policySpi);
  assert(sa !== undefined, "the policy names an installed outbound SA");
  return { source: state.local, destination: peer, spi: sa.spi, sealedWith: sa.key };
}

/** receivePacket decides whether `state`'s node accepts a packet. */
export function receivePacket(state: NodeSecurity, packet: Packet): Reception {
  if (packet.destination !== state.local) return { accepted: false, reason: "not-for-us" };
  const associations = state.peers.get(packet.source);
  if (associations === undefined) return { accepted: false, reason: "unknown-peer" };
  const sa = associations.inbound.find((s) => s.spi === packet.spi);
  if (sa === undefined) return { accepted: false, reason: "unknown-spi" };
  // An SPI match with another key is an AEAD failure on a real host.
  if (!sameBytes(sa.key, packet.sealedWith)) return { accepted: false, reason: "key-mismatch" };
  return { accepted: true, keyTag: sa.keyTag };
}
