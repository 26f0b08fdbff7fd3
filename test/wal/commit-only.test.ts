// A save that only moves the commit index (Raft's mustSync false) is not a write of its own:
// its hard state rides with the next write, and a clean close writes it. Losing it at a crash
// only lowers the commit index; it never lands behind a snapshot at that commit.
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import type { Snapshot } from "../../src/raft/types.js";
import { afterCrash, bytes, entries, newNode, openWal } from "./helpers.js";

const conf = { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

function snapshotAt(index: number, term: number): Snapshot {
  return { data: bytes(64 * 3, 5), metadata: { index, term, confState: conf } };
}

describe("wal: a save that only moves the commit index", () => {
  test("writes nothing; the next write carries it, and a crash after that keeps it", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    const writes = node.db.writeCount;
    await wal.save({ hardState: { term: 1, vote: 1, commit: 3 }, sync: false });
    expect(node.db.writeCount).toBe(writes);
    await wal.save({ entries: entries(4, 4, 1) });
    expect(node.db.writeCount).toBe(writes + 1);
    const recovered = await afterCrash(node, wal);
    expect(recovered.hardState).toEqual({ term: 1, vote: 1, commit: 3 });
    expect(recovered.entries).toEqual(entries(1, 4, 1));
  });

  test("one that changes term or vote is a bug, refused before anything is held back", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 1, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    const vote = wal.save({ hardState: { term: 1, vote: 2, commit: 1 }, sync: false });
    await expect(vote).rejects.toThrow(AssertionError);
    await wal.close();
  });

  test("a newer hard state in the next write replaces it", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    await wal.save({ hardState: { term: 1, vote: 1, commit: 2 }, sync: false });
    await wal.save({ entries: entries(4, 4, 2), hardState: { term: 2, vote: 0, commit: 3 } });
    expect((await afterCrash(node, wal)).hardState).toEqual({ term: 2, vote: 0, commit: 3 });
  });

  test("a snapshot at the held-back commit lands with it (a commit below the snapshot would not open)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    await wal.save({ hardState: { term: 1, vote: 1, commit: 5 }, sync: false });
    expect(await wal.saveSnapshot(snapshotAt(5, 1))).toBe(true);
    const recovered = await afterCrash(node, wal);
    expect(recovered.snapshot?.metadata.index).toBe(5);
    expect(recovered.hardState.commit).toBe(5);
  });

  test("a clean close writes it; a crash before any other write loses only it", async () => {
    const closed = await newNode();
    const { wal } = await openWal(closed);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 1 } });
    await wal.save({ hardState: { term: 1, vote: 1, commit: 3 }, sync: false });
    await wal.close();
    const { wal: reopened, recovered } = await openWal(closed);
    expect(recovered.hardState.commit).toBe(3);
    await reopened.close();

    const crashed = await newNode();
    const { wal: lost } = await openWal(crashed);
    await lost.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 1 } });
    await lost.save({ hardState: { term: 1, vote: 1, commit: 3 }, sync: false });
    const after = await afterCrash(crashed, lost);
    expect(after.hardState).toEqual({ term: 1, vote: 1, commit: 1 });
    expect(after.entries).toEqual(entries(1, 3, 1));
  });

  test("resolves only once the writes made before it have landed, as a write would", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const release = node.db.holdWrites();
    const done: string[] = [];
    const written = wal
      .save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 0 } })
      .then(() => done.push("entries"));
    const committed = wal
      .save({ hardState: { term: 1, vote: 1, commit: 3 }, sync: false })
      .then(() => done.push("commit"));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(done).toEqual([]);
    release();
    await Promise.all([written, committed]);
    expect(done).toEqual(["entries", "commit"]);
    await wal.close();
  });
});
