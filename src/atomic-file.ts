// Replacing a file so that a crash or power cut leaves the old contents or the new, never a mix
// and never nothing: write a temp file, fsync it, rename it over the file, fsync the directory
// (without that last step the rename itself may not survive a power cut).
import { open, rename, rm, unlink } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * writeFileAtomic replaces `path` with `data`, durably, with `mode` for a new file. A temp file
 * left by a crash is removed, not reused: "wx" creates it afresh with `mode` (an existing file
 * would keep its own) and refuses to follow a symlink put there.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, mode: number): Promise<void> {
  const temp = `${path}.tmp`;
  await rm(temp, { force: true });
  try {
    const file = await open(temp, "wx", mode);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
