// A node's own snapshot is sealed, and its chunks written, before it joins the WAL's queue
// (saveSnapshot): entry saves made meanwhile do not wait behind it; one that a leader's newer
// snapshot overtook is dropped with its chunks; one that a DEK rotation overtook is sealed again.
import { describe, expect, test } from "vitest";
import type { Snapshot } from "../../src/raft/types.js";
import type { Wal } from "../../src/wal/wal.js";
import type { Node } from "./helpers.js";
import { bytes, crash, entries, newNode, openWal } from "./helpers.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

const conf = { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

/** 40 chunks of the helpers' 64 bytes: ten flushes of four. */
function snapshotAt(index: number, term: number, seed = 7): Snapshot {
  return { data: bytes(64 * 40, seed), metadata: { index, term, confState: conf } };
}

/** A WAL holding entries 1-4, saving its own snapshot at 4 against a disk that holds its writes. */
async function sealingAhead(): Promise<{
  node: Node;
  wal: Wal;
  release: () => void;
  own: Promise<boolean>;
}> {
  const node = await newNode();
  const { wal } = await openWal(node);
  await wal.save({ entries: entries(1, 4, 1), hardState: { term: 1, vote: 1, commit: 4 } });
  const release = node.db.holdWrites();
  const own = wal.saveSnapshot(snapshotAt(4, 1));
  for (let i = 0; i < 3; i++) await tick();
  return { node, wal, release, own };
}

const chunkKeys = (keys: Iterable<string>): string[] => [...keys].filter((k) => k.includes("/c/"));

describe("wal: a snapshot sealed ahead of the queue", () => {
  test("entry saves made while a large snapshot is sealed land before it, and both recover", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 4, 1), hardState: { term: 1, vote: 1, commit: 4 } });
    const release = node.db.holdWrites();
    const done: string[] = [];
    const snapshot = wal.saveSnapshot(snapshotAt(4, 1)).then((saved) => done.push(`snapshot ${saved}`));
    for (let i = 0; i < 3; i++) await tick();
    const appended = wal.save({ entries: entries(5, 6, 1) }).then(() => done.push("entries"));
    release();
    await Promise.all([snapshot, appended]);
    expect(done).toEqual(["entries", "snapshot true"]);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.metadata.index).toBe(4);
    expect(recovered.snapshot?.data).toEqual(snapshotAt(4, 1).data);
    expect(recovered.entries).toEqual(entries(5, 6, 1));
    await again.close();
  });

  test("one a leader's newer snapshot overtook is dropped, and none of its chunks stays", async () => {
    const { node, wal, release, own } = await sealingAhead();
    // A leader's snapshot of a log this one never held: it replaces the whole log.
    const installed = wal.save({
      snapshot: snapshotAt(10, 2, 8),
      hardState: { term: 2, vote: 0, commit: 10 },
    });
    release();
    expect(await own).toBe(false);
    await installed;
    expect(wal.snapshotIndex).toBe(10);
    await wal.close();
    expect(chunkKeys(await node.db.keys().all()).length).toBe(40);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.metadata.index).toBe(10);
    expect(recovered.snapshot?.data).toEqual(snapshotAt(10, 2, 8).data);
    await again.close();
  });

  test("one a DEK rotation overtook is sealed again under the new DEK, and completes the rotation", async () => {
    const { node, wal, release, own } = await sealingAhead();
    const rotating = wal.requestRotation();
    release();
    expect(await own).toBe(true);
    await rotating;
    expect(wal.rotation().state).toBe("idle");
    await wal.close();
    // Only the new DEK's chunks are left: the old DEK's copy went with it.
    expect(chunkKeys(await node.db.keys().all()).length).toBe(40);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.data).toEqual(snapshotAt(4, 1).data);
    expect(recovered.entries).toEqual([]);
    await again.close();
  });
});

describe("wal: the caller paces a snapshot sealed ahead", () => {
  test("betweenChunks is awaited after every chunk but the last, and entry saves go on meanwhile", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 4, 1), hardState: { term: 1, vote: 1, commit: 4 } });
    const chunksWritten = async (): Promise<number> => chunkKeys(await node.db.keys().all()).length;
    const seen: number[] = [];
    let entriesSaved = false;
    const saved = wal.saveSnapshot(snapshotAt(4, 1), {
      betweenChunks: async () => {
        seen.push(await chunksWritten());
        // An entry save made during the pause lands before the snapshot does.
        if (seen.length === 5)
          await wal.save({ entries: entries(5, 5, 1) }).then(() => (entriesSaved = true));
      },
    });
    expect(await saved).toBe(true);
    expect(entriesSaved).toBe(true);
    // 40 chunks: a pause after each of the first 39, each once its chunk is written.
    expect(seen).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.data).toEqual(snapshotAt(4, 1).data);
    expect(recovered.entries).toEqual(entries(5, 5, 1));
    await again.close();
  });
});
