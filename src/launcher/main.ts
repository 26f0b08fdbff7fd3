// `npm start`: a 3-manager keel cluster on 127.0.0.1 — three real `keel` processes, their data
// under ./keel-data/m1..m3, their JSON logs in ./keel-data/logs/m1..m3.log — autolocked. The first
// run creates the cluster and prints the unlock key and the join tokens; a later run resumes it
// and asks for the unlock key (KEEL_UNLOCK_KEY, the first line of piped stdin, or a prompt). A
// status table follows the cluster. Ctrl-C (SIGINT) or SIGTERM stops all three cleanly; the
// launcher exits 0 once they all exited 0.
//
//   tsx src/launcher/main.ts [--data-dir D] [--port-base N]
//
// --data-dir (env KEEL_DATA_DIR) defaults to ./keel-data; --port-base (env KEEL_PORT_BASE) to
// 4242: the managers listen on N, N+1, N+2, or on free ports when those are taken or N is 0.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { ClientError } from "../client/errors.js";
import { codeOf, dataDir, keyFileInfo } from "../manager/index.js";
import { HarnessError } from "../harness/errors.js";
import { KeelProcess, pollUntil } from "../harness/process.js";
import { readKey } from "../cli/prompt.js";
import { StatusView } from "./status-view.js";

const names = ["m1", "m2", "m3"] as const;

interface Options {
  readonly dataDir: string;
  readonly portBase: number;
}

class LauncherError extends Error {}

function parseOptions(argv: readonly string[]): Options {
  let dir = process.env["KEEL_DATA_DIR"] ?? "./keel-data";
  let portBase = Number(process.env["KEEL_PORT_BASE"] ?? "4242");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new LauncherError(`${name} takes a value`);
      return v;
    };
    if (name === "--data-dir") dir = value();
    else if (name === "--port-base") portBase = Number(value());
    else if (name === "--help" || name === "-h") {
      out(
        "usage: npm start -- [--data-dir D] [--port-base N]   (env KEEL_DATA_DIR, KEEL_PORT_BASE, KEEL_UNLOCK_KEY)",
      );
      process.exit(0);
    } else throw new LauncherError(`unknown argument ${arg} (try --help)`);
  }
  if (!Number.isInteger(portBase) || portBase < 0 || portBase > 65533)
    throw new LauncherError("--port-base is a port (0 for free ports)");
  return { dataDir: resolve(dir), portBase };
}

function out(line = ""): void {
  process.stdout.write(line + "\n");
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once("error", () => resolvePromise(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolvePromise(true)));
  });
}

async function listenAddresses(portBase: number): Promise<string[]> {
  if (portBase !== 0) {
    const ports = names.map((_, i) => portBase + i);
    const free = await Promise.all(ports.map(portFree));
    if (free.every(Boolean)) return ports.map((p) => `127.0.0.1:${p}`);
    out(`# ports ${ports.join(", ")} are not all free: the managers take free ports instead`);
  }
  return names.map(() => "127.0.0.1:0");
}

class Launcher {
  readonly procs = new Map<string, KeelProcess>();
  readonly logDir: string;
  #stopping: Promise<number> | null = null;
  #view: StatusView | null = null;

  constructor(readonly options: Options) {
    this.logDir = join(options.dataDir, "logs");
  }

