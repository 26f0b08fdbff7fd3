// The durable mark (src/wal/durable-mark.ts): what it detects after a crash and after a clean
// close, what it cannot (the lazy window), what it costs per save, its format, its file side.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { FileMarkStore, MemoryMarkStore, decodeMark, encodeMark } from "../../src/wal/durable-mark.js";
import type { Node } from "./helpers.js";
import { entry, newNode, openWal } from "./helpers.js";

/** Saves entries from..to of term 1 one per save (one synced batch each), with a hard state. */
async function saveEach(
  wal: Awaited<ReturnType<typeof openWal>>["wal"],
  from: number,
  to: number,
): Promise<void> {
  for (let i = from; i <= to; i++) {
    await wal.save({ entries: [entry(i, 1)], hardState: { term: 1, vote: 1, commit: i - 1 } });
  }
}

/** Lets every pending promise settle (the lazy mark writes run off the save path). */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A power cut that also loses the last `batches` synced batches; the WAL's close writes nothing. */
async function crashLosing(node: Node, mark: MemoryMarkStore, batches: number): Promise<MemoryMarkStore> {
  const after = mark.crash();
  node.db = await node.db.crash(0, { loseSynced: batches });
  return after;
}

describe("the durable mark", () => {
  test("after a crash, finds a loss behind its last lazy refresh, and not one inside the window", async () => {
    const node = await newNode(3);
    let mark = new MemoryMarkStore();
    const { wal } = await openWal(node, { mark, markEveryEntries: 4 });
    await saveEach(wal, 1, 10);
    await flush(); // let the last lazy refresh land
    // Refreshed at 1 (the first), 5 and 9: 9 is the newest witness.
    expect(decodeMark(mark.bytes!)).toMatchObject({ lastIndex: 9, lastTerm: 1, term: 1, vote: 1 });
    mark = await crashLosing(node, mark, 3); // entries 8..10 gone
    await wal.close();
    const { wal: again, recovered } = await openWal(node, { mark });
    expect(recovered.lost).toEqual({ cause: "log-behind-mark", lastIndex: 7, recoverTo: 9 });
    await again.close();

    // Losing only entry 10 (written after the mark at 9) is inside the lazy window: not found.
    const second = await newNode(4);
    let m2 = new MemoryMarkStore();
    const { wal: w2 } = await openWal(second, { mark: m2, markEveryEntries: 4 });
    await saveEach(w2, 1, 10);
    await flush();
    m2 = await crashLosing(second, m2, 1);
    await w2.close();
    const { wal: w3, recovered: r3 } = await openWal(second, { mark: m2 });
    expect(r3.entries.at(-1)?.index).toBe(9);
    expect(r3.lost).toBeNull();
    await w3.close();
  });

  test("costs one small write per markEveryEntries entries, not one per save", async () => {
    const node = await newNode(5);
    const mark = new MemoryMarkStore();
    const { wal } = await openWal(node, { mark });
    await saveEach(wal, 1, 300);
    await flush();
    expect(mark.writeCount).toBe(1); // the first save; the next is due at 1025
    await wal.close();
    expect(mark.writeCount).toBe(2); // the clean close
    expect(decodeMark(mark.bytes!)).toMatchObject({ lastIndex: 300 });
  });

  test("round-trips, and a damaged mark decodes to null", () => {
    const mark = { storeId: new Uint8Array([1, 2, 3]), lastIndex: 9, lastTerm: 2, term: 3, vote: 7 };
    const bytes = encodeMark(mark);
    expect(decodeMark(bytes)).toEqual(mark);
    for (let i = 0; i < bytes.length; i++) {
      const flipped = Uint8Array.from(bytes);
      flipped[i]! ^= 0x02;
      expect(decodeMark(flipped)).toBeNull();
    }
    expect(decodeMark(bytes.subarray(0, bytes.length - 1))).toBeNull();
  });

  test("the file side replaces the mark atomically in the data dir", async () => {
    const dir = await mkdtemp(join(tmpdir(), "keel-mark-"));
    try {
      const store = new FileMarkStore(join(dir, "wal-mark"));
      expect(await store.read()).toBeNull();
      const first = encodeMark({ storeId: new Uint8Array([9]), lastIndex: 1, lastTerm: 1, term: 1, vote: 0 });
      const second = encodeMark({
        storeId: new Uint8Array([9]),
        lastIndex: 2,
        lastTerm: 1,
        term: 1,
        vote: 0,
      });
      await store.write(first);
      await store.write(second);
      expect(new Uint8Array(await readFile(join(dir, "wal-mark")))).toEqual(second);
      expect(await store.read()).toEqual(second);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
