// The leader's side of a root CA rotation (SwarmKit's rootRotationReconciler): while a rotation
// is in progress, mark a bounded batch of the nodes not yet on the new root ROTATE (each renews
// when it hears it), and once every node is on it, finish: the new root becomes the root, with
// join tokens for its digest. Runs in the leader's controller round (src/manager/controllers.ts).
import { createJoinTokens } from "../../ca/index.js";
import type { EntropySource } from "../../entropy.js";
import type { ProposalDraft, RotationProgress, StoreReader } from "../../fsm/index.js";
import {
  decideFinishRootRotation,
  decideRotateBatch,
  rotationProgress,
  soleCluster,
} from "../../fsm/index.js";
import { cachedRootCa } from "../api/root.js";
import { convergedOn, desiredRootPem } from "./roots.js";

/** progressOf counts the nodes on the rotation's root; null when no rotation is in progress. */
export function progressOf(store: StoreReader): RotationProgress | null {
  const cluster = soleCluster(store);
  if (cluster?.rootCa.rotation == null) return null;
  return rotationProgress(store, convergedOn(desiredRootPem(cluster)));
}

/** decideRootRotation is the reconciler's next step, or null when there is none. */
export async function decideRootRotation(
  store: StoreReader,
  entropy: EntropySource,
): Promise<ProposalDraft | null> {
  const cluster = soleCluster(store);
  const rotation = cluster?.rootCa.rotation;
  const progress = progressOf(store);
  if (cluster === undefined || rotation == null || progress === null) return null;
  if (progress.pending.length > 0) return decideRotateBatch(store, progress.pending);
  const next = await cachedRootCa(rotation.caCertPem, rotation.caKeyPem);
  return decideFinishRootRotation(cluster, rotation, createJoinTokens(next.digest, entropy));
}
