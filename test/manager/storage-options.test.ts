// The WAL's database turns LevelDB's Snappy compression off (its values are ciphertext). Data
// dirs written before, with compression on, must read the same under the new options, and
// mixed tables (old compressed, new not) must compact together.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClassicLevel } from "classic-level";
import { afterAll, expect, test } from "vitest";
import { walDbOptions } from "../../src/manager/storage.js";

const root = mkdtempSync(join(tmpdir(), "keel-storage-options-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Compressible values, so that Snappy really compresses the old tables' blocks. */
function value(i: number): Uint8Array {
  return new TextEncoder().encode(`value ${i} `.repeat(40));
}

const key = (i: number): string => `k${String(i).padStart(6, "0")}`;

test("a database written with compression on reads and compacts the same with walDbOptions", async () => {
  const path = join(root, "db");
  const old = new ClassicLevel<string, Uint8Array>(path, { valueEncoding: "view" });
  await old.batch(
    Array.from({ length: 5000 }, (_, i) => ({ type: "put" as const, key: key(i), value: value(i) })),
  );
  // Flushes the memtable into compressed tables.
  await old.compactRange(key(0), key(99_999));
  await old.close();

  const db = new ClassicLevel<string, Uint8Array>(path, walDbOptions);
  await db.batch(
    Array.from({ length: 5000 }, (_, i) => ({
      type: "put" as const,
      key: key(5000 + i),
      value: value(5000 + i),
    })),
  );
  for (let i = 0; i < 5000; i += 2) await db.del(key(i));
  await db.compactRange(key(0), key(99_999));
  await db.close();

  const reopened = new ClassicLevel<string, Uint8Array>(path, walDbOptions);
  let count = 0;
  for await (const [k, v] of reopened.iterator()) {
    const i = Number(k.slice(1));
    expect(i >= 5000 || i % 2 === 1).toBe(true);
    expect(Buffer.from(v).equals(Buffer.from(value(i)))).toBe(true);
    count++;
  }
  await reopened.close();
  expect(count).toBe(7500);
});
