// Keyrings as the key manager produces them: three keys per subsystem, Lamport times ascending,
// one rotation = drop the oldest, add a key one tick newer than the newest.
import type { AgentKey } from "../../../src/fsm/agent/index.js";
import { subsystemIpsec } from "../../../src/fsm/agent/index.js";

/** keyOf makes a key whose bytes are derived from its Lamport time, so rings compare by value. */
export function keyOf(lamportTime: number, subsystem = subsystemIpsec): AgentKey {
  const key = new Uint8Array(16);
  for (let i = 0; i < key.length; i++) key[i] = (lamportTime * 31 + i * 7 + subsystem.length) & 0xff;
  return { subsystem, key, lamportTime };
}

/** ringAfter returns the ring after `rotations` rotations of a ring that started at `first`. */
export function ringAfter(rotations: number, first = 100, subsystem = subsystemIpsec): AgentKey[] {
  return [0, 1, 2].map((i) => keyOf(first + rotations + i, subsystem));
}

export function times(keys: readonly AgentKey[]): number[] {
  return keys.map((k) => k.lamportTime);
}
