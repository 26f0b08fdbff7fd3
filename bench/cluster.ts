// `npm run bench -- cluster [--writes N] [--serial N] [--rounds R] [--preload N] [--warmup N] [--keel-only] [--trace] [--only ID]`:
// keel's write path against etcd's on this machine, in one run. Three keel managers as real processes (as
// `npm start` runs them: encrypted, autolocked, loopback) against a three-member etcd 3.4
// (Debian's etcd-server; installed when missing, else keel runs alone and the reason is
// printed), both with fsync on and data on the same disk. Phases alternate system by system,
// round by round; every write is checked stored afterwards. A keel write is a SecretCreate
// through a manager's control socket; an etcd write is a put through its JSON gateway. Each
// system first takes unmeasured writes: `--preload` of them (default 100,000) so the measured
// phases run against a store of that many secrets (keys for etcd), and at least `--warmup`
// (default 5,000; 0 for none) so the JIT has compiled the write path, then `--warmup` more
// one at a time so it has compiled the one-in-flight path too. CPU per write is given
// for the servers together, the leader alone, and the bench's own client process.
// `--profile DIR` writes a CPU profile of each keel process per phase to DIR (_profile-hook.mjs),
// and prints the leader's event-loop delay, GC pauses and loop stalls per phase. `--trace` prints,
// per phase, the writes that took over 3x the phase's p99 (when each started, on which member)
// beside the managers' log lines of the phase, on one time line: to tie a stall to its cause.
// `--only ID` runs one measured phase (1-l, 64-a, 64-l or 64-r), after the unmeasured writes.
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { KeelProcess } from "../src/harness/index.js";
import { compiledHarness } from "./_compiled-harness.js";
import { keelapi } from "../src/gen/api.js";
import { ControlClient, localMethods, methods } from "../src/manager/index.js";

interface Phase {
  readonly name: string;
  /** Part of every key the phase writes, so phases never write the same key. */
  readonly id: string;
  readonly inFlight: number;
  readonly toLeaderOnly: boolean;
  readonly writes: number;
  /**
   * After this many writes, keel rotates every member's DEK at once, so each member snapshots its
   * whole store inside the phase (as all managers do when the unlock key changes). The phase
   * ends once the writes are done and every member has finished its rotation snapshot: what
   * the snapshots cost is inside the measured time. etcd has no DEK, and runs the phase as it is.
   */
  readonly rotateDekAfter?: number;
}

interface PhaseResult {
  readonly opsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Server CPU (user + system, all members) per write, in ms. */
  readonly cpuMsPerWrite: number;
  /** The leader's share of that. */
  readonly leaderCpuMsPerWrite: number;
  /** This process's CPU per write: the client's cost, on the same two cores. */
  readonly clientCpuMsPerWrite: number;
  /** Snapshots the members took during the phase (keel; null for etcd). */
  readonly snapshots: number | null;
  /** How long the phase waited, after its last write, for the members' rotation snapshots. */
  readonly rotationTailMs: number | null;
  /** Every write: when it started (ms after the phase's start), how long it took, to which member. */
  readonly writes: readonly TracedWrite[];
  /** When the phase started, by the wall clock (the managers' log lines carry wall-clock times). */
  readonly startedWallMs: number;
}

interface TracedWrite {
  readonly startMs: number;
  readonly latencyMs: number;
  readonly member: number;
}

/** A log line of one member, for --trace. */
interface TracedEvent {
  readonly wallMs: number;
  readonly member: number;
  readonly text: string;
}

/** One system under test: where to write, and the processes whose CPU counts. */
interface Target {
  readonly name: string;
  /** Starts or ends a CPU profile of every server process (keel with --profile only). */
  toggleProfile(): Promise<void>;
  /** The leader's event loop over the last profiled phase, one line (keel with --profile only). */
  loopReport(): string | null;
  write(member: number, key: string, value: Uint8Array): Promise<void>;
  readonly members: number;
  readonly leader: number;
  pids(): number[];
  /**
   * Snapshots taken by all members so far, or null when not known (etcd). A keel snapshot of a
   * large store costs each member about a second of CPU, and one lands in a phase or not by
   * where the log stands: the count says which phases paid for one.
   */
  snapshotsTaken(): number | null;
  /** Rotates the DEK of every member (keel); resolves once each has started. Nothing for etcd. */
  rotateDeks(): Promise<void>;
  /** Every member's log lines so far (keel; none for etcd): for --trace. */
  events(): TracedEvent[];
  /** How many of `keys` are stored, read through the leader after the phase. */
  countStored(keys: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

const valueBytes = 256;
const clockTicksPerSecond = 100; // USER_HZ on Linux

function cpuMsOf(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name: utime is the 14th field, stime the 15th (1-based).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A process that is gone adds nothing.
    }
  }
  return (ticks * 1000) / clockTicksPerSecond;
}

