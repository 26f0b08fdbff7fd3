// Level keys of the WAL's records. Indexes are fixed-width hex so that key order is index
// order, which makes truncation, compaction and recovery simple range scans. Entries are
// stored in run records (see run-starts.ts), each under the index of its first entry.
import { RecordKind } from "../crypto/envelope.js";
import type { RecordRef } from "./errors.js";

/** The on-disk format version written in the store metadata (2: entries stored as run records). */
export const walFormatVersion = 2;

export const storeMetaKey = "m";
export const hardStateKey = "h";
const entryPrefix = "e/";
const snapshotPrefix = "s/";

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, "0");
}

/** The key of the entry run record whose first entry is at `index`. */
export function entryKey(index: number): string {
  return entryPrefix + hex(index, 16);
}

/** A snapshot is stored under its index and a save sequence number, so re-saving at the
 * same index (as a DEK rotation may) never overwrites the chunks of the complete copy. */
export function snapshotPrefixOf(index: number, seq: number): string {
  return `${snapshotPrefix}${hex(index, 16)}/${hex(seq, 16)}/`;
}

export function snapshotHeaderKey(index: number, seq: number): string {
  return `${snapshotPrefixOf(index, seq)}h`;
}

export function snapshotChunkKey(index: number, seq: number, chunk: number): string {
  return `${snapshotPrefixOf(index, seq)}c/${hex(chunk, 8)}`;
}

export type ParsedKey =
  | { kind: "store-meta" }
  | { kind: "hard-state" }
  | { kind: "entry"; index: number }
  | { kind: "snapshot-header"; index: number; seq: number }
  | { kind: "snapshot-chunk"; index: number; seq: number; chunk: number }
  | { kind: "unknown" };

const entryPattern = /^e\/([0-9a-f]{16})$/;
const snapshotPattern = /^s\/([0-9a-f]{16})\/([0-9a-f]{16})\/(h|c\/([0-9a-f]{8}))$/;

export function parseKey(key: string): ParsedKey {
  if (key === storeMetaKey) return { kind: "store-meta" };
  if (key === hardStateKey) return { kind: "hard-state" };
  const e = entryPattern.exec(key);
  if (e !== null) return { kind: "entry", index: parseInt(e[1]!, 16) };
  const s = snapshotPattern.exec(key);
  if (s !== null) {
    const index = parseInt(s[1]!, 16);
    const seq = parseInt(s[2]!, 16);
    if (s[3] === "h") return { kind: "snapshot-header", index, seq };
    return { kind: "snapshot-chunk", index, seq, chunk: parseInt(s[4]!, 16) };
  }
  return { kind: "unknown" };
}

/** The record kind a key must hold, or null for an unknown key. */
export function recordKindOf(parsed: ParsedKey): RecordKind | null {
  switch (parsed.kind) {
    case "store-meta":
      return RecordKind.StoreMeta;
    case "hard-state":
      return RecordKind.HardState;
    case "entry":
      return RecordKind.Entry;
    case "snapshot-header":
      return RecordKind.SnapshotMeta;
    case "snapshot-chunk":
      return RecordKind.SnapshotChunk;
    case "unknown":
      return null;
  }
}

export function refOf(key: string, parsed: ParsedKey = parseKey(key)): RecordRef {
  return { kind: parsed.kind, index: "index" in parsed ? parsed.index : 0, key };
}
