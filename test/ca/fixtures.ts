// Shared test material: seeded entropy (tests replay), a fixed clock, and helpers.
import type { CaErrorCode } from "../../src/ca/index.js";
import { CaError } from "../../src/ca/index.js";
import type { EntropySource } from "../../src/entropy.js";
import { seededEntropy as entropyFrom } from "../../src/entropy.js";
import { Prng } from "../../src/raft/prng.js";

/** seededEntropy: deterministic bytes for tests; never for real keys. */
export function seededEntropy(seed: number): EntropySource {
  return entropyFrom(Prng.fromSeed(seed));
}

export const dayMs = 24 * 60 * 60 * 1000;
/** t0 is the tests' "now": certificates are created relative to it, never to the wall clock. */
export const t0 = new Date(Date.UTC(2030, 0, 1));

export function after(ms: number, from: Date = t0): Date {
  return new Date(from.getTime() + ms);
}

/** caCodeOf runs an async step and returns the CaError code it failed with. */
export async function caCodeOf(run: () => Promise<unknown>): Promise<CaErrorCode | "no error"> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CaError) return error.code;
    throw error;
  }
  return "no error";
}

/** caErrorOf runs a step and returns the CaError it threw. */
export async function caErrorOf(run: () => unknown): Promise<CaError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CaError) return error;
    throw error;
  }
  throw new Error("expected a CaError");
}