function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!;
}

async function runPhase(
  target: Target,
  phase: Phase,
  round: number,
  options: { profile: boolean; check: boolean } = { profile: true, check: true },
): Promise<PhaseResult> {
  const value = new Uint8Array(valueBytes).fill(0x61);
  const latenciesMs: number[] = [];
  const writes: TracedWrite[] = [];
  const keys: string[] = [];
  let next = 0;
  if (options.profile) await target.toggleProfile();
  const leaderPid = target.pids()[target.leader];
  const leaderPids = leaderPid === undefined ? [] : [leaderPid];
  const snapshotsBefore = target.snapshotsTaken();
  const cpuBefore = cpuMsOf(target.pids());
  const leaderCpuBefore = cpuMsOf(leaderPids);
  const clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  const startedWallMs = Date.now();
  let rotation: Promise<void> = Promise.resolve();
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= phase.writes) return;
      if (i === phase.rotateDekAfter) rotation = target.rotateDeks();
      const key = `bench-${round}-${phase.id}-${i}`;
      const member = phase.toLeaderOnly ? target.leader : i % target.members;
      const t0 = performance.now();
      await target.write(member, key, value);
      const latencyMs = performance.now() - t0;
      latenciesMs.push(latencyMs);
      writes.push({ startMs: t0 - started, latencyMs, member });
      keys.push(key);
    }
  };
  await Promise.all(Array.from({ length: phase.inFlight }, worker));
  await rotation;
  let rotationTailMs: number | null = null;
  if (phase.rotateDekAfter !== undefined && snapshotsBefore !== null) {
    const writesDoneMs = performance.now();
    await snapshotsReach(target, snapshotsBefore + target.members);
    rotationTailMs = performance.now() - writesDoneMs;
  }
  const elapsedMs = performance.now() - started;
  const cpuMs = cpuMsOf(target.pids()) - cpuBefore;
  const leaderCpuMs = cpuMsOf(leaderPids) - leaderCpuBefore;
  const client = process.cpuUsage(clientCpuBefore);
  const clientCpuMs = (client.user + client.system) / 1000;
  const snapshotsAfter = target.snapshotsTaken();
  if (options.profile) await target.toggleProfile();
  const stored = options.check ? await target.countStored(keys) : keys.length;
  if (stored !== keys.length) {
    throw new Error(
      `${target.name}: ${keys.length - stored} of ${keys.length} acknowledged writes are missing`,
    );
  }
  latenciesMs.sort((a, b) => a - b);
  return {
    opsPerSecond: (phase.writes * 1000) / elapsedMs,
    p50Ms: percentile(latenciesMs, 50),
    p99Ms: percentile(latenciesMs, 99),
    maxMs: latenciesMs[latenciesMs.length - 1] ?? 0,
    cpuMsPerWrite: cpuMs / phase.writes,
    leaderCpuMsPerWrite: leaderCpuMs / phase.writes,
    clientCpuMsPerWrite: clientCpuMs / phase.writes,
    snapshots: snapshotsAfter === null || snapshotsBefore === null ? null : snapshotsAfter - snapshotsBefore,
    rotationTailMs,
    writes,
    startedWallMs,
  };
}

/**
 * For --trace: the writes over 3x the phase's p99 (the 40 slowest of them) and the members' log
 * lines from the phase's start to its end, merged in order of time (ms after the start).
 */
