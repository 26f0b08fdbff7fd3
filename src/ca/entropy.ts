// Certificate serial numbers, drawn from the injected entropy source (src/entropy.ts), so a
// simulation replays byte for byte. NB: WebCrypto key generation draws from the OS regardless;
// a key is never part of a replayed decision, only of the bytes it signs.
import type { EntropySource } from "../entropy.js";
import { randomBytes } from "../entropy.js";

/** serialNumberHex draws a positive 16-byte certificate serial number (RFC 5280 §4.1.2.2). */
export function serialNumberHex(entropy: EntropySource): string {
  const bytes = randomBytes(entropy, 16);
  // Clear the top bit so the DER INTEGER is positive, and set the next so it is not shortened.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
