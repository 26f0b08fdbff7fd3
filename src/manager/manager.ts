// A running manager: the Raft node on its encrypted WAL, the mutual-TLS listener serving Raft
// and the client API, the control socket for the `keel` command, the leader's controllers, the
// key file kept sealed under the cluster's unlock key, and the node's view of network keys.
// Built by open.ts (restart), bootstrap.ts (init) and join.ts (join); stopped by stop().
import type { ClassicLevel } from "classic-level";
import type { NodeIdentity } from "../ca/index.js";
import type { EntropySource } from "../entropy.js";
import type { Cluster } from "../fsm/index.js";
import { soleCluster } from "../fsm/index.js";
import { keelapi } from "../gen/api.js";
import type { Clock, InitialState, NodeEvent, RaftTuning } from "../node/index.js";
import { NODE_DEFAULTS, RaftNode, nodeIdFromRaftId } from "../node/index.js";
import { Prng } from "../raft/prng.js";
import type { TlsCredentials, TlsListener } from "../transport/index.js";
import { RpcServer, TlsRaftTransport, raftIdOf, serveRootCa } from "../transport/index.js";
import type { Recovered, Wal } from "../wal/index.js";
import type { ApiContext } from "./api/context.js";
import type { ApiRateLimits } from "./api/guards.js";
import { ApiGuards } from "./api/guards.js";
import { localMethods } from "./api/methods.js";
import { Router, isApiMethod } from "./api/router.js";
import { dekState, rotateDek, status } from "./api/status.js";
import { ControlServer } from "./control-socket.js";
import { Controllers } from "./controllers.js";
import type { DataDir } from "./data-dir.js";
import { ManagerError } from "./errors.js";
import { randomBytes } from "../entropy.js";
import { HeartbeatSender } from "./heartbeat-sender.js";
import { FollowedChanges } from "./followed-changes.js";
import { KekSync } from "./kek-sync.js";
import { LeaderLink } from "./leader-link.js";
import { NodeLiveness, heartbeatPeriodMsDefault } from "./liveness.js";
import type { Logger } from "./log.js";
import type { NodeObserver } from "./options.js";
import { NetworkKeyTracker } from "./network-keys.js";
import { Refusals } from "./refusals.js";
import { certificateNotAfterMs } from "./api/views.js";
import { rename } from "node:fs/promises";
import { createNodeKey, splitPemChain } from "../ca/index.js";
import { methods } from "./api/methods.js";
import { writeAtomic } from "./data-dir.js";
import { CertificateRenewer, checkRenewed } from "./renewal.js";
import { pkcs8Pem } from "./storage.js";
import { backup } from "./recovery/backup.js";
import { trustPemOf } from "./ca-rotation/roots.js";
import { TrustFollower } from "./ca-rotation/trust-follower.js";
import type { RunningTicks } from "./settings.js";
import { storedTicks } from "./stored-ticks.js";

export interface ManagerParts {
  readonly dir: DataDir;
  readonly identity: NodeIdentity;
  readonly address: string;
  readonly rootCaPem: string;
  readonly certificatePem: string;
  readonly credentials: TlsCredentials;
  readonly listener: TlsListener;
  readonly db: ClassicLevel<string, Uint8Array>;
  readonly wal: Wal;
  readonly recovered: Recovered;
  readonly initial?: InitialState;
  readonly clock: Clock;
  readonly entropy: EntropySource;
  readonly log: Logger;
  readonly tuning?: ManagerTuning;
  readonly observer?: NodeObserver;
}

/** ManagerTuning: Raft timing and controller pace (tests shorten them). */
export interface ManagerTuning {
  readonly tickMs?: number;
  readonly electionTicks?: number;
  readonly snapshotEveryEntries?: number;
  readonly controllerIntervalMs?: number;
  readonly raft?: RaftTuning;
  /** How often, at most, a node looks at its certificate's renewal point (src/manager/renewal.ts). */
  readonly renewalCheckMs?: number;
  /** Rate limits of the API (src/manager/api/guards.ts). */
  readonly rateLimits?: Partial<ApiRateLimits>;
  /** At most one log line per refusal kind and source in this long (src/manager/refusals.ts). */
  readonly refusalLogIntervalMs?: number;
  /** How often nodes heartbeat to the leader (src/manager/liveness.ts). */
  readonly heartbeatPeriodMs?: number;
}