function describeTrace(r: PhaseResult, events: readonly TracedEvent[]): string[] {
  const slow = r.writes
    .filter((w) => w.latencyMs > 3 * r.p99Ms)
    .sort((a, b) => b.latencyMs - a.latencyMs)
    .slice(0, 40);
  const endMs = r.writes.reduce((end, w) => Math.max(end, w.startMs + w.latencyMs), 0);
  const lines: { atMs: number; text: string }[] = [
    ...slow.map((w) => ({
      atMs: w.startMs,
      text: `write to m${w.member} took ${f0(w.latencyMs)} ms (until ${f0(w.startMs + w.latencyMs)})`,
    })),
    ...events
      .map((e) => ({ atMs: e.wallMs - r.startedWallMs, text: `m${e.member} ${e.text}` }))
      .filter((e) => e.atMs >= -1 && e.atMs <= endMs + 1),
  ];
  lines.sort((a, b) => a.atMs - b.atMs);
  return [
    `        trace: ${slow.length} writes over 3x p99 (${f0(3 * r.p99Ms)} ms), shown slowest 40; log lines of the phase`,
    ...lines.map((l) => `        ${f0(l.atMs).padStart(7)} ms  ${l.text}`),
  ];
}

/** Waits until the members have taken `count` snapshots in all; a minute at most. */
async function snapshotsReach(target: Target, count: number): Promise<void> {
  const deadlineMs = performance.now() + 60_000;
  while ((target.snapshotsTaken() ?? count) < count) {
    if (performance.now() > deadlineMs) {
      throw new Error(
        `${target.name}: the DEK rotations did not finish within a minute of the phase's last write`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// ---- keel ----

/** What _profile-hook.mjs recorded of a process's event loop over one window. */
interface LoopRecord {
  readonly delayMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly gc: { readonly count: number; readonly totalMs: number; readonly maxMs: number };
  readonly stalls: readonly { readonly ms: number }[];
}

function describeLoop(path: string): string {
  let loop: LoopRecord;
  try {
    loop = JSON.parse(readFileSync(path, "utf8")) as LoopRecord;
  } catch {
    return `leader loop: no record at ${path}`;
  }
  // The first stall of a window is the profiler starting (about 100-300 ms), not the system.
  const stalls = loop.stalls.slice(1);
  const stalledMs = stalls.reduce((sum, s) => sum + s.ms, 0);
  return (
    `leader loop delay p50 ${f2(loop.delayMs.p50)} p99 ${f1(loop.delayMs.p99)} max ${f0(loop.delayMs.max)} ms;` +
    ` gc ${loop.gc.count} pauses ${f0(loop.gc.totalMs)} ms (max ${f0(loop.gc.maxMs)});` +
    ` stalls >= 10 ms: ${stalls.length} (${f0(stalledMs)} ms)`
  );
}

const profileHook = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "_profile-hook.mjs")).href;

async function keelTarget(profileDir: string | null): Promise<Target> {
  // The hook writes there at the end of each phase; a missing directory would end the process.
  if (profileDir !== null) await mkdir(profileDir, { recursive: true });
  const env =
    profileDir === null
      ? undefined
      : { NODE_OPTIONS: `--import ${profileHook}`, KEEL_PROFILE_DIR: profileDir };
  const cluster = await (
    await compiledHarness()
  ).KeelCluster.start({
    managers: 3,
    autolock: true,
    ...(env === undefined ? {} : { env }),
  });
  const leader = await cluster.waitForLeader({ timeoutMs: 30_000 });
  const managers: KeelProcess[] = cluster.managers;
  // One connection per manager, as etcd's side keeps its HTTP connections alive.
  const clients = managers.map((m) => new ControlClient(m.controlSocket));
  if (profileDir !== null) console.log(`keel: profiling; the leader is pid ${leader.pid ?? "?"}`);
  let toggles = 0;
  return {
    name: "keel",
    async toggleProfile() {
      if (profileDir === null) return;
      toggles++;
      for (const m of managers) if (m.pid !== undefined) process.kill(m.pid, "SIGUSR2");
      await new Promise((r) => setTimeout(r, 500)); // Time to write the profile.
    },
    loopReport() {
      if (profileDir === null || toggles % 2 !== 0) return null;
      return describeLoop(join(profileDir, `${leader.pid ?? 0}-${toggles / 2}.loop.json`));
    },
    members: managers.length,
    leader: managers.indexOf(leader),
    pids: () => managers.flatMap((m) => (m.pid === undefined ? [] : [m.pid])),
    snapshotsTaken: () =>
      managers.reduce((n, m) => n + m.logs.filter((l) => l.event === "snapshot").length, 0),
    events: () =>
      managers.flatMap((m, member) =>
        m.logs.map((l) => {
          const { ts, level: _level, event: _event, ...rest } = l.fields;
          return { wallMs: Date.parse(String(ts)), member, text: `${l.event} ${JSON.stringify(rest)}` };
        }),
      ),
    async rotateDeks() {
      const empty = new Uint8Array(0);
      await Promise.all(clients.map((c) => c.call(localMethods.rotateDek, empty, { timeoutMs: 15_000 })));
    },
    async write(member, key, value) {
      const body = keelapi.SecretCreateRequest.encode({ name: key, data: value }).finish();
      await clients[member]!.call(methods.secretCreate, body, { timeoutMs: 15_000 });
    },
    async countStored(keys) {
      // One get per key through the leader (a whole list would pass the frame limit at these sizes).
      let stored = 0;
      let next = 0;
      const reader = async (): Promise<void> => {
        while (next < keys.length) {
          const name = keys[next++]!;
          const body = keelapi.ObjectRef.encode({ ref: name }).finish();
          const got = keelapi.SecretResponse.decode(
            await clients[managers.indexOf(leader)]!.call(methods.secretGet, body, { timeoutMs: 15_000 }),
          );
          if (got.secret?.name === name) stored++;
        }
      };
      await Promise.all(Array.from({ length: 32 }, reader));
      return stored;
    },
    close: async () => {
      for (const c of clients) c.close();
      await cluster.close();
    },
  };
}

// ---- etcd ----

function etcdAvailable(): { ok: true } | { ok: false; reason: string } {
  const has = (): boolean => spawnSync("etcd", ["--version"], { stdio: "ignore" }).status === 0;
  if (has()) return { ok: true };
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "etcd-server"], {
    stdio: "ignore",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (install.status !== 0) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
    spawnSync("apt-get", ["install", "-y", "-qq", "etcd-server"], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  return has()
    ? { ok: true }
    : { ok: false, reason: "etcd is not installed and `apt-get install etcd-server` did not succeed" };
}

function httpJson(agent: Agent, port: number, path: string, body: object): Promise<unknown> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode !== 200) reject(new Error(`etcd ${path}: ${res.statusCode} ${text}`));
          else resolve(JSON.parse(text) as unknown);
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`etcd: ${what} within ${timeoutMs} ms`);
}

