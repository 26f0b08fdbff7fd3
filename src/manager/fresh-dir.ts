// A data dir an init or join starts in: new (missing, or empty), and put back as it was found
// when the init or join fails, so that a retry is not refused as ALREADY_INITIALIZED.
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { DataDir } from "./data-dir.js";
import { ManagerError } from "./errors.js";

export interface FreshDir {
  /** restore removes what was written since the claim: the dir itself when it was made. */
  restore(): Promise<void>;
}

/** claimFreshDir refuses a dir that holds anything (ALREADY_INITIALIZED) and makes a missing one. */
export async function claimFreshDir(dir: DataDir): Promise<FreshDir> {
  const made = (await mkdir(dir.path, { recursive: true, mode: 0o700 })) !== undefined;
  const entries = await readdir(dir.path);
  if (entries.length > 0) throw new ManagerError({ code: "ALREADY_INITIALIZED", dataDir: dir.path });
  return {
    async restore(): Promise<void> {
      if (made) {
        await rm(dir.path, { recursive: true, force: true });
        return;
      }
      // It was empty: everything in it is this attempt's.
      for (const entry of await readdir(dir.path))
        await rm(join(dir.path, entry), { recursive: true, force: true });
    },
  };
}

/**
 * undoneOnFailure runs `attempt` in a fresh dir; when it fails, `release` closes what it opened
 * (databases hold locks, listeners ports), the dir is restored, and the error passes on.
 */
export async function undoneOnFailure<T>(
  fresh: FreshDir,
  attempt: (opened: { release: (close: () => Promise<void>) => void }) => Promise<T>,
): Promise<T> {
  const closers: (() => Promise<void>)[] = [];
  try {
    return await attempt({ release: (close) => closers.push(close) });
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await fresh.restore();
    throw error;
  }
}
