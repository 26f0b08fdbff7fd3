// What API handlers see of the manager they run in, and small helpers they share.
import type { NodeIdentity } from "../../ca/index.js";
import type { EntropySource } from "../../entropy.js";
import type { Cluster, StoreAction } from "../../fsm/index.js";
import { StoreError, soleCluster } from "../../fsm/index.js";
import { NodeError } from "../../node/errors.js";
import type { Clock, RaftNode } from "../../node/index.js";
import type { Caller } from "../../transport/index.js";
import type { Wal } from "../../wal/index.js";
import { ManagerError } from "../errors.js";
import type { Logger } from "../log.js";
import type { NetworkKeyTracker } from "../network-keys.js";
import type { RunningTicks } from "../settings.js";
import type { Applied } from "../../node/index.js";
import type { ApiGuards } from "./guards.js";

export interface ApiContext {
  readonly node: RaftNode;
  readonly wal: Wal;
  readonly identity: NodeIdentity;
  readonly address: string;
  readonly rootCaPem: string;
  readonly certificateNotAfterMs: number;
  readonly clock: Clock;
  readonly entropy: EntropySource;
  readonly log: Logger;
  readonly networkKeys: NetworkKeyTracker;
  /** The Raft ticks this manager runs with (src/manager/settings.ts). */
  readonly ticks: RunningTicks;
  /** Where heartbeats go (src/manager/liveness.ts): the leader records them. */
  readonly heartbeats: HeartbeatSink;
  /** Resolves when the manager stops: long polls end early. */
  readonly stopped: Promise<void>;
  /** Rate limits and refusal counts of the API (./guards.ts). */
  readonly guards: ApiGuards;
}

export interface HeartbeatSink {
  record(nodeId: string): void;
  /** How often nodes send one. */
  readonly periodMs: number;
}

/** CallContext is who made one call, and how it arrived. */
export interface CallContext {
  readonly caller: Caller;
  /** From the local control socket (the `keel` command on this machine). */
  readonly local: boolean;
  /** Forwarded by another manager to us as the leader: never forwarded again. */
  readonly forwarded: boolean;
  /** The caller's address (rate limits key on it); absent on the control socket. */
  readonly source?: string;
}

/** sourceOf names where a call came from, for rate limits and refusal logs. */
export function sourceOf(call: CallContext): string {
  return call.source ?? (call.local ? "local" : "");
}

export type ApiHandler = (ctx: ApiContext, body: Uint8Array, call: CallContext) => Promise<Uint8Array>;

/** decode parses a request body; a malformed one is INVALID_ARGUMENT, never a crash. */
export function decode<T>(type: { decode(bytes: Uint8Array): T }, body: Uint8Array, what: string): T {
  try {
    return type.decode(body);
  } catch (cause) {
    throw new ManagerError(
      { code: "INVALID_ARGUMENT", field: what, reason: "the request body does not decode" },
      { cause },
    );
  }
}

/** requireCluster is the one cluster object; FAILED_PRECONDITION before it is created. */
export function requireCluster(ctx: ApiContext): Cluster {
  const cluster = soleCluster(ctx.node.store);
  if (cluster === undefined) {
    throw new ManagerError({ code: "FAILED_PRECONDITION", reason: "the cluster object does not exist yet" });
  }
  return cluster;
}

/** propose replicates actions; a store rejection surfaces as the StoreError itself (its own code). */
export async function propose(ctx: ApiContext, actions: readonly StoreAction[]): Promise<Applied> {
  try {
    return await ctx.node.propose(actions);
  } catch (error) {
    if (error instanceof NodeError && error.type.code === "REJECTED") throw error.type.error;
    throw error;
  }
}

/** sleep waits on the manager's clock. */
export function sleep(ctx: ApiContext, ms: number): Promise<void> {
  return new Promise((resolve) => ctx.clock.setTimeout(resolve, ms));
}

/** waitUntil polls `value` until it is defined, or fails with TIMEOUT. */
export async function waitUntil<T>(
  ctx: ApiContext,
  operation: string,
  timeoutMs: number,
  value: () => T | undefined,
): Promise<T> {
  const deadline = ctx.clock.monotonicMs() + timeoutMs;
  for (;;) {
    const v = value();
    if (v !== undefined) return v;
    if (ctx.clock.monotonicMs() > deadline) throw new ManagerError({ code: "TIMEOUT", operation, timeoutMs });
    await sleep(ctx, 25);
  }
}

/** resolveRef finds one object by exact id, then name, then id prefix; NOT_FOUND or AMBIGUOUS. */
export function resolveRef<T extends { readonly id: string }>(
  kind: string,
  ref: string,
  lookups: { byId(id: string): T | undefined; byName(name: string): T[]; byPrefix(prefix: string): T[] },
): T {
  if (ref.length === 0) throw new ManagerError({ code: "INVALID_ARGUMENT", field: "ref", reason: "empty" });
  const exact = lookups.byId(ref);
  if (exact !== undefined) return exact;
  // In turn: a prefix scans the whole table, so a name that is found never pays for it.
  for (const lookup of [() => lookups.byName(ref), () => lookups.byPrefix(ref)]) {
    const matches = lookup();
    if (matches.length > 1) throw new ManagerError({ code: "AMBIGUOUS", kind, ref, matches: matches.length });
    const [only] = matches;
    if (only !== undefined) return only;
  }
  throw new ManagerError({ code: "NOT_FOUND", kind, ref });
}

/** How many times a read, change and proposal is tried while the object changes under it. */
export const updateAttempts = 3;

/**
 * retryOnVersionConflict runs a read-change-propose `attempt` again, up to updateAttempts times in
 * all, while the store refuses it as a VERSION_CONFLICT: the object changed between the read and
 * the proposal (a controller rotating a key, a node's heartbeat), and a request that names no
 * version applies to what is stored now. Any other failure, or the last conflict, is thrown.
 */
export async function retryOnVersionConflict<T>(attempt: (n: number) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const conflict = error instanceof StoreError && error.code === "VERSION_CONFLICT";
      if (!conflict || n >= updateAttempts) throw error;
    }
  }
}
