// The compiled package (dist/) for tests that run it as a user would: built once if the
// sources are newer (npm ci builds it; a test run after an edit rebuilds it incrementally).
// Test files run in parallel workers, so one builds at a time (a lock directory) and the
// others then find dist/ fresh.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

export const checkoutRoot = join(import.meta.dirname, "..", "..");
export const distCli = join(checkoutRoot, "dist", "cli", "main.js");

const lockDir = join(checkoutRoot, ".build-lock");
/** A build takes ~15 s on a busy 2-core machine; a lock older than this is a dead builder's. */
const lockWaitMs = 180_000;

let built = false;

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** ensureBuilt brings dist/ up to date with src/ (a no-op when it is). */
export function ensureBuilt(): void {
  if (built) return;
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (Date.now() > deadline) break; // Left by a builder that died: build anyway.
      sleepMs(200);
    }
  }
  try {
    execFileSync(process.execPath, [join(checkoutRoot, "scripts", "build.mjs"), "--if-stale"], {
      stdio: "inherit",
    });
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
  built = true;
}
