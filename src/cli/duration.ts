// Durations on the command line: whole units run together, largest first, as in `90d`, `12h`,
// `1h30m`, `45s`, `500ms` (Go's and docker's way, with days). Shown back in the largest unit that
// divides them exactly.
import { UsageError } from "./args.js";

const unitMs: Readonly<Record<string, number>> = {
  d: 24 * 60 * 60 * 1000,
  h: 60 * 60 * 1000,
  m: 60 * 1000,
  s: 1000,
  ms: 1,
};

/** parseDurationMs reads `flag`'s value; a usage error names the flag when it is not a duration. */
export function parseDurationMs(flag: string, text: string): number {
  const parts = /^(?:\d+(?:ms|d|h|m|s))+$/.test(text) ? text.match(/\d+(?:ms|d|h|m|s)/g) : null;
  if (parts === null)
    throw new UsageError(`--${flag} ${JSON.stringify(text)}: a duration such as 90d, 12h or 1h30m`);
  let ms = 0;
  for (const part of parts) {
    const [, count = "", unit = ""] = /^(\d+)(\D+)$/.exec(part) ?? [];
    ms += Number(count) * (unitMs[unit] ?? 0);
  }
  if (!Number.isSafeInteger(ms)) throw new UsageError(`--${flag} ${JSON.stringify(text)}: too long`);
  return ms;
}

/** formatDurationMs shows `ms` in the largest unit that divides it. */
export function formatDurationMs(ms: number): string {
  for (const [unit, size] of Object.entries(unitMs)) {
    if (ms !== 0 && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
