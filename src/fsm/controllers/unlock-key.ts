// Unlock keys (SwarmKit's controlapi UpdateCluster, swarmkit.md §3.3): with autolock on the
// cluster holds one manager unlock key (the KEK of every manager's key file); it is generated
// when autolock is turned on, replaced on request, and removed when autolock is turned off.
import type { EntropySource } from "../../entropy.js";
import { randomBytes } from "../../entropy.js";
import type { Cluster, EncryptionKey, ProposalDraft } from "../objects.js";
import { updateCluster } from "./update-cluster.js";

export const managerUnlockSubsystem = "swarm-manager";
export const unlockKeyBytes = 32;

export function managerUnlockKey(cluster: Cluster): EncryptionKey | undefined {
  return cluster.unlockKeys.find((k) => k.subsystem === managerUnlockSubsystem);
}

/**
 * decideUnlockKey returns the cluster update that brings the unlock key in line with the
 * autolock setting, or null when it already is. `rotate` asks for a fresh key; as in SwarmKit
 * it is ignored while autolock is off.
 */
export function decideUnlockKey(
  cluster: Cluster,
  request: { readonly rotate: boolean },
  entropy: EntropySource,
): ProposalDraft | null {
  const current = managerUnlockKey(cluster);
  const others = cluster.unlockKeys.filter((k) => k.subsystem !== managerUnlockSubsystem);
  if (!cluster.spec.autolockManagers) {
    return current === undefined ? null : updateCluster({ ...cluster, unlockKeys: others });
  }
  if (current !== undefined && !request.rotate) return null;
  const key = randomBytes(entropy, unlockKeyBytes);
  const fresh: EncryptionKey = {
    subsystem: managerUnlockSubsystem,
    algorithm: "aes-128-gcm",
    key,
    lamportTime: 0,
  };
  return updateCluster({ ...cluster, unlockKeys: [...others, fresh] });
}
