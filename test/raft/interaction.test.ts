// Golden-transcript interaction tests for the Raft core: one test per script in
// test/raft/testdata/. See test/raft/interaction/runner.ts for the format and for REWRITE=1.
import { basename } from "node:path";
import { describe, expect, test } from "vitest";
import { runScript, testdataFiles } from "./interaction/runner.js";

describe("raft interaction scripts", () => {
  const files = testdataFiles();

  test("there are scripts to run", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const path of files) {
    test(basename(path, ".txt"), () => {
      const result = runScript(path);
      if (result.failures.length > 0) throw new Error(result.failures.join("\n\n"));
      expect(result.commands).toBeGreaterThan(0);
    });
  }
});