type State = "running" | "stopping" | "stopped";

export class Manager {
  readonly node: RaftNode;
  readonly identity: NodeIdentity;
  readonly address: string;
  readonly dir: DataDir;
  readonly networkKeys: NetworkKeyTracker;
  /** Every refusal of this manager by kind (transport and API): what status and metrics show. */
  readonly refusals: Refusals;
  readonly #parts: ManagerParts;
  readonly #ctx: ApiContext;
  readonly #router: Router;
  readonly #rpc: RpcServer;
  readonly #controllers: Controllers;
  readonly #kek: KekSync;
  readonly #followed: FollowedChanges;
  readonly #leaderLink: LeaderLink;
  readonly #renewer: CertificateRenewer;
  readonly #trust: TrustFollower;
  readonly #liveness: NodeLiveness;
  readonly #heartbeats: HeartbeatSender;
  #control: ControlServer | null = null;
  /** The snapshot policy last applied from the store, as "interval/kept". */
  #snapshotPolicy = "";
  #state: State = "running";
  #removed = false;
  #stopping: Promise<void> | null = null;
  readonly #stopped: Promise<void>;
  #resolveStopped: () => void = () => undefined;
  /** Resolves with why the manager ended: stopped, removed from the cluster, or failed. */
  readonly done: Promise<"stopped" | "removed" | "failed">;
  #resolveDone: (why: "stopped" | "removed" | "failed") => void = () => undefined;

