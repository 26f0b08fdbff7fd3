// The harness of the compiled keel (dist/), for benchmarks of real processes: keel's servers
// then run as `npm start` and an installed package run them, not from the TypeScript sources
// through tsx (whose transform adds work of its own, e.g. a name helper call per closure).
// `npm run bench` rebuilds dist/ first when a source is newer (scripts/build.mjs --if-stale).
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as sources from "../src/harness/index.js";

type Harness = typeof sources;

const compiled = pathToFileURL(
  join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "harness", "index.js"),
).href;

export async function compiledHarness(): Promise<Harness> {
  return (await import(compiled)) as Harness;
}
