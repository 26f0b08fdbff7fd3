// The listing of a DEK rotation's old-key records, read beside the WAL's queue.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClassicLevel } from "classic-level";
import { MemoryLevel } from "memory-level";
import { describe, expect, test } from "vitest";
import { OldKeyRecords } from "../../src/wal/old-key-records.js";

/** An async iterable of `keys` that yields the next one only when `release` is called. */
function gatedKeys(keys: readonly string[]): { iterable: AsyncIterable<string>; release: () => void } {
  const waiting: (() => void)[] = [];
  let released = 0;
  const iterable = {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < keys.length; i++) {
        if (released <= i) await new Promise<void>((resolve) => waiting.push(resolve));
        yield keys[i]!;
      }
    },
  };
  return {
    iterable,
    release: () => {
      released++;
      waiting.shift()?.();
    },
  };
}

describe("OldKeyRecords", () => {
  test("a key written over while the listing is read stays out of it, even when read after", async () => {
    const gate = gatedKeys(["e/1", "e/2", "e/3"]);
    const records = new OldKeyRecords(gate.iterable, () => true);
    gate.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.forget("e/1"); // already listed
    records.forget("e/3"); // not read yet
    gate.release();
    gate.release();
    expect([...(await records.all())]).toEqual(["e/2"]);
  });

  test("a key written over after the listing is read leaves it; unaccepted keys are never listed", async () => {
    const records = new OldKeyRecords(keysOf(["meta", "e/1", "e/2"]), (key) => key !== "meta");
    await records.all();
    records.forget("e/2");
    expect([...(await records.all())]).toEqual(["e/1"]);
  });

  test("a failed read rejects all() and settles quietly", async () => {
    const failing = {
      // eslint-disable-next-line require-yield -- it fails before its first key
      async *[Symbol.asyncIterator](): AsyncGenerator<string> {
        throw new Error("read failed");
      },
    };
    const records = new OldKeyRecords(failing, () => true);
    await expect(records.settled()).resolves.toBeUndefined();
    await expect(records.all()).rejects.toThrow("read failed");
  });

  // What the WAL relies on to read the listing beside its queue: an iterator reads the database
  // as of its creation, so records written after it (under the new DEK) are not listed.
  test.each([
    [
      "memory-level",
      () => ({ db: new MemoryLevel<string, Uint8Array>({ valueEncoding: "view" }), dir: null }),
    ],
    [
      "classic-level",
      () => {
        const dir = mkdtempSync(join(tmpdir(), "keel-old-keys-"));
        return { db: new ClassicLevel<string, Uint8Array>(join(dir, "db"), { valueEncoding: "view" }), dir };
      },
    ],
  ])("%s: writes after the iterator is made are not listed", async (_name, make) => {
    const { db, dir } = make();
    try {
      await db.open();
      await db.batch([
        { type: "put", key: "e/1", value: new Uint8Array([1]) },
        { type: "put", key: "e/5", value: new Uint8Array([1]) },
      ]);
      const records = new OldKeyRecords(db.keys(), () => true);
      await db.batch([
        { type: "put", key: "e/3", value: new Uint8Array([2]) },
        { type: "put", key: "e/9", value: new Uint8Array([2]) },
      ]);
      expect([...(await records.all())].sort()).toEqual(["e/1", "e/5"]);
    } finally {
      await db.close();
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    }
  });
});

function keysOf(keys: readonly string[]): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* keys;
    },
  };
}
