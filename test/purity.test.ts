// The pure core (src/raft, src/fsm) may not touch time, randomness, timers, async or node: modules.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const forbidden: ReadonlyArray<[RegExp, string]> = [
  [/\bMath\.random\b/, "Math.random"],
  [/\bDate\.now\b|\bnew Date\(/, "Date"],
  [/\bset(Timeout|Interval|Immediate)\b/, "timers"],
  [/\bprocess\./, "process"],
  [/from\s+["']node:|require\(["']node:|import\(["']node:/, "node: import"],
  [/\basync\b|\bawait\b/, "async"],
  [/\bperformance\.now\b/, "performance"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

export function impurities(source: string): string[] {
  const found: string[] = [];
  source.split("\n").forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, "");
    for (const [pattern, what] of forbidden) if (pattern.test(code)) found.push(`${i + 1}: ${what}`);
  });
  return found;
}

describe("pure core", () => {
  test("the checker catches each forbidden construct", () => {
    expect(impurities("const x = Math.random();")).toEqual(["1: Math.random"]);
    expect(impurities("async function f() {}")).toEqual(["1: async"]);
    expect(impurities('import fs from "node:fs";')).toEqual(["1: node: import"]);
    expect(impurities("// Date.now() is only mentioned")).toEqual([]);
  });

  for (const dir of ["src/raft", "src/fsm"]) {
    test(`${dir} is synchronous and free of I/O, clocks and global randomness`, () => {
      const files = sourceFiles(dir);
      const problems = files.flatMap((f) => impurities(readFileSync(f, "utf8")).map((p) => `${f}:${p}`));
      expect(problems).toEqual([]);
    });
  }
});
