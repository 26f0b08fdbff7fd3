// The attackers of bench/hostile.ts in a process of their own, so that their sockets and TLS
// handshakes do not share an event loop with the load whose latency is measured. Started with a
// JSON plan as its argument; attacks at once, pauses on SIGUSR1 (every connection closed) and
// resumes on SIGUSR2, printing "paused" and "resumed" lines; on SIGTERM it stops and prints its
// counts and CPU time as one JSON line.
import type { DialTrust } from "../src/transport/dial.js";
import { PartialFrames, SilentFlood, workerCredentials } from "../test/e2e/attackers.js";

interface Plan {
  readonly address: string;
  readonly rootCaPem: string;
  readonly silent: number;
  readonly anonymousPartial: number;
  readonly workerPartial: number;
  readonly workerDataDir: string;
  /**
   * The loopback addresses the attacks come from, one per kind (silent, anonymous partial,
   * worker partial): the managers are on 127.0.0.1, and an attacker with several addresses gets
   * each one's budgets.
   */
  readonly localAddresses: readonly [string, string, string];
}

const MiB = 1024 * 1024;
const plan = JSON.parse(process.argv[2] ?? "{}") as Plan;
const [silentFrom, anonymousFrom, workerFrom] = plan.localAddresses;
const credentials = plan.workerPartial > 0 ? await workerCredentials(plan.workerDataDir) : null;
const anonymous: DialTrust = { kind: "anonymous", rootCaPem: plan.rootCaPem };
const attackers = {
  silent: new SilentFlood(plan.address, plan.silent, 0, silentFrom),
  anonymousPartial: new PartialFrames(
    plan.address,
    plan.anonymousPartial,
    anonymous,
    { announceBytes: 4 * MiB, trickleBytes: 16 * 1024, trickleMs: 50 },
    0,
    anonymousFrom,
  ),
  workerPartial:
    credentials === null
      ? null
      : new PartialFrames(
          plan.address,
          plan.workerPartial,
          { kind: "node", credentials },
          { announceBytes: 240 * 1024, trickleBytes: 32 * 1024, trickleMs: 50 },
          0,
          workerFrom,
        ),
};
const all = Object.values(attackers);
// Paused, nothing else would keep the process alive until it is told to resume.
setInterval(() => undefined, 60_000);
// One change at a time, in the order signalled.
let changes = Promise.resolve();
const change = (fn: () => Promise<unknown>, line: string): void => {
  changes = changes.then(async () => {
    await fn();
    process.stdout.write(`${line}\n`);
  });
};
change(() => Promise.all(all.map((a) => a?.start())), "started");
process.on("SIGUSR1", () => change(() => Promise.all(all.map((a) => a?.stop())), "paused"));
process.on("SIGUSR2", () => change(() => Promise.all(all.map((a) => a?.start())), "resumed"));
process.once("SIGTERM", () => {
  // Bounded: whatever hangs, the attacker is gone a few seconds after it was told to stop.
  setTimeout(() => process.exit(1), 5_000).unref();
  void (async () => {
    const cpu = process.cpuUsage();
    await Promise.all(all.map((a) => a?.stop()));
    credentials?.close();
    const counts = {
      ...Object.fromEntries(
        Object.entries(attackers).map(([k, a]) => [
          k,
          { opened: a?.opened ?? 0, closed: a?.closedByManager ?? 0 },
        ]),
      ),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    };
    process.stdout.write(JSON.stringify(counts) + "\n");
    process.exit(0);
  })();
});
