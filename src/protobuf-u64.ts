// protobufjs decodes uint64 fields as Long objects at runtime whenever the `long` package is
// installed — even with --force-number, which only changes the generated types — so every
// decoder reads them through here, and each turns `undefined` into its own typed error.
export type DecodedU64 = number | { toNumber(): number } | null | undefined;

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
