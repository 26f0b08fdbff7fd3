// One real `keel` process under the harness: started with init, join or run on its own data dir,
// its stdout `key: value` lines and JSON log lines kept (and appended to <logDir>/<name>.log),
// and every wait bounded, failing with a HarnessError that names the node and what it waited for.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { keelapi } from "../gen/api.js";
import { KeelClient } from "../client/client.js";
import { controlCall, dataDir } from "../manager/index.js";
import { keelNodeFlags } from "../cli/v8-flags.js";
import { HarnessError } from "./errors.js";

const here = fileURLToPath(import.meta.url);
/** The keel package this harness belongs to (a checkout, or an installed package). */
export const repoRoot = resolve(dirname(here), "..", "..");
// The harness runs the `keel` beside it: compiled (dist/, installed or built) as is, or the
// TypeScript sources through tsx when the harness itself runs from src/ (keel's own tests).
const fromSources = here.endsWith(".ts");
const cliMain = join(dirname(here), "..", "cli", fromSources ? "main.ts" : "main.js");
const netHook = pathToFileURL(join(dirname(here), fromSources ? "net-hook.ts" : "net-hook.js")).href;

/** nodeArgs: how to run `keel ARGS` with node (keel's V8 flags, as its shebang gives them; the
 * harness's net hook; tsx for the sources). */
export function keelNodeArgs(args: readonly string[]): string[] {
  return [
    ...keelNodeFlags,
    ...(fromSources ? ["--import", "tsx"] : []),
    "--import",
    netHook,
    cliMain,
    ...args,
  ];
}

export type KeelRole = "manager" | "worker";
export type LogLevel = "debug" | "info" | "warn" | "error";

/** One JSON log line of a process; `run` counts the process's starts from 1. */
export interface LogLine {
  readonly run: number;
  readonly event: string;
  readonly level: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface KeelProcessOptions {
  readonly name: string;
  readonly dataDir: string;
  /** <logDir>/<name>.log receives everything the process writes. */
  readonly logDir: string;
  /** The file the net hook reads (see net-hook.ts); the cluster writes it. None: no cutting. */
  readonly netFile?: string;
  /** stdout keys (`key: value` lines) whose values are not written to the log file. */
  readonly redactInLog?: readonly string[];
  readonly logLevel?: LogLevel;
  readonly env?: Readonly<Record<string, string>>;
}

/** Every child the harness started and has not seen exit: killed if this process exits first. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const c of live) c.kill("SIGKILL");
    });
  }
  live.add(child);
  child.once("exit", () => live.delete(child));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * harnessRecord is one line of a node's log file written by the harness itself (a start, an
 * exit, a stdout line, a stderr line that is not JSON): a JSON object like the node's own lines,
 * so the file is pure JSON lines.
 */
function harnessRecord(node: string, event: string, fields: Record<string, unknown>): string {
  return JSON.stringify({ ts: new Date().toISOString(), level: "info", event, node, ...fields }) + "\n";
}

/** A wait that rejects with TIMEOUT after `ms`, naming `node` and `what`. */
export async function bounded<T>(node: string, what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HarnessError("TIMEOUT", `timed out after ${ms} ms waiting for ${what}`, { node })),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** pollUntil calls `check` every `everyMs` until it returns a value (not undefined), or TIMEOUT. */
export async function pollUntil<T>(
  node: string,
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined> | T | undefined,
  options: { everyMs?: number; detail?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) {
      const detail = options.detail?.() ?? "";
      throw new HarnessError(
        "TIMEOUT",
        `timed out after ${timeoutMs} ms waiting for ${what}${detail === "" ? "" : ` (${detail})`}`,
        { node },
      );
    }
    await sleep(options.everyMs ?? 100);
  }
}

