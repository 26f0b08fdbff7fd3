// Cluster-wide settings and rotations: autolock, the unlock key, join tokens, network keys, and
// the network-key watch every node keeps open.
import { createJoinTokens } from "../../ca/index.js";
import type { Cluster, EncryptionKey } from "../../fsm/index.js";
import {
  decideJoinTokens,
  decideUnlockKey,
  keyringSize,
  managerUnlockKey,
  networkKeyBytes,
  networkKeySubsystems,
  rotateKeyring,
  soleCluster,
} from "../../fsm/index.js";
import { randomBytes } from "../../entropy.js";
import { keelapi } from "../../gen/api.js";
import { ManagerError } from "../errors.js";
import { u64 } from "../ids.js";
import { settingsView, updatedSpec } from "../settings.js";
import type { ApiContext, CallContext } from "./context.js";
import { decode, propose, requireCluster, retryOnVersionConflict, sleep, sourceOf } from "./context.js";
import { encodeUnlockKey, managersOf } from "./join.js";
import { rootCaOf } from "./root.js";
import { clusterView } from "./views.js";

/** The longest a network-key watch waits before answering with what it has. */
export const watchWaitMsMax = 10_000;

async function view(ctx: ApiContext, cluster: Cluster): Promise<keelapi.ClusterView.$Properties> {
  return clusterView(cluster, (await rootCaOf(cluster)).digest, ctx.ticks);
}

export async function clusterGet(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  return keelapi.ClusterView.encode(await view(ctx, requireCluster(ctx))).finish();
}

/**
 * clusterUpdate changes autolock and the settings (src/manager/settings.ts), all checked before
 * anything is proposed; turning autolock on returns the new unlock key.
 */
export async function clusterUpdate(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.ClusterUpdateRequest, body, "cluster update");
  // The controllers write the cluster object too (join tokens, keys, a root rotation): on a
  // version conflict the request applies to the cluster as it is now.
  const { cluster, spec } = await retryOnVersionConflict(async () => {
    await ctx.node.linearizableRead();
    const read = requireCluster(ctx);
    const changed = updatedSpec(read.spec, request);
    const wanted: Cluster = { ...read, spec: changed };
    const decided = decideUnlockKey(wanted, { rotate: false }, ctx.entropy);
    const next = decided?.actions[0]?.object ?? wanted;
    if (JSON.stringify(changed) !== JSON.stringify(read.spec) || decided !== null) {
      await propose(ctx, [{ action: "update", kind: "cluster", object: next as Cluster }]);
    }
    return { cluster: read, spec: changed };
  });
  const autolock = spec.autolockManagers;
  const updated = requireCluster(ctx);
  const turnedOn = autolock && !cluster.spec.autolockManagers;
  const key = managerUnlockKey(updated);
  let unlockKeyText = "";
  if (turnedOn && key !== undefined) {
    unlockKeyText = keelapi.UnlockKeyResponse.decode(encodeUnlockKey(updated.meta.version, key.key)).text;
  }
  ctx.log.info("cluster-updated", { autolock, settings: settingsView(spec) });
  return keelapi.ClusterUpdateResponse.encode({
    cluster: await view(ctx, updated),
    unlockKey: unlockKeyText,
  }).finish();
}

export async function joinTokens(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  const tokens = requireCluster(ctx).rootCa.joinTokens;
  return keelapi.JoinTokensResponse.encode({ worker: tokens.worker, manager: tokens.manager }).finish();
}

export async function rotateJoinToken(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.RotateJoinTokenRequest, body, "join-token rotation");
  const both = !request.worker && !request.manager;
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  const fresh = createJoinTokens((await rootCaOf(cluster)).digest, ctx.entropy);
  const decided = decideJoinTokens(cluster, fresh, {
    worker: both || request.worker,
    manager: both || request.manager,
  });
  if (decided !== null) await propose(ctx, decided.actions);
  ctx.log.info("join-tokens-rotated", { worker: both || request.worker, manager: both || request.manager });
  return joinTokens(ctx);
}

