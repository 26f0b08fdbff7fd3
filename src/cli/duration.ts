// Durations as an operator types them, after Go's time.ParseDuration that docker's flags use:
// "2160h", "90d", "1h30m", "45s". A day is 24 h (certificate lifetimes, not calendar days).
import { UsageError } from "./args.js";

const unitMs: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** parseDurationMs reads `text` as whole units, largest first or not; UsageError for anything else. */
export function parseDurationMs(text: string, flag: string): number {
  const parts = /^(?:\d+(?:ms|s|m|h|d))+$/.test(text) ? text.match(/\d+(?:ms|s|m|h|d)/g) : null;
  if (parts === null)
    throw new UsageError(`${flag} is a duration such as 2160h, 90d or 1h30m, not ${JSON.stringify(text)}`);
  let totalMs = 0;
  for (const part of parts) {
    const [, digits = "", unit = ""] = /^(\d+)(ms|s|m|h|d)$/.exec(part) ?? [];
    totalMs += Number(digits) * (unitMs[unit] ?? 0);
  }
  if (!Number.isSafeInteger(totalMs)) throw new UsageError(`${flag} ${text} is too long`);
  return totalMs;
}
