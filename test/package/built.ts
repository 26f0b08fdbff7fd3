// The compiled package (dist/) for tests that run it as a user would: built once if the
// sources are newer (npm ci builds it; a test run after an edit rebuilds it incrementally).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const checkoutRoot = join(import.meta.dirname, "..", "..");
export const distCli = join(checkoutRoot, "dist", "cli", "main.js");

let built = false;

/** ensureBuilt brings dist/ up to date with src/ (a no-op when it is). */
export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, [join(checkoutRoot, "scripts", "build.mjs"), "--if-stale"], {
    stdio: "inherit",
  });
  built = true;
}