export async function rotateUnlockKey(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  if (!cluster.spec.autolockManagers) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "autolock is off: there is no unlock key to rotate",
    });
  }
  const decided = decideUnlockKey(cluster, { rotate: true }, ctx.entropy);
  if (decided !== null) await propose(ctx, decided.actions);
  const updated = requireCluster(ctx);
  ctx.log.info("unlock-key-rotated", { version: updated.meta.version });
  return encodeUnlockKey(updated.meta.version, managerUnlockKey(updated)?.key ?? null);
}

/** rotateNetworkKeys rotates every subsystem's keyring now, as the interval would. */
export async function rotateNetworkKeys(ctx: ApiContext): Promise<Uint8Array> {
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  let clock = Math.max(
    cluster.encryptionKeyLamportClock,
    ...cluster.networkBootstrapKeys.map((k) => k.lamportTime),
  );
  let keys: EncryptionKey[] = [...cluster.networkBootstrapKeys];
  for (const subsystem of networkKeySubsystems) {
    if (keys.filter((k) => k.subsystem === subsystem).length !== keyringSize) {
      throw new ManagerError({
        code: "FAILED_PRECONDITION",
        reason: "network keys are not allocated yet; retry",
      });
    }
    clock++;
    const fresh: EncryptionKey = {
      subsystem,
      algorithm: "aes-128-gcm",
      key: randomBytes(ctx.entropy, networkKeyBytes),
      lamportTime: clock,
    };
    keys = rotateKeyring(keys, subsystem, [fresh]);
  }
  await propose(ctx, [
    {
      action: "update",
      kind: "cluster",
      object: { ...cluster, networkBootstrapKeys: keys, encryptionKeyLamportClock: clock },
    },
  ]);
  ctx.log.info("network-keys-rotated", { lamportClock: clock });
  return networkKeysOf(ctx, requireCluster(ctx), "");
}

function networkKeysOf(ctx: ApiContext, cluster: Cluster, desiredRole: string): Uint8Array {
  return keelapi.NetworkKeysResponse.encode({
    managers: managersOf(ctx),
    version: cluster.meta.version,
    keys: cluster.networkBootstrapKeys.map((k) => ({
      subsystem: k.subsystem,
      lamportTime: k.lamportTime,
      key: k.key,
    })),
    desiredRole,
  }).finish();
}

/** watchNetworkKeys answers once the cluster is newer than `sinceVersion`, or after the wait. */
export function watchNetworkKeys(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  if (call.caller === "anonymous" || call.local) return watchOnce(ctx, body, call);
  return ctx.guards.watch(call.caller.nodeId, sourceOf(call), () => watchOnce(ctx, body, call));
}

async function watchOnce(ctx: ApiContext, body: Uint8Array, call: CallContext): Promise<Uint8Array> {
  const request = decode(keelapi.WatchNetworkKeysRequest, body, "network-key watch");
  const since = u64(request.sinceVersion);
  const waitMs = Math.min(u64(request.waitMs), watchWaitMsMax);
  const deadline = ctx.clock.monotonicMs() + waitMs;
  let stopped = false;
  void ctx.stopped.then(() => (stopped = true));
  const caller = call.caller === "anonymous" ? null : call.caller;
  for (;;) {
    const cluster = soleCluster(ctx.node.store);
    const desiredRole =
      caller === null ? "" : (ctx.node.store.get("node", caller.nodeId)?.spec.desiredRole ?? "");
    // A caller whose desired role differs from its certificate's (a promoted worker) hears it now.
    const roleChanged = caller !== null && desiredRole !== "" && desiredRole !== caller.role;
    if (
      cluster !== undefined &&
      (cluster.meta.version > since || ctx.clock.monotonicMs() >= deadline || stopped || roleChanged)
    ) {
      return networkKeysOf(ctx, cluster, desiredRole);
    }
    if (stopped || (cluster === undefined && ctx.clock.monotonicMs() >= deadline)) {
      throw new ManagerError({
        code: "FAILED_PRECONDITION",
        reason: "the cluster object does not exist yet",
      });
    }
    await sleep(ctx, 50);
  }
}
