// The cluster object's settings as an operator changes them (`cluster update`): validated as a
// whole before anything is proposed, so a bad value changes nothing; and how a manager follows
// them. Live where that is safe: snapshot interval and the entries kept for slow followers (each
// manager, at once), certificate expiry (the next certificate issued), network-key rotation (the
// leader's next decision). Raft's ticks stay fixed while a manager runs, as in SwarmKit: a
// manager running with other values says they are pending a restart.
import { certValidityMsMin, rootValidityMsDefault } from "../ca/index.js";
import type { ClusterSpec } from "../fsm/index.js";
import type { keelapi } from "../gen/api.js";
import { ManagerError } from "./errors.js";
import { u64 } from "./ids.js";

/** Network-key rotation counts 1 s ticks (src/fsm/controllers/network-keys.ts). */
export const networkKeyTickMs = 1000;

const dayMs = 24 * 60 * 60 * 1000;

/** The Raft ticks a manager runs with, fixed until it restarts. */
export interface RunningTicks {
  readonly heartbeatTicks: number;
  readonly electionTicks: number;
}

/** Inclusive bounds of each setting; a value outside is INVALID_ARGUMENT. */
export const settingBounds = {
  cert_expiry_ms: { min: certValidityMsMin, max: rootValidityMsDefault },
  snapshot_interval: { min: 1, max: 1_000_000_000 },
  // This WAL keeps one snapshot and deletes what it replaces (a DEK rotation depends on that).
  keep_old_snapshots: { min: 0, max: 0 },
  log_entries_for_slow_followers: { min: 0, max: 1_000_000 },
  heartbeat_tick: { min: 1, max: 100 },
  election_tick: { min: 2, max: 1000 },
  network_key_rotation_ms: { min: 60_000, max: 365 * dayMs },
} as const;

type Setting = keyof typeof settingBounds;

function checked(field: Setting, value: number | Long | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = u64(value);
  const { min, max } = settingBounds[field];
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const reason = min === max ? `must be ${min}` : `must be between ${min} and ${max}, not ${n}`;
    throw new ManagerError({ code: "INVALID_ARGUMENT", field, reason });
  }
  return n;
}

type Long = { toNumber(): number };

/** checkedCertExpiryMs is `init --cert-expiry`, checked as `cluster update` checks it. */
export function checkedCertExpiryMs(value: number | undefined): number | undefined {
  return checked("cert_expiry_ms", value);
}

/** updatedSpec is `spec` with the request's settings, every one checked first; unset fields stay. */
export function updatedSpec(
  spec: ClusterSpec,
  request: keelapi.ClusterUpdateRequest.$Properties,
): ClusterSpec {
  const rotationMs = checked("network_key_rotation_ms", request.networkKeyRotationMs);
  if (rotationMs !== undefined && rotationMs % networkKeyTickMs !== 0) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "network_key_rotation_ms",
      reason: "whole seconds",
    });
  }
  const raft = {
    snapshotInterval: checked("snapshot_interval", request.snapshotInterval) ?? spec.raft.snapshotInterval,
    keepOldSnapshots: checked("keep_old_snapshots", request.keepOldSnapshots) ?? spec.raft.keepOldSnapshots,
    logEntriesForSlowFollowers:
      checked("log_entries_for_slow_followers", request.logEntriesForSlowFollowers) ??
      spec.raft.logEntriesForSlowFollowers,
    heartbeatTicks: checked("heartbeat_tick", request.heartbeatTick) ?? spec.raft.heartbeatTicks,
    electionTicks: checked("election_tick", request.electionTick) ?? spec.raft.electionTicks,
  };
  // Raft needs followers to hear several heartbeats before they would call an election.
  if (raft.electionTicks <= raft.heartbeatTicks) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "election_tick",
      reason: `must be more than the heartbeat tick (${raft.heartbeatTicks}); ten times it is usual`,
    });
  }
  const certExpiryMs = checked("cert_expiry_ms", request.certExpiryMs);
  return {
    ...spec,
    autolockManagers: request.autolock ?? spec.autolockManagers,
    raft,
    ca: certExpiryMs === undefined ? spec.ca : { ...spec.ca, nodeCertExpiryMs: certExpiryMs },
    networkKeyRotationIntervalTicks:
      rotationMs === undefined ? spec.networkKeyRotationIntervalTicks : rotationMs / networkKeyTickMs,
  };
}

export function settingsView(spec: ClusterSpec): keelapi.ClusterSettings.$Properties {
  return {
    certExpiryMs: spec.ca.nodeCertExpiryMs,
    snapshotInterval: spec.raft.snapshotInterval,
    keepOldSnapshots: spec.raft.keepOldSnapshots,
    logEntriesForSlowFollowers: spec.raft.logEntriesForSlowFollowers,
    heartbeatTick: spec.raft.heartbeatTicks,
    electionTick: spec.raft.electionTicks,
    networkKeyRotationMs: spec.networkKeyRotationIntervalTicks * networkKeyTickMs,
  };
}

/** pendingRestart names the stored settings a manager running with `running` does not use yet. */
export function pendingRestart(spec: ClusterSpec, running: RunningTicks): string[] {
  const pending: string[] = [];
  if (spec.raft.heartbeatTicks !== running.heartbeatTicks) pending.push("heartbeat_tick");
  if (spec.raft.electionTicks !== running.electionTicks) pending.push("election_tick");
  return pending;
}