  private constructor(parts: ManagerParts, node: RaftNode, log: Logger, ticks: RunningTicks) {
    this.#parts = parts;
    this.node = node;
    this.identity = parts.identity;
    this.address = parts.address;
    this.dir = parts.dir;
    this.networkKeys = new NetworkKeyTracker(log);
    this.#stopped = new Promise((resolve) => (this.#resolveStopped = resolve));
    this.done = new Promise((resolve) => (this.#resolveDone = resolve));
    this.refusals = new Refusals(
      parts.listener.counters,
      log,
      parts.clock,
      parts.tuning?.refusalLogIntervalMs,
    );
    this.#ctx = {
      node,
      wal: parts.wal,
      identity: parts.identity,
      address: parts.address,
      rootCaPem: parts.rootCaPem,
      get certificateNotAfterMs(): number {
        return certificateNotAfterMs(parts.credentials.certificatePem);
      },
      clock: parts.clock,
      entropy: parts.entropy,
      log,
      networkKeys: this.networkKeys,
      ticks,
      heartbeats: {
        record: (nodeId) => this.#liveness.record(nodeId),
        periodMs: parts.tuning?.heartbeatPeriodMs ?? heartbeatPeriodMsDefault,
      },
      stopped: this.#stopped,
      guards: new ApiGuards(this.refusals, parts.clock, parts.tuning?.rateLimits),
    };
    this.#liveness = new NodeLiveness(this.#ctx, this.#ctx.heartbeats.periodMs);
    this.#heartbeats = new HeartbeatSender(
      { clock: parts.clock, log },
      // Through the router: to the leader, or recorded here when this manager leads.
      (body) =>
        this.#router.call(methods.heartbeat, body, { caller: this.identity, local: false, forwarded: false }),
      this.#ctx.heartbeats.periodMs,
    );
    this.#leaderLink = new LeaderLink(node, parts.credentials, parts.clock);
    this.#router = new Router(this.#ctx, (method, body) => this.#leaderLink.call(method, body));
    this.#rpc = new RpcServer({ listener: parts.listener });
    this.#controllers = new Controllers(this.#ctx, parts.tuning?.controllerIntervalMs);
    this.#kek = new KekSync(node, parts.wal, log);
    // Before the node applies anything: nothing applied goes unseen.
    this.#followed = new FollowedChanges(node.store);
    this.#renewer = new CertificateRenewer({
      clock: parts.clock,
      entropy: parts.entropy,
      log,
      certificatePem: () => parts.credentials.certificatePem,
      renew: () => this.#renewCertificate(),
      ...(parts.tuning?.renewalCheckMs === undefined ? {} : { checkMs: parts.tuning.renewalCheckMs }),
    });
    this.#trust = new TrustFollower({
      credentials: parts.credentials,
      rootFile: parts.dir.rootCa,
      log,
      renewNow: () => this.#renewer.renewNow(),
      onTrustChanged: () => parts.listener.setCredentials(parts.credentials),
    });
  }

  /** start runs a manager from its parts; they are owned by the manager from here on. */
  static async start(parts: ManagerParts): Promise<Manager> {
    const log = parts.log;
    let manager: Manager | null = null;
    const observe = parts.observer?.onNodeEvent;
    const onEvent = (event: NodeEvent): void => {
      observe?.(event);
      if (manager !== null) manager.#onNodeEvent(event);
    };
    const seed = new DataView(randomBytes(parts.entropy, 4).buffer).getUint32(0);
    const prng = Prng.fromSeed(seed);
    const transport = new TlsRaftTransport(
      { listener: parts.listener, credentials: parts.credentials },
      { clock: parts.clock, prng: prng.fork() },
    );
    const t = parts.tuning ?? {};
    const ticks = startTicks(parts);
    const node = await RaftNode.open({
      id: raftIdOf(parts.identity.nodeId),
      wal: parts.wal,
      recovered: parts.recovered,
      transport,
      clock: parts.clock,
      prng,
      onEvent,
      ...(parts.initial === undefined ? {} : { initial: parts.initial }),
      ...(t.tickMs === undefined ? {} : { tickMs: t.tickMs }),
      electionTicks: ticks.electionTicks,
      heartbeatTicks: ticks.heartbeatTicks,
      ...(t.snapshotEveryEntries === undefined ? {} : { snapshotEveryEntries: t.snapshotEveryEntries }),
      ...(t.raft === undefined ? {} : { raft: t.raft }),
    }).catch(async (error: unknown) => {
      await transport.close();
      await releaseParts(parts);
      throw error;
    });
    manager = new Manager(parts, node, log, ticks);
    try {
      await manager.#start();
    } catch (error) {
      // What started is stopped and every part released (the WAL's database lock, the port):
      // a later start on the same data dir must not find them held.
      await manager.stop({ transferLeadership: false }).catch(() => undefined);
      throw error;
    }
    return manager;
  }

  async #start(): Promise<void> {
    const p = this.#parts;
    this.#router.register(this.#rpc);
    // The cluster's root now (a root rotation changes it), what join tokens name.
    serveRootCa(this.#rpc, () => {
      const cluster = soleCluster(this.node.store);
      if (cluster !== undefined) return Buffer.from(cluster.rootCa.caCertPem).toString("utf8");
      // Not replicated here yet: the first of the roots this node trusts is the root.
      return splitPemChain(p.rootCaPem)[0] ?? p.rootCaPem;
    });
    this.#rpc.start();
    await this.node.start();
    this.#control = await ControlServer.listen(p.dir.controlSocket, (method, body) =>
      this.#local(method, body),
    );
    this.#controllers.start();
    this.#liveness.start();
    this.#heartbeats.start();
    this.#renewer.start();
    this.#syncFromStore();
    p.log.info("ready", {
      role: "manager",
      address: this.address,
      cluster: this.identity.clusterId,
      control: p.dir.controlSocket,
      lifecycle: this.node.lifecycle,
    });
    if (this.node.lifecycle === "removed") this.#onRemoved();
  }

  /** The API context, for tests and the CLI's in-process use. */
  get context(): ApiContext {
    return this.#ctx;
  }

  /** call runs an API method as the local `keel` command would (control socket semantics). */
  async call(method: string, body: Uint8Array): Promise<Uint8Array> {
    return this.#local(method, body);
  }

  async #local(method: string, body: Uint8Array): Promise<Uint8Array> {
    if (this.#state !== "running") throw new ManagerError({ code: "STOPPED", state: this.#state });
    if (isApiMethod(method)) {
      const answer = await this.#router.call(method, body, {
        caller: this.identity,
        local: true,
        forwarded: false,
      });
      // The leader took this manager out (`keel leave --force`): done, even if the commit of its
      // removal never reaches it.
      if (method === methods.nodeLeave) this.#onRemoved();
      return answer;
    }
    switch (method) {
      case localMethods.status:
        return status(this.#ctx);
      case localMethods.rotateDek:
        return rotateDek(this.#ctx);
      case localMethods.unlock:
        throw new ManagerError({ code: "NOT_LOCKED" });
      case localMethods.backup:
        return backup(this.#ctx, body);
      case "local.DekState":
        return dekState(this.#ctx);
      default:
        throw new ManagerError({
          code: "INVALID_ARGUMENT",
          field: "method",
          reason: `unknown method ${method.slice(0, 64)}`,
        });
    }
  }

  #onNodeEvent(event: NodeEvent): void {
    const log = this.#parts.log;
    switch (event.kind) {
      case "role":
        log.info("role", {
          raftState: event.role,
          leader: event.leader === 0 ? "" : nodeIdFromRaftId(event.leader),
          term: event.term,
        });
        if (event.role === "leader") {
          log.info("leader", { term: event.term });
          this.#controllers.kick();
        }
        return;
      case "applied":
      case "restored":
        if (!this.#followed.changed()) {
          // A failed re-seal of the key file is retried after every batch, as before.
          this.#kek.check();
          return;
        }
        this.#syncFromStore();
        this.#controllers.kick();
        return;
      case "membership":
        log.info("membership", {
          voters: event.voters.map(nodeIdFromRaftId),
          learners: event.learners.map(nodeIdFromRaftId),
        });
        return;
      case "snapshot":
        log.info("snapshot", { index: event.index, reason: event.reason });
        if (event.reason === "dek-rotation" && this.#parts.wal.status === "open") {
          const rotation = this.#parts.wal.rotation();
          if (rotation.state === "idle") log.info("dek-rotated", { keyId: this.#parts.wal.keyIds.current });
        }
        return;
      case "promoting":
        log.info("promoting", { member: nodeIdFromRaftId(event.id) });
        return;
      case "removed":
        this.#onRemoved();
        return;
      case "failed":
        log.error("node-failed", { operation: event.operation, error: event.error });
        this.#resolveDone("failed");
        return;
      case "started":
        log.info("raft-started", { applied: event.applied });
        return;
      case "lost-entries":
        log.warn("lost-entries", {
          cause: event.cause,
          lastIndex: event.lastIndex,
          recoverTo: event.recoverTo,
          reason:
            "the WAL lost entries this manager may have acknowledged; it will not vote until a leader repairs them",
        });
        return;
      case "repaired":
        log.info("repaired", { index: event.index });
        return;
      case "dropped-message":
        log.debug("dropped-message", { from: nodeIdFromRaftId(event.from), reason: event.reason });
        return;
      case "saved":
      case "proposal":
      case "snapshot-encoding":
      case "compacted":
      case "raft":
      case "stopped":
        return;
    }
  }

  #onRemoved(): void {
    if (this.#removed) return;
    this.#removed = true;
    this.#parts.log.warn("removed", { reason: "this manager was removed from the cluster" });
    this.#resolveDone("removed");
  }

  /** Follows the store: the key file's KEK, the roots to trust, and this node's view of network keys. */
  #syncFromStore(): void {
    this.#kek.check();
    const cluster = soleCluster(this.node.store);
    if (cluster === undefined) return;
    this.#applySettings(cluster);
    const self = this.node.store.get("node", this.identity.nodeId);
    this.#trust.follow({ trustPem: trustPemOf(cluster), rotate: self?.certificate.state === "rotate" });
    this.networkKeys.update(
      cluster.meta.version,
      cluster.networkBootstrapKeys.map((k) => ({
        subsystem: k.subsystem,
        key: k.key,
        lamportTime: k.lamportTime,
      })),
    );
  }

  /**
   * #applySettings follows the cluster's snapshot settings, live (src/manager/settings.ts); a
   * test's tuning, when it sets the interval, wins.
   */
  #applySettings(cluster: Cluster): void {
    const raft = cluster.spec.raft;
    const policy = {
      snapshotEveryEntries: raft.snapshotInterval,
      keepEntriesAfterSnapshot: raft.logEntriesForSlowFollowers,
    };
    if (this.#parts.tuning?.snapshotEveryEntries !== undefined) return;
    if (this.#snapshotPolicy === `${policy.snapshotEveryEntries}/${policy.keepEntriesAfterSnapshot}`) return;
    this.#snapshotPolicy = `${policy.snapshotEveryEntries}/${policy.keepEntriesAfterSnapshot}`;
    this.node.setSnapshotPolicy(policy);
    this.#parts.log.info("settings-applied", policy);
  }

  /**
   * #renewCertificate asks for a new certificate for a fresh key (through this manager's own API,
   * authorized by its identity), stores both (key in the sealed key file), and swaps them into
   * the listener and every later dial.
   */
  async #renewCertificate(): Promise<void> {
    const p = this.#parts;
    const key = await createNodeKey();
    const body = await this.#router.call(
      methods.renewCertificate,
      keelapi.JoinRequest.encode({ csrPem: key.csrPem }).finish(),
      { caller: this.identity, local: false, forwarded: false },
    );
    const certificatePem = keelapi.JoinResponse.decode(body).certificatePem;
    checkRenewed(certificatePem, this.identity);
    const keyPem = await pkcs8Pem(key.keys.privateKey);
    // Checked before anything is written (another root, a key not its own); swapped in once
    // on disk, so what the node shows is what a restart would present.
    await p.credentials.checkReplacement({ certificatePem, privateKey: keyPem });
    await writeAtomic(p.dir.renewedCertificate, certificatePem);
    const tlsKey = new Uint8Array(Buffer.from(keyPem, "utf8"));
    try {
      await p.wal.replaceTlsKey(tlsKey);
    } finally {
      tlsKey.fill(0);
    }
    await rename(p.dir.renewedCertificate, p.dir.certificate);
    await p.credentials.replace({ certificatePem, privateKey: keyPem });
    p.listener.setCredentials(p.credentials);
  }

  /** kekIdle resolves once the key file is sealed under the KEK of everything applied so far. */
  kekIdle(): Promise<void> {
    return this.#kek.idle();
  }

  /**
   * stop shuts down: controllers, control socket, then the node (a leader hands leadership
   * over first unless `transferLeadership` is false), the API server, the listener, the
   * credentials (wiping the key), and the database. Idempotent.
   */
  stop(options: { transferLeadership?: boolean } = {}): Promise<void> {
    this.#stopping ??= this.#stop(options.transferLeadership ?? true);
    return this.#stopping;
  }

  async #stop(transferLeadership: boolean): Promise<void> {
    const p = this.#parts;
    this.#state = "stopping";
    p.log.info("stopping", {});
    this.#resolveStopped();
    this.#heartbeats.close();
    await this.#renewer.close();
    await this.#trust.idle();
    await this.#liveness.close();
    await this.#controllers.close();
    await this.#control?.close();
    await this.node.stop({ transferLeadership });
    this.#followed.close();
    await this.#kek.idle();
    await this.#leaderLink.close();
    await this.#rpc.close();
    await p.listener.close();
    this.refusals.close();
    p.credentials.close();
    await p.db.close();
    this.#state = "stopped";
    p.log.info("stopped", {});
    this.#resolveDone("stopped");
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}

/**
 * startTicks: the Raft ticks this manager runs with until it stops — the cluster's, as its log
 * holds them (src/manager/stored-ticks.ts), or the defaults in a new log; a test's tuning of
 * the election ticks wins.
 */
function startTicks(parts: ManagerParts): RunningTicks {
  const stored = storedTicks(parts.recovered);
  return {
    heartbeatTicks: stored?.heartbeatTicks ?? NODE_DEFAULTS.heartbeatTicks,
    electionTicks: parts.tuning?.electionTicks ?? stored?.electionTicks ?? NODE_DEFAULTS.electionTicks,
  };
}

/** releaseParts closes what a manager was to own, when it never started (idempotent parts). */
export async function releaseParts(parts: ManagerParts): Promise<void> {
  await parts.wal.close().catch(() => undefined);
  await parts.listener.close();
  parts.credentials.close();
  await parts.db.close().catch(() => undefined);
}

/** statusBody decodes a status response (for callers of `local.Status`). */
export function decodeStatus(body: Uint8Array): keelapi.StatusResponse {
  return keelapi.StatusResponse.decode(body);
}
