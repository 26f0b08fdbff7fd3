// protobufjs decodes uint64 fields as Long objects at runtime whenever the `long` package is
// installed — even with --force-number, which only changes the generated types — so every
// decoder reads them through here, and each turns `undefined` into its own typed error.
export type DecodedU64 = number | { toNumber(): number; toString(): string } | null | undefined;

/** The exact value of a decoded uint64 (0 when absent); undefined when it exceeds 2^53 - 1. */
export function exactU64(value: DecodedU64): number | undefined {
  if (value === null || value === undefined) return 0;
  const n = typeof value === "number" ? value : value.toNumber();
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (typeof value !== "number" && value.toString() !== String(n)) return undefined;
  return n;
}

/** A decoded uint64 as a number for display, never throwing (0 when absent). */
export function looseU64(value: DecodedU64): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : value.toNumber();
}
