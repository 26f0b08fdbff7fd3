// Where key material and nonces come from. Injected so that a simulation replays byte for
// byte: the real source is the OS CSPRNG, the simulated one a seeded PRNG.
import { randomFillSync } from "node:crypto";
import type { Prng } from "../raft/prng.js";

/** EntropySource fills buffers with random bytes. Must be cryptographically secure outside tests. */
export interface EntropySource {
  fill(target: Uint8Array): void;
}

/** systemEntropy draws from node's CSPRNG (not sodium.randombytes_buf, which is ~25× slower). */
export const systemEntropy: EntropySource = {
  fill(target: Uint8Array): void {
    randomFillSync(target);
  },
};

/** seededEntropy derives bytes from a seeded PRNG: for tests and simulation only, never for real keys. */
export function seededEntropy(prng: Prng): EntropySource {
  return {
    fill(target: Uint8Array): void {
      for (let i = 0; i < target.length; i += 4) {
        const word = prng.u32();
        for (let j = 0; j < 4 && i + j < target.length; j++) target[i + j] = (word >>> (8 * j)) & 0xff;
      }
    },
  };
}

/** randomBytes returns `count` fresh bytes from a source. */
export function randomBytes(entropy: EntropySource, count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  entropy.fill(bytes);
  return bytes;
}

const nonceBytes = 24;
const poolNonces = 256;

/**
 * NoncePool hands out 24-byte nonces, refilling from the entropy source in blocks: one
 * randomFillSync per 256 nonces instead of one per record keeps nonce cost off the WAL's
 * hot path. Every nonce is handed out once: a refill overwrites the block with fresh bytes.
 */

export class NoncePool {
  static readonly nonceBytes = nonceBytes;
  private pool: Uint8Array = new Uint8Array(0);
  private offset = 0;

  constructor(private readonly entropy: EntropySource) {}

  /** next returns a fresh nonce (a copy). */
  next(): Uint8Array {
    const nonce = new Uint8Array(nonceBytes);
    this.nextInto(nonce, 0);
    return nonce;
  }

  /** nextInto writes a fresh nonce into `target` at `at`: no allocation, for the sealer's hot path. */
  nextInto(target: Uint8Array, at: number): void {
    const size = nonceBytes;
    if (this.offset + size > this.pool.length) {
      if (this.pool.length === 0) this.pool = new Uint8Array(size * poolNonces);
      this.entropy.fill(this.pool);
      this.offset = 0;
    }
    const pool = this.pool;
    const from = this.offset;
    for (let i = 0; i < size; i++) target[at + i] = pool[from + i]!;
    this.offset = from + size;
  }
}
