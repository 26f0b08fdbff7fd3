// The `keel` command.
import { runDemo } from "./demo.js";

const USAGE = `usage: keel <command>

commands:
  demo [--seed N]   run a seeded 5-node Raft cluster in one process through partitions,
                    crashes, snapshots, membership changes and a leader transfer`;

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case "demo": {
      const seed = Number(flag(rest, "--seed") ?? "1");
      if (!Number.isSafeInteger(seed)) {
        console.error(`--seed takes an integer`);
        return 2;
      }
      return runDemo({ seed, write: (line) => console.log(line) }) ? 0 : 1;
    }
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`keel: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
