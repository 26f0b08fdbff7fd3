// A worker node: a certificate and no Raft. It keeps a network-key watch open on one of the
// managers (mutual TLS with its worker certificate) and feeds each keyring to the agent-side
// key handling; the `keel` command's manager-API requests are forwarded to a manager with the
// worker's own certificate, so the manager refuses them (RPC_FORBIDDEN), as it must.
//
// Promotion (SwarmKit's role change): when the watch says the desired role is manager, the
// worker asks for a manager certificate for its own node id (a renewal authorized by its worker
// certificate and the desired role in the store, no token), then becomes a manager in the same
// process like a joining one: unlock key over mutual TLS, key file, WAL, learner, voter. `done`
// resolves "promoted" and `successor` is the manager.
import { readFile, rename } from "node:fs/promises";
import type { NodeIdentity } from "../ca/index.js";
import { createNodeKey, identityOf, x509 } from "../ca/index.js";
import { keelapi } from "../gen/api.js";
import type { Cancel, Clock } from "../node/index.js";
import { RpcClient, TlsCredentials } from "../transport/index.js";
import { localMethods, methods } from "./api/methods.js";
import { certificateNotAfterMs } from "./api/views.js";
import { ControlServer } from "./control-socket.js";
import type { DataDir, NodeFile } from "./data-dir.js";
import { clearPromotion, finishPromotion, writeAtomic, writeNodeFile } from "./data-dir.js";
import { peersOf, startJoinedManager } from "./joined-manager.js";
import { advertisedOf } from "./advertise.js";
import type { Manager } from "./manager.js";
import { pkcs8Pem, splitAddress } from "./storage.js";
import { CertificateRenewer, checkRenewed, settleRenewal } from "./renewal.js";
import { ManagerError, codeOf } from "./errors.js";
import { TrustFollower } from "./ca-rotation/trust-follower.js";
import { HeartbeatSender } from "./heartbeat-sender.js";
import { heartbeatPeriodMsDefault } from "./liveness.js";
import { u64 } from "./ids.js";
import type { Logger } from "./log.js";
import { NetworkKeyTracker } from "./network-keys.js";
import type { ResolvedDeps } from "./options.js";

/** How long one watch call waits on the manager before it answers anyway. */
const watchWaitMs = 5_000;
const backoffMsMax = 5_000;

/** How long a worker waits for a manager certificate when promoted. */
const promotionCallTimeoutMs = 30_000;
/** Where a promoted worker listens when its join gave no --listen. */
const promotedListenDefault = "127.0.0.1:0";

export class Worker {
  readonly identity: NodeIdentity;
  readonly networkKeys: NetworkKeyTracker;
  readonly done: Promise<"stopped" | "removed" | "failed" | "promoted">;
  #resolveDone: (why: "stopped" | "removed" | "promoted") => void = () => undefined;
  #successor: Manager | null = null;
  readonly #renewer: CertificateRenewer;
  readonly #trust: TrustFollower;
  readonly #heartbeats: HeartbeatSender;
  #client: RpcClient | null = null;
  #managerIndex = 0;
  #control: ControlServer | null = null;
  #stopping: Promise<void> | null = null;
  #loop: Promise<void> = Promise.resolve();
  #cancelSleep: Cancel | null = null;
  #wake: () => void = () => undefined;
  #desiredRole = "worker";
  #ready = false;
  #managerAddress = "";
  #managers: readonly string[];
  /** The worker's background node.json writes (#followManagers), chained. */
  #nodeFileWrites: Promise<void> = Promise.resolve();
  private readonly clock: Clock;

