// A worker node: a certificate and no Raft. It keeps a network-key watch open on one of the
// managers (mutual TLS with its worker certificate) and feeds each keyring to the agent-side
// key handling; the `keel` command's manager-API requests are forwarded to a manager with the
// worker's own certificate, so the manager refuses them (RPC_FORBIDDEN), as it must.
import { readFile } from "node:fs/promises";
import type { NodeIdentity } from "../ca/index.js";
import { keelapi } from "../gen/api.js";
import type { Cancel, Clock } from "../node/index.js";
import { RpcClient, TlsCredentials } from "../transport/index.js";
import { localMethods, methods } from "./api/methods.js";
import { certificateNotAfterMs } from "./api/views.js";
import { ControlServer } from "./control-socket.js";
import type { DataDir, NodeFile } from "./data-dir.js";
import { writeNodeFile } from "./data-dir.js";
import { ManagerError } from "./errors.js";
import { u64 } from "./ids.js";
import type { Logger } from "./log.js";
import { NetworkKeyTracker } from "./network-keys.js";
import type { ResolvedDeps } from "./options.js";

/** How long one watch call waits on the manager before it answers anyway. */
const watchWaitMs = 5_000;
const backoffMsMax = 5_000;

export class Worker {
  readonly identity: NodeIdentity;
  readonly networkKeys: NetworkKeyTracker;
  readonly done: Promise<"stopped" | "removed" | "failed">;
  #resolveDone: (why: "stopped") => void = () => undefined;
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

  private constructor(
    readonly dir: DataDir,
    private readonly node: NodeFile,
    private readonly credentials: TlsCredentials,
    private readonly certificatePem: string,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.identity = { nodeId: node.nodeId, role: "worker", clusterId: node.clusterId };
    this.#managers = node.managers;
    this.networkKeys = new NetworkKeyTracker(log);
    this.done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  static async open(dir: DataDir, node: NodeFile, deps: ResolvedDeps): Promise<Worker> {
    const [rootCaPem, certificatePem, privateKey] = await Promise.all([
      readFile(dir.rootCa, "utf8"),
      readFile(dir.certificate, "utf8"),
      readFile(dir.workerKey, "utf8"),
    ]);
    const credentials = await TlsCredentials.create({ rootCaPem, certificatePem, privateKey });
    const worker = new Worker(dir, node, credentials, certificatePem, deps.clock, deps.log);
    worker.#control = await ControlServer.listen(dir.controlSocket, (method, body) =>
      worker.call(method, body),
    );
    worker.#loop = worker.#watch();
    deps.log.info("started", { role: "worker", managers: node.managers, control: dir.controlSocket });
    return worker;
  }

  /** call answers the `keel` command: status locally, API methods through a manager. */
  async call(method: string, body: Uint8Array): Promise<Uint8Array> {
    if (this.#stopping !== null) throw new ManagerError({ code: "STOPPED", state: "stopping" });
    if (method === localMethods.status) return keelapi.StatusResponse.encode(this.status()).finish();
    if (method === localMethods.unlock) throw new ManagerError({ code: "NOT_LOCKED" });
    if (method.startsWith("local.")) throw new ManagerError({ code: "NOT_A_MANAGER", method });
    return (await this.#connect()).call(method, body);
  }

  status(): keelapi.StatusResponse.$Properties {
    return {
      nodeId: this.node.nodeId,
      role: "worker",
      clusterId: this.node.clusterId,
      state: this.#ready ? "running" : "connecting",
      address: "",
      leaderAddress: this.#managerAddress,
      certificateNotAfterMs: certificateNotAfterMs(this.certificatePem),
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
        if (!this.#ready) {
          this.#ready = true;
          this.log.info("ready", { role: "worker", manager: this.#managerAddress });
        }
        if (response.desiredRole !== "" && response.desiredRole !== this.#desiredRole) {
          this.#desiredRole = response.desiredRole;
          this.log.warn("desired-role", {
            desiredRole: response.desiredRole,
            hint: response.desiredRole === "manager" ? 'join again with a manager token: "keel join"' : "",
          });
        }
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

  /** Takes the managers' current addresses, kept in node.json for the next start. */
  #followManagers(addresses: string[]): void {
    const known = [...this.#managers].sort().join(",");
    if (addresses.length === 0 || addresses.sort().join(",") === known) return;
    this.#managers = addresses;
    this.log.info("managers", { managers: addresses });
    const { format: _format, ...node } = this.node;
    void writeNodeFile(this.dir, { ...node, managers: addresses }).catch((error: unknown) =>
      this.log.warn("node-file-write-failed", { error }),
    );
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#cancelSleep = this.clock.setTimeout(resolve, ms);
    });
  }

  /** stop ends the watch, the control socket and the connection, and wipes the key. Idempotent. */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      this.log.info("stopping", {});
      this.#cancelSleep?.();
      this.#wake();
      await this.#control?.close();
      await this.#client?.close();
      await this.#loop;
      this.credentials.close();
      this.log.info("stopped", {});
      this.#resolveDone("stopped");
    })();
    return this.#stopping;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}
