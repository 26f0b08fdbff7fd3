// Join tokens (SwarmKit's RootCA.JoinTokens, swarmkit.md §5.1). The CA module makes tokens
// (format, root digest, random secret); the store keeps the current pair. Rotating one replaces
// it, and only the stored tokens are accepted, so the old one stops working at once.
import type { Cluster, JoinTokens, NodeRole, ProposalDraft } from "../objects.js";
import { updateCluster } from "./update-cluster.js";

export interface JoinTokenRotation {
  readonly worker?: boolean;
  readonly manager?: boolean;
}

/**
 * decideJoinTokens installs `fresh` tokens where the cluster has none or a rotation is asked
 * for; it returns null when nothing changes.
 */
export function decideJoinTokens(
  cluster: Cluster,
  fresh: JoinTokens,
  rotation: JoinTokenRotation,
): ProposalDraft | null {
  const current = cluster.rootCa.joinTokens;
  const joinTokens: JoinTokens = {
    worker: current.worker === "" || rotation.worker === true ? fresh.worker : current.worker,
    manager: current.manager === "" || rotation.manager === true ? fresh.manager : current.manager,
  };
  if (joinTokens.worker === current.worker && joinTokens.manager === current.manager) return null;
  return updateCluster({ ...cluster, rootCa: { ...cluster.rootCa, joinTokens } });
}

/**
 * joinTokenRole is the role a presented token grants, or null. As in SwarmKit the whole token
 * is compared, manager first, without an early exit on the first differing character.
 */
export function joinTokenRole(cluster: Cluster, token: string): NodeRole | null {
  const { manager, worker } = cluster.rootCa.joinTokens;
  if (manager !== "" && equalConstantTime(manager, token)) return "manager";
  if (worker !== "" && equalConstantTime(worker, token)) return "worker";
  return null;
}

function equalConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
