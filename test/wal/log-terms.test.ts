import { describe, expect, test } from "vitest";
import { LogTerms } from "../../src/wal/log-terms.js";

describe("LogTerms", () => {
  test("tracks first, last and terms through writes, overwrites and prefix drops", () => {
    const log = new LogTerms();
    expect([log.first, log.last, log.termAt(1)]).toEqual([0, 0, undefined]);
    log.write(1, [1, 1, 1, 2, 2, 3]);
    expect([log.first, log.last]).toEqual([1, 6]);
    expect([1, 3, 4, 5, 6, 7].map((i) => log.termAt(i))).toEqual([1, 1, 2, 2, 3, undefined]);
    log.write(5, [4]);
    expect([log.last, log.termAt(4), log.termAt(5), log.termAt(6)]).toEqual([5, 2, 4, undefined]);
    log.dropThrough(3);
    expect([log.first, log.termAt(3), log.termAt(4)]).toEqual([4, undefined, 2]);
    log.dropThrough(4);
    expect([log.first, log.termAt(5)]).toEqual([5, 4]);
    log.dropThrough(5);
    expect([log.first, log.last]).toEqual([0, 0]);
    log.write(9, [7, 7]);
    expect([log.first, log.last, log.termAt(10)]).toEqual([9, 10, 7]);
    log.write(9, []);
    expect([log.first, log.last]).toEqual([0, 0]);
  });
});
