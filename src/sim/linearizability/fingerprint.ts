// The "linearized so far" half of a memo key, as a 128-bit Zobrist fingerprint kept up to date in
// O(1) per change. Building an exact key (a bitset string) costs O(operations) per step, which
// dominated the search on long partitions; a fingerprint keeps each step O(1) and each memo entry
// small whatever the partition's length.
//
// NB: not exact. Two different sets collide with probability about 2^-128 per pair compared, so
// even a search of 10^7 configurations meets one with probability below 10^-24. A collision could
// only prune a branch as if seen before: a false violation, never a false ok.

/** Fingerprint of a set of operation indexes: the XOR of a fixed 128-bit value per member. */
export class Fingerprint {
  private lane0 = 0;
  private lane1 = 0;
  private lane2 = 0;
  private lane3 = 0;

  /** toggle adds the index if absent and removes it if present (XOR is its own inverse). */
  toggle(index: number): void {
    const seed = index * 4;
    this.lane0 = (this.lane0 ^ mix32(seed + 1)) >>> 0;
    this.lane1 = (this.lane1 ^ mix32(seed + 2)) >>> 0;
    this.lane2 = (this.lane2 ^ mix32(seed + 3)) >>> 0;
    this.lane3 = (this.lane3 ^ mix32(seed + 4)) >>> 0;
  }

  /** key is the fingerprint as 8 UTF-16 code units: short to build, hash and store. */
  key(): string {
    return keyOf(this.lane0, this.lane1, this.lane2, this.lane3);
  }
}

function keyOf(lane0: number, lane1: number, lane2: number, lane3: number): string {
  return String.fromCharCode(
    lane0 & 0xffff,
    lane0 >>> 16,
    lane1 & 0xffff,
    lane1 >>> 16,
    lane2 & 0xffff,
    lane2 >>> 16,
    lane3 & 0xffff,
    lane3 >>> 16,
  );
}

/** mix32 is MurmurHash3's 32-bit finalizer: a bijection that spreads every input bit. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
