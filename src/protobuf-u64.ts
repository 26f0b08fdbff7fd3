// protobufjs decodes uint64 fields as Long objects at runtime whenever the `long` package is
// installed — even with --force-number, which only changes the generated types. Every decoder
// reads uint64s through exactU64 or looseU64, which take both a number and a Long, and turns
// `undefined` into its own typed error. The keel process (its daemon commands) also calls
// decodeShortU64AsNumbers: every reader in the process then decodes a uint64 below 2^49 (up to
// seven varint bytes: every term, index, id and count keel writes) to a number, with no LongBits
// or Long object made for it. A library must not change a shared module under the program that
// imports it, so keel embedded leaves protobufjs as it is unless that program opts in.
import $protobuf from "protobufjs/minimal.js";

export type DecodedU64 = number | { toNumber(): number } | null | undefined;

/** Varint bytes decoded here; each carries 7 bits, so 7 bytes stay below 2^49, exact in a double. */
const numberVarintBytesMax = 7;

const longUint64 = $protobuf.Reader.prototype.uint64;

/**
 * Reads a uint64 varint as a number when it has at most numberVarintBytesMax bytes; otherwise
 * (or at the end of the buffer) reads it again from its start with protobufjs's own reader,
 * which returns a Long and throws its own errors for a truncated or overlong varint.
 */
function numberUint64(this: $protobuf.Reader): number | ReturnType<typeof longUint64> {
  const buf = this.buf;
  const start = this.pos;
  const end = Math.min(this.len, start + numberVarintBytesMax);
  let value = 0;
  let scale = 1;
  for (let pos = start; pos < end; pos++) {
    const byte = buf[pos] as number;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      this.pos = pos + 1;
      return value;
    }
    scale *= 0x80;
  }
  return longUint64.call(this);
}

/**
 * Makes every protobufjs reader in this process decode a uint64 of up to seven varint bytes to a
 * number (longer ones still to a Long). For the keel process, and for an embedding program that
 * decodes no uint64 of its own as a Long (or does not mind numbers); idempotent.
 */
export function decodeShortU64AsNumbers(): void {
  $protobuf.Reader.prototype.uint64 = numberUint64 as typeof longUint64;
}

/**
 * The exact value of a decoded uint64 (0 when absent); undefined when it exceeds 2^53 - 1.
 * A Long's toNumber() is exact for every value up to 2^53 - 1, and rounds every larger one to
 * 2^53 or more (rounding is monotonic and 2^53 is a double), which isSafeInteger refuses: no
 * decimal round trip is needed to tell (Long's toString showed in the followers' profiles).
 */
export function exactU64(value: DecodedU64): number | undefined {
  if (value === null || value === undefined) return 0;
  const n = typeof value === "number" ? value : value.toNumber();
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  return n;
}

/** A decoded uint64 as a number for display, never throwing (0 when absent). */
export function looseU64(value: DecodedU64): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : value.toNumber();
}
