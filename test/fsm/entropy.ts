// A seeded entropy source for tests: reproducible key material from the shared Prng.
import { Prng } from "../../src/raft/prng.js";
import type { EntropySource } from "../../src/fsm/index.js";

export function seededEntropy(seed: number): EntropySource {
  const prng = Prng.fromSeed(seed);
  return {
    randomBytes(byteCount: number): Uint8Array {
      const bytes = new Uint8Array(byteCount);
      for (let i = 0; i < byteCount; i++) bytes[i] = prng.below(256);
      return bytes;
    },
  };
}
