// A cluster of real `keel` processes on 127.0.0.1 with temporary data dirs: init, join managers
// and workers, find the leader, crash (SIGKILL), restart, isolate and rejoin nodes, and clean up
// everything. Isolation cuts TCP between processes with the net hook each process loads (see
// net-hook.ts): keel's own code is untouched.
import { mkdirSync } from "node:fs";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HarnessError } from "./errors.js";
import { KeelProcess, pollUntil } from "./process.js";
import type { LogLevel } from "./process.js";

export interface ClusterOptions {
  /** Managers to start (init + joins); default 3. */
  readonly managers?: number;
  /** Workers to join after the managers; default 0. */
  readonly workers?: number;
  /** Autolock the cluster (an unlock key); default true. */
  readonly autolock?: boolean;
  readonly logLevel?: LogLevel;
  /** Where the temp dir goes (default the OS temp dir). */
  readonly parent?: string;
  /** Extra environment of every process. */
  readonly env?: Readonly<Record<string, string>>;
  /** How often nodes heartbeat to the leader (down after 3 periods missed); default keel's 5 s. */
  readonly heartbeatPeriodMs?: number;
}

const keepDirs = (): boolean => process.env["KEEL_HARNESS_KEEP"] === "1";

export class KeelCluster {
  readonly root: string;
  readonly nodes: KeelProcess[] = [];
  clusterId = "";
  managerToken = "";
  workerToken = "";
  /** The unlock key printed by init (null without autolock); tests update it after rotations. */
  unlockKey: string | null = null;
  readonly #options: ClusterOptions;
  /** Cut links, as "a|b" with a < b by name. */
  readonly #cut = new Set<string>();
  #netVersion = 0;
  #closed = false;

  private constructor(root: string, options: ClusterOptions) {
    this.root = root;
    this.#options = options;
  }

  /** create makes an empty cluster directory; nothing runs until init(). */
  static async create(options: ClusterOptions = {}): Promise<KeelCluster> {
    const root = await mkdtemp(join(options.parent ?? tmpdir(), "keel-h-"));
    return new KeelCluster(root, options);
  }

  /** start: create, init, join the managers and workers, and wait for an agreed leader. */
  static async start(options: ClusterOptions = {}): Promise<KeelCluster> {
    const cluster = await KeelCluster.create(options);
    try {
      await cluster.init();
      for (let i = 1; i < (options.managers ?? 3); i++) await cluster.addManager();
      for (let i = 0; i < (options.workers ?? 0); i++) await cluster.addWorker();
      await cluster.waitForLeader();
      return cluster;
    } catch (error) {
      await cluster.close();
      throw error;
    }
  }

