// Nonces for sealed records, drawn in blocks from an entropy source (src/entropy.ts).
import type { EntropySource } from "../entropy.js";

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
