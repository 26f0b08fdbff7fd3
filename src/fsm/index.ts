// The public surface of the cluster store (src/fsm), except the agent-side network keys.
export { Store } from "./store.js";
export type { ApplyResult, StoreOptions } from "./store.js";
export type { StoreReader } from "./reader.js";
export { soleCluster } from "./reader.js";
export { Watcher } from "./watch.js";
export type { WatchOptions } from "./watch.js";
export type { CommitEvent, ObjectEvent, StoreEvent } from "./events.js";
export { StoreError } from "./errors.js";
export type { StoreErrorCode, StoreErrorType } from "./errors.js";
export { encodeProposal, decodeProposal } from "./codec.js";
export { decodeSnapshot } from "./snapshot.js";
export { SnapshotEncoder } from "./snapshot-encoder.js";
export type { SnapshotEncoderOptions } from "./snapshot-encoder.js";
export type { SnapshotRecords } from "./snapshot-records.js";
export type { SnapshotContent } from "./snapshot.js";
export { defaultClusterSpec, newCluster, newNode, newSecret, unsetMeta } from "./defaults.js";
export * as limits from "./limits.js";
export type * from "./objects.js";
export { objectKinds } from "./objects.js";
export {
  NetworkKeyManager,
  gossipSubsystem,
  ipsecSubsystem,
  keyringSize,
  lowestLamportIndex,
  networkKeyBytes,
  networkKeySubsystems,
  rotateKeyring,
} from "./controllers/network-keys.js";
export type { NetworkKeyManagerOptions } from "./controllers/network-keys.js";
export { certificateDecision, certificatesToSign, signCertificates } from "./controllers/certificates.js";
export type { CertificateRequest, SignOutcome, Signer } from "./controllers/certificates.js";
export {
  decideUnlockKey,
  managerUnlockKey,
  managerUnlockSubsystem,
  unlockKeyBytes,
} from "./controllers/unlock-key.js";
export { decideJoinTokens, joinTokenRole } from "./controllers/join-tokens.js";
export type { JoinTokenRotation } from "./controllers/join-tokens.js";
export {
  decideFinishRootRotation,
  decideRotateBatch,
  decideStartRootRotation,
  rotateBatchMax,
  rotationProgress,
} from "./controllers/root-rotation.js";
export type { RotationProgress } from "./controllers/root-rotation.js";