  private constructor(
    readonly dir: DataDir,
    private readonly node: NodeFile,
    private readonly credentials: TlsCredentials,
    private readonly deps: ResolvedDeps,
    private readonly log: Logger,
  ) {
    this.clock = deps.clock;
    this.identity = { nodeId: node.nodeId, role: "worker", clusterId: node.clusterId };
    this.#managers = node.managers;
    this.networkKeys = new NetworkKeyTracker(log);
    this.done = new Promise((resolve) => (this.#resolveDone = resolve));
    this.#renewer = new CertificateRenewer({
      clock: deps.clock,
      entropy: deps.entropy,
      log,
      certificatePem: () => this.credentials.certificatePem,
      renew: () => this.#renewCertificate(),
      ...(deps.tuning.renewalCheckMs === undefined ? {} : { checkMs: deps.tuning.renewalCheckMs }),
    });
    this.#trust = new TrustFollower({
      credentials,
      rootFile: dir.rootCa,
      log,
      renewNow: () => this.#renewer.renewNow(),
    });
    // On the connection the watch keeps (dialing here too would race it for #client); the
    // manager forwards to the leader, which answers with the period.
    this.#heartbeats = new HeartbeatSender(
      { clock: deps.clock, log },
      (body) => {
        const client = this.#client;
        if (client?.isOpen !== true) {
          return Promise.reject(new ManagerError({ code: "NO_LEADER", operation: methods.heartbeat }));
        }
        return client.call(methods.heartbeat, body);
      },
      deps.tuning.heartbeatPeriodMs ?? heartbeatPeriodMsDefault,
    );
  }

  /** #renewCertificate gets a new worker certificate for a fresh key over mTLS and swaps them in. */
  async #renewCertificate(): Promise<void> {
    const client = await this.#connect();
    const key = await createNodeKey();
    const body = await client.call(
      methods.renewCertificate,
      keelapi.JoinRequest.encode({ csrPem: key.csrPem }).finish(),
      { timeoutMs: promotionCallTimeoutMs },
    );
    const certificatePem = keelapi.JoinResponse.decode(body).certificatePem;
    // A worker promoted meanwhile gets a manager certificate: the promotion takes it from here.
    checkRenewed(certificatePem, this.identity);
    if (this.#stopping !== null || this.#successor !== null) return;
    const keyPem = await pkcs8Pem(key.keys.privateKey);
    // Checked before anything is written: a certificate not for this key (two renewals racing
    // for one node) or not of this root is refused. Swapped in once on disk.
    await this.credentials.checkReplacement({ certificatePem, privateKey: keyPem });
    await writeAtomic(this.dir.renewedCertificate, certificatePem);
    await writeAtomic(this.dir.workerKey, keyPem, 0o600);
    await rename(this.dir.renewedCertificate, this.dir.certificate);
    await this.credentials.replace({ certificatePem, privateKey: keyPem });
  }

  static async open(dir: DataDir, node: NodeFile, deps: ResolvedDeps): Promise<Worker> {
    const [rootCaPem, privateKey] = await Promise.all([
      readFile(dir.rootCa, "utf8"),
      readFile(dir.workerKey, "utf8"),
    ]);
    await settleRenewal(dir, privateKey);
    const certificatePem = await readFile(dir.certificate, "utf8");
    const credentials = await TlsCredentials.create({ rootCaPem, certificatePem, privateKey });
    const worker = new Worker(dir, node, credentials, deps, deps.log);
    try {
      await worker.#serveControl();
    } catch (error) {
      credentials.close();
      throw error;
    }
    worker.#loop = worker.#watch();
    worker.#renewer.start();
    worker.#heartbeats.start();
    deps.log.info("started", { role: "worker", managers: node.managers, control: dir.controlSocket });
    return worker;
  }

  /** The manager this worker became when promoted (`done` resolved "promoted"), else null. */
  get successor(): Manager | null {
    return this.#successor;
  }

  async #serveControl(): Promise<void> {
    this.#control = await ControlServer.listen(this.dir.controlSocket, (method, body) =>
      this.call(method, body),
    );
  }

  /** call answers the `keel` command: status locally, API methods through a manager. */
  async call(method: string, body: Uint8Array): Promise<Uint8Array> {
    if (this.#stopping !== null) throw new ManagerError({ code: "STOPPED", state: "stopping" });
    if (method === localMethods.status) return keelapi.StatusResponse.encode(this.status()).finish();
    if (method === localMethods.unlock) throw new ManagerError({ code: "NOT_LOCKED" });
    if (method.startsWith("local.")) throw new ManagerError({ code: "NOT_A_MANAGER", method });
    const answer = await (await this.#connect()).call(method, body);
    // Removed from the cluster (`keel leave`): the worker stops once this answer is written.
    if (method === methods.nodeLeave) {
      this.log.info("left", {});
      this.#resolveDone("removed");
    }
    return answer;
  }

  status(): keelapi.StatusResponse.$Properties {
    return {
      nodeId: this.node.nodeId,
      role: "worker",
      clusterId: this.node.clusterId,
      state: this.#ready ? "running" : "connecting",
      address: "",
      leaderAddress: this.#managerAddress,
      certificateNotAfterMs: certificateNotAfterMs(this.credentials.certificatePem),
      networkKeys: this.networkKeys.primaries(),
      clusterVersion: this.networkKeys.version,
    };
  }

  async #connect(): Promise<RpcClient> {
    if (this.#client?.isOpen === true) return this.#client;
    const managers = this.#managers;
    if (managers.length === 0)
      throw new ManagerError({ code: "FAILED_PRECONDITION", reason: "no manager address is known" });
    const address = managers[this.#managerIndex % managers.length] ?? "";
    this.#managerIndex++;
    this.#client = await RpcClient.connect(
      { address, trust: { kind: "node", credentials: this.credentials } },
      { clock: this.clock },
    );
    this.#managerAddress = address;
    return this.#client;
  }

  async #watch(): Promise<void> {
    let backoffMs = 100;
    while (this.#stopping === null) {
      try {
        const client = await this.#connect();
        const request = keelapi.WatchNetworkKeysRequest.encode({
          sinceVersion: this.networkKeys.version,
          waitMs: watchWaitMs,
        }).finish();
        const body = await client.call(methods.watchNetworkKeys, request, {
          timeoutMs: watchWaitMs + 10_000,
        });
        const response = keelapi.NetworkKeysResponse.decode(body);
        this.networkKeys.update(
          u64(response.version),
          response.keys.map((k) => ({
            subsystem: k.subsystem ?? "",
            key: k.key ?? new Uint8Array(0),
            lamportTime: u64(k.lamportTime),
          })),
        );
        this.#followManagers(response.managers.map((m) => m.address ?? "").filter((a) => a !== ""));
        await this.#followTrust(client);
        if (!this.#ready) {
          this.#ready = true;
          this.log.info("ready", { role: "worker", manager: this.#managerAddress });
        }
        if (response.desiredRole !== "" && response.desiredRole !== this.#desiredRole) {
          this.#desiredRole = response.desiredRole;
          this.log.info("desired-role", { desiredRole: response.desiredRole });
        }
        if (response.desiredRole === "manager" && (await this.#promote(client))) return;
        backoffMs = 100;
      } catch (error) {
        if (this.#stopping !== null) return;
        this.log.warn("watch-failed", { manager: this.#managerAddress, error });
        await this.#client?.close();
        this.#client = null;
        await this.#sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, backoffMsMax);
      }
    }
  }

  /**
   * #promote becomes a manager: true once the manager runs (this worker is then done), false
   * when the worker is stopping. A failure leaves the worker serving as before (the watch
   * retries with backoff); what the attempt wrote is cleared by the next one.
   */
  async #promote(client: RpcClient): Promise<boolean> {
    const via = this.#managerAddress;
    this.log.info("promotion-started", { manager: via });
    await this.#renewer.close();
    this.#heartbeats.close();
    let manager: Manager | null;
    try {
      manager = await this.#becomeManager(client, via);
    } catch (error) {
      // Serving on as a worker: its control socket and its certificate's renewal with it.
      if (this.#stopping === null && this.#control === null) await this.#serveControl();
      this.#renewer.start();
      this.#heartbeats.start();
      throw error;
    }
    if (manager === null) return false;
    this.#successor = manager;
    this.log.info("promoted", { role: "manager", address: manager.address });
    await this.#client?.close();
    this.#client = null;
    this.credentials.close();
    this.#resolveDone("promoted");
    return true;
  }

  /**
   * #becomeManager gets a manager certificate and starts the manager on it: the manager, or
   * null when the worker is stopping. Throws when any step fails (the caller serves on).
   */
  async #becomeManager(client: RpcClient, via: string): Promise<Manager | null> {
    // Where it will listen and what it will advertise: an unspecified address is refused first.
    const listen = splitAddress(this.node.listen ?? promotedListenDefault);
    const advertised = advertisedOf(listen, this.node.advertise);
    const key = await createNodeKey();
    const body = await client.call(
      methods.renewCertificate,
      keelapi.JoinRequest.encode({ csrPem: key.csrPem }).finish(),
      { timeoutMs: promotionCallTimeoutMs },
    );
    const response = keelapi.JoinResponse.decode(body);
    const identity = identityOf(new x509.X509Certificate(response.certificatePem));
    if (
      identity.nodeId !== this.identity.nodeId ||
      identity.clusterId !== this.identity.clusterId ||
      identity.role !== "manager"
    ) {
      throw new ManagerError({
        code: "FAILED_PRECONDITION",
        reason: `the promotion certificate is for ${identity.role} ${identity.nodeId}`,
      });
    }
    if (this.#stopping !== null) return null;
    const dir = this.dir;
    // A worker's node file still being written must not land after the manager's.
    await this.#nodeFileWrites;
    await clearPromotion(dir);
    await writeAtomic(dir.promotedCertificate, response.certificatePem);
    const keyPem = await pkcs8Pem(key.keys.privateKey);
    // The roots trusted now: a root rotation may have changed them since the worker started.
    const rootCaPem = this.credentials.trustPems.join("");
    const credentials = await TlsCredentials.create({
      rootCaPem,
      certificatePem: response.certificatePem,
      privateKey: keyPem,
    });
    // The manager serves the control socket from here on.
    await this.#control?.close();
    this.#control = null;
    return startJoinedManager(
      {
        dir,
        identity,
        rootCaPem,
        certificatePem: response.certificatePem,
        keyPem,
        credentials,
        listen,
        advertised,
        via,
        peers: peersOf(response.managers),
      },
      this.deps,
      async (address, managers) => {
        await this.deps.faults.beforePromotionCommit?.();
        const node = { nodeId: identity.nodeId, clusterId: identity.clusterId, role: "manager" as const };
        await writeNodeFile(dir, { ...node, address, managers });
        await finishPromotion(dir, { format: 1, ...node, address, managers });
      },
    );
  }

  /**
   * #followTrust asks which roots to trust now and whether to renew (a root CA rotation). A
   * failure is left to the next watch answer: the watch itself is fine.
   */
  async #followTrust(client: RpcClient): Promise<void> {
    try {
      const body = await client.call(methods.caTrust, new Uint8Array(0));
      const response = keelapi.CaTrustResponse.decode(body);
      this.#trust.follow({ trustPem: response.trustPem, rotate: response.rotate });
    } catch (error) {
      this.log.debug("ca-trust-failed", { code: codeOf(error) });
    }
  }

  /** Takes the managers' current addresses, kept in node.json for the next start. */
  #followManagers(addresses: string[]): void {
    const known = [...this.#managers].sort().join(",");
    if (addresses.length === 0 || addresses.sort().join(",") === known) return;
    this.#managers = addresses;
    this.log.info("managers", { managers: addresses });
    const { format: _format, ...node } = this.node;
    // In the background, one after another: a promotion waits for them before its own write.
    this.#nodeFileWrites = this.#nodeFileWrites
      .then(() => writeNodeFile(this.dir, { ...node, managers: addresses }))
      .catch((error: unknown) => this.log.warn("node-file-write-failed", { error }));
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#cancelSleep = this.clock.setTimeout(resolve, ms);
    });
  }

  /**
   * stop ends the watch, the control socket and the connection, and wipes the key; a promoted
   * worker stops the manager it became. Idempotent.
   */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      if (this.#successor === null) this.log.info("stopping", {});
      this.#cancelSleep?.();
      this.#wake();
      this.#heartbeats.close();
      await this.#renewer.close();
      await this.#control?.close();
      await this.#client?.close();
      await this.#loop;
      await this.#trust.idle();
      this.credentials.close();
      if (this.#successor !== null) {
        await this.#successor.stop();
        return;
      }
      await this.#control?.close(); // reopened by a promotion that failed meanwhile
      this.log.info("stopped", {});
      this.#resolveDone("stopped");
    })();
    return this.#stopping;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}
