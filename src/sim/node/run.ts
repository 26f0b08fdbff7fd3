// `npm run sim -- --layer node`: runs node-layer seeds, prints each violation with the command
// that replays its seed, the coverage marks, and a summary line with the transcript hash and
// the speed (simulated seconds per wall second).
import { fnv1aString } from "../digest.js";
import { Marks, promisedMarks, tailLossMarks } from "./marks.js";
import { runNodeSeed } from "./node-sim.js";

export interface NodeRunArgs {
  readonly seeds: readonly number[];
  readonly verbose: boolean;
  readonly loseSynced: boolean;
  readonly learnersUnderFaults: boolean;
  readonly faultMs: number | undefined;
}

/** Marks are enforced only for runs long enough to hit them all. */
export const marksEnforcedFromSeeds = 50;

export async function runNodeLayer(args: NodeRunArgs): Promise<number> {
  let violations = 0;
  let transcript = 0x811c9dc5;
  let simMs = 0;
  const marks = new Marks();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let current: number | null = null;
  // A seed whose run waits on a promise nothing will settle empties the event loop: say which.
  const onHang = (): void => {
    if (current === null) return;
    console.log(`violation seed=${current}: the simulation hung (a promise nothing settles)`);
    console.log(`  replay: npm run sim -- --layer node --seed ${current} --verbose`);
    process.exit(1);
  };
  process.on("beforeExit", onHang);
  // An exception out of a node's loop or a timer, that nothing awaited: the seed's violation.
  let escaped: string[] = [];
  const onEscape = (error: unknown): void => {
    escaped.push(
      `unexpected exception: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  };
  process.on("unhandledRejection", onEscape);
  process.on("uncaughtException", onEscape);
  for (const seed of args.seeds) {
    current = seed;
    const result = await runNodeSeed({
      seed,
      loseSynced: args.loseSynced,
      learnersUnderFaults: args.learnersUnderFaults,
      ...(args.faultMs !== undefined ? { faultMs: args.faultMs } : {}),
      ...(args.verbose ? { log: (line: string) => console.log(`  ${line}`) } : {}),
    });
    const replay = `npm run sim -- --layer node --seed ${seed}${args.loseSynced ? "" : " --no-lose-synced"}${
      args.learnersUnderFaults ? " --learners-under-faults" : ""
    }${args.faultMs !== undefined ? ` --fault-ms ${args.faultMs}` : ""} --verbose`;
    const violationsOfSeed = [...result.violations, ...escaped];
    escaped = [];
    for (const v of violationsOfSeed) console.log(`violation seed=${seed}: ${v}\n  replay: ${replay}`);
    violations += violationsOfSeed.length;
    transcript = fnv1aString(`${seed}:${result.transcript.toString(16)}`, transcript);
    simMs += result.simMs;
    marks.add(result.marks);
    if (args.seeds.length === 1) {
      console.log(
        `seed=${seed} managers=${result.mix.managers} autolock=${result.mix.autolock} ops=${result.history.length} ` +
          `sim-s=${(result.simMs / 1000).toFixed(1)} transcript=${result.transcript.toString(16).padStart(8, "0")}`,
      );
    }
  }
  current = null;
  process.off("beforeExit", onHang);
  process.off("unhandledRejection", onEscape);
  process.off("uncaughtException", onEscape);
  const wallS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // On a shared machine wall time includes waiting for a core; CPU time is what the run costs.
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const promised: string[] = [...promisedMarks, ...(args.loseSynced ? tailLossMarks : [])];
  console.log("marks:");
  for (const line of marks.lines(promised)) console.log(line);
  const missing = args.seeds.length >= marksEnforcedFromSeeds ? marks.missing(promised) : [];
  for (const name of missing) console.log(`mark never hit: ${name}`);
  console.error(`(${args.seeds.length} seeds in ${wallS.toFixed(1)}s)`);
  console.log(
    `sim layer=node seeds=${args.seeds.length} violations=${violations} transcript=${transcript.toString(16).padStart(8, "0")} ` +
      `sim-s/wall-s=${(simMs / 1000 / Math.max(wallS, 1e-3)).toFixed(0)} sim-s/cpu-s=${(simMs / 1000 / Math.max(cpuS, 1e-3)).toFixed(0)}`,
  );
  return violations > 0 || missing.length > 0 ? 1 : 0;
}
