// Where the key file lives. FileKeyStore writes it atomically (temp file, fsync, rename,
// fsync the directory), so a crash leaves either the old or the new file, never a mix;
// MemoryKeyStore is its in-memory twin for tests and simulation.
import { open, readFile, rename, rm, unlink } from "node:fs/promises";
import { dirname } from "node:path";

/** KeyFileStore reads and atomically replaces the bytes of one key file. */
export interface KeyFileStore {
  /** The current bytes, or null if there is no key file. */
  read(): Promise<Uint8Array | null>;
  /** Replaces the key file atomically and durably. */
  write(bytes: Uint8Array): Promise<void>;
}

export class FileKeyStore implements KeyFileStore {
  constructor(readonly path: string) {}

  async read(): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    const temp = `${this.path}.tmp`;
    // A temp file left by a crash is removed, not reused: "wx" creates it afresh with mode
    // 0600 (an existing file would keep its own mode) and refuses to follow a symlink there.
    await rm(temp, { force: true });
    try {
      const file = await open(temp, "wx", 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    // Without this the rename itself may not survive a power cut (etcd skips it for snapshots).
    const dir = await open(dirname(this.path), "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

/** MemoryKeyStore keeps the key file in memory; writes are atomic, and can be made to fail. */
export class MemoryKeyStore implements KeyFileStore {
  bytes: Uint8Array | null = null;
  writeCount = 0;
  /** When > 0, that many next writes fail before changing anything. */
  failWrites = 0;

  async read(): Promise<Uint8Array | null> {
    return this.bytes === null ? null : Uint8Array.from(this.bytes);
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.failWrites > 0) {
      this.failWrites--;
      throw new Error("injected key file write failure");
    }
    this.bytes = Uint8Array.from(bytes);
    this.writeCount++;
  }
}
