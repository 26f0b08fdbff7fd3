// keel's V8 flags reach every way a keel process starts, and V8 honours them (a young generation
// above its default 16 MiB cap per semi-space).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keelNodeFlags } from "../../src/cli/v8-flags.js";
import { keelNodeArgs } from "../../src/harness/process.js";

// Keeps 100k small objects alive in a ring while allocating 3M: survivors make V8 grow the young
// generation to its cap. new_space's size counts both semi-spaces.
const churn = `
const v8 = require("node:v8");
const ring = new Array(100000);
let maxBytes = 0;
for (let i = 0; i < 3e6; i++) {
  ring[i % ring.length] = { i, s: "x" + i };
  if (i % 50000 === 0) {
    const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === "new_space");
    maxBytes = Math.max(maxBytes, s.space_size);
  }
}
process.stdout.write(String(maxBytes));
`;

const newSpaceMiB = (flags: readonly string[]): number =>
  Number(execFileSync(process.execPath, [...flags, "-e", churn], { encoding: "utf8" })) / 2 ** 20;

describe("keel's V8 flags", () => {
  it("are the shebang's, so a keel started as a program gets them", () => {
    const first = readFileSync(new URL("../../src/cli/main.ts", import.meta.url), "utf8").split("\n")[0];
    expect(first).toBe(`#!/usr/bin/env -S node ${keelNodeFlags.join(" ")}`);
  });

  it("come before the script in the harness's node arguments", () => {
    const args = keelNodeArgs(["run"]);
    expect(args.slice(0, keelNodeFlags.length)).toEqual(keelNodeFlags);
  });

  it("give a young generation above V8's default cap", () => {
    expect(newSpaceMiB([])).toBeLessThanOrEqual(32);
    expect(newSpaceMiB(keelNodeFlags)).toBeGreaterThan(32);
  }, 20_000);
});
