// libsodium is WebAssembly and must be initialised before use. Every exported crypto entry
// point that needs it is either async (and awaits this) or asserts it has been awaited.
import sodium from "libsodium-wrappers";
import { assert } from "../assert.js";

let ready = false;

/** cryptoReady resolves once libsodium is usable; call (and await) it once at start-up. */
export async function cryptoReady(): Promise<void> {
  await sodium.ready;
  ready = true;
}

/** Returns the initialised libsodium module; calling before cryptoReady() is a bug. */
export function lib(): typeof sodium {
  assert(ready, "cryptoReady() must be awaited before using src/crypto");
  return sodium;
}
