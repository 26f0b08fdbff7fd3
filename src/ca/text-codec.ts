// Small encodings for text a person handles: base36 (what SwarmKit's join tokens use), CRC-32
// as a typo check, hex, and a constant-time string comparison.

const base36Alphabet = /^[0-9a-z]*$/;
const utf8 = new TextEncoder();

/** toBase36 renders bytes as a big-endian base36 number, left-padded with zeros to `width`. */
export function toBase36(bytes: Uint8Array, width: number): string {
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  const text = value.toString(36).padStart(width, "0");
  if (text.length !== width) throw new RangeError(`${bytes.length} bytes do not fit ${width} base36 digits`);
  return text;
}

/**
 * fromBase36 parses `text` (exactly `width` lowercase base36 digits) into `byteCount` big-endian
 * bytes, or returns null if it is not such a number or does not fit.
 */
export function fromBase36(text: string, width: number, byteCount: number): Uint8Array | null {
  if (text.length !== width || !base36Alphabet.test(text)) return null;
  let value = 0n;
  for (const digit of text) value = value * 36n + BigInt(parseInt(digit, 36));
  if (value >> BigInt(8 * byteCount) !== 0n) return null;
  const bytes = new Uint8Array(byteCount);
  for (let i = byteCount - 1; i >= 0; i--) {
    bytes[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * crc32 of a string's UTF-8 bytes. CRC-32 catches every change of one character and every swap
 * of two neighbours, the typos people make, so they are reported before anything else is tried.
 */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of utf8.encode(text)) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * constantTimeEqual compares two strings in time that depends only on their lengths, never on
 * where they first differ, so a wrong token reveals nothing about the right one.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) {
    // Out-of-range reads give NaN, and NaN | 0 is 0; the length check above already differs.
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
