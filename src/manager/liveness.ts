// Node liveness, after SwarmKit's dispatcher: every node (manager or worker) sends the leader a
// heartbeat each period; the leader keeps, in memory only, when it last heard from each node and
// records a change of status through the log: `down` once no heartbeat came for period × grace
// multiplier, `ready` as soon as one comes again. A new leader has heard from nobody yet: it
// gives every node twice the grace before it marks any down (SwarmKit's unknown-state grace).
import type { Node, StoreAction } from "../fsm/index.js";
import type { Cancel } from "../node/index.js";
import type { ApiContext } from "./api/context.js";
import { propose } from "./api/context.js";
import { codeOf } from "./errors.js";

/** SwarmKit's DefaultHeartBeatPeriod. */
export const heartbeatPeriodMsDefault = 5_000;
/** SwarmKit's defaultGracePeriodMultiplier: down after three missed periods. */
export const graceMultiplier = 3;
/** After a leader change nodes get this many graces (SwarmKit marks them unknown for period × 6). */
export const leaderChangeGraces = 2;

/**
 * statusChanges decides, from when the leader last heard from each node, which nodes change
 * status: a pure function of the store's nodes and the times given.
 */
export function statusChanges(
  nodes: readonly Node[],
  heard: { lastSeenMs(nodeId: string): number | undefined; readonly leaderSinceMs: number },
  nowMs: number,
  periodMs: number,
): Node[] {
  const graceMs = periodMs * graceMultiplier;
  const changed: Node[] = [];
  for (const node of nodes) {
    const seenMs = heard.lastSeenMs(node.id);
    if (seenMs !== undefined && nowMs - seenMs <= graceMs) {
      if (node.status.state !== "ready") changed.push(withState(node, "ready", ""));
      continue;
    }
    const sinceMs = seenMs ?? heard.leaderSinceMs;
    const deadlineMs = sinceMs + (seenMs === undefined ? graceMs * leaderChangeGraces : graceMs);
    if (node.status.state !== "down" && nowMs > deadlineMs) {
      changed.push(withState(node, "down", `no heartbeat for ${nowMs - sinceMs} ms`));
    }
  }
  return changed;
}

function withState(node: Node, state: "ready" | "down", message: string): Node {
  return { ...node, status: { ...node.status, state, message } };
}

/** NodeLiveness runs on every manager and acts while it leads. */
export class NodeLiveness {
  readonly #lastSeenMs = new Map<string, number>();
  #leaderSinceMs: number | null = null;
  #cancel: Cancel | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #closed = false;

  constructor(
    private readonly ctx: ApiContext,
    readonly periodMs = heartbeatPeriodMsDefault,
  ) {}

  start(): void {
    this.#cancel = this.ctx.clock.setInterval(() => this.check(), this.periodMs);
  }

  /** record takes a heartbeat from `nodeId`, on the leader; a node not ready is marked at once. */
  record(nodeId: string): void {
    if (!this.#leading()) return;
    this.#lastSeenMs.set(nodeId, this.ctx.clock.monotonicMs());
    if (this.ctx.node.store.get("node", nodeId)?.status.state !== "ready") this.check();
  }

  /** check proposes the status changes due now; one round at a time. */
  check(): void {
    if (this.#closed) return;
    if (this.#running !== null) {
      this.#again = true;
      return;
    }
    this.#running = this.#round()
      .catch((error: unknown) => this.ctx.log.debug("liveness-failed", { code: codeOf(error), error }))
      .finally(() => {
        this.#running = null;
        if (this.#again) {
          this.#again = false;
          this.check();
        }
      });
  }

  #leading(): boolean {
    const node = this.ctx.node;
    if (node.isLeader && node.lifecycle === "running") {
      if (this.#leaderSinceMs === null) {
        this.#leaderSinceMs = this.ctx.clock.monotonicMs();
        this.#lastSeenMs.clear();
      }
      return true;
    }
    this.#leaderSinceMs = null;
    return false;
  }

  async #round(): Promise<void> {
    if (!this.#leading()) return;
    const nowMs = this.ctx.clock.monotonicMs();
    // The leader hears itself.
    this.#lastSeenMs.set(this.ctx.identity.nodeId, nowMs);
    const heard = {
      lastSeenMs: (id: string) => this.#lastSeenMs.get(id),
      leaderSinceMs: this.#leaderSinceMs ?? nowMs,
    };
    for (const node of statusChanges(this.ctx.node.store.list("node"), heard, nowMs, this.periodMs)) {
      if (this.#closed || !this.#leading()) return;
      const actions: StoreAction[] = [{ action: "update", kind: "node", object: node }];
      // A conflict (the node changed meanwhile) is decided again next round.
      await propose(this.ctx, actions).then(
        () => this.ctx.log.info("node-status", { target: node.id, state: node.status.state }),
        (error: unknown) => this.ctx.log.debug("node-status-failed", { code: codeOf(error) }),
      );
    }
  }

  /** close stops the timer and waits for the round in progress. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#cancel?.();
    this.#cancel = null;
    await this.#running;
  }
}
