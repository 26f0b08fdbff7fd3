// The agent side of network keys on every node: each keyring the node receives (through the
// WatchNetworkKeys API, or its own store on a manager) is diffed against the last one by
// src/fsm/agent, and the update (added keys, new primary, pruned keys) is logged and kept for
// `keel status`. A keyring that fails the agent's checks is refused and the old one kept.
import { computeKeyUpdate, keyringOf, primaryOf } from "../fsm/agent/index.js";
import type { AgentKey, KeyUpdate } from "../fsm/agent/index.js";
import type { Logger } from "./log.js";

export interface SubsystemPrimary {
  readonly subsystem: string;
  readonly primaryTag: number;
  readonly keyCount: number;
}

export class NetworkKeyTracker {
  #keys: readonly AgentKey[] = [];
  #version = 0;

  constructor(private readonly log: Logger) {}

  /** The cluster version of the keyring last taken. */
  get version(): number {
    return this.#version;
  }

  /** update takes the keyring of cluster version `version`; returns the updates it applied. */
  update(version: number, keys: readonly AgentKey[]): KeyUpdate[] {
    if (version <= this.#version) return [];
    const subsystems = [...new Set(keys.map((k) => k.subsystem))].sort();
    let updates: KeyUpdate[];
    try {
      updates = subsystems.map((s) => computeKeyUpdate(this.#keys, keys, s));
    } catch (error) {
      this.log.error("network-keys-refused", { version, error });
      return [];
    }
    this.#keys = keys;
    this.#version = version;
    for (const u of updates) {
      if (u.added.length === 0 && u.pruned.length === 0) continue;
      this.log.info("network-keys", {
        subsystem: u.subsystem,
        primary: u.primary.lamportTime,
        added: u.added.map((k) => k.lamportTime),
        pruned: u.pruned.map((k) => k.lamportTime),
        rotations: u.rotations,
        version,
      });
    }
    return updates;
  }

  /** primaries lists each subsystem's primary key tag (its Lamport time). */
  primaries(): SubsystemPrimary[] {
    const subsystems = [...new Set(this.#keys.map((k) => k.subsystem))].sort();
    return subsystems.map((subsystem) => {
      const ring = keyringOf(this.#keys, subsystem);
      return { subsystem, primaryTag: primaryOf(ring, subsystem).lamportTime, keyCount: ring.length };
    });
  }
}
