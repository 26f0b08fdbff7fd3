// `npm run sim -- [--layer raft|node] --seeds N [--from S]` or `--seed S [--verbose]`: runs
// seeded cluster simulations under faults, the Raft core alone (raft, the default) or the
// production nodes with their WAL, store and controllers (node), prints one line per violation
// with its seed, then a summary line.
import { runSeed } from "./raft-sim.js";
import { fnv1aString } from "./digest.js";
import { runNodeLayer } from "./node/run.js";
import { decodeShortU64AsNumbers } from "../protobuf-u64.js";

// As the keel process decodes (src/cli/commands/daemon.ts): the simulator runs its code unchanged.
decodeShortU64AsNumbers();

interface Args {
  layer: "raft" | "node";
  seeds: number[];
  verbose: boolean;
  steps: number | undefined;
  loseSynced: boolean;
  learnersUnderFaults: boolean;
  faultMs: number | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (flag: string, s: string | undefined): number | undefined => {
    if (s === undefined) return undefined;
    const n = Number(s);
    if (!Number.isSafeInteger(n) || n < 0) {
      console.error(`${flag} takes a non-negative integer, not "${s}"`);
      process.exit(2);
    }
    return n;
  };
  const seed = int("--seed", value("--seed"));
  const count = int("--seeds", value("--seeds")) ?? 100;
  const from = int("--from", value("--from")) ?? 1;
  const seeds = seed !== undefined ? [seed] : Array.from({ length: count }, (_, i) => from + i);
  const layer = value("--layer") ?? "raft";
  if (layer !== "raft" && layer !== "node") {
    console.error(`--layer takes raft or node, not "${layer}"`);
    process.exit(2);
  }
  return {
    layer,
    seeds,
    verbose: argv.includes("--verbose"),
    steps: int("--steps", value("--steps")),
    loseSynced: !argv.includes("--no-lose-synced"),
    learnersUnderFaults: argv.includes("--learners-under-faults"),
    faultMs: int("--fault-ms", value("--fault-ms")),
  };
}

const args = parseArgs(process.argv.slice(2));
if (args.layer === "node") process.exit(await runNodeLayer(args));
let violations = 0;
let transcript = 0x811c9dc5;
const started = performance.now();
for (const seed of args.seeds) {
  const result = runSeed(seed, {
    ...(args.steps !== undefined ? { steps: args.steps } : {}),
    ...(args.verbose ? { log: (line: string) => console.log(`  ${line}`) } : {}),
  });
  for (const v of result.violations) console.log(`violation seed=${seed}: ${v}`);
  violations += result.violations.length;
  transcript = fnv1aString(`${seed}:${result.transcript}`, transcript);
  if (args.seeds.length === 1) {
    const s = result.summary;
    console.log(
      `seed=${seed} nodes=${s.voters} leader=${s.leader ?? "-"} term=${s.term} committed=${s.committed} ` +
        `proposals=${s.proposals} applied=${s.applied} crashes=${s.crashes} partitions=${s.partitions} ` +
        `dropped=${s.dropped} duplicated=${s.duplicated} conf-changes=${s.confChanges} transfers=${s.transfers} snapshots=${s.snapshots}`,
    );
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(`(${args.seeds.length} seeds in ${seconds}s)`);
console.log(
  `sim layer=raft seeds=${args.seeds.length} violations=${violations} transcript=${transcript.toString(16).padStart(8, "0")}`,
);
process.exit(violations > 0 ? 1 : 0);
