// Where every random byte keel uses comes from (keys, nonces, ids, token secrets, jitter).
// Injected so that a simulation replays byte for byte: the real source is the OS CSPRNG, the
// simulated one a seeded PRNG.
import { randomFillSync } from "node:crypto";
import type { Prng } from "./raft/prng.js";

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