  #proc(name: string): KeelProcess {
    let p = this.procs.get(name);
    if (p === undefined) {
      p = new KeelProcess({
        name,
        dataDir: join(this.options.dataDir, name),
        logDir: this.logDir,
        redactInLog: ["unlock-key"],
      });
      this.procs.set(name, p);
    }
    return p;
  }

  get stopping(): boolean {
    return this.#stopping !== null;
  }

  async run(): Promise<void> {
    await mkdir(this.logDir, { recursive: true, mode: 0o700 });
    out(`keel: data in ${this.options.dataDir}, logs in ${this.logDir}/{${names.join(",")}}.log`);
    const resume = existsSync(join(this.options.dataDir, "m1", "node.json"));
    if (resume) await this.#resume();
    else await this.#create();
    if (this.stopping) return;
    out(
      "# Ctrl-C stops the three managers; `npm start` again resumes this cluster (it asks for the unlock key).",
    );
    out(`# Try: npx keel status --data-dir ${join(this.options.dataDir, "m1")}`);
    this.#view = new StatusView(
      names.map((name) => this.#proc(name)),
      out,
    );
    this.#view.start();
  }

  async #create(): Promise<void> {
    const addresses = await listenAddresses(this.options.portBase);
    out("creating a new cluster of 3 managers (autolocked) ...");
    const m1 = this.#proc("m1");
    m1.start("init", ["--listen", addresses[0] ?? "127.0.0.1:0", "--autolock"]);
    const clusterId = await m1.output("cluster-id");
    m1.nodeId = await m1.output("node-id");
    m1.address = await m1.output("address");
    const managerToken = await m1.output("manager-token");
    const workerToken = await m1.output("worker-token");
    const unlockKey = await m1.output("unlock-key");
    await m1.waitForLog("initialized");
    out();
    out(`cluster-id:    ${clusterId}`);
    out(`unlock-key:    ${unlockKey}`);
    out("# Keep the unlock key: every restart of a manager needs it (keel never stores it).");
    out("# Resume later with `npm start` (it asks for it) or KEEL_UNLOCK_KEY=... npm start.");
    out(`manager-token: ${managerToken}`);
    out(`worker-token:  ${workerToken}`);
    out();
    for (const [i, name] of names.entries()) {
      if (i === 0 || this.stopping) continue;
      const p = this.#proc(name);
      p.start("join", [
        "--token",
        managerToken,
        "--join",
        m1.address,
        "--listen",
        addresses[i] ?? "127.0.0.1:0",
        "--name",
        name,
      ]);
      p.nodeId = await p.output("node-id");
      p.address = await p.output("address");
      await p.waitForLog("joined");
      out(`${name} joined: ${p.nodeId} at ${p.address}`);
    }
  }

  async #resume(): Promise<void> {
    out("resuming the cluster in this data dir ...");
    const present = names.filter((name) => existsSync(join(this.options.dataDir, name, "node.json")));
    let locked = false;
    for (const name of present) {
      const p = this.#proc(name);
      if ((await keyFileInfo(dataDir(p.dataDir))).locked) locked = true;
      p.start("run", []);
    }
    if (locked) await this.#unlock(present.map((name) => this.#proc(name)));
    for (const name of present) {
      const p = this.#proc(name);
      await p.waitReady();
      const s = await p.status();
      p.nodeId = s.nodeId;
      p.address = s.address;
      out(`${name} running: ${p.nodeId} at ${p.address}`);
    }
    const m1 = this.#proc(present[0] ?? "m1");
    // Reading the tokens is a linearizable read: it waits for the managers to elect a leader.
    let lastError = "";
    const tokens = await pollUntil(
      m1.name,
      "a leader to read the join tokens from",
      30_000,
      async () => {
        try {
          return await m1.client.cluster.joinTokens(5_000);
        } catch (error) {
          // The node answered (no leader yet, ...): try again. No node: give up.
          if (!(error instanceof ClientError) || error.code === "NOT_RUNNING") throw error;
          lastError = error.message;
          return undefined;
        }
      },
      { everyMs: 200, detail: () => lastError },
    );
    const s = await m1.status();
    out();
    out(`cluster-id:    ${s.clusterId}`);
    out(`manager-token: ${tokens.manager}`);
    out(`worker-token:  ${tokens.worker}`);
    out();
    const missing = names.filter((name) => !present.includes(name));
    for (const name of missing) {
      const p = this.#proc(name);
      p.start("join", [
        "--token",
        tokens.manager,
        "--join",
        m1.address,
        "--listen",
        "127.0.0.1:0",
        "--name",
        name,
      ]);
      p.nodeId = await p.output("node-id");
      p.address = await p.output("address");
      await p.waitForLog("joined");
      out(`${name} joined: ${p.nodeId} at ${p.address}`);
    }
  }

  /** Unlocks every locked manager with a key from KEEL_UNLOCK_KEY, piped stdin or a prompt. */
  async #unlock(procs: readonly KeelProcess[]): Promise<void> {
    const fromEnv = process.env["KEEL_UNLOCK_KEY"];
    const interactive = fromEnv === undefined && process.stdin.isTTY;
    let key = fromEnv ?? (await readKey("unlock key: "));
    const pending = new Set(procs);
    for (let attempt = 1; ; attempt++) {
      if (key === "") throw new LauncherError("no unlock key given (KEEL_UNLOCK_KEY, stdin or the prompt)");
      for (const p of [...pending]) {
        const state = await p.until(
          "ready or locked",
          30_000,
          () => p.logs.find((l) => l.run === p.runs && (l.event === "ready" || l.event === "locked"))?.event,
        );
        if (state === "ready") {
          pending.delete(p);
          continue;
        }
        try {
          await p.client.unlock(key);
          pending.delete(p);
          out(`${p.name} unlocked`);
        } catch (error) {
          const code = codeOf(error);
          if (code !== "WRONG_UNLOCK_KEY" && code !== "UNLOCK_KEY_INVALID") throw error;
          out(`${p.name}: the key was refused (${code}): ${(error as Error).message}`);
        }
      }
      if (pending.size === 0) return;
      if (!interactive || attempt >= 3) {
        throw new LauncherError(
          `${[...pending].map((p) => p.name).join(", ")} could not be unlocked with the key given`,
        );
      }
      key = await readKey(
        `unlock key for ${[...pending].map((p) => p.name).join(", ")} (a manager down during rotations needs the key in force when it went down): `,
      );
    }
  }

  /** stop asks every running manager to stop (SIGTERM) and resolves the exit code. Idempotent. */
  stop(): Promise<number> {
    this.#stopping ??= (async () => {
      this.#view?.stop();
      const running = [...this.procs.values()].filter((p) => p.running);
      if (running.length > 0) out(`stopping ${running.map((p) => p.name).join(", ")} ...`);
      const results = await Promise.allSettled(running.map((p) => p.stop(30_000)));
      let code = 0;
      for (const [i, r] of results.entries()) {
        const p = running[i];
        if (p === undefined) continue;
        if (r.status === "rejected") {
          out(`${p.name}: ${(r.reason as Error).message}`);
          code = 1;
        } else if (r.value.code !== 0) {
          out(
            `${p.name} exited with code ${String(r.value.code)} (signal ${String(r.value.signal)}); see ${p.logFile}`,
          );
          code = 1;
        } else out(`${p.name} stopped`);
      }
      for (const p of this.procs.values()) {
        const exit = p.lastExit;
        if (!running.includes(p) && exit !== null && exit.code !== 0) code = 1;
      }
      return code;
    })();
    return this.#stopping;
  }

  /** Reports a manager that exits on its own while the launcher runs. */
  watchExits(): void {
    const seen = new Map<string, number>();
    setInterval(() => {
      for (const p of this.procs.values()) {
        if (p.running || p.lastExit === null || seen.get(p.name) === p.runs || this.stopping) continue;
        seen.set(p.name, p.runs);
        out(
          `${p.name} exited (code ${String(p.lastExit.code)}, signal ${String(p.lastExit.signal)}); see ${p.logFile}`,
        );
      }
    }, 500).unref();
  }
}

/**
 * followParent stops the cluster, as a signal would, when the process that started this one is
 * gone: `npm start` killed by a supervisor may end before it passes the signal on, and three
 * orphaned managers would hold their ports and data dirs.
 */
function followParent(stop: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, 200);
  timer.unref();
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`keel launcher: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const launcher = new Launcher(options);
  let signals = 0;
  const onSignal = (): void => {
    signals++;
    if (signals > 1) {
      out("second signal: killing the managers");
      for (const p of launcher.procs.values()) void p.kill("SIGKILL");
      process.exit(130);
    }
    void launcher.stop().then((code) => process.exit(code));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  followParent(onSignal);
  launcher.watchExits();
  try {
    await launcher.run();
  } catch (error) {
    if (launcher.stopping) return; // A signal ended the start: stop() reports and exits.
    const code =
      error instanceof HarnessError || error instanceof LauncherError ? "" : ` (${codeOf(error) ?? "error"})`;
    out(`keel launcher: ${(error as Error).message}${code}`);
    await launcher.stop();
    process.exit(1);
  }
}

await main();
