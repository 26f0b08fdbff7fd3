// Where the entry run records on disk begin. A save stores its entries as run records (one
// per save, or a few for a large one), each keyed by its first index. Records are only ever
// written at a start above every other one, or over the tail of the log, deleting the
// records that start after them; so a record at a higher start was written later, and holds
// the live entries from its start on (Raft's log matching: a new entry replaces a
// conflicting tail). A record's entries are live from its start up to the next start.

export class RunStarts {
  /** Ascending. */
  #starts: number[];

  constructor(starts: readonly number[] = []) {
    this.#starts = [...starts];
  }

  get all(): readonly number[] {
    return this.#starts;
  }

  /** The lowest start (0 when there is no record). */
  get lowest(): number {
    return this.#starts[0] ?? 0;
  }

  /**
   * A record is written at `from`: every record starting after it is superseded and is
   * returned, for the caller to delete. One starting at `from` is overwritten in place.
   */
  write(from: number): number[] {
    const superseded = this.#starts.splice(this.#countBelow(from)).filter((start) => start !== from);
    this.#starts.push(from);
    return superseded;
  }

  /** The last index a record holds live: up to the next record's start, or `last` for the final one. */
  liveEnd(start: number, last: number): number {
    const next = this.#starts[this.#countBelow(start + 1)];
    return next === undefined ? last : next - 1;
  }

  /** Removes and returns the records whose live entries all lie at or below `index`. */
  dropThrough(index: number, last: number): number[] {
    let count = 0;
    while (count < this.#starts.length && this.liveEnd(this.#starts[count]!, last) <= index) count++;
    return this.#starts.splice(0, count);
  }

  /** Removes and returns every record. */
  clear(): number[] {
    const all = this.#starts;
    this.#starts = [];
    return all;
  }

  /** Forgets the given records (deleted by the caller). */
  remove(starts: ReadonlySet<number>): void {
    this.#starts = this.#starts.filter((start) => !starts.has(start));
  }

  /** How many starts are below `index`. */
  #countBelow(index: number): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#starts[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
