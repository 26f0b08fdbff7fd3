// Coverage marks: how often each fault and each interesting event happened in a run. A long
// enough run (summed over seeds) must hit every promised mark, or the simulator is not testing
// what it claims to.

/** The marks the node layer promises to hit across a run of many seeds. */
export const promisedMarks = [
  "elections",
  "messages lost",
  "messages duplicated",
  "partitions symmetric",
  "partitions one-way",
  "crashes",
  "crashes with writes in flight",
  "unsynced writes lost",
  "restarts locked",
  "wrong unlock keys refused",
  "unlock keys of another version refused",
  "clock drift",
  "clock steps",
  "clock leaps",
  "disk EIO stops",
  "disk ENOSPC stops",
  "flipped bytes",
  "damaged nodes wiped and re-joined",
  "DEK rotations completed",
  "unlock-key rotations",
  "key files re-sealed",
  "network-key rotations",
  "learners added",
  "promotions",
  "members removed",
  "leader transfers",
  "snapshots taken",
  "compactions",
  "snapshot installs",
  "writes through a follower",
  "client retries",
  "unknown outcomes",
  "acknowledged writes",
  "linearizable reads",
  "histories linearizable",
] as const;

/** Promised only when the run injects lost synced batches (the default; --no-lose-synced turns it off). */
export const tailLossMarks = [
  "synced batches lost",
  "tails lost and reported",
  "tails repaired",
  "torn majorities",
] as const;

export class Marks {
  readonly counts = new Map<string, number>();

  hit(name: string, times = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + times);
  }

  add(other: Marks): void {
    for (const [name, n] of other.counts) this.hit(name, n);
  }

  /** The promised marks never hit. */
  missing(promised: readonly string[]): string[] {
    return promised.filter((name) => (this.counts.get(name) ?? 0) === 0);
  }

  /** One line per mark, promised ones first, in a fixed order. */
  lines(promised: readonly string[]): string[] {
    const rest = [...this.counts.keys()].filter((k) => !promised.includes(k)).sort();
    return [...promised, ...rest].map((name) => `  ${name}: ${this.counts.get(name) ?? 0}`);
  }
}
