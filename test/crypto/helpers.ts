// Shared helpers for crypto tests: a seeded entropy source and error-code capture.
import { seededEntropy } from "../../src/entropy.js";
import type { EntropySource } from "../../src/entropy.js";
import { Prng } from "../../src/raft/prng.js";

export function entropy(seed = 1): EntropySource {
  return seededEntropy(Prng.fromSeed(seed));
}

/** Runs `fn` and returns the thrown error's code, or "no error". */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code ?? `uncoded ${String(error)}`;
  }
  return "no error";
}

export async function codeOfAsync(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return (error as { code?: string }).code ?? `uncoded ${String(error)}`;
  }
  return "no error";
}
