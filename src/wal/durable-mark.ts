// The durable mark: a witness, kept outside the LevelDB log, of how far this WAL had made its
// log durable. LevelDB writes each save (entries and hard state together) as one batch in one
// log file; when the tail of that file is torn, truncated or damaged, LevelDB drops the last
// batches silently on open, and with them every record that could tell they ever existed.
// So the witness lives in a small file of its own in the data dir, replaced atomically.
//
// It is written at every clean close (so any loss of synced batches after a clean stop is
// detected) and refreshed lazily while running: after a save has landed, when the log has
// grown by markEveryEntries since the last mark or the term has changed (one small file write
// per thousand entries or per election, off the save path: saves never wait for it).
// What it CANNOT detect: after a crash (no clean close), the loss of batches made durable since
// the last lazy refresh; a loss that the log then outgrew again before the mark was written;
// a mark file lost or rolled back together with the log. Those fall back to the checks inside
// the log (gaps, commit past the last entry).
import { secretHash } from "../crypto/hash.js";
import { FileKeyStore } from "./key-store.js";
import type { KeyFileStore } from "./key-store.js";

/** Same contract as the key file's store: one small file, read whole and replaced atomically. */
export type MarkStore = KeyFileStore;

/** What the WAL had made durable when the mark was written. */
export interface DurableMark {
  /** The store the mark belongs to (a mark from another store is ignored). */
  readonly storeId: Uint8Array;
  readonly lastIndex: number;
  readonly lastTerm: number;
  /** The hard state's term and vote then: a node must never vote twice in one term. */
  readonly term: number;
  readonly vote: number;
}

const markVersion = 1;
const checksumBytes = 16;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/** encodeMark renders a mark as one line of JSON and a checksum line (BLAKE2b-128 of the first). */
export function encodeMark(mark: DurableMark): Uint8Array {
  const body = JSON.stringify({
    version: markVersion,
    storeId: hex(mark.storeId),
    lastIndex: mark.lastIndex,
    lastTerm: mark.lastTerm,
    term: mark.term,
    vote: mark.vote,
  });
  const bodyBytes = new TextEncoder().encode(body);
  return new TextEncoder().encode(`${body}\n${hex(secretHash(checksumBytes, bodyBytes))}\n`);
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** decodeMark parses a mark; null when it is damaged (bad checksum, wrong shape, other version). */
export function decodeMark(bytes: Uint8Array): DurableMark | null {
  const [body, sum, rest] = new TextDecoder().decode(bytes).split("\n");
  if (body === undefined || sum === undefined || rest !== "") return null;
  if (sum !== hex(secretHash(checksumBytes, new TextEncoder().encode(body)))) return null;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return null;
  }
  const { version, storeId, lastIndex, lastTerm, term, vote } = parsed;
  if (version !== markVersion || typeof storeId !== "string" || !/^([0-9a-f]{2})+$/.test(storeId))
    return null;
  if (![lastIndex, lastTerm, term, vote].every(isCount)) return null;
  return {
    storeId: Uint8Array.from(Buffer.from(storeId, "hex")),
    lastIndex: lastIndex as number,
    lastTerm: lastTerm as number,
    term: term as number,
    vote: vote as number,
  };
}

/** Whether log position a = (index, term) is behind b in Raft's up-to-date order (§5.4.1). */
export function isBehind(
  a: { readonly lastIndex: number; readonly lastTerm: number },
  b: { readonly lastIndex: number; readonly lastTerm: number },
): boolean {
  return a.lastTerm < b.lastTerm || (a.lastTerm === b.lastTerm && a.lastIndex < b.lastIndex);
}

/**
 * MemoryMarkStore is the simulated side: memory that survives a simulated crash. crash()
 * returns the store the restarted node reads, and makes this one drop every later write, as
 * a process that lost power writes nothing more (its close() never ran).
 */
export class MemoryMarkStore implements MarkStore {
  bytes: Uint8Array | null = null;
  writeCount = 0;
  #dead = false;

  async read(): Promise<Uint8Array | null> {
    return this.bytes === null ? null : Uint8Array.from(this.bytes);
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.#dead) return;
    this.bytes = Uint8Array.from(bytes);
    this.writeCount++;
  }

  crash(): MemoryMarkStore {
    this.#dead = true;
    const next = new MemoryMarkStore();
    next.bytes = this.bytes;
    return next;
  }
}

/** FileMarkStore is the real side: a small file in the data dir, replaced atomically (as the key file is). */
export class FileMarkStore extends FileKeyStore implements MarkStore {}
