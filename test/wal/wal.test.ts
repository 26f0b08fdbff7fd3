import { describe, expect, test } from "vitest";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import type { Snapshot } from "../../src/raft/types.js";
import { bytes, codeOf, crash, entries, entry, newNode, openWal } from "./helpers.js";

function snapshot(index: number, term: number, data: Uint8Array): Snapshot {
  return { data, metadata: { index, term, confState: { ...EMPTY_CONF_STATE, voters: [1, 2, 3] } } };
}

describe("wal save and open", () => {
  test("a fresh store opens empty and is created", async () => {
    const node = await newNode();
    const { wal, recovered } = await openWal(node);
    expect(recovered.entries).toEqual([]);
    expect(recovered.snapshot).toBeNull();
    expect(recovered.hardState).toEqual({ term: 0, vote: 0, commit: 0 });
    expect(recovered.notes.map((n) => n.label)).toEqual(["store-empty"]);
    await wal.close();
  });

  test("hard state, entries and snapshot round-trip across a crash; one Ready is one synced batch", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const syncs = node.db.syncCount;
    await wal.save({ hardState: { term: 2, vote: 1, commit: 3 }, entries: entries(1, 5, 2) });
    expect(node.db.syncCount).toBe(syncs + 1);
    expect(node.db.writeCount).toBe(2);
    const data = bytes(1000, 7);
    await wal.save({
      snapshot: snapshot(4, 2, data),
      entries: entries(6, 7, 2),
      hardState: { term: 2, vote: 1, commit: 6 },
    });
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.hardState).toEqual({ term: 2, vote: 1, commit: 6 });
    expect(recovered.snapshot?.metadata.index).toBe(4);
    expect(recovered.snapshot?.metadata.confState.voters).toEqual([1, 2, 3]);
    expect(recovered.snapshot?.data).toEqual(data);
    expect(recovered.entries).toEqual(entries(5, 7, 2));
    expect(recovered.notes.map((n) => n.label)).toEqual(["entries-below-snapshot", "clean"]);
    await again.close();
  });

  test("a snapshot is stored in sealed chunks, none holding the plaintext", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const data = new TextEncoder().encode("secret-payload-".repeat(40));
    await wal.save({ snapshot: snapshot(1, 1, data), hardState: { term: 1, vote: 1, commit: 1 } });
    const values = [...node.db.durableEntries()];
    const chunks = values.filter(([k]) => k.includes("/c/"));
    expect(chunks.length).toBe(Math.ceil(data.length / 64));
    for (const [, v] of values) expect(Buffer.from(v).includes("secret-payload")).toBe(false);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.data).toEqual(data);
    await again.close();
  });

  test("an empty snapshot round-trips", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({
      snapshot: snapshot(3, 1, new Uint8Array(0)),
      hardState: { term: 1, vote: 1, commit: 3 },
    });
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.data.length).toBe(0);
    expect(recovered.snapshot?.metadata.index).toBe(3);
    await again.close();
  });

  test("entries overwriting a conflicting tail delete the rest of it", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    await wal.save({ entries: [entry(6, 2), entry(7, 2)], hardState: { term: 2, vote: 2, commit: 0 } });
    expect(wal.lastIndex).toBe(7);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual([...entries(1, 5, 1), entry(6, 2), entry(7, 2)]);
    await again.close();
  });

  test("compaction removes a prefix of whole run records and may not pass the snapshot", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    // Three saves, three run records: 1..3, 4..8, 9..10.
    await wal.save({ entries: entries(1, 3, 1) });
    await wal.save({ entries: entries(4, 8, 1) });
    await wal.save({ entries: entries(9, 10, 1) });
    await wal.save({ snapshot: snapshot(6, 1, bytes(10, 1)) });
    await expect(wal.compact(7)).rejects.toThrow(/past the snapshot/);
    await wal.compact(6);
    const entryKeys = () => [...node.db.durableEntries().keys()].filter((k) => k.startsWith("e/"));
    // Not synced by itself: the next synced save makes it durable.
    expect(entryKeys()).toHaveLength(3);
    await wal.save({ hardState: { term: 1, vote: 0, commit: 8 } });
    // 4..8 still holds 7 and 8, so it stays.
    expect(entryKeys()).toEqual(["e/0000000000000004", "e/0000000000000009"]);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(7, 10, 1));
    expect(recovered.notes.map((n) => n.label)).toEqual(["entries-below-snapshot", "clean"]);
    await again.save({ snapshot: snapshot(9, 1, bytes(10, 2)) });
    // 4..8 ends at 8; 9..10 still holds 10.
    await again.compact(9);
    await again.save({ hardState: { term: 1, vote: 0, commit: 9 } });
    expect(entryKeys()).toEqual(["e/0000000000000009"]);
    await again.close();
  });

  test("a newer snapshot replaces the older one in the same batch", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ snapshot: snapshot(2, 1, bytes(300, 1)) });
    await wal.save({ snapshot: snapshot(5, 1, bytes(100, 2)) });
    const headers = [...node.db.durableEntries().keys()].filter((k) => k.endsWith("/h"));
    expect(headers).toHaveLength(1);
    expect([...node.db.durableEntries().keys()].filter((k) => k.startsWith("s/")).length).toBe(1 + 2);
    await wal.close();
  });

  test("a failed write is IO_FAILED and stops the WAL; recovery keeps what was synced", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 2 } });
    node.db.failNextWrites(1);
    expect(await codeOf(() => wal.save({ entries: entries(4, 5, 1) }))).toBe("IO_FAILED");
    expect(wal.status).toBe("failed");
    expect(await codeOf(() => wal.save({ entries: entries(4, 5, 1) }))).toBe("NOT_OPEN");
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 3, 1));
    await again.close();
  });

  test("onWritten is told each written batch's bytes (sealed, so more than the data); a failed write tells nothing", async () => {
    const node = await newNode();
    const written: number[] = [];
    const { wal } = await openWal(node, { onWritten: (n) => written.push(n) });
    written.length = 0; // Opening wrote the store's metadata.
    const batch = entries(1, 5, 1);
    await wal.save({ entries: batch, hardState: { term: 1, vote: 1, commit: 2 } });
    expect(written).toHaveLength(1);
    expect(written[0]).toBeGreaterThan(batch.reduce((sum, e) => sum + e.data.length, 0));
    node.db.failNextWrites(1);
    expect(await codeOf(() => wal.save({ entries: entries(6, 7, 1) }))).toBe("IO_FAILED");
    expect(written).toHaveLength(1);
    await crash(node, wal);
    const { wal: again } = await openWal(node, { onWritten: (n) => written.push(n) });
    written.length = 0;
    await again.save({ snapshot: snapshot(5, 1, bytes(1000, 3)) });
    expect(written.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(1000);
    await again.close();
  });

  test("close is idempotent, wipes keys, and later use is NOT_OPEN", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await Promise.all([wal.close(), wal.close()]);
    await wal.close();
    expect(wal.status).toBe("closed");
    expect(await codeOf(() => wal.save({ entries: [entry(1, 1)] }))).toBe("NOT_OPEN");
    expect(() => wal.keyIds).toThrow();
  });

  test("appending with a gap is a bug (assertion), not a WalError", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 2, 1) });
    await expect(wal.save({ entries: [entry(4, 1)] })).rejects.toThrow(/gap/);
    await wal.close();
  });

  test("opening without a key file is KEY_FILE_MISSING", async () => {
    const node = await newNode();
    node.keyStore.bytes = null;
    expect(await codeOf(() => openWal(node))).toBe("KEY_FILE_MISSING");
  });

  test("a plaintext store (benchmark baseline) round-trips and refuses to open as encrypted", async () => {
    const node = await newNode();
    const { wal } = await openWal(node, { encrypted: false });
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    expect(Buffer.from(node.db.durableEntries().get("e/0000000000000001")!).includes("e2t1")).toBe(true);
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node, { encrypted: false });
    expect(recovered.entries).toEqual(entries(1, 3, 1));
    await again.close();
    expect(await codeOf(() => openWal(node))).toBe("CORRUPT_RECORD");
  });

  test("concurrent saves, snapshots and rotation requests serialise without error (SwarmKit §7.22)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await Promise.all([
      wal.save({ entries: entries(1, 4, 1) }),
      wal.save({ snapshot: snapshot(2, 1, bytes(200, 1)) }),
      wal.requestRotation(),
      wal.save({ entries: entries(5, 6, 1), hardState: { term: 1, vote: 1, commit: 6 } }),
      wal.save({ snapshot: snapshot(6, 1, bytes(200, 2)) }),
    ]);
    expect(wal.rotation()).toEqual({ state: "idle" });
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.metadata.index).toBe(6);
    expect(recovered.snapshot?.data).toEqual(bytes(200, 2));
    expect(recovered.hardState.commit).toBe(6);
    await again.close();
  });
});
