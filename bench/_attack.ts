// The attackers of bench/hostile.ts in a process of their own, so that their sockets and TLS
// handshakes do not share an event loop with the load whose latency is measured. Started with a
// JSON plan as its argument; attacks until SIGTERM, then prints its counts as one JSON line.
import type { DialTrust } from "../src/transport/dial.js";
import { PartialFrames, SilentFlood, workerCredentials } from "../test/e2e/attackers.js";

interface Plan {
  readonly address: string;
  readonly rootCaPem: string;
  readonly silent: number;
  readonly anonymousPartial: number;
  readonly workerPartial: number;
  readonly workerDataDir: string;
  /** The loopback address the attack comes from (the managers are on 127.0.0.1). */
  readonly localAddress: string;
}

const MiB = 1024 * 1024;
const plan = JSON.parse(process.argv[2] ?? "{}") as Plan;
const credentials = plan.workerPartial > 0 ? await workerCredentials(plan.workerDataDir) : null;
const anonymous: DialTrust = { kind: "anonymous", rootCaPem: plan.rootCaPem };
const attackers = {
  silent: new SilentFlood(plan.address, plan.silent, 0, plan.localAddress),
  anonymousPartial: new PartialFrames(
    plan.address,
    plan.anonymousPartial,
    anonymous,
    { announceBytes: 4 * MiB, trickleBytes: 16 * 1024, trickleMs: 50 },
    0,
    plan.localAddress,
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
          plan.localAddress,
        ),
};
await Promise.all(Object.values(attackers).map((a) => a?.start()));
process.stdout.write("started\n");
process.once("SIGTERM", () => {
  // Bounded: whatever hangs, the attacker is gone a few seconds after it was told to stop.
  setTimeout(() => process.exit(1), 5_000).unref();
  void (async () => {
    const cpu = process.cpuUsage();
    await Promise.all(Object.values(attackers).map((a) => a?.stop()));
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
