// The simulated disk's faults behave as a LevelDB log would: a crash loses unsynced batches
// (keeping an ordered prefix), and a torn log loses the last synced batches too.
import { describe, expect, test } from "vitest";
import { FaultLevel, losableSyncedBatchesMax } from "../../src/wal/fault-level.js";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (v: Uint8Array | undefined): string | undefined =>
  v === undefined ? undefined : new TextDecoder().decode(v);

async function contents(db: FaultLevel): Promise<Record<string, string | undefined>> {
  const out: Record<string, string | undefined> = {};
  for await (const [k, v] of db.iterator()) out[k] = text(v);
  return out;
}

describe("FaultLevel", () => {
  test("a crash losing synced batches puts back what they overwrote and deleted", async () => {
    const db = await FaultLevel.create();
    await db.batch([{ type: "put", key: "a", value: bytes("1") }], { sync: true } as object);
    await db.batch(
      [
        { type: "put", key: "a", value: bytes("2") },
        { type: "put", key: "b", value: bytes("x") },
      ],
      { sync: true } as object,
    );
    await db.batch(
      [
        { type: "del", key: "a" },
        { type: "put", key: "c", value: bytes("y") },
      ],
      { sync: true } as object,
    );
    await db.batch([{ type: "put", key: "d", value: bytes("unsynced") }]);
    expect(db.losableSyncedBatches).toBe(3);
    const after = await db.crash(0, { loseSynced: 2 });
    expect(await contents(after)).toEqual({ a: "1" });
    await after.close();
  });

  test("losing no synced batch keeps the unsynced prefix asked for", async () => {
    const db = await FaultLevel.create();
    await db.batch([{ type: "put", key: "a", value: bytes("1") }], { sync: true } as object);
    await db.batch([{ type: "put", key: "b", value: bytes("2") }]);
    await db.batch([{ type: "put", key: "c", value: bytes("3") }]);
    const after = await db.crash(1);
    expect(await contents(after)).toEqual({ a: "1", b: "2" });
    await after.close();
  });

  test("at most losableSyncedBatchesMax synced batches can be lost", async () => {
    const db = await FaultLevel.create();
    for (let i = 0; i < losableSyncedBatchesMax + 5; i++) {
      await db.batch([{ type: "put", key: `k${i}`, value: bytes(String(i)) }], { sync: true } as object);
    }
    expect(db.losableSyncedBatches).toBe(losableSyncedBatchesMax);
    const after = await db.crash(0, { loseSynced: 1000 });
    expect(Object.keys(await contents(after))).toHaveLength(5);
    await after.close();
  });

  test("an injected full disk fails the write with ENOSPC and changes nothing", async () => {
    const db = await FaultLevel.create();
    db.failNextWrites(1, 0, "ENOSPC");
    await expect(db.put("a", bytes("1"))).rejects.toMatchObject({ errno: "ENOSPC" });
    expect(await contents(db)).toEqual({});
    await db.close();
  });
});
