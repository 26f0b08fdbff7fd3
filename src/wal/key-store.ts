// Where the key file lives. FileKeyStore writes it atomically (temp file, fsync, rename,
// fsync the directory), so a crash leaves either the old or the new file, never a mix;
// MemoryKeyStore is its in-memory twin for tests and simulation.
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../atomic-file.js";

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
    await writeFileAtomic(this.path, bytes, 0o600);
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
