// Entry run records: the in-memory index of where they start, and what a save of many or
// large entries, or one that overwrites the middle of a run, leaves on disk.
import { describe, expect, test } from "vitest";
import { EntryType } from "../../src/raft/types.js";
import { RunStarts } from "../../src/wal/run-starts.js";
import { crash, entries, entry, newNode, openWal } from "./helpers.js";

describe("RunStarts", () => {
  test("a write supersedes the records starting after it; live ends follow the next start", () => {
    const runs = new RunStarts();
    expect(runs.write(1)).toEqual([]);
    expect(runs.write(4)).toEqual([]);
    expect(runs.write(9)).toEqual([]);
    expect([runs.lowest, runs.liveEnd(1, 12), runs.liveEnd(4, 12), runs.liveEnd(9, 12)]).toEqual([
      1, 3, 8, 12,
    ]);
    // Overwriting from 6 (inside 4..8) drops the record at 9; the one at 4 now ends at 5.
    expect(runs.write(6)).toEqual([9]);
    expect([runs.all, runs.liveEnd(4, 7)]).toEqual([[1, 4, 6], 5]);
    // Overwriting at an existing start replaces that record in place.
    expect(runs.write(4)).toEqual([6]);
    expect(runs.all).toEqual([1, 4]);
    expect(runs.dropThrough(3, 10)).toEqual([1]);
    expect(runs.dropThrough(9, 10)).toEqual([]);
    expect(runs.dropThrough(10, 10)).toEqual([4]);
    expect([runs.all, runs.lowest]).toEqual([[], 0]);
    runs.write(2);
    runs.write(3);
    runs.remove(new Set([2]));
    expect(runs.clear()).toEqual([3]);
  });
});

describe("wal: entry run records", () => {
  test("a save's entries are one record; an overwrite inside it replaces its tail across a restart", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1) });
    await wal.save({ entries: entries(11, 12, 1) });
    // A new leader's entries from 5 on: the records at 1 and 11 held 5..12 under term 1.
    await wal.save({ entries: [entry(5, 2), entry(6, 2)], hardState: { term: 2, vote: 0, commit: 4 } });
    const keys = () => [...node.db.durableEntries().keys()].filter((k) => k.startsWith("e/"));
    expect(keys()).toEqual(["e/0000000000000001", "e/0000000000000005"]);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual([...entries(1, 4, 1), entry(5, 2), entry(6, 2)]);
    expect(again.lastIndex).toBe(6);
    await again.save({ entries: [entry(7, 2)] });
    await crash(node, again);
    const { wal: third, recovered: later } = await openWal(node);
    expect(later.entries.map((e) => [e.index, e.term])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 2],
      [6, 2],
      [7, 2],
    ]);
    await third.close();
  });

  test("a save of more than 1 MiB of entry data is split into records of at most about 1 MiB", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const big = [1, 2, 3, 4, 5].map((index) => ({
      index,
      term: 1,
      type: EntryType.Normal,
      data: new Uint8Array(400 * 1024).fill(index),
    }));
    await wal.save({ entries: big, hardState: { term: 1, vote: 1, commit: 5 } });
    const stored = [...node.db.durableEntries()].filter(([k]) => k.startsWith("e/"));
    expect(stored.map(([k]) => k)).toEqual([
      "e/0000000000000001",
      "e/0000000000000003",
      "e/0000000000000005",
    ]);
    expect(Math.max(...stored.map(([, v]) => v.length))).toBeLessThan(1024 * 1024);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    // Compared as buffers: a deep equality over 2 MB of typed arrays takes seconds.
    expect(recovered.entries.map((e) => [e.index, e.term])).toEqual(big.map((e) => [e.index, e.term]));
    expect(recovered.entries.every((e, i) => Buffer.from(e.data).equals(big[i]!.data))).toBe(true);
    await again.close();
  });
});
