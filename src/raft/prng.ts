// A small, fast, seeded PRNG (xoshiro128**, seeded through splitmix32). Every node and every
// simulated fault draws from its own instance, so one seed replays a whole run.

function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

export class Prng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  private constructor(words: readonly [number, number, number, number]) {
    [this.s0, this.s1, this.s2, this.s3] = words;
  }

  static fromSeed(seed: number): Prng {
    let state = (seed ^ Math.floor(seed / 0x1_0000_0000)) | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitmix32(state);
      state = next;
      words.push(value);
    }
    if (!words.some((w) => w !== 0)) words[0] = 1;
    return new Prng(words as [number, number, number, number]);
  }

  /** A uniformly random unsigned 32-bit integer. */
  u32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniformly random integer in [0, bound). */
  below(bound: number): number {
    if (bound <= 1) return 0;
    return Math.floor(this.float() * bound);
  }

  /** An integer in [lo, hi] inclusive. */
  between(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  /** A float in [0, 1) with 53 random bits. */
  float(): number {
    return (this.u32() * 0x20_0000 + (this.u32() >>> 11)) / 2 ** 53;
  }

  /** True with probability numerator/denominator. */
  chance(numerator: number, denominator: number): boolean {
    return this.below(denominator) < numerator;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[this.below(items.length)] as T;
  }

  /**
   * A 32-bit digest of the current state that does not advance it: distinct generators give
   * (almost surely) distinct values, and taking it changes nothing drawn later.
   */
  peekDigest(): number {
    let h = Math.imul(this.s0 ^ rotl(this.s1, 8), 0x9e3779b1);
    h = Math.imul(h ^ rotl(this.s2, 16) ^ rotl(this.s3, 24), 0x85ebca6b);
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** An independent generator derived from this one. */
  fork(): Prng {
    return Prng.fromSeed(this.u32() * 0x1_0000 + (this.u32() >>> 16));
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
