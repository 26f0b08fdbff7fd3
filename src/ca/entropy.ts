// Randomness for token secrets and serial numbers comes from an injected source, so a
// simulation replays byte for byte. NB: WebCrypto key generation draws from the OS regardless;
// a key is never part of a replayed decision, only of the bytes it signs.

/**
 * CaEntropy fills buffers with random bytes; cryptographically secure outside tests. It has the
 * same shape as src/crypto's EntropySource, so either can be passed.
 */
export interface CaEntropy {
  fill(target: Uint8Array): void;
}

/** systemCaEntropy draws from the platform CSPRNG. */
export const systemCaEntropy: CaEntropy = {
  fill(target: Uint8Array): void {
    // A copy keeps WebCrypto's ArrayBuffer-only signature happy whatever buffer backs `target`.
    target.set(globalThis.crypto.getRandomValues(new Uint8Array(target.length)));
  },
};

/** drawBytes returns `count` fresh bytes from `entropy`. */
export function drawBytes(entropy: CaEntropy, count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  entropy.fill(bytes);
  return bytes;
}

/** serialNumberHex draws a positive 16-byte certificate serial number (RFC 5280 §4.1.2.2). */
export function serialNumberHex(entropy: CaEntropy): string {
  const bytes = drawBytes(entropy, 16);
  // Clear the top bit so the DER INTEGER is positive, and set the next so it is not shortened.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