async function etcdTarget(portBase: number): Promise<Target> {
  const root = await mkdtemp(join(tmpdir(), "keel-bench-etcd-"));
  const names = ["e1", "e2", "e3"];
  const peerPort = (i: number): number => portBase + 2 * i;
  const clientPort = (i: number): number => portBase + 2 * i + 1;
  const initialCluster = names.map((n, i) => `${n}=http://127.0.0.1:${peerPort(i)}`).join(",");
  const children: ChildProcess[] = names.map((name, i) =>
    spawn(
      "etcd",
      [
        `--name=${name}`,
        `--data-dir=${join(root, name)}`,
        `--listen-peer-urls=http://127.0.0.1:${peerPort(i)}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort(i)}`,
        `--listen-client-urls=http://127.0.0.1:${clientPort(i)}`,
        `--advertise-client-urls=http://127.0.0.1:${clientPort(i)}`,
        `--initial-cluster=${initialCluster}`,
        "--initial-cluster-state=new",
        "--initial-cluster-token=keel-bench",
        "--log-level=error",
      ],
      { stdio: "ignore" },
    ),
  );
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });
  const close = async (): Promise<void> => {
    agent.destroy();
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))),
    );
    await rm(root, { recursive: true, force: true });
  };
  try {
    let leader = -1;
    await waitFor(
      "a leader",
      async () => {
        const statuses = await Promise.all(
          names.map((_, i) => httpJson(agent, clientPort(i), "/v3/maintenance/status", {})),
        );
        const ids = statuses.map(
          (s) => (s as { header: { member_id: string }; leader: string }).header.member_id,
        );
        const lead = (statuses[0] as { leader?: string }).leader;
        leader = ids.indexOf(lead ?? "");
        return leader >= 0;
      },
      30_000,
    );
    return {
      name: "etcd",
      toggleProfile: () => Promise.resolve(),
      loopReport: () => null,
      members: names.length,
      leader,
      pids: () => children.flatMap((c) => (c.pid === undefined ? [] : [c.pid])),
      snapshotsTaken: () => null,
      events: () => [],
      rotateDeks: () => Promise.resolve(),
      async write(member, key, value) {
        await httpJson(agent, clientPort(member), "/v3/kv/put", { key: b64(key), value: b64(value) });
      },
      async countStored(keys) {
        const prefix = keys[0]?.slice(0, keys[0].lastIndexOf("-") + 1) ?? "";
        const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
        const r = (await httpJson(agent, clientPort(leader), "/v3/kv/range", {
          key: b64(prefix),
          range_end: b64(end),
          count_only: true,
        })) as { count?: string };
        return Number(r.count ?? 0);
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

// ---- the run ----

function flag(args: readonly string[], name: string, fallback: number, options = { zero: false }): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  const least = options.zero ? 0 : 1;
  if (!Number.isSafeInteger(n) || n < least) throw new Error(`${name} takes an integer of at least ${least}`);
  return n;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const f0 = (n: number): string => n.toFixed(0);
const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);

export async function main(args: string[]): Promise<void> {
  const writes = flag(args, "--writes", 20_000);
  const serial = flag(args, "--serial", 2_000);
  const rounds = flag(args, "--rounds", 3);
  const profileAt = args.indexOf("--profile");
  const profileDir = profileAt < 0 ? null : (args[profileAt + 1] ?? null);
  const trace = args.includes("--trace");
  const warmup = flag(args, "--warmup", 5_000, { zero: true });
  const preload = flag(args, "--preload", 100_000, { zero: true });
  const unmeasured = Math.max(warmup, preload);
  const allPhases: Phase[] = [
    { name: "1 in flight, to the leader", id: "1-l", inFlight: 1, toLeaderOnly: true, writes: serial },
    { name: "64 in flight, over all members", id: "64-a", inFlight: 64, toLeaderOnly: false, writes },
    { name: "64 in flight, to the leader", id: "64-l", inFlight: 64, toLeaderOnly: true, writes },
    // Snapshots of the whole store inside a measured phase: at the default policy one comes
    // about every 75,000 entries with a 100,000-secret store, so the phases above may or may
    // not hold one (their `snapshots N` says which did). Three times the writes: the members
    // take turns and pace their snapshots (src/node/snapshot-pace.ts), a few seconds in all,
    // and a phase that ended first would wait for them idle.
    {
      name: "64 over all, DEKs rotated",
      id: "64-r",
      inFlight: 64,
      toLeaderOnly: false,
      writes: 3 * writes,
      rotateDekAfter: Math.floor(writes / 10),
    },
  ];
  const onlyAt = args.indexOf("--only");
  const phases = onlyAt < 0 ? allPhases : allPhases.filter((p) => p.id === args[onlyAt + 1]);
  if (phases.length === 0) throw new Error(`--only takes one of ${allPhases.map((p) => p.id).join(", ")}`);
  // Unmeasured writes first, to both systems alike: the store the measured phases run against
  // (snapshots, compaction and lookups grow with it), and a warm JIT: keel's first thousand
  // writes cost two to three times the CPU of later ones while V8 compiles the write path.
  const preloadPhase: Phase = {
    name: "preload",
    id: "p",
    inFlight: 64,
    toLeaderOnly: false,
    writes: unmeasured,
  };
  // Then one at a time, to the leader: the one-in-flight path takes other branches (one entry
  // per Ready, a sync per write) that V8 has not yet optimised after the concurrent preload.
  // V8 optimises a function after some thousands of calls: after 1,000 such writes each server
  // still compiled 59–78 functions during the measured phase (0.06–0.07 ms of V8's own threads
  // per write each, and the main threads a third slower); after 6,000, two or three.
  const serialWarmupPhase: Phase = {
    name: "serial warm-up",
    id: "w",
    inFlight: 1,
    toLeaderOnly: true,
    writes: warmup,
  };
  const etcd = args.includes("--keel-only") ? { ok: false as const, reason: "--keel-only" } : etcdAvailable();
  if (!etcd.ok) console.log(`etcd: not run (${etcd.reason}); keel runs alone`);
  const systems: ("keel" | "etcd")[] = etcd.ok ? ["etcd", "keel"] : ["keel"];
  const results = new Map<string, PhaseResult[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const system of round % 2 === 1 ? systems : [...systems].reverse()) {
      const target = system === "keel" ? await keelTarget(profileDir) : await etcdTarget(23_790);
      try {
        if (unmeasured > 0) {
          const startedMs = performance.now();
          await runPhase(target, preloadPhase, round, { profile: false, check: false });
          console.log(
            `round ${round} ${system.padEnd(4)} ${unmeasured} unmeasured writes in ${f1((performance.now() - startedMs) / 1000)} s`,
          );
        }
        if (serialWarmupPhase.writes > 0) {
          await runPhase(target, serialWarmupPhase, round, { profile: false, check: false });
        }
        for (const phase of phases) {
          const r = await runPhase(target, phase, round);
          const key = `${system}|${phase.name}`;
          results.set(key, [...(results.get(key) ?? []), r]);
          console.log(
            `round ${round} ${system.padEnd(4)} ${phase.name.padEnd(32)} ${f0(r.opsPerSecond).padStart(6)} ops/s` +
              `  p50 ${f2(r.p50Ms)}  p99 ${f1(r.p99Ms)}  max ${f0(r.maxMs)} ms` +
              `  cpu ms/write servers ${f2(r.cpuMsPerWrite)} (leader ${f2(r.leaderCpuMsPerWrite)}) client ${f2(r.clientCpuMsPerWrite)}` +
              (r.snapshots === null ? "" : `  snapshots ${r.snapshots}`) +
              (r.rotationTailMs === null ? "" : ` (the last ${f0(r.rotationTailMs)} ms after the writes)`),
          );
          const loop = target.loopReport();
          if (loop !== null) console.log(`        ${loop}`);
          if (trace && system === "keel") console.log(describeTrace(r, target.events()).join("\n"));
        }
      } finally {
        await target.close();
      }
    }
  }
  const med = (system: string, phase: Phase, pick: (r: PhaseResult) => number): number =>
    median((results.get(`${system}|${phase.name}`) ?? []).map(pick));
  console.log(
    `\nmedians of ${rounds} rounds (${valueBytes}-byte values; ${writes} writes per concurrent phase,` +
      ` ${3 * writes} with the DEKs rotated;` +
      ` a store of ${preload} before them)`,
  );
  console.log(
    "| phase | etcd ops/s | keel ops/s | keel/etcd | etcd p50 / p99 / max ms | keel p50 / p99 / max ms | cpu ms/write etcd / keel |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const phase of phases) {
    const e = (pick: (r: PhaseResult) => number): number => med("etcd", phase, pick);
    const k = (pick: (r: PhaseResult) => number): number => med("keel", phase, pick);
    const ratio = etcd.ok ? f2(k((r) => r.opsPerSecond) / e((r) => r.opsPerSecond)) : "-";
    const etcdCols = etcd.ok ? `${f0(e((r) => r.opsPerSecond))} | ` : "- | ";
    const etcdLat = etcd.ok
      ? `${f2(e((r) => r.p50Ms))} / ${f1(e((r) => r.p99Ms))} / ${f0(e((r) => r.maxMs))}`
      : "-";
    console.log(
      `| ${phase.name} | ${etcdCols}${f0(k((r) => r.opsPerSecond))} | ${ratio} | ${etcdLat} | ` +
        `${f2(k((r) => r.p50Ms))} / ${f1(k((r) => r.p99Ms))} / ${f0(k((r) => r.maxMs))} | ` +
        `${etcd.ok ? f2(e((r) => r.cpuMsPerWrite)) : "-"} / ${f2(k((r) => r.cpuMsPerWrite))} |`,
    );
  }
  for (const phase of phases) {
    if (!etcd.ok) break;
    const ratio = med("keel", phase, (r) => r.opsPerSecond) / med("etcd", phase, (r) => r.opsPerSecond);
    const label = `${phase.inFlight}-${phase.toLeaderOnly ? "leader" : "all"}${phase.rotateDekAfter === undefined ? "" : "-dek-rotated"}`;
    console.log(`cluster keel/etcd ${label}=${f2(ratio)}`);
  }
}
