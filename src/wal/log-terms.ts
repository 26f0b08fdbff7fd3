// Which entry indexes are on disk and their terms, kept as runs of equal term (a Raft log has
// few term changes), so a save can tell whether a snapshot matches the stored log without
// reading it back.

/** A run: entries from `from` up to the next run's `from` (or the last index) have `term`. */
interface Run {
  from: number;
  readonly term: number;
}

export class LogTerms {
  #runs: Run[] = [];
  #last = 0;

  /** The lowest entry index on disk, live or not (0 when none). */
  get first(): number {
    return this.#runs[0]?.from ?? 0;
  }

  /** The highest entry index on disk (0 when none). */
  get last(): number {
    return this.#last;
  }

  /** The term of the entry at `index` on disk, or undefined when there is none. */
  termAt(index: number): number | undefined {
    if (this.#runs.length === 0 || index < this.first || index > this.#last) return undefined;
    let lo = 0;
    let hi = this.#runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#runs[mid]!.from <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.#runs[lo]!.term;
  }

  /**
   * Entries from `from` on, with these terms, replace every stored one from `from` on. The
   * caller keeps the log contiguous, except that recovery may hand in entries below the
   * snapshot with a gap; termAt is only ever asked about indexes after the snapshot.
   */
  write(from: number, terms: Iterable<number>): void {
    this.#truncateFrom(from);
    let index = from;
    for (const term of terms) {
      if (this.#runs.at(-1)?.term !== term) this.#runs.push({ from: index, term });
      index++;
    }
    if (index > from) this.#last = index - 1;
  }

  /** Entries up to `index` are gone. */
  dropThrough(index: number): void {
    if (index >= this.#last) {
      this.clear();
      return;
    }
    while (this.#runs.length > 1 && this.#runs[1]!.from <= index + 1) this.#runs.shift();
    const head = this.#runs[0];
    if (head !== undefined && head.from <= index) head.from = index + 1;
  }

  clear(): void {
    this.#runs = [];
    this.#last = 0;
  }

  #truncateFrom(from: number): void {
    while (this.#runs.length > 0 && this.#runs.at(-1)!.from >= from) this.#runs.pop();
    this.#last = this.#runs.length === 0 ? 0 : Math.min(this.#last, from - 1);
  }
}
