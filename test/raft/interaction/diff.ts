// A small unified diff of two line lists (outputs are short, so a plain LCS table is fine).

type Op = { kind: " " | "-" | "+"; line: string; a: number; b: number };

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // table[i][j]: length of the LCS of a[i..] and b[j..].
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number): number => table[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as number[];
    for (let j = m - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] ?? "", a: i, b: j });
      i++;
      j++;
    } else if (i < n && (j >= m || at(i + 1, j) >= at(i, j + 1))) {
      ops.push({ kind: "-", line: a[i] ?? "", a: i, b: j });
      i++;
    } else {
      ops.push({ kind: "+", line: b[j] ?? "", a: i, b: j });
      j++;
    }
  }
  return ops;
}

/**
 * Unified-diff hunks (3 lines of context) turning `expected` into `actual`; line numbers in the
 * `@@ -a,b +c,d @@` headers start at firstLine (the file line of the first expected line).
 */
export function unifiedDiff(
  expected: readonly string[],
  actual: readonly string[],
  firstLine: number,
): string[] {
  const ops = lcsOps(expected, actual);
  const changed = ops.map((o, k) => (o.kind === " " ? -1 : k)).filter((k) => k >= 0);
  const out: string[] = [];
  const context = 3;
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, (changed[k] ?? 0) - context);
    let end = (changed[k] ?? 0) + context;
    while (k + 1 < changed.length && (changed[k + 1] ?? 0) - context <= end + 1)
      end = (changed[++k] ?? 0) + context;
    k++;
    const hunk = ops.slice(start, Math.min(ops.length, end + 1));
    const first = hunk[0];
    if (first === undefined) continue;
    const aLen = hunk.filter((o) => o.kind !== "+").length;
    const bLen = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${first.a + firstLine},${aLen} +${first.b + firstLine},${bLen} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
  }
  return out;
}
