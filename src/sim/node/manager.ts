// One simulated manager around a running RaftNode: the production leader controllers (unlock
// key, network keys, join tokens), the key file kept sealed under the cluster's unlock key
// (KekSync), and the API router with its handlers, as src/manager/manager.ts wires them, minus
// TLS, the control socket and certificate renewal. Calls arrive as local calls (the `keel`
// command on that machine); secrets methods are not leader-only, so a follower proposes and
// Raft forwards the proposal to the leader.
import type { EntropySource } from "../../entropy.js";
import type { ApiContext } from "../../manager/api/context.js";
import type { MethodName } from "../../manager/api/methods.js";
import { Router } from "../../manager/api/router.js";
import { Controllers } from "../../manager/controllers.js";
import { ManagerError } from "../../manager/errors.js";
import { FollowedChanges } from "../../manager/followed-changes.js";
import { KekSync } from "../../manager/kek-sync.js";
import type { Logger } from "../../manager/log.js";
import { NetworkKeyTracker } from "../../manager/network-keys.js";
import { ApiGuards } from "../../manager/api/guards.js";
import { Refusals } from "../../manager/refusals.js";
import { NODE_DEFAULTS } from "../../node/options.js";
import { Counters } from "../../transport/counters.js";
import type { NodeEvent } from "../../node/events.js";
import { nodeIdFromRaftId } from "../../node/identity.js";
import type { RaftNode } from "../../node/raft-node.js";
import type { Clock } from "../../node/seams.js";
import type { Wal } from "../../wal/wal.js";

export interface SimManagerParts {
  readonly node: RaftNode;
  readonly wal: Wal;
  readonly clusterId: string;
  readonly address: string;
  readonly clock: Clock;
  readonly entropy: EntropySource;
  readonly log: Logger;
  readonly controllerIntervalMs: number;
}

export class SimManager {
  readonly node: RaftNode;
  readonly ctx: ApiContext;
  readonly #router: Router;
  readonly #controllers: Controllers;
  readonly #kek: KekSync;
  readonly #followed: FollowedChanges;
  #resolveStopped: () => void = () => undefined;
  #closing: Promise<void> | null = null;

  constructor(parts: SimManagerParts) {
    this.node = parts.node;
    const identity = {
      nodeId: nodeIdFromRaftId(parts.node.id),
      role: "manager" as const,
      clusterId: parts.clusterId,
    };
    this.ctx = {
      node: parts.node,
      wal: parts.wal,
      identity,
      address: parts.address,
      rootCaPem: "",
      certificateNotAfterMs: Number.MAX_SAFE_INTEGER,
      clock: parts.clock,
      entropy: parts.entropy,
      log: parts.log,
      networkKeys: new NetworkKeyTracker(parts.log),
      stopped: new Promise((resolve) => (this.#resolveStopped = resolve)),
      ticks: { heartbeatTicks: NODE_DEFAULTS.heartbeatTicks, electionTicks: NODE_DEFAULTS.electionTicks },
      // Node liveness is not simulated here: heartbeats are not sent, and one arriving is ignored.
      heartbeats: { record: () => undefined, periodMs: Number.MAX_SAFE_INTEGER },
      guards: new ApiGuards(new Refusals(new Counters(), parts.log, parts.clock), parts.clock),
    };
    // No secrets method is leader-only: nothing is forwarded at the API level here.
    this.#router = new Router(this.ctx, (method) =>
      Promise.reject(new ManagerError({ code: "NO_LEADER", operation: method })),
    );
    this.#controllers = new Controllers(this.ctx, parts.controllerIntervalMs);
    this.#kek = new KekSync(parts.node, parts.wal, parts.log);
    this.#followed = new FollowedChanges(parts.node.store);
  }

  start(): void {
    this.#controllers.start();
    this.#kek.check();
    this.#controllers.kick();
  }

  /** Follows the node as Manager#onNodeEvent does for the parts simulated here. */
  onNodeEvent(event: NodeEvent): void {
    if (this.#closing !== null) return;
    if (event.kind === "role" && event.role === "leader") this.#controllers.kick();
    if (event.kind === "applied" || event.kind === "restored") {
      this.#kek.check();
      if (this.#followed.changed()) this.#controllers.kick();
    }
  }

  /** call runs an API method as the local `keel` command would. */
  call(method: MethodName, body: Uint8Array): Promise<Uint8Array> {
    if (this.#closing !== null)
      return Promise.reject(new ManagerError({ code: "STOPPED", state: "stopped" }));
    return this.#router.call(method, body, { caller: this.ctx.identity, local: true, forwarded: false });
  }

  /** close stops the controllers and waits for the key file re-seal in progress. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#resolveStopped();
      await this.#controllers.close();
      this.#followed.close();
      await this.#kek.idle();
    })();
    return this.#closing;
  }
}
