// Shared helpers for crypto tests: a seeded entropy source and error-code capture.
import { rawLib } from "../../src/crypto/sodium.js";
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

/** heapHolds says whether libsodium's WASM memory holds `needle` anywhere. */
export function heapHolds(needle: Uint8Array): boolean {
  const heap = rawLib().HEAPU8;
  return Buffer.from(heap.buffer, heap.byteOffset, heap.byteLength).indexOf(needle) !== -1;
}

/** scrubHeap zeroes every copy of `needle` in WASM memory, so that a later check sees only new copies. */
export function scrubHeap(needle: Uint8Array): void {
  const heap = rawLib().HEAPU8;
  const hay = Buffer.from(heap.buffer, heap.byteOffset, heap.byteLength);
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    heap.fill(0, at, at + needle.length);
  }
}
