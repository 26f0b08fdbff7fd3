// A snapshot that does not match the stored log (a follower installing its leader's
// snapshot) replaces the whole log, as Raft's restore and MemoryStorage.applySnapshot do; a
// snapshot of the stored log itself (the node's own, or a rotation's re-seal) keeps the
// entries after it (Raft §7: "entries following the snapshot are still valid").
import { describe, expect, test } from "vitest";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import type { Snapshot } from "../../src/raft/types.js";
import type { Node } from "./helpers.js";
import { bytes, crash, entries, entry, newNode, openWal } from "./helpers.js";
import type { Wal } from "../../src/wal/wal.js";

function snapshot(index: number, term: number, data: Uint8Array = bytes(100, index)): Snapshot {
  return { data, metadata: { index, term, confState: { ...EMPTY_CONF_STATE, voters: [1, 2, 3] } } };
}

function entryKeys(node: Node): string[] {
  return [...node.db.durableEntries().keys()].filter((k) => k.startsWith("e/"));
}

async function reopen(node: Node, wal: Wal) {
  await crash(node, wal);
  return openWal(node);
}

describe("wal: a snapshot from another history replaces the log", () => {
  test("no entries after the installed snapshot survive a restart", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 3 } });
    await wal.save({ snapshot: snapshot(5, 2), hardState: { term: 2, vote: 0, commit: 5 } });
    expect(wal.lastIndex).toBe(5);
    // The whole log went in the same batch: below the snapshot as well as the stale tail.
    expect(entryKeys(node)).toEqual([]);
    const { wal: again, recovered } = await reopen(node, wal);
    expect(recovered.snapshot?.metadata).toMatchObject({ index: 5, term: 2 });
    expect(recovered.entries).toEqual([]);
    expect(recovered.hardState).toEqual({ term: 2, vote: 0, commit: 5 });
    expect(recovered.notes.map((n) => n.label)).toEqual(["clean"]);
    expect(again.lastIndex).toBe(5);
    await again.close();
  });

  test("entries in the same batch replace the tail; the rest of it is gone", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 3 } });
    await wal.save({
      snapshot: snapshot(5, 2),
      entries: [entry(6, 2), entry(7, 2)],
      hardState: { term: 2, vote: 0, commit: 5 },
    });
    expect(wal.lastIndex).toBe(7);
    // One run record holds the batch's two entries.
    expect(entryKeys(node)).toEqual(["e/0000000000000006"]);
    const { wal: again, recovered } = await reopen(node, wal);
    expect(recovered.entries).toEqual([entry(6, 2), entry(7, 2)]);
    // The log goes on from the new tail.
    await again.save({ entries: [entry(8, 2)] });
    const { wal: third, recovered: later } = await reopen(node, again);
    expect(later.entries).toEqual([entry(6, 2), entry(7, 2), entry(8, 2)]);
    await third.close();
  });

  test("a snapshot past the end of the log replaces it, and appends continue after it", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    await wal.save({ snapshot: snapshot(20, 3), hardState: { term: 3, vote: 0, commit: 20 } });
    expect(wal.lastIndex).toBe(20);
    await expect(wal.save({ entries: [entry(12, 3)] })).rejects.toThrow(/at or below the snapshot/);
    await wal.save({ entries: [entry(21, 3)] });
    await wal.compact(20);
    const { wal: again, recovered } = await reopen(node, wal);
    expect(recovered.entries).toEqual([entry(21, 3)]);
    expect(recovered.notes.map((n) => n.label)).toEqual(["clean"]);
    await again.close();
  });

  test("after an installed snapshot, an append must start right after it (no gap)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1) });
    await wal.save({ snapshot: snapshot(5, 2) });
    await expect(wal.save({ entries: [entry(8, 2)] })).rejects.toThrow(/gap/);
    await wal.close();
  });

  test("a save refused for its entries writes nothing, not even the chunks of its snapshot", async () => {
    const node = await newNode();
    const { wal } = await openWal(node, { snapshotChunkBytes: 64 });
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 10 } });
    const before = [...node.db.durableEntries().keys()];
    // 20 chunks: more than one unsynced flush's worth, written before the header batch.
    const refused = wal.save({ snapshot: snapshot(8, 1, bytes(64 * 20, 1)), entries: [entry(8, 1)] });
    await expect(refused).rejects.toThrow(/at or below the snapshot/);
    await wal.save({ hardState: { term: 1, vote: 1, commit: 10 } });
    expect([...node.db.durableEntries().keys()]).toEqual(before);
    await wal.close();
    const { wal: again, recovered } = await openWal(node, { onTornTail: "fail" });
    expect(recovered.notes.map((n) => n.label)).toEqual(["clean"]);
    await again.close();
  });

  test("a stale tail from before a restart is replaced too (terms are recovered)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    const { wal: again } = await reopen(node, wal);
    await again.save({ snapshot: snapshot(5, 2), hardState: { term: 2, vote: 0, commit: 5 } });
    const { wal: third, recovered } = await reopen(node, again);
    expect(recovered.entries).toEqual([]);
    expect(entryKeys(node)).toEqual([]);
    await third.close();
  });

  test("a snapshot of the stored log keeps the entries after it (own snapshot)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({
      entries: [...entries(1, 4, 1), ...entries(5, 10, 2)],
      hardState: { term: 2, vote: 1, commit: 7 },
    });
    await wal.save({ snapshot: snapshot(7, 2) });
    const { wal: again, recovered } = await reopen(node, wal);
    expect(recovered.entries).toEqual(entries(8, 10, 2));
    // Re-sealing the same snapshot (as a DEK rotation does) keeps them as well.
    await again.save({ snapshot: snapshot(7, 2) });
    const { wal: third, recovered: later } = await reopen(node, again);
    expect(later.entries).toEqual(entries(8, 10, 2));
    await third.close();
  });

  test("a snapshot whose index is in the log under another term replaces it", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({
      entries: [...entries(1, 4, 1), ...entries(5, 10, 2)],
      hardState: { term: 2, vote: 1, commit: 0 },
    });
    await wal.save({ snapshot: snapshot(7, 3), hardState: { term: 3, vote: 0, commit: 7 } });
    const { wal: again, recovered } = await reopen(node, wal);
    expect(recovered.entries).toEqual([]);
    await again.close();
  });

  test("installing a snapshot during a DEK rotation completes it; nothing under the old key remains", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    const old = wal.keyIds.current;
    await wal.requestRotation();
    expect(wal.rotation()).toMatchObject({ state: "pending", snapshotIndexMin: 10 });
    await wal.save({
      snapshot: snapshot(5, 2),
      entries: [entry(6, 2)],
      hardState: { term: 2, vote: 0, commit: 5 },
    });
    expect(wal.rotation()).toEqual({ state: "idle" });
    expect(wal.keyIds.current).not.toBe(old);
    const { wal: again, recovered } = await reopen(node, wal);
    expect(recovered.entries).toEqual([entry(6, 2)]);
    expect(recovered.snapshot?.metadata.index).toBe(5);
    await again.close();
  });
});
