// Security parameter indices, derived the way libnetwork's buildSPI does: FNV-1a (32 bit) over
// the source address, the key tag and the destination address. Both ends compute the same SPI
// for a (source, destination, key) triple without exchanging anything.

const fnvOffsetBasis = 0x811c9dc5;
const fnvPrime = 0x01000193;
/** spiReservedMax: RFC 4303 §2.1 reserves SPIs 1–255 and 0 means "no SA", so derived SPIs avoid them. */
export const spiReservedMax = 255;

const utf8 = new TextEncoder();

/** deriveSpi returns the SPI of the SA that carries `source` → `destination` traffic under `keyTag`. */
export function deriveSpi(flow: { source: string; destination: string; keyTag: number }): number {
  let hash = fnvOffsetBasis;
  const mix = (byte: number): void => {
    hash = Math.imul(hash ^ byte, fnvPrime) >>> 0;
  };
  utf8.encode(flow.source).forEach(mix);
  // A zero byte ends the source, so the encoding is unambiguous: ("a", "bc") and ("ab", "c") differ.
  mix(0);
  // The tag as 8 big-endian bytes (libnetwork truncates it to 32 bits; Lamport times are 64-bit).
  const high = Math.floor(flow.keyTag / 0x1_0000_0000);
  const low = flow.keyTag >>> 0;
  for (const word of [high, low]) for (let shift = 24; shift >= 0; shift -= 8) mix((word >>> shift) & 0xff);
  utf8.encode(flow.destination).forEach(mix);
  return hash <= spiReservedMax ? hash + spiReservedMax + 1 : hash;
}
