// Plain-text tables and times for people; `--json` output is for programs.

/** table renders rows under a header, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  // A loop, not Math.max(...rows): a list of a million rows would overflow the call's arguments.
  const widths = header.map((h, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), h.length));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** when renders a wall-clock time (ms since the epoch) as ISO, with how far away it is. */
export function when(ms: number, nowMs: number = Date.now()): string {
  if (ms === 0) return "-";
  const days = Math.round((ms - nowMs) / (24 * 60 * 60 * 1000));
  const relative = days >= 0 ? `in ${days} d` : `${-days} d ago`;
  return `${new Date(ms).toISOString()} (${relative})`;
}
