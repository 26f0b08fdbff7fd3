// The Raft log as the core sees it: durable entries in Storage, the unstable tail, and the
// commit / applying / applied positions.
import { assert } from "../assert.js";
import { RaftError } from "./errors.js";
import { Unstable } from "./log-unstable.js";
import type { Storage } from "./storage.js";
import type { Entry, Snapshot } from "./types.js";
import { entryBytes } from "./types.js";
import { limitSize } from "./util.js";

/** Runs a storage read; range errors pass through, anything else stops the node as STORAGE_FAILED. */
export function storageCall<T>(operation: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof RaftError) {
      const code = cause.code;
      if (code === "COMPACTED" || code === "UNAVAILABLE" || code === "SNAPSHOT_TEMPORARILY_UNAVAILABLE")
        throw cause;
    }
    throw new RaftError({ code: "STORAGE_FAILED", operation }, { cause });
  }
}

function isRangeError(e: unknown): boolean {
  return e instanceof RaftError && (e.code === "COMPACTED" || e.code === "UNAVAILABLE");
}

export class RaftLog {
  readonly unstable: Unstable;
  committed: number;
  /** The highest index handed out to be applied. */
  applying: number;
  applied: number;
  private applyingBytes = 0;
  private applyingPaused = false;

  constructor(
    readonly storage: Storage,
    /** Bound on the bytes of committed entries handed out and not yet applied. */
    readonly maxApplyingBytes: number,
  ) {
    const firstIndex = storageCall("firstIndex", () => storage.firstIndex());
    const lastIndex = storageCall("lastIndex", () => storage.lastIndex());
    this.unstable = new Unstable(lastIndex + 1);
    this.committed = firstIndex - 1;
    this.applying = firstIndex - 1;
    this.applied = firstIndex - 1;
  }

  toString(): string {
    return `committed=${this.committed} applied=${this.applied} applying=${this.applying} unstable.offset=${this.unstable.offset} unstable.entries=${this.unstable.entries.length}`;
  }

  /**
   * Appends entries sent after (prevIndex, prevTerm) when that entry matches, then commits up to
   * min(commit, last new index). Returns the last new index, or undefined when prev does not match.
   */
  maybeAppend(
    prevIndex: number,
    prevTerm: number,
    commit: number,
    entries: readonly Entry[],
  ): number | undefined {
    if (!this.matchTerm(prevIndex, prevTerm)) return undefined;
    const lastNew = prevIndex + entries.length;
    const conflict = this.findConflict(entries);
    if (conflict !== 0) {
      assert(
        conflict > this.committed,
        `entry ${conflict} conflicts with committed entry (committed ${this.committed})`,
      );
      this.append(entries.slice(conflict - (prevIndex + 1)));
    }
    this.commitTo(Math.min(commit, lastNew));
    return lastNew;
  }

  append(entries: readonly Entry[]): number {
    const first = entries[0];
    if (first === undefined) return this.lastIndex();
    assert(
      first.index - 1 >= this.committed,
      `append after ${first.index - 1} is below committed ${this.committed}`,
    );
    this.unstable.truncateAndAppend(entries);
    return this.lastIndex();
  }

  /** The index of the first entry that differs from our log, or 0 when all match. */
  findConflict(entries: readonly Entry[]): number {
    for (const e of entries) if (!this.matchTerm(e.index, e.term)) return e.index;
    return 0;
  }

  /**
   * The largest index at or below `index` whose term is at or below `term`, with that term.
   * Used to skip whole terms when a follower rejects an append.
   */
  findConflictByTerm(index: number, term: number): [number, number] {
    for (; index > 0; index--) {
      const ours = this.termOrUndefined(index);
      if (ours === undefined) return [index, 0];
      if (ours <= term) return [index, ours];
    }
    return [0, 0];
  }

  nextUnstableEntries(): Entry[] {
    return this.unstable.nextEntries();
  }

  hasNextUnstableEntries(): boolean {
    return this.unstable.nextEntries().length > 0;
  }

  nextUnstableSnapshot(): Snapshot | null {
    return this.unstable.nextSnapshot();
  }

  hasNextOrInProgressSnapshot(): boolean {
    return this.unstable.snapshot !== null;
  }

  private maxAppliableIndex(allowUnstable: boolean): number {
    return allowUnstable ? this.committed : Math.min(this.committed, this.unstable.offset - 1);
  }

  /** Committed entries ready to apply, bounded by maxApplyingBytes. */
  nextCommittedEntries(allowUnstable: boolean): Entry[] {
    if (this.applyingPaused || this.hasNextOrInProgressSnapshot()) return [];
    const lo = this.applying + 1;
    const hi = this.maxAppliableIndex(allowUnstable) + 1;
    if (lo >= hi) return [];
    const budget = this.maxApplyingBytes - this.applyingBytes;
    assert(budget > 0, "applying budget exhausted while not paused");
    return this.slice(lo, hi, budget);
  }

  hasNextCommittedEntries(allowUnstable: boolean): boolean {
    if (this.applyingPaused || this.hasNextOrInProgressSnapshot()) return false;
    return this.applying + 1 < this.maxAppliableIndex(allowUnstable) + 1;
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? storageCall("snapshot", () => this.storage.snapshot());
  }

  firstIndex(): number {
    return this.unstable.maybeFirstIndex() ?? storageCall("firstIndex", () => this.storage.firstIndex());
  }

  lastIndex(): number {
    return this.unstable.maybeLastIndex() ?? storageCall("lastIndex", () => this.storage.lastIndex());
  }

