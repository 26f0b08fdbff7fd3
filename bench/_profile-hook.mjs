// A CPU profiler for keel processes under `npm run bench -- cluster --profile DIR`, loaded with
// node's --import: each SIGUSR2 starts a profile, the next writes it to DIR/<pid>-<n>.cpuprofile
// (open it in Chrome's DevTools), and beside it DIR/<pid>-<n>.loop.json: the event loop's delay
// over the window (percentiles, ms), every stall of the loop of 10 ms or more with its wall
// time, and the garbage collector's pauses — to tie each stall to a cause (a GC, or the keel
// log's own lines at that time: snapshots, compactions). The harness ends processes with
// SIGKILL, so nothing is written at exit; the bench signals around each phase instead.
// With KEEL_PROFILE_HEAP=1 in the bench's environment each window also samples allocations
// into DIR/<pid>-<n>.heapprofile (DevTools' Memory tab): every sampled allocation, the garbage
// that scavenges and full collections freed included, by the stack that made it.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { PerformanceObserver, monitorEventLoopDelay, performance } from "node:perf_hooks";
import { setInterval } from "node:timers";

const dir = process.env["KEEL_PROFILE_DIR"];
const heap = process.env["KEEL_PROFILE_HEAP"] === "1";
const heapSampleBytes = 16 * 1024;
const stallMsMin = 10;
const probeMs = 2;
const gcKinds = { 1: "minor", 2: "major", 4: "incremental", 8: "weakcb" };

if (dir !== undefined && dir !== "") {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 250 });
  if (heap) session.post("HeapProfiler.enable");
  let running = false;
  let written = 0;
  let window = null;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const gcs = new PerformanceObserver((list) => {
    if (window === null) return;
    for (const e of list.getEntries()) {
      window.gc.push({
        atMs: Math.round(performance.timeOrigin + e.startTime),
        kind: gcKinds[e.detail?.kind] ?? String(e.detail?.kind),
        ms: Number(e.duration.toFixed(2)),
      });
    }
  });
  gcs.observe({ entryTypes: ["gc"] });
  // A probe timer: a turn late by stallMsMin or more is a stall, recorded with when it ended.
  let expected = performance.now() + probeMs;
  const probe = setInterval(() => {
    const now = performance.now();
    const lateMs = now - expected;
    expected = now + probeMs;
    if (window !== null && lateMs >= stallMsMin) {
      window.stalls.push({ endMs: Math.round(performance.timeOrigin + now), ms: Math.round(lateMs) });
    }
  }, probeMs);
  probe.unref();
  const ms = (ns) => Number((ns / 1e6).toFixed(2));
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      window = { startedMs: Date.now(), gc: [], stalls: [] };
      delay.reset();
      delay.enable();
      session.post("Profiler.start");
      if (heap) {
        session.post("HeapProfiler.startSampling", {
          samplingInterval: heapSampleBytes,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
      }
      return;
    }
    running = false;
    delay.disable();
    const w = window;
    window = null;
    const gcTotalMs = w.gc.reduce((s, g) => s + g.ms, 0);
    const loop = {
      pid: process.pid,
      windowMs: Date.now() - w.startedMs,
      delayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      gc: {
        count: w.gc.length,
        totalMs: Number(gcTotalMs.toFixed(1)),
        maxMs: Math.max(0, ...w.gc.map((g) => g.ms)),
        over10Ms: w.gc.filter((g) => g.ms >= 10),
      },
      stalls: w.stalls,
    };
    const n = ++written;
    writeFileSync(`${dir}/${process.pid}-${n}.loop.json`, JSON.stringify(loop, null, 1));
    if (heap) {
      session.post("HeapProfiler.stopSampling", (error, result) => {
        if (error === null)
          writeFileSync(`${dir}/${process.pid}-${n}.heapprofile`, JSON.stringify(result.profile));
      });
    }
    session.post("Profiler.stop", (error, result) => {
      if (error === null)
        writeFileSync(`${dir}/${process.pid}-${n}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}
