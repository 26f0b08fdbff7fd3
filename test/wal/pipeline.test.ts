// Pipelined saves: the next batch is sealed while the one before is being written; batches
// land in call order, each save resolves once its own batch is durable, and a failed write
// fails every save after it without any of them reaching the disk.
import { describe, expect, test } from "vitest";
import { parseEnvelope } from "../../src/crypto/envelope.js";
import type { WalError } from "../../src/wal/errors.js";
import { codeOf, crash, entries, newNode, openWal } from "./helpers.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("wal: pipelined saves", () => {
  test("the next save is sealed while the one before is written; each resolves once durable, in order", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const started = node.db.writesStarted;
    const release = node.db.holdWrites();
    const done: string[] = [];
    const a = wal.save({ entries: entries(1, 3, 1) }).then(() => done.push("a"));
    const b = wal.save({ entries: entries(4, 6, 1), hardState: { term: 1, vote: 1, commit: 6 } }).then(() => {
      done.push("b");
      // Resolved only once its own batch is durable.
      expect(node.db.durableEntries().has("e/0000000000000004")).toBe(true);
      expect(node.db.durableEntries().has("h")).toBe(true);
    });
    for (let i = 0; i < 5; i++) await tick();
    // Only a's batch has reached the store; b is sealed and accepted behind it.
    expect(node.db.writesStarted).toBe(started + 1);
    expect(wal.lastIndex).toBe(6);
    expect(done).toEqual([]);
    expect(node.db.durableEntries().has("e/0000000000000001")).toBe(false);
    release();
    await Promise.all([a, b]);
    expect(done).toEqual(["a", "b"]);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 6, 1));
    expect(recovered.hardState.commit).toBe(6);
    await again.close();
  });

  test("a failed write fails every save after it, and none of them reaches the store", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 2, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    const writes = node.db.writeCount;
    const release = node.db.holdWrites();
    node.db.failNextWrites(1, 1);
    const saves = [
      wal.save({ entries: entries(3, 3, 1) }),
      wal.save({ entries: entries(4, 4, 1) }),
      wal.save({ entries: entries(5, 5, 1) }),
    ];
    for (let i = 0; i < 5; i++) await tick();
    release();
    const results = await Promise.allSettled(saves);
    expect(results[0]!.status).toBe("fulfilled");
    const reasons = results.slice(1).map((r) => (r as PromiseRejectedResult).reason as WalError);
    expect(reasons.map((e) => e.code)).toEqual(["IO_FAILED", "IO_FAILED"]);
    // Made while the first was written, the last two went as one batch, and failed as one.
    expect(reasons[1]).toBe(reasons[0]);
    // Only the first save's batch was written; the failed one changed nothing.
    expect(node.db.writeCount).toBe(writes + 1);
    expect(wal.status).toBe("failed");
    expect(await codeOf(() => wal.save({ entries: entries(6, 6, 1) }))).toBe("NOT_OPEN");
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 3, 1));
    await again.close();
  });

  test("compaction, rotation and close wait for the writes in flight", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 4, 1) });
    const keyFile = node.keyStore.bytes;
    const release = node.db.holdWrites();
    const saved = wal.save({
      snapshot: {
        data: new Uint8Array(10),
        metadata: {
          index: 4,
          term: 1,
          confState: { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false },
        },
      },
    });
    const rotated = wal.requestRotation();
    const compacted = wal.compact(4);
    for (let i = 0; i < 5; i++) await tick();
    // The compaction has not run, and the rotation has not touched the key file.
    expect(node.db.durableEntries().has("e/0000000000000001")).toBe(true);
    expect(node.keyStore.bytes).toEqual(keyFile);
    release();
    await Promise.all([saved, compacted, rotated]);
    expect(node.keyStore.bytes).not.toEqual(keyFile);
    // close, too, waits for a write in flight.
    const again = node.db.holdWrites();
    const last = wal.save({ hardState: { term: 1, vote: 1, commit: 4 } });
    for (let i = 0; i < 5; i++) await tick();
    let closed = false;
    const closing = wal.close().then(() => (closed = true));
    for (let i = 0; i < 5; i++) await tick();
    expect(closed).toBe(false);
    again();
    await Promise.all([last, closing]);
    await crash(node, null);
    const { wal: reopened, recovered } = await openWal(node);
    expect(recovered.snapshot?.metadata.index).toBe(4);
    expect(recovered.entries).toEqual([]);
    expect(recovered.hardState.commit).toBe(4);
    await reopened.close();
  });

  test("saves made while a write is in flight are group-committed: one batch, one sync, each resolved", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const started = node.db.writesStarted;
    const release = node.db.holdWrites();
    const first = wal.save({ entries: entries(1, 1, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    for (let i = 0; i < 3; i++) await tick();
    const rest = [2, 3, 4].map((i) => wal.save({ entries: entries(i, i, 1), sync: i !== 3 }));
    for (let i = 0; i < 5; i++) await tick();
    release();
    await Promise.all([first, ...rest]);
    // The first batch, then the three that waited behind it as one.
    expect(node.db.writesStarted).toBe(started + 2);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 4, 1));
    await again.close();
  });

  test("a save made while another operation is queued is sealed after it: during a rotation request, under the pending DEK", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 2, 1), hardState: { term: 1, vote: 1, commit: 2 } });
    const old = wal.keyIds.current;
    const rotating = wal.requestRotation();
    const saved = wal.save({ entries: entries(3, 3, 1) });
    await Promise.all([rotating, saved]);
    const pending = wal.keyIds.pending;
    expect(pending).not.toBe(old);
    expect(parseEnvelope(node.db.durableEntries().get("e/0000000000000003")!, "e3").keyId).toBe(pending);
    await wal.close();
  });

  test("a save on a closed WAL rejects with NOT_OPEN rather than throwing at the call", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.close();
    let saved: Promise<void> | null = null;
    expect(() => (saved = wal.save({ entries: entries(1, 1, 1) }))).not.toThrow();
    expect(await codeOf(() => saved!)).toBe("NOT_OPEN");
  });

  test("a save that would complete a pending rotation and whose write fails rejects with IO_FAILED", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    await wal.requestRotation();
    node.db.failNextWrites(1, 0);
    // Rewriting the whole tail leaves nothing under the old DEK: the rotation is done once it lands.
    expect(await codeOf(() => wal.save({ entries: entries(1, 1, 2) }))).toBe("IO_FAILED");
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 3, 1));
    await again.close();
  });
});
