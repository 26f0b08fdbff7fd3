// Scratch memory inside libsodium's WebAssembly heap, kept between calls. The wrapper
// functions allocate, copy and free every argument on every call, and free without wiping,
// so a key passed to them stays behind in WASM memory; the sealer, the opener and the key id
// instead copy keys here and wipe them before returning. One region, reused: every user is
// synchronous and finishes with it before returning.
import { assert } from "../assert.js";
import type { RawSodium } from "./sodium.js";

const arena = { base: 0, capacity: 0 };

/**
 * arenaBase returns the address of at least `bytes` of scratch memory. Growing replaces the
 * region (the old one wiped and freed) and may replace raw.HEAPU8: read it after this call.
 */
export function arenaBase(raw: RawSodium, bytes: number): number {
  if (bytes > arena.capacity) {
    const capacity = Math.max(bytes, 2 * arena.capacity, 4096);
    const base = raw._malloc(capacity);
    assert(base !== 0, "libsodium out of memory");
    if (arena.base !== 0) {
      raw.HEAPU8.fill(0, arena.base, arena.base + arena.capacity);
      raw._free(arena.base);
    }
    arena.base = base;
    arena.capacity = capacity;
  }
  return arena.base;
}
