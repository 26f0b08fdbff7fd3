// One scenario per row of the recovery decision table (src/wal/recovery.ts), plus a check
// that every row has its scenario.
import { describe, expect, test } from "vitest";
import { NoncePool } from "../../src/crypto/entropy.js";
import { RecordKind, seal } from "../../src/crypto/envelope.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { keel } from "../../src/gen/disk.js";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import type { Snapshot } from "../../src/raft/types.js";
import { encodeEntryRun } from "../../src/wal/codec.js";
import { MemoryMarkStore } from "../../src/wal/durable-mark.js";
import { WalError } from "../../src/wal/errors.js";
import { readKeys, writeKeys } from "../../src/wal/keys.js";
import { recoveryTable } from "../../src/wal/recovery.js";
import type { RecoveryLabel } from "../../src/wal/recovery.js";
import type { Wal } from "../../src/wal/wal.js";
import type { Node } from "./helpers.js";
import { bytes, crash, entries, entry, newNode, openWal } from "./helpers.js";

function snapshot(index: number, term: number, data: Uint8Array): Snapshot {
  return { data, metadata: { index, term, confState: EMPTY_CONF_STATE } };
}

/** A store with entries 1..5 (term 1), one save (so one run record) each, commit 3, crashed and ready to reopen. */
async function populated(seed = 1): Promise<{ node: Node; storeId: Uint8Array }> {
  const node = await newNode(seed);
  const { wal } = await openWal(node);
  for (let i = 1; i <= 4; i++) await wal.save({ entries: [entry(i, 1)] });
  await wal.save({ entries: [entry(5, 1)], hardState: { term: 1, vote: 1, commit: 3 } });
  const storeId = wal.storeId;
  await crash(node, wal);
  return { node, storeId };
}

async function openError(node: Node, extra = {}): Promise<WalError> {
  try {
    const { wal } = await openWal(node, extra);
    await wal.close();
  } catch (error) {
    if (error instanceof WalError) return error;
    throw error;
  }
  throw new Error("open succeeded");
}

/** Rewrites one stored envelope through `change` (a flipped bit on disk). */
async function flipEnvelope(node: Node, key: string, change: (e: keel.disk.Envelope) => void): Promise<void> {
  const envelope = keel.disk.Envelope.decode(node.db.durableEntries().get(key)!);
  change(envelope);
  await node.db.replace(key, keel.disk.Envelope.encode(envelope).finish());
}

async function openNotes(node: Node): Promise<{ labels: string[]; wal: Wal }> {
  const { wal, recovered } = await openWal(node);
  return { labels: recovered.notes.map((n) => n.label), wal };
}

async function dek(node: Node): Promise<SecretKey> {
  const keys = await readKeys(node.keyStore, node.kek);
  return keys.pendingDek ?? keys.currentDek;
}