  /** The last index known to be durable (what a leader may count for itself). */
  lastStableIndex(): number {
    if (this.unstable.snapshot !== null) return this.unstable.snapshot.metadata.index - 1;
    return this.unstable.offset - 1;
  }

  commitTo(commit: number): void {
    if (this.committed >= commit) return;
    assert(commit <= this.lastIndex(), `commit ${commit} is beyond the last index ${this.lastIndex()}`);
    this.committed = commit;
  }

  appliedTo(index: number, bytes: number): void {
    assert(
      index <= this.committed && index >= this.applied,
      `applied ${index} out of range [${this.applied}, ${this.committed}]`,
    );
    this.applied = index;
    this.applying = Math.max(this.applying, index);
    this.applyingBytes = Math.max(0, this.applyingBytes - bytes);
    this.applyingPaused = this.applyingBytes >= this.maxApplyingBytes;
  }

  acceptApplying(index: number, bytes: number, allowUnstable: boolean): void {
    assert(index <= this.committed, `applying ${index} beyond committed ${this.committed}`);
    this.applying = index;
    this.applyingBytes += bytes;
    // Pause when over budget, or when not everything committed was handed out: the rest
    // follows once this batch is applied, keeping batches in order.
    this.applyingPaused =
      this.applyingBytes >= this.maxApplyingBytes || index < this.maxAppliableIndex(allowUnstable);
  }

  stableTo(index: number, term: number): void {
    this.unstable.stableTo(index, term);
  }

  stableSnapTo(index: number): void {
    this.unstable.stableSnapTo(index);
  }

  acceptUnstable(): void {
    this.unstable.acceptInProgress();
  }

  lastTerm(): number {
    const t = this.termOrUndefined(this.lastIndex());
    assert(t !== undefined, "the term of the last index must be known");
    return t;
  }

  /** The term of entry i; throws COMPACTED or UNAVAILABLE when out of range. */
  term(i: number): number {
    const unstable = this.unstable.maybeTerm(i);
    if (unstable !== undefined) return unstable;
    if (i + 1 < this.firstIndex())
      throw new RaftError({ code: "COMPACTED", index: i, firstIndex: this.firstIndex() });
    if (i > this.lastIndex())
      throw new RaftError({ code: "UNAVAILABLE", index: i, lastIndex: this.lastIndex() });
    return storageCall("term", () => this.storage.term(i));
  }

  termOrUndefined(i: number): number | undefined {
    // Bounds first: out-of-range lookups are common (every new index is one), and building an
    // error for each was most of the core's CPU time.
    if (this.unstable.maybeTerm(i) === undefined && (i + 1 < this.firstIndex() || i > this.lastIndex())) {
      return undefined;
    }
    try {
      return this.term(i);
    } catch (e) {
      if (isRangeError(e)) return undefined;
      throw e;
    }
  }

  /** Entries from i to the end, at most maxBytes; throws COMPACTED if i is compacted. */
  entries(i: number, maxBytes: number): Entry[] {
    if (i > this.lastIndex()) return [];
    return this.slice(i, this.lastIndex() + 1, maxBytes);
  }

  allEntries(): Entry[] {
    for (;;) {
      try {
        return this.entries(this.firstIndex(), Infinity);
      } catch (e) {
        // A concurrent compaction between the two reads: try again.
        if (e instanceof RaftError && e.code === "COMPACTED") continue;
        throw e;
      }
    }
  }

  /** Whether a log ending at (lastIndex, lastTerm) is at least as up to date as ours (§5.4.1). */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ours = this.lastTerm();
    return lastTerm > ours || (lastTerm === ours && lastIndex >= this.lastIndex());
  }

  matchTerm(i: number, term: number): boolean {
    return this.termOrUndefined(i) === term;
  }

  /** Commits up to maxIndex if that entry is of `term` (never by counting older terms, §5.4.2). */
  maybeCommit(maxIndex: number, term: number): boolean {
    if (maxIndex > this.committed && this.termOrUndefined(maxIndex) === term) {
      this.commitTo(maxIndex);
      return true;
    }
    return false;
  }

  restore(snapshot: Snapshot): void {
    this.committed = snapshot.metadata.index;
    this.unstable.restore(snapshot);
  }

  /** Entries in [lo, hi), at most maxBytes but at least one. Throws COMPACTED if lo is compacted. */
  slice(lo: number, hi: number, maxBytes: number): Entry[] {
    assert(lo <= hi, `invalid slice ${lo} > ${hi}`);
    const first = this.firstIndex();
    if (lo < first) throw new RaftError({ code: "COMPACTED", index: lo, firstIndex: first });
    assert(hi <= this.lastIndex() + 1, `slice [${lo},${hi}) out of bound [${first},${this.lastIndex()}]`);
    if (lo === hi) return [];
    const offset = this.unstable.offset;
    if (lo >= offset) return limitSize(this.unstable.slice(lo, hi), maxBytes);
    const cut = Math.min(hi, offset);
    const stored = storageCall("entries", () => this.storage.entries(lo, cut, maxBytes));
    if (hi <= offset || stored.length < cut - lo) return stored;
    let size = 0;
    for (const e of stored) size += entryBytes(e);
    if (size >= maxBytes) return stored;
    const rest = limitSize(this.unstable.slice(offset, hi), maxBytes - size);
    if (rest.length === 1 && size + entryBytes(rest[0] as Entry) > maxBytes) return stored;
    return stored.concat(rest);
  }
}
