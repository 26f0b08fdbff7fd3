// Builds the package into dist/: tsc (tsconfig.build.json) for the JavaScript and .d.ts, then
// the generated protobuf modules, which are JavaScript already and which tsc does not copy.
// `npm ci` runs it (prepare); `npm start` runs it with --if-stale, so an edited checkout
// starts what its sources say. `dist/` is never committed.
//
//   node scripts/build.mjs [--if-stale]
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");
const stamp = join(dist, ".tsbuildinfo");

/** newestMs is the latest modification time of a file under `dir`. */
function newestMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!existsSync(stamp)) return true;
  const builtMs = statSync(stamp).mtimeMs;
  const inputs = ["package.json", "tsconfig.json", "tsconfig.build.json"].map(
    (f) => statSync(join(root, f)).mtimeMs,
  );
  return Math.max(newestMs(src), ...inputs) > builtMs;
}

if (process.argv.includes("--if-stale") && !stale()) process.exit(0);

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
mkdirSync(join(dist, "gen"), { recursive: true });
for (const file of readdirSync(join(src, "gen")))
  copyFileSync(join(src, "gen", file), join(dist, "gen", file));
// The bin runs directly (`./dist/cli/main.js`, a symlink to it), not only through npm's shim.
chmodSync(join(dist, "cli", "main.js"), 0o755);
// tsc leaves its stamp alone when nothing changed; touch it so --if-stale sees this build.
const now = new Date();
utimesSync(stamp, now, now);
