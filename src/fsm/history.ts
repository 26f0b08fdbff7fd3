// The committed changes kept for watchFrom: a bounded queue of applied proposals. Only the
// newest ones are kept; asking for older versions fails with COMPACTED.
import { assert } from "../assert.js";
import { StoreError } from "./errors.js";
import type { ObjectEvent } from "./events.js";

export interface HistoryEntry {
  readonly version: number;
  readonly events: readonly ObjectEvent[];
}

export class History {
  private entries: HistoryEntry[] = [];
  /** Index of the oldest live entry in `entries`; dropped ones are removed in batches. */
  private head = 0;
  /**
   * Changes at or below this version may be missing.
   * Invariant: every live entry has version > compactedThrough, in ascending order.
   */
  private compactedThroughValue: number;

  constructor(
    private readonly entriesMax: number,
    compactedThrough: number,
  ) {
    assert(entriesMax >= 1, "history must keep at least one proposal");
    this.compactedThroughValue = compactedThrough;
  }

  get compactedThrough(): number {
    return this.compactedThroughValue;
  }

  get size(): number {
    return this.entries.length - this.head;
  }

  append(entry: HistoryEntry): void {
    const last = this.entries[this.entries.length - 1];
    assert(entry.version > (last?.version ?? this.compactedThroughValue), "history out of order");
    this.entries.push(entry);
    if (this.size > this.entriesMax) {
      const dropped = this.entries[this.head];
      assert(dropped !== undefined, "history head missing");
      this.compactedThroughValue = dropped.version;
      this.head++;
      // Drop the consumed prefix once it is as large as the live part: amortised O(1).
      if (this.head >= this.entriesMax) {
        this.entries = this.entries.slice(this.head);
        this.head = 0;
      }
    }
  }

  /** since returns the entries with version > fromVersion, or throws COMPACTED. */
  since(fromVersion: number): HistoryEntry[] {
    if (fromVersion < this.compactedThroughValue) {
      throw new StoreError({ code: "COMPACTED", fromVersion, compactedThrough: this.compactedThroughValue });
    }
    const live = this.entries.slice(this.head);
    // Entries are ascending; the replay is usually short, so a scan from the end is enough.
    let first = live.length;
    while (first > 0 && (live[first - 1]?.version ?? 0) > fromVersion) first--;
    return live.slice(first);
  }

  /** reset forgets everything, e.g. when a snapshot replaces the store. */
  reset(compactedThrough: number): void {
    this.entries = [];
    this.head = 0;
    this.compactedThroughValue = compactedThrough;
  }
}
