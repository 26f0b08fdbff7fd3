// Controllers propose whole-object updates carrying the version they read, so a decision made
// on a stale read is rejected (VERSION_CONFLICT) rather than applied over newer changes.
import type { Cluster, ProposalDraft } from "../objects.js";

export function updateCluster(cluster: Cluster): ProposalDraft {
  return { actions: [{ action: "update", kind: "cluster", object: cluster }] };
}
