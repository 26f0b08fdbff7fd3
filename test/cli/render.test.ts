// Tables for people: columns padded to their widest cell, for any number of rows (a million
// secrets once overflowed the arguments of the width's Math.max).
import { expect, test } from "vitest";
import { table } from "../../src/cli/render.js";

test("columns are padded to their widest cell; trailing blanks trimmed", () => {
  expect(
    table(
      ["ID", "NAME"],
      [
        ["a", "long-name"],
        ["bbbb", ""],
      ],
    ),
  ).toEqual(["ID    NAME", "a     long-name", "bbbb"]);
});

test("a million rows render", () => {
  const rows = Array.from({ length: 1_000_000 }, (_, i) => [`id-${i}`, "x"]);
  const lines = table(["ID", "V"], rows);
  expect(lines).toHaveLength(1_000_001);
  expect(lines[1_000_000]).toBe("id-999999  x");
});
