// FNV-1a, 32-bit: a cheap, deterministic digest for transcripts and applied-state comparison.
import type { Entry } from "../raft/types.js";

export function fnv1a(bytes: Uint8Array, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

export function fnv1aString(s: string, seed = 0x811c9dc5): number {
  return fnv1a(new TextEncoder().encode(s), seed);
}

export function digestEntry(e: Entry): number {
  return fnv1a(e.data, fnv1aString(`${e.term}/${e.type}`));
}
