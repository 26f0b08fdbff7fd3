// Agent-side network keys (after libnetwork's overlay encryption): keyring updates and a model of
// one node's IPsec security associations, pure and synchronous.
export { AgentKeyError } from "./errors.js";
export type { AgentKeyErrorCode, AgentKeyErrorType, KeyRole } from "./errors.js";
export { checkKey, keyLengthMax, keyringOf, primaryOf, subsystemGossip, subsystemIpsec } from "./keyring.js";
export type { AgentKey } from "./keyring.js";
export { computeKeyUpdate } from "./key-update.js";
export type { KeyUpdate } from "./key-update.js";
export { deriveSpi, spiReservedMax } from "./spi.js";
export {
  addPeer,
  associate,
  createNodeSecurity,
  peerNameLengthMax,
  removePeer,
} from "./security-associations.js";
export type { NodeSecurity, PeerAssociations, SecurityAssociation } from "./security-associations.js";
export { applyKeyUpdate, applySaOp, planKeyUpdate, updateKeyring } from "./sa-update.js";
export type { SaOp } from "./sa-update.js";
export { receivePacket, sendPacket } from "./datapath.js";
export type { Packet, Reception } from "./datapath.js";
export { findSkewedPeers, rotationGap, rotationSkewMax } from "./rotation-gap.js";
export type { PeerSkew } from "./rotation-gap.js";
