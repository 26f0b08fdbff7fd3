// A seeded entropy source for tests: reproducible key material from the shared Prng.
import type { EntropySource } from "../../src/entropy.js";
import { seededEntropy as entropyFrom } from "../../src/entropy.js";
import { Prng } from "../../src/raft/prng.js";

export function seededEntropy(seed: number): EntropySource {
  return entropyFrom(Prng.fromSeed(seed));
}