const scenarios: Record<RecoveryLabel, () => Promise<void>> = {
  "store-empty": async () => {
    const node = await newNode();
    const { labels, wal } = await openNotes(node);
    expect(labels).toEqual(["store-empty"]);
    await wal.close();
  },
  "store-meta-missing": async () => {
    const { node } = await populated();
    await node.db.replace("m", undefined);
    expect((await openError(node)).type).toMatchObject({ code: "MISSING_RECORD", record: { kind: "entry" } });
  },
  "store-key-unknown": async () => {
    const { node } = await populated(1);
    const other = await newNode(2);
    node.keyStore = other.keyStore;
    const before = node.db.durableEntries();
    const error = await openError(node);
    expect(error.type).toMatchObject({ code: "WRONG_KEY", record: { kind: "store-meta" } });
    expect(node.db.durableEntries()).toEqual(before);
  },
  "store-mode-mismatch": async () => {
    const { node } = await populated();
    expect((await openError(node, { encrypted: false })).code).toBe("CORRUPT_RECORD");
  },
  "store-format-unsupported": async () => {
    const { node, storeId } = await populated();
    const place = { kind: RecordKind.StoreMeta, index: 0, term: 0, chunk: 0, context: storeId };
    const meta = keel.disk.StoreMeta.encode({ formatVersion: 1, storeId, encrypted: true }).finish();
    await node.db.replace("m", seal(await dek(node), place, meta, new NoncePool(node.entropy)));
    const before = node.db.durableEntries();
    expect((await openError(node)).type).toMatchObject({ code: "FORMAT_UNSUPPORTED", formatVersion: 1 });
    expect(node.db.durableEntries()).toEqual(before);
  },
  "record-key-unrecognised": async () => {
    const { node } = await populated();
    await node.db.replace("x/unknown", new Uint8Array([1, 2, 3]));
    expect((await openError(node)).type).toMatchObject({
      code: "CORRUPT_RECORD",
      record: { key: "x/unknown" },
    });
  },
  "record-unparseable": async () => {
    // An entry record is repaired from peers (entry-damaged); the hard state cannot be.
    const { node } = await populated();
    await node.db.replace("h", new Uint8Array([0xff, 0xff, 0xff]));
    const error = await openError(node);
    expect(error.type).toMatchObject({ code: "CORRUPT_RECORD", record: { kind: "hard-state" } });
    expect(error.message).toContain("remove this manager's data dir and join it again");
  },
  "record-foreign": async () => {
    const { node } = await populated(1);
    const { node: other } = await populated(2);
    await node.db.replace("e/0000000000000002", other.db.durableEntries().get("e/0000000000000002"));
    expect((await openError(node)).type).toMatchObject({ code: "FOREIGN_RECORD", record: { index: 2 } });
  },
  "record-misplaced": async () => {
    const { node } = await populated();
    await node.db.replace("e/0000000000000002", node.db.durableEntries().get("e/0000000000000001"));
    expect((await openError(node)).type).toMatchObject({
      code: "MISPLACED_RECORD",
      record: { index: 2 },
      claimedIndex: 1,
    });
  },
  "record-algorithm-mismatch": async () => {
    const { node, storeId } = await populated();
    const place = { kind: RecordKind.Entry, index: 2, term: 1, chunk: 1, context: storeId };
    await node.db.replace(
      "e/0000000000000002",
      seal(null, place, encodeEntryRun([entry(2, 1)]), new NoncePool(node.entropy)),
    );
    expect((await openError(node)).type).toMatchObject({ code: "CORRUPT_RECORD", record: { index: 2 } });
  },
  "record-key-unknown": async () => {
    const { node, storeId } = await populated();
    const stranger = SecretKey.generate(node.entropy);
    const place = { kind: RecordKind.Entry, index: 2, term: 1, chunk: 1, context: storeId };
    const forged = seal(stranger, place, encodeEntryRun([entry(2, 1)]), new NoncePool(node.entropy));
    await node.db.replace("e/0000000000000002", forged);
    expect((await openError(node)).type).toMatchObject({
      code: "WRONG_KEY",
      record: { index: 2 },
      keyId: stranger.id,
    });
  },
  "record-auth-failed": async () => {
    const { node } = await populated();
    await flipEnvelope(node, "h", (e) => (e.ciphertext[e.ciphertext.length - 1]! ^= 0x01));
    expect((await openError(node)).type).toMatchObject({
      code: "CORRUPT_RECORD",
      record: { kind: "hard-state" },
    });
    // A flipped bit in the store id it is bound to is damage too, not a record of another store.
    const second = await populated();
    await flipEnvelope(second.node, "h", (e) => (e.place!.context![0]! ^= 0x01));
    expect((await openError(second.node)).type).toMatchObject({
      code: "CORRUPT_RECORD",
      record: { kind: "hard-state" },
    });
  },
  "entry-damaged": async () => {
    const { node } = await populated();
    await flipEnvelope(node, "e/0000000000000004", (e) => (e.ciphertext[0]! ^= 0x01));
    // Twice: the damaged record stays as evidence until the leader's entries replace it.
    for (let open = 0; open < 2; open++) {
      const { wal, recovered } = await openWal(node);
      expect(recovered.entries).toEqual(entries(1, 3, 1));
      expect(recovered.lost).toEqual({ cause: "entry-damaged", lastIndex: 3, recoverTo: 5 });
      expect(recovered.hardState.commit).toBe(3);
      expect(recovered.notes.map((n) => n.label)).toEqual(["entry-damaged"]);
      await crash(node, wal);
    }
    // A bit flipped in the store id of an entry record is the same damage.
    const second = await populated();
    await flipEnvelope(second.node, "e/0000000000000005", (e) => (e.place!.context![3]! ^= 0x10));
    const { wal: w2, recovered: r2 } = await openWal(second.node);
    expect(r2.lost).toEqual({ cause: "entry-damaged", lastIndex: 4, recoverTo: 5 });
    await w2.close();
    // The leader re-sends 4 and 5: the log is whole again.
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(4, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await crash(node, wal);
    const { wal: healed, recovered } = await openWal(node);
    expect(recovered.lost).toBeNull();
    expect(recovered.entries).toEqual(entries(1, 5, 1));
    await healed.close();
  },
  "record-payload-malformed": async () => {
    const { node, storeId } = await populated();
    const place = { kind: RecordKind.Entry, index: 2, term: 1, chunk: 1, context: storeId };
    // Authentic under the real DEK, but the entry inside claims index 3.
    const forged = seal(await dek(node), place, encodeEntryRun([entry(3, 1)]), new NoncePool(node.entropy));
    await node.db.replace("e/0000000000000002", forged);
    expect((await openError(node)).type).toMatchObject({ code: "CORRUPT_RECORD", record: { index: 2 } });
  },
  "snapshot-incomplete": async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    const data = bytes(64 * 20, 3);
    await wal.save({ snapshot: snapshot(5, 1, data) });
    await crash(node, wal);
    // A second snapshot of 20 chunks of 64 bytes: the first goes out unsynced (chunks are
    // flushed one by one), then the next write fails, and the crash keeps the chunk written.
    const { wal: w2 } = await openWal(node);
    const writes = node.db.writeCount;
    node.db.failNextWrites(1, 1);
    await expect(w2.save({ snapshot: snapshot(5, 1, bytes(64 * 20, 4)) })).rejects.toMatchObject({
      code: "IO_FAILED",
    });
    expect(node.db.writeCount).toBe(writes + 1);
    const crashed = await node.db.crash(1);
    node.db = crashed;
    await w2.close();
    const strictError = await openError(node, { onTornTail: "fail" });
    expect(strictError.type).toMatchObject({ code: "TORN_TAIL", chunkCount: 1 });
    const { labels, wal: w3 } = await openNotes(node);
    expect(labels).toContain("snapshot-incomplete");
    await crash(node, w3);
    const { wal: w4, recovered } = await openWal(node);
    expect(recovered.snapshot?.data).toEqual(data);
    expect(recovered.notes.map((n) => n.label)).toEqual(["entries-below-snapshot", "clean"]);
    await w4.close();
  },
  "snapshot-chunk-missing": async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ snapshot: snapshot(3, 1, bytes(300, 1)) });
    await crash(node, wal);
    const chunk = [...node.db.durableEntries().keys()].find((k) => k.endsWith("/c/00000002"))!;
    await node.db.replace(chunk, undefined);
    expect((await openError(node)).type).toMatchObject({
      code: "MISSING_RECORD",
      record: { kind: "snapshot-chunk" },
    });
  },
  "snapshot-digest-mismatch": async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ snapshot: snapshot(3, 1, bytes(300, 1)) });
    const first = node.db.durableEntries();
    await wal.save({ snapshot: snapshot(3, 1, bytes(300, 2)) });
    await crash(node, wal);
    const oldChunk = [...first].find(([k]) => k.endsWith("/c/00000001"))!;
    const newChunk = [...node.db.durableEntries().keys()].find((k) => k.endsWith("/c/00000001"))!;
    await node.db.replace(newChunk, oldChunk[1]);
    expect((await openError(node)).type).toMatchObject({
      code: "CORRUPT_RECORD",
      record: { kind: "snapshot-header" },
    });
  },
  "snapshot-superseded": async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ snapshot: snapshot(3, 1, bytes(100, 1)), hardState: { term: 1, vote: 1, commit: 3 } });
    const first = [...node.db.durableEntries()].filter(([k]) => k.startsWith("s/"));
    await wal.save({ snapshot: snapshot(4, 1, bytes(100, 2)), hardState: { term: 1, vote: 1, commit: 4 } });
    await crash(node, wal);
    for (const [k, v] of first) await node.db.replace(k, v);
    const { labels, wal: again } = await openNotes(node);
    expect(labels).toEqual(["snapshot-superseded"]);
    expect([...node.db.durableEntries().keys()].some((k) => k.startsWith("s/0000000000000003"))).toBe(false);
    await again.close();
  },
  "entries-below-snapshot": async () => {
    const { node } = await populated();
    const { wal } = await openWal(node);
    await wal.save({ snapshot: snapshot(3, 1, bytes(10, 1)) });
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.notes.map((n) => n.label)).toEqual(["entries-below-snapshot", "clean"]);
    expect(recovered.entries).toEqual(entries(4, 5, 1));
    await again.close();
  },
  "entry-gap": async () => {
    // A hole, as LevelDB leaves when it skips a damaged block: the log is cut before it.
    const { node } = await populated();
    await node.db.replace("e/0000000000000003", undefined);
    const { wal, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 2, 1));
    expect(recovered.lost).toEqual({ cause: "entry-gap", lastIndex: 2, recoverTo: 5 });
    expect(recovered.hardState).toEqual({ term: 1, vote: 1, commit: 2 });
    expect(recovered.notes.map((n) => n.label)).toEqual(["entry-gap"]);
    await wal.close();
  },
  "log-term-decreases": async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await wal.save({ entries: entries(6, 8, 1) });
    await wal.save({ entries: entries(9, 10, 1) });
    const stale = node.db.durableEntries().get("e/0000000000000009");
    // A leader of term 2 overwrites from 6: the run at 6 is replaced, the one at 9 deleted.
    await wal.save({ entries: entries(6, 8, 2), hardState: { term: 2, vote: 2, commit: 5 } });
    await crash(node, wal);
    // The deleted run copied back: entries 9 and 10 of term 1 after 8 of term 2.
    await node.db.replace("e/0000000000000009", stale);
    expect((await openError(node)).type).toMatchObject({
      code: "ROLLED_BACK",
      record: { kind: "entry", index: 9 },
    });
  },
  "hard-state-missing": async () => {
    const { node } = await populated();
    await node.db.replace("h", undefined);
    expect((await openError(node)).type).toMatchObject({
      code: "MISSING_RECORD",
      record: { kind: "hard-state", key: "h" },
    });
  },
  "commit-beyond-log": async () => {
    const { node } = await populated();
    for (const i of [3, 4, 5]) await node.db.replace(`e/000000000000000${i}`, undefined);
    const { wal, recovered } = await openWal(node);
    expect(recovered.lost).toEqual({ cause: "commit-beyond-log", lastIndex: 2, recoverTo: 3 });
    expect(recovered.hardState.commit).toBe(2);
    expect(recovered.notes.map((n) => n.label)).toEqual(["commit-beyond-log"]);
    await wal.close();
  },
  "log-behind-mark": async () => {
    // The last two synced batches (entries 4 and 5, and the hard state beside 5) are lost
    // after a clean close; only the mark outside the log saw them.
    for (const withMark of [false, true]) {
      const node = await newNode();
      const mark = new MemoryMarkStore();
      const { wal } = await openWal(node, withMark ? { mark } : {});
      for (let i = 1; i <= 3; i++)
        await wal.save({ entries: [entry(i, 1)], hardState: { term: 1, vote: 1, commit: i - 1 } });
      await wal.save({ entries: [entry(4, 2)], hardState: { term: 2, vote: 2, commit: 3 } });
      await wal.save({ entries: [entry(5, 2)], hardState: { term: 2, vote: 2, commit: 4 } });
      await wal.close();
      node.db = await node.db.crash(0, { loseSynced: 2 });
      const { wal: again, recovered } = await openWal(node, withMark ? { mark } : {});
      expect(recovered.entries).toEqual(entries(1, 3, 1));
      if (!withMark) {
        expect(recovered.lost).toBeNull(); // LevelDB's silent loss, as it was
      } else {
        expect(recovered.lost).toEqual({ cause: "log-behind-mark", lastIndex: 3, recoverTo: 5 });
        expect(recovered.notes.map((n) => n.label)).toEqual(["log-behind-mark"]);
        // The vote of term 2 was lost with the log: the mark keeps it.
        expect(recovered.hardState).toEqual({ term: 2, vote: 2, commit: 2 });
      }
      // Until repaired, the mark is not lowered: a second restart still knows.
      await again.close();
      const { wal: third, recovered: r3 } = await openWal(node, withMark ? { mark } : {});
      expect(r3.lost?.recoverTo ?? 0).toBe(withMark ? 5 : 0);
      await third.close();
    }
  },
  "mark-unreadable": async () => {
    for (const flip of [0, 40]) {
      const node = await newNode();
      const mark = new MemoryMarkStore();
      const { wal } = await openWal(node, { mark });
      await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 2 } });
      await wal.close();
      mark.bytes![flip]! ^= 0x01;
      const { wal: again, recovered } = await openWal(node, { mark });
      expect(recovered.notes.map((n) => n.label)).toEqual(["mark-unreadable", "clean"]);
      expect(recovered.lost).toBeNull();
      await again.close();
    }
    // A mark of another store (a data dir whose WAL was replaced) is ignored the same way.
    const node = await newNode(1);
    const other = await newNode(2);
    const mark = new MemoryMarkStore();
    const { wal } = await openWal(other, { mark });
    await wal.save({ entries: entries(1, 9, 1), hardState: { term: 1, vote: 1, commit: 2 } });
    await wal.close();
    const { wal: mine } = await openWal(node);
    await mine.save({ entries: entries(1, 2, 1), hardState: { term: 1, vote: 1, commit: 2 } });
    await crash(node, mine);
    const { wal: reopened, recovered } = await openWal(node, { mark });
    expect(recovered.notes.map((n) => n.label)).toEqual(["mark-unreadable", "clean"]);
    expect(recovered.lost).toBeNull();
    await reopened.close();
  },
  "hard-state-behind-log": async () => {
    const { node } = await populated();
    const termOne = node.db.durableEntries().get("h");
    const { wal } = await openWal(node);
    await wal.save({ entries: [entry(6, 2)], hardState: { term: 2, vote: 2, commit: 5 } });
    await crash(node, wal);
    // The term-1 hard state (vote 1) copied back over the term-2 one: authentic, and stale.
    await node.db.replace("h", termOne);
    expect((await openError(node)).type).toMatchObject({
      code: "ROLLED_BACK",
      record: { kind: "hard-state", key: "h" },
    });
    // And a hard state whose commit is below the snapshot: Raft commits past an index before
    // it snapshots there, so this one is older than the snapshot beside it.
    const second = await populated();
    const commitTwo = second.node.db.durableEntries().get("h");
    const { wal: w2 } = await openWal(second.node);
    await w2.save({ snapshot: snapshot(5, 1, bytes(10, 1)), hardState: { term: 1, vote: 1, commit: 5 } });
    await crash(second.node, w2);
    await second.node.db.replace("h", commitTwo);
    expect((await openError(second.node)).type).toMatchObject({
      code: "ROLLED_BACK",
      reason: expect.stringContaining("commit 3"),
    });
  },
  "rotation-requested": async () => {
    const { node } = await populated();
    const keys = await readKeys(node.keyStore, node.kek);
    await writeKeys(node.keyStore, { ...keys, needsRotation: true }, node.kek, new NoncePool(node.entropy));
    const { labels, wal } = await openNotes(node);
    expect(labels).toEqual(["rotation-requested"]);
    expect(wal.keyIds.pending).not.toBeNull();
    expect(wal.rotation()).toMatchObject({ state: "pending", snapshotIndexMin: 5 });
    await wal.close();
  },
  "rotation-in-progress": async () => {
    const { node } = await populated();
    const { wal } = await openWal(node);
    await wal.requestRotation();
    await crash(node, wal);
    const { labels, wal: again } = await openNotes(node);
    expect(labels).toEqual(["rotation-in-progress"]);
    await again.close();
  },
  "rotation-complete": async () => {
    const { node } = await populated();
    const { wal } = await openWal(node);
    await wal.requestRotation();
    const { current, pending } = wal.keyIds;
    // The cleanup batch lands; promoting the pending DEK in the key file fails.
    node.keyStore.failWrites = 1;
    const committed = { term: 1, vote: 1, commit: 5 };
    await expect(
      wal.save({ snapshot: snapshot(5, 1, bytes(10, 1)), hardState: committed }),
    ).rejects.toMatchObject({
      code: "IO_FAILED",
    });
    await crash(node, wal);
    const { labels, wal: again } = await openNotes(node);
    // The cleanup batch already deleted the entries under the old DEK, all below the snapshot.
    expect(labels).toEqual(["rotation-complete"]);
    expect(again.keyIds).toEqual({ current: pending, pending: null });
    expect(again.keyIds.current).not.toBe(current);
    await again.close();
  },
  "compaction-pending": async () => {
    const { node } = await populated();
    const keys = await readKeys(node.keyStore, node.kek);
    await writeKeys(node.keyStore, { ...keys, needsCompaction: true }, node.kek, new NoncePool(node.entropy));
    const { labels, wal } = await openNotes(node);
    expect(labels).toEqual(["compaction-pending"]);
    expect((await readKeys(node.keyStore, node.kek)).needsCompaction).toBe(false);
    await wal.close();
  },
  clean: async () => {
    const { node } = await populated();
    const { labels, wal } = await openNotes(node);
    expect(labels).toEqual(["clean"]);
    await wal.close();
  },
};

describe("recovery decision table", () => {
  test("every row has exactly one scenario", () => {
    expect(Object.keys(scenarios).sort()).toEqual(recoveryTable.map((r) => r.label).sort());
  });
  test.each(recoveryTable.map((r) => [r.label, r.decision]))("%s → %s", async (label) => {
    await scenarios[label as RecoveryLabel]();
  });
});
