// The tail of the log not yet durable: entries (and possibly a snapshot) handed to the driver
// in a Ready, kept here until advance() reports them written.
import { assert } from "../assert.js";
import type { Entry, Snapshot } from "./types.js";

export class Unstable {
  snapshot: Snapshot | null = null;
  entries: Entry[] = [];
  /** The index of entries[0]. */
  offset: number;
  /** Whether the snapshot was handed out in a Ready not yet advanced. */
  snapshotInProgress = false;
  /** Entries below this index were handed out in a Ready not yet advanced. */
  offsetInProgress: number;

  constructor(offset: number) {
    this.offset = offset;
    this.offsetInProgress = offset;
  }

  maybeFirstIndex(): number | undefined {
    return this.snapshot === null ? undefined : this.snapshot.metadata.index + 1;
  }

  maybeLastIndex(): number | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot === null ? undefined : this.snapshot.metadata.index;
  }

  maybeTerm(i: number): number | undefined {
    if (i < this.offset) {
      if (this.snapshot !== null && this.snapshot.metadata.index === i) return this.snapshot.metadata.term;
      return undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || i > last) return undefined;
    return this.entries[i - this.offset]?.term;
  }

  nextEntries(): Entry[] {
    const inProgress = this.offsetInProgress - this.offset;
    if (this.entries.length === inProgress) return [];
    return this.entries.slice(inProgress);
  }

  nextSnapshot(): Snapshot | null {
    if (this.snapshot === null || this.snapshotInProgress) return null;
    return this.snapshot;
  }

  /** Marks everything handed out so far as being written. */
  acceptInProgress(): void {
    if (this.entries.length > 0) this.offsetInProgress = this.offset + this.entries.length;
    if (this.snapshot !== null) this.snapshotInProgress = true;
  }

  /**
   * Entries up to (i, t) are durable. Ignored unless entry i still has term t: a newer leader
   * may have overwritten it while the write was in flight, and the overwrite is not durable yet.
   */
  stableTo(i: number, t: number): void {
    const term = this.maybeTerm(i);
    if (term === undefined || term !== t || i < this.offset) return;
    const count = i + 1 - this.offset;
    this.entries = this.entries.slice(count);
    this.offset = i + 1;
    this.offsetInProgress = Math.max(this.offsetInProgress, this.offset);
  }

  stableSnapTo(i: number): void {
    if (this.snapshot !== null && this.snapshot.metadata.index === i) {
      this.snapshot = null;
      this.snapshotInProgress = false;
    }
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.offsetInProgress = this.offset;
    this.entries = [];
    this.snapshot = snapshot;
    this.snapshotInProgress = false;
  }

  truncateAndAppend(entries: readonly Entry[]): void {
    const first = entries[0];
    if (first === undefined) return;
    const fromIndex = first.index;
    if (fromIndex === this.offset + this.entries.length) {
      this.entries = this.entries.concat(entries);
    } else if (fromIndex <= this.offset) {
      // Replaces everything unstable; the stored log is truncated by the driver's write.
      this.entries = [...entries];
      this.offset = fromIndex;
      this.offsetInProgress = this.offset;
    } else {
      this.entries = this.slice(this.offset, fromIndex).concat(entries);
      this.offsetInProgress = Math.min(this.offsetInProgress, fromIndex);
    }
  }

  /** Entries in [lo, hi). */
  slice(lo: number, hi: number): Entry[] {
    assert(
      lo <= hi && lo >= this.offset && hi <= this.offset + this.entries.length,
      `unstable slice [${lo},${hi}) out of bounds`,
    );
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
