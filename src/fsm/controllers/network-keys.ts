// The network key manager (SwarmKit's manager/keymanager, swarmkit.md §4): keyrings of three
// AES-128-GCM keys for the gossip and IPsec subsystems, each key stamped with a Lamport time,
// rotated on an interval by dropping the oldest key and adding a new one.
import { assert } from "../../assert.js";
import type { EntropySource } from "../../entropy.js";
import { randomBytes } from "../../entropy.js";
import { StoreError } from "../errors.js";
import type { Cluster, EncryptionKey, ProposalDraft } from "../objects.js";
import type { StoreReader } from "../reader.js";
import { updateCluster } from "./update-cluster.js";

export const gossipSubsystem = "networking:gossip";
export const ipsecSubsystem = "networking:ipsec";
export const networkKeySubsystems: readonly string[] = [gossipSubsystem, ipsecSubsystem];
export const keyringSize = 3;
/** AES-128-GCM keys, as in SwarmKit. */
export const networkKeyBytes = 16;

/**
 * lowestLamportIndex is the index of the key with the lowest Lamport time (the first one on a
 * tie). SwarmKit's loop compares against keys[1:] but records the index into that sub-slice,
 * so with keys out of order it drops the wrong key; this scans absolute indexes.
 */
export function lowestLamportIndex(keys: readonly EncryptionKey[]): number {
  assert(keys.length > 0, "lowest Lamport time of an empty keyring");
  let lowest = 0;
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i]?.lamportTime ?? 0) < (keys[lowest]?.lamportTime ?? 0)) lowest = i;
  }
  return lowest;
}

/**
 * rotateKeyring drops the lowest-Lamport keys of one subsystem until `fresh` fits in a keyring
 * of `keyringSize`, then appends `fresh`. Other subsystems' keys and the survivors' order are kept, so the result
 * always holds exactly `keyringSize` keys of the subsystem.
 */
export function rotateKeyring(
  keys: readonly EncryptionKey[],
  subsystem: string,
  fresh: readonly EncryptionKey[],
): EncryptionKey[] {
  let own = keys.filter((k) => k.subsystem === subsystem);
  const room = keyringSize - fresh.length;
  assert(room >= 0 && own.length + fresh.length >= keyringSize, "rotation must refill the keyring");
  while (own.length > room) {
    const drop = lowestLamportIndex(own);
    own = own.filter((_, i) => i !== drop);
  }
  const kept = new Set(own);
  return [...keys.filter((k) => k.subsystem !== subsystem || kept.has(k)), ...fresh];
}

export interface NetworkKeyManagerOptions {
  readonly clusterId: string;
  /** The tick at which this manager became leader. */
  readonly startTick: number;
  readonly entropy: EntropySource;
  /** Default: gossip and IPsec. Only those two are known, as in SwarmKit. */
  readonly subsystems?: readonly string[];
}

/**
 * NetworkKeyManager decides key allocations and rotations for the leader. A manager that
 * becomes leader creates a new one, which adopts the keys in the store and waits a full
 * interval before its first rotation: a leader change never rotates keys (SwarmKit 4e88734).
 */
export class NetworkKeyManager {
  private readonly clusterId: string;
  private readonly entropy: EntropySource;
  private readonly subsystems: readonly string[];
  /** Invariant: lastRotationTick <= the latest tick passed to decide(). */
  private lastRotationTick: number;

  constructor(options: NetworkKeyManagerOptions) {
    const subsystems = options.subsystems ?? networkKeySubsystems;
    if (subsystems.length === 0) throw configInvalid("no subsystems");
    for (const s of subsystems) {
      if (!networkKeySubsystems.includes(s)) throw configInvalid(`unknown subsystem ${JSON.stringify(s)}`);
    }
    if (new Set(subsystems).size !== subsystems.length) throw configInvalid("duplicate subsystem");
    this.clusterId = options.clusterId;
    this.entropy = options.entropy;
    this.subsystems = subsystems;
    this.lastRotationTick = options.startTick;
  }

  /**
   * decide returns the cluster update to propose at `nowTick`, or null. A keyring that does
   * not hold exactly `keyringSize` keys of a subsystem (a new cluster, a hand-edited one) is
   * repaired at once: filled with new keys or trimmed of its lowest Lamport times. Otherwise
   * every subsystem is rotated once the interval has passed since this manager started or
   * last rotated.
   */
  decide(store: StoreReader, nowTick: number): ProposalDraft | null {
    assert(nowTick >= this.lastRotationTick, "ticks must not go backwards");
    const cluster = store.get("cluster", this.clusterId);
    if (cluster === undefined) return null;
    const countOf = (s: string) => cluster.networkBootstrapKeys.filter((k) => k.subsystem === s).length;
    const unbalanced = this.subsystems.filter((s) => countOf(s) !== keyringSize);
    if (unbalanced.length > 0) {
      return updateCluster(
        this.replaceKeys(cluster, unbalanced, (s) => Math.max(0, keyringSize - countOf(s))),
      );
    }
    const interval = cluster.spec.networkKeyRotationIntervalTicks;
    if (interval === 0 || nowTick - this.lastRotationTick < interval) return null;
    // NB: the rotation counts as done when decided; if it never commits (leadership lost), the
    // next leader starts its own interval, and this manager tries again one interval later.
    this.lastRotationTick = nowTick;
    return updateCluster(this.replaceKeys(cluster, this.subsystems, () => 1));
  }

  /** replaceKeys adds `freshCount(subsystem)` new keys to each subsystem, trimming it to size. */
  private replaceKeys(
    cluster: Cluster,
    subsystems: readonly string[],
    freshCount: (subsystem: string) => number,
  ): Cluster {
    let clock = this.clockOf(cluster);
    let keys: EncryptionKey[] = [...cluster.networkBootstrapKeys];
    for (const subsystem of subsystems) {
      const fresh: EncryptionKey[] = [];
      for (let i = 0; i < freshCount(subsystem); i++) {
        clock++;
        fresh.push(this.newKey(subsystem, clock));
      }
      keys = rotateKeyring(keys, subsystem, fresh);
    }
    return { ...cluster, networkBootstrapKeys: keys, encryptionKeyLamportClock: clock };
  }

  /**
   * clockOf is where the next Lamport time counts from: the stored clock, never below a stored
   * key's time, and for a brand-new cluster a random 16-bit start as in SwarmKit's genSkew.
   */
  private clockOf(cluster: Cluster): number {
    const highest = Math.max(
      cluster.encryptionKeyLamportClock,
      ...cluster.networkBootstrapKeys.map((k) => k.lamportTime),
    );
    if (highest > 0) return highest;
    const skew = randomBytes(this.entropy, 2);
    return ((skew[0] ?? 0) << 8) | (skew[1] ?? 0);
  }

  private newKey(subsystem: string, lamportTime: number): EncryptionKey {
    const key = randomBytes(this.entropy, networkKeyBytes);
    assert(key.length === networkKeyBytes, "entropy returned the wrong number of bytes");
    return { subsystem, algorithm: "aes-128-gcm", key, lamportTime };
  }
}

function configInvalid(reason: string): StoreError {
  return new StoreError({ code: "CONFIG_INVALID", field: "subsystems", reason });
}
