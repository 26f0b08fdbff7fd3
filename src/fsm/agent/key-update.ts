// From two successive keyrings of a subsystem, the update an agent hands its data plane: the new
// keys, the new primary and the pruned keys (libnetwork's DriverEncryptionUpdate).
//
// NB: libnetwork's handleKeyChange keeps only the last added and the last pruned key, so an agent
// that missed a rotation keeps a stale key forever. Here every added and pruned key is listed, so
// the state after any sequence of updates equals the state built from the latest keyring.
import { AgentKeyError } from "./errors.js";
import type { AgentKey } from "./keyring.js";
import { keyringOf, primaryOf, sameBytes } from "./keyring.js";
import { rotationGap } from "./rotation-gap.js";

/** KeyUpdate is what changed between two keyrings of one subsystem. */
export interface KeyUpdate {
  readonly subsystem: string;
  /** Keys to accept from now on, oldest first. */
  readonly added: readonly AgentKey[];
  /** The key to transmit with after this update (possibly unchanged). */
  readonly primary: AgentKey;
  /** Keys to stop accepting, oldest first. */
  readonly pruned: readonly AgentKey[];
  /** How many rotations the update spans; more than one means this node fell behind. */
  readonly rotations: number;
}

/**
 * computeKeyUpdate diffs two keyrings by Lamport time. `previous` may be empty (the first keyring
 * an agent receives); `next` must hold at least one key of the subsystem. Keys of other
 * subsystems are ignored, and the order of keys in either list does not matter.
 */
export function computeKeyUpdate(
  previous: readonly AgentKey[],
  next: readonly AgentKey[],
  subsystem: string,
): KeyUpdate {
  const before = keyringOf(previous, subsystem);
  const after = keyringOf(next, subsystem);
  const primary = primaryOf(after, subsystem);
  const beforeByTime = new Map(before.map((k) => [k.lamportTime, k]));
  const afterTimes = new Set(after.map((k) => k.lamportTime));
  for (const k of after) {
    const old = beforeByTime.get(k.lamportTime);
    if (old !== undefined && !sameBytes(old.key, k.key)) {
      throw new AgentKeyError({ code: "KEY_CHANGED", subsystem, lamportTime: k.lamportTime });
    }
  }
  return {
    subsystem,
    added: after.filter((k) => !beforeByTime.has(k.lamportTime)),
    primary,
    pruned: before.filter((k) => !afterTimes.has(k.lamportTime)),
    // The first keyring is a bootstrap, not a rotation.
    rotations:
      before.length === 0
        ? 0
        : rotationGap(
            before.map((k) => k.lamportTime),
            after.map((k) => k.lamportTime),
          ),
  };
}
