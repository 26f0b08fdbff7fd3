// A subsystem's keyring as one agent sees it: the network bootstrap keys the key manager
// distributes, filtered to one subsystem, validated and sorted by Lamport time.
import { AgentKeyError } from "./errors.js";

/** AgentKey is one network key as the dispatcher hands it to an agent. */
export interface AgentKey {
  readonly subsystem: string;
  readonly key: Uint8Array;
  /** The key's tag: unique within a subsystem, and larger for newer keys. */
  readonly lamportTime: number;
}

/** subsystemIpsec drives the overlay data plane's security associations. */
export const subsystemIpsec = "networking:ipsec";
/** subsystemGossip keys the gossip (network database) layer; it only needs a primary. */
export const subsystemGossip = "networking:gossip";

/** keyLengthMax bounds the bytes of one key; libnetwork uses 16-byte AES-128-GCM keys. */
export const keyLengthMax = 64;

/**
 * keyringOf returns the keys of `subsystem`, oldest first, after checking each key and that no
 * two share a Lamport time (the tag names the key in every SPI, so it must be unique).
 */
export function keyringOf(keys: readonly AgentKey[], subsystem: string): AgentKey[] {
  const ring = keys.filter((k) => k.subsystem === subsystem);
  for (const k of ring) checkKey(k);
  ring.sort((a, b) => a.lamportTime - b.lamportTime);
  for (let i = 1; i < ring.length; i++) {
    const time = (ring[i] as AgentKey).lamportTime;
    if (time === (ring[i - 1] as AgentKey).lamportTime) {
      throw new AgentKeyError({ code: "DUPLICATE_LAMPORT_TIME", subsystem, lamportTime: time });
    }
  }
  return ring;
}

/** checkKey throws INVALID_KEY for a key no data plane could use. */
export function checkKey(k: AgentKey): void {
  const reason = invalidKeyReason(k);
  if (reason !== null) {
    throw new AgentKeyError({
      code: "INVALID_KEY",
      subsystem: k.subsystem,
      lamportTime: k.lamportTime,
      reason,
    });
  }
}

function invalidKeyReason(k: AgentKey): string | null {
  if (!Number.isSafeInteger(k.lamportTime) || k.lamportTime < 0) {
    return "the Lamport time must be a non-negative safe integer";
  }
  if (k.key.length === 0) return "the key is empty";
  if (k.key.length > keyLengthMax) return `the key is longer than ${keyLengthMax} bytes`;
  return null;
}

/**
 * primaryOf returns the key to transmit with: the second-newest by Lamport time (libnetwork's
 * `keys[1]` of a sorted ring of three). A new key is thus only accepted, never sent, for one
 * rotation, so every node has it before anybody transmits with it. A ring of one key (a
 * bootstrap) has no choice.
 */
export function primaryOf(ring: readonly AgentKey[], subsystem: string): AgentKey {
  const primary = ring.length === 1 ? ring[0] : ring[ring.length - 2];
  if (primary === undefined) throw new AgentKeyError({ code: "EMPTY_KEYRING", subsystem });
  return primary;
}

/** sameBytes compares two keys' bytes. Both come from the trusted dispatcher, so no timing leak. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