export class KeelProcess {
  readonly name: string;
  readonly dataDir: string;
  readonly netFile: string | undefined;
  readonly logFile: string;
  nodeId = "";
  clusterId = "";
  /** host:port of a manager's listener; "" for a worker. */
  address = "";
  role: KeelRole | "" = "";
  /** Every JSON log line of every run. */
  readonly logs: LogLine[] = [];
  /** Every stdout line of every run. */
  readonly stdout: { readonly run: number; readonly line: string }[] = [];
  readonly #options: KeelProcessOptions;
  #child: ChildProcess | null = null;
  #run = 0;
  #exited: Promise<ExitInfo> = Promise.resolve({ code: null, signal: null });
  #lastExit: ExitInfo | null = null;
  readonly #listeners = new Set<() => void>();
  readonly #stderrTail: string[] = [];

  constructor(options: KeelProcessOptions) {
    this.#options = options;
    this.name = options.name;
    this.dataDir = options.dataDir;
    this.netFile = options.netFile;
    this.logFile = join(options.logDir, `${options.name}.log`);
  }

  get running(): boolean {
    return this.#child !== null;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** How many times the process was started. */
  get runs(): number {
    return this.#run;
  }

  /** The listener port of a manager, else null. */
  get port(): number | null {
    const m = /:(\d+)$/.exec(this.address);
    return m === null ? null : Number(m[1]);
  }

  get controlSocket(): string {
    return dataDir(this.dataDir).controlSocket;
  }

  /** How the last run ended, or null while running / before the first run. */
  get lastExit(): ExitInfo | null {
    return this.#lastExit;
  }

  /** start runs `keel <command> <args> --data-dir D --log-level L` in the background. */
  start(command: "init" | "join" | "run" | "restore", args: readonly string[]): void {
    if (this.#child !== null)
      throw new HarnessError("STILL_RUNNING", `cannot ${command}: already running`, { node: this.name });
    const run = ++this.#run;
    const fullArgs = [
      command,
      ...args,
      "--data-dir",
      this.dataDir,
      "--log-level",
      this.#options.logLevel ?? "info",
    ];
    const log = createWriteStream(this.logFile, { flags: "a" });
    log.write(harnessRecord(this.name, "harness-start", { run, args: ["keel", ...fullArgs] }));
    const child = spawn(process.execPath, keelNodeArgs(fullArgs), {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...this.#options.env,
        ...(this.netFile === undefined ? {} : { KEEL_HARNESS_NET_FILE: this.netFile }),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    track(child);
    this.#child = child;
    this.#lastExit = null;
    this.#stderrTail.length = 0;
    const redact = this.#options.redactInLog ?? [];
    lines(child.stdout, (line) => {
      const hidden = redact.find((key) => line.startsWith(`${key}: `));
      log.write(
        harnessRecord(this.name, "stdout", {
          run,
          line: hidden === undefined ? line : `${hidden}: (not logged)`,
        }),
      );
      this.stdout.push({ run, line });
      this.#notify();
    });
    lines(child.stderr, (line) => {
      log.write(line.startsWith("{") ? `${line}\n` : harnessRecord(this.name, "stderr", { run, line }));
      this.#stderrTail.push(line);
      if (this.#stderrTail.length > 20) this.#stderrTail.shift();
      const parsed = parseLogLine(line);
      if (parsed !== null) this.logs.push({ run, ...parsed });
      this.#notify();
    });
    this.#exited = new Promise<ExitInfo>((resolveExit) => {
      let done = false;
      const finish = (info: ExitInfo): void => {
        if (done) return;
        done = true;
        this.#child = null;
        this.#lastExit = info;
        log.end(harnessRecord(this.name, "harness-exit", { run, code: info.code, signal: info.signal }));
        this.#notify();
        resolveExit(info);
      };
      // "close" comes after stdout and stderr are drained, so every line is in before the exit.
      child.once("close", (code, signal) => finish({ code, signal }));
      child.once("error", (error) => {
        log.write(harnessRecord(this.name, "harness-spawn-failed", { run, error: error.message }));
        finish({ code: null, signal: null });
      });
    });
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  /** A short account of the last things the process said, for error messages. */
  tail(n = 8): string {
    return this.#stderrTail.slice(-n).join("\n");
  }

  /**
   * until waits for `check` to find something in the output; it is re-run on every new line and
   * on exit. Fails with EXITED if the process exits first (unless the check accepts that), or
   * TIMEOUT.
   */
  until<T>(what: string, timeoutMs: number, check: () => T | undefined): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const finish = (error: HarnessError | null, value?: T): void => {
        this.#listeners.delete(onChange);
        clearTimeout(timer);
        if (error === null) resolvePromise(value as T);
        else reject(error);
      };
      const onChange = (): void => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          finish(
            error instanceof HarnessError
              ? error
              : new HarnessError("BAD_OUTPUT", String(error), { node: this.name }),
          );
          return;
        }
        if (value !== undefined) return finish(null, value);
        if (this.#child === null) {
          const exit = this.#lastExit;
          finish(
            new HarnessError(
              "EXITED",
              `exited (code ${String(exit?.code)}, signal ${String(exit?.signal)}) while waiting for ${what}; last output:\n${this.tail()}`,
              { node: this.name },
            ),
          );
        }
      };
      const timer = setTimeout(
        () =>
          finish(
            new HarnessError(
              "TIMEOUT",
              `timed out after ${timeoutMs} ms waiting for ${what}; last output:\n${this.tail()}`,
              {
                node: this.name,
              },
            ),
          ),
        timeoutMs,
      );
      this.#listeners.add(onChange);
      onChange();
    });
  }

  /** output waits for a `key: value` line on stdout in the current run and returns the value. */
  output(key: string, timeoutMs = 20_000): Promise<string> {
    const run = this.#run;
    const prefix = `${key}: `;
    return this.until(`"${key}:" on stdout`, timeoutMs, () => {
      const line = this.stdout.find((l) => l.run === run && l.line.startsWith(prefix));
      return line?.line.slice(prefix.length).trim();
    });
  }

  /** waitForLog waits for a log event in the current run (or any run from `sinceRun`). */
  waitForLog(
    event: string,
    options: { timeoutMs?: number; match?: (line: LogLine) => boolean; sinceRun?: number } = {},
  ): Promise<LogLine> {
    const since = options.sinceRun ?? this.#run;
    return this.until(`log event "${event}"`, options.timeoutMs ?? 20_000, () =>
      this.logs.find((l) => l.run >= since && l.event === event && (options.match?.(l) ?? true)),
    );
  }

  /** events lists the log lines of one event (of the current run unless `sinceRun`). */
  events(event: string, sinceRun = this.#run): LogLine[] {
    return this.logs.filter((l) => l.run >= sinceRun && l.event === event);
  }

  /** ready: the node serves (log event "ready"). */
  waitReady(timeoutMs = 20_000): Promise<LogLine> {
    return this.waitForLog("ready", { timeoutMs });
  }

  /** waitLocked: a restarted autolocked manager waits for its unlock key (log event "locked"). */
  waitLocked(timeoutMs = 20_000): Promise<LogLine> {
    return this.waitForLog("locked", { timeoutMs });
  }

  /** waitForExit resolves with how the process ended (at once if it is not running). */
  async waitForExit(timeoutMs = 20_000): Promise<ExitInfo> {
    if (this.#child === null) return this.#lastExit ?? { code: null, signal: null };
    return bounded(this.name, "the process to exit", timeoutMs, this.#exited);
  }

  /** kill sends `signal` (SIGKILL by default: a crash) and waits for the process to be gone. */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<ExitInfo> {
    const child = this.#child;
    if (child === null) return this.#lastExit ?? { code: null, signal: null };
    child.kill(signal);
    return bounded(this.name, `exit after ${signal}`, 10_000, this.#exited);
  }

  /** stop asks the process to stop (SIGTERM) and waits; killed and STOP_TIMEOUT if it does not. */
  async stop(timeoutMs = 20_000): Promise<ExitInfo> {
    const child = this.#child;
    if (child === null) return this.#lastExit ?? { code: null, signal: null };
    child.kill("SIGTERM");
    try {
      return await bounded(this.name, "a clean stop after SIGTERM", timeoutMs, this.#exited);
    } catch (error) {
      await this.kill("SIGKILL");
      throw new HarnessError("STOP_TIMEOUT", `did not stop within ${timeoutMs} ms of SIGTERM; killed`, {
        node: this.name,
        cause: error,
      });
    }
  }

  /**
   * restart runs `keel run` on the data dir. With `unlockKey`, a locked manager is unlocked
   * through `keel unlock` once it waits; without, it is left waiting (see waitLocked). Resolves
   * once the node is ready, or (no key, locked) once it waits for the key.
   */
  async restart(options: { unlockKey?: string; timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    this.start("run", []);
    const state = await this.until(
      "ready or locked",
      timeoutMs,
      () =>
        this.logs.find((l) => l.run === this.#run && (l.event === "ready" || l.event === "locked"))?.event,
    );
    if (state === "locked" && options.unlockKey !== undefined) {
      const result = await this.cli(["unlock"], { stdin: options.unlockKey + "\n" });
      if (result.code !== 0) {
        throw new HarnessError(
          "COMMAND_FAILED",
          `keel unlock exited ${result.code}: ${result.stderr.trim()}`,
          {
            node: this.name,
          },
        );
      }
      await this.waitReady(timeoutMs);
    }
  }

  /** cli runs a `keel` client command against this node's data dir (appends --data-dir). */
  cli(args: readonly string[], options: { stdin?: string; timeoutMs?: number } = {}): Promise<CliResult> {
    return runKeel([...args, "--data-dir", this.dataDir], { ...options, node: this.name });
  }

  /** call sends one request to the node's control socket, as the `keel` command does. */
  call(method: string, body: Uint8Array = new Uint8Array(0), timeoutMs = 15_000): Promise<Uint8Array> {
    return controlCall(this.controlSocket, method, body, { timeoutMs });
  }

  /** client is the typed client of this node (its control socket), as the `keel` command uses it. */
  get client(): KeelClient {
    return KeelClient.local(this.dataDir, { timeoutMs: 15_000 });
  }

  status(timeoutMs = 5_000): Promise<keelapi.StatusResponse> {
    return this.client.status(timeoutMs);
  }

  async secretCreate(name: string, data: string): Promise<string> {
    return (await this.client.secrets.create(name, new Uint8Array(Buffer.from(data)))).id ?? "";
  }

  secretList(): Promise<keelapi.SecretView.$Properties[]> {
    return this.client.secrets.list();
  }

  unlockKey(): Promise<string> {
    return this.client.unlockKey();
  }

  rotateUnlockKey(): Promise<string> {
    return this.client.rotateUnlockKey();
  }

  rotateDek(): Promise<keelapi.DekRotationResponse> {
    return this.client.rotateDek();
  }

  dekState(): Promise<keelapi.DekRotationResponse> {
    return this.client.dekState();
  }

  nodeList(): Promise<keelapi.NodeView.$Properties[]> {
    return this.client.nodes.list();
  }

  async nodeRemove(ref: string, force = false): Promise<void> {
    await this.client.nodes.remove(ref, { force });
  }
}

/** runKeel runs one `keel` command to completion (bounded) and returns its exit code and output. */
export function runKeel(
  args: readonly string[],
  options: { stdin?: string; timeoutMs?: number; node?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<CliResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const node = options.node ?? "keel";
  return new Promise<CliResult>((resolvePromise, reject) => {
    const child = spawn(process.execPath, keelNodeArgs(args), {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    track(child);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new HarnessError("TIMEOUT", `timed out after ${timeoutMs} ms waiting for "keel ${args.join(" ")}"`, {
          node,
        }),
      );
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(
        new HarnessError("SPAWN_FAILED", `could not run keel: ${error.message}`, { node, cause: error }),
      );
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal === null ? -1 : 128), stdout, stderr });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.stdin ?? "");
  });
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffer = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      onLine(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
  });
  stream.on("end", () => {
    if (buffer !== "") onLine(buffer);
    buffer = "";
  });
}

function parseLogLine(line: string): Omit<LogLine, "run"> | null {
  if (!line.startsWith("{")) return null;
  try {
    const fields = JSON.parse(line) as Record<string, unknown>;
    if (typeof fields["event"] !== "string") return null;
    return { event: fields["event"], level: String(fields["level"] ?? ""), fields };
  } catch {
    return null;
  }
}