  #newProcess(prefix: "m" | "w"): KeelProcess {
    if (this.#closed) throw new HarnessError("INVALID", "the cluster is closed");
    const n = this.nodes.filter((p) => p.name.startsWith(prefix)).length + 1;
    const name = `${prefix}${n}`;
    // Net files have a directory of their own: each process's hook watches it, and should not
    // wake for the log lines written beside the data dirs.
    const netDir = join(this.root, "net");
    mkdirSync(netDir, { recursive: true });
    const p = new KeelProcess({
      name,
      dataDir: join(this.root, name),
      logDir: this.root,
      netFile: join(netDir, `${name}.json`),
      // keel never stores the unlock key; neither does its log here (the cluster keeps it in memory).
      redactInLog: ["unlock-key"],
      ...(this.#options.logLevel === undefined ? {} : { logLevel: this.#options.logLevel }),
      env: {
        ...this.#options.env,
        ...(this.#options.heartbeatPeriodMs === undefined
          ? {}
          : { KEEL_HEARTBEAT_PERIOD_MS: String(this.#options.heartbeatPeriodMs) }),
      },
    });
    this.nodes.push(p);
    return p;
  }

  node(name: string): KeelProcess {
    const p = this.nodes.find((n) => n.name === name || (n.nodeId !== "" && n.nodeId === name));
    if (p === undefined) throw new HarnessError("INVALID", `no node ${name} in this cluster`);
    return p;
  }

  /** The manager processes (running or not). */
  get managers(): KeelProcess[] {
    return this.nodes.filter((p) => p.role === "manager");
  }

  get runningManagers(): KeelProcess[] {
    return this.managers.filter((p) => p.running);
  }

  /** init starts the first manager with `keel init` and reads the cluster's tokens and key. */
  async init(timeoutMs = 30_000): Promise<KeelProcess> {
    if (this.nodes.length > 0) throw new HarnessError("INVALID", "init: the cluster already has nodes");
    const p = this.#newProcess("m");
    await this.#writeNet(p);
    p.start("init", ["--listen", "127.0.0.1:0", ...(this.#options.autolock === false ? [] : ["--autolock"])]);
    this.clusterId = await p.output("cluster-id", timeoutMs);
    p.nodeId = await p.output("node-id", timeoutMs);
    p.address = await p.output("address", timeoutMs);
    p.clusterId = this.clusterId;
    p.role = "manager";
    this.managerToken = await p.output("manager-token", timeoutMs);
    this.workerToken = await p.output("worker-token", timeoutMs);
    if (this.#options.autolock !== false) this.unlockKey = await p.output("unlock-key", timeoutMs);
    await p.waitForLog("initialized", { timeoutMs });
    return p;
  }

  /** A running manager to join through: the leader if one is agreed quickly, else any. */
  async #entry(via?: KeelProcess): Promise<KeelProcess> {
    if (via !== undefined) return via;
    return this.waitForLeader({ timeoutMs: 15_000 });
  }

  /**
   * addManager joins a new manager with the manager token; resolves once it serves and (unless
   * `voter: false`) the leader has promoted it from learner to voter.
   */
  async addManager(
    options: { via?: KeelProcess; token?: string; timeoutMs?: number; voter?: boolean } = {},
  ): Promise<KeelProcess> {
    const via = await this.#entry(options.via);
    const p = this.#newProcess("m");
    await this.#writeNet(p);
    const timeoutMs = options.timeoutMs ?? 30_000;
    p.start("join", [
      "--token",
      options.token ?? this.managerToken,
      "--join",
      via.address,
      "--listen",
      "127.0.0.1:0",
    ]);
    p.nodeId = await p.output("node-id", timeoutMs);
    p.role = (await p.output("role", timeoutMs)) as "manager";
    p.clusterId = await p.output("cluster-id", timeoutMs);
    p.address = await p.output("address", timeoutMs);
    await p.waitForLog("joined", { timeoutMs });
    if (options.voter !== false) await this.waitForVoter(p, timeoutMs);
    // Links cut before the node had a port: apply them now that it has one.
    await this.#applyNet();
    return p;
  }

  /** waitForVoter: `p` sees itself as a voter (the leader promoted it once it caught up). */
  async waitForVoter(p: KeelProcess, timeoutMs = 30_000): Promise<void> {
    await pollUntil(p.name, "promotion to voter", timeoutMs, async () => {
      const s = await p.status(2_000).catch(() => null);
      return s?.members.some((m) => m.nodeId === p.nodeId && m.suffrage === "voter") === true
        ? true
        : undefined;
    });
  }

  /** addWorker joins a worker with the worker token; resolves once it has a certificate. */
  async addWorker(
    options: { via?: KeelProcess; token?: string; timeoutMs?: number } = {},
  ): Promise<KeelProcess> {
    const via = await this.#entry(options.via);
    const p = this.#newProcess("w");
    await this.#writeNet(p);
    const timeoutMs = options.timeoutMs ?? 30_000;
    p.start("join", ["--token", options.token ?? this.workerToken, "--join", via.address]);
    p.nodeId = await p.output("node-id", timeoutMs);
    p.role = (await p.output("role", timeoutMs)) as "worker";
    p.clusterId = await p.output("cluster-id", timeoutMs);
    return p;
  }

  /**
   * waitForLeader polls the running, non-isolated managers (or `among`) until one is leader and
   * every other one that answers names it; returns it. TIMEOUT names what each node said last.
   */
  async waitForLeader(
    options: { among?: readonly KeelProcess[]; timeoutMs?: number } = {},
  ): Promise<KeelProcess> {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const seen = new Map<string, string>();
    return pollUntil(
      "cluster",
      "an agreed leader",
      timeoutMs,
      async () => {
        const among = (options.among ?? this.managers.filter((p) => !this.isIsolated(p))).filter(
          (p) => p.running,
        );
        const answers = await Promise.all(
          among.map(async (p) => {
            try {
              const s = await p.status(2_000);
              seen.set(
                p.name,
                `${s.state}/${s.raftState} term ${String(s.term)} leader ${s.leaderId || "-"}`,
              );
              return { p, s };
            } catch (error) {
              seen.set(p.name, `no status: ${(error as Error).message}`);
              return null;
            }
          }),
        );
        const ok = answers.filter((a) => a !== null);
        const leader = ok.find((a) => a.s.raftState === "leader");
        if (leader === undefined || ok.length < among.length) return undefined;
        return ok.every((a) => a.s.leaderId === leader.p.nodeId) ? leader.p : undefined;
      },
      { detail: () => [...seen].map(([n, s]) => `${n}: ${s}`).join("; ") },
    );
  }

  isIsolated(p: KeelProcess): boolean {
    if (this.#isolatedForever.has(p)) return true;
    return this.nodes.some((q) => q !== p && this.#cut.has(pairKey(p, q)));
  }

  /** cut stops all TCP between a and b (both ways); open connections are reset. */
  async cut(a: KeelProcess, b: KeelProcess): Promise<void> {
    this.#cut.add(pairKey(a, b));
    await this.#applyNet();
  }

  async heal(a: KeelProcess, b: KeelProcess): Promise<void> {
    this.#cut.delete(pairKey(a, b));
    await this.#applyNet();
  }

  /** isolate cuts `p` off from every other node (also nodes added later). */
  async isolate(p: KeelProcess): Promise<void> {
    for (const q of this.nodes) if (q !== p) this.#cut.add(pairKey(p, q));
    this.#isolatedForever.add(p);
    await this.#applyNet();
  }

  /** rejoin heals every link of `p`. */
  async rejoin(p: KeelProcess): Promise<void> {
    this.#isolatedForever.delete(p);
    for (const q of this.nodes) this.#cut.delete(pairKey(p, q));
    await this.#applyNet();
  }

  readonly #isolatedForever = new Set<KeelProcess>();

  #blockedPorts(p: KeelProcess): number[] {
    const ports: number[] = [];
    for (const q of this.nodes) {
      if (q === p) continue;
      const cut =
        this.#cut.has(pairKey(p, q)) || this.#isolatedForever.has(p) || this.#isolatedForever.has(q);
      if (cut && q.port !== null) ports.push(q.port);
    }
    return ports;
  }

  async #writeNet(p: KeelProcess): Promise<void> {
    if (p.netFile === undefined) return;
    const temp = `${p.netFile}.tmp`;
    await writeFile(temp, JSON.stringify({ version: this.#netVersion, blocked: this.#blockedPorts(p) }));
    await rename(temp, p.netFile);
  }

  /** Writes every node's net file and waits until each running process applied it. */
  async #applyNet(): Promise<void> {
    this.#netVersion++;
    const version = this.#netVersion;
    await Promise.all(this.nodes.map((p) => this.#writeNet(p)));
    await Promise.all(
      this.nodes
        .filter((p) => p.running)
        .map((p) =>
          pollUntil(
            p.name,
            `the net hook to apply version ${version}`,
            5_000,
            async () => {
              if (!p.running || p.netFile === undefined) return true;
              const ack = await readFile(`${p.netFile}.ack`, "utf8").catch(() => "");
              return Number(ack) >= version ? true : undefined;
            },
            { everyMs: 20 },
          ),
        ),
    );
  }

  /** close kills every process (SIGKILL) and removes the temp dir (kept with KEEL_HARNESS_KEEP=1). */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled(this.nodes.map((p) => p.kill("SIGKILL")));
    if (keepDirs()) process.stderr.write(`keel harness: kept ${this.root}\n`);
    else await rm(this.root, { recursive: true, force: true });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

function pairKey(a: KeelProcess, b: KeelProcess): string {
  return a.name < b.name ? `${a.name}|${b.name}` : `${b.name}|${a.name}`;
}
