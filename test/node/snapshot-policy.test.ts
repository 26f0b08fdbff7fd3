import { describe, expect, test } from "vitest";
import { snapshotReason } from "../../src/node/snapshot-policy.js";

const idle = { state: "idle" } as const;
const base = { confChanged: false, applied: 50, snapshotIndex: 40, everyEntries: 100, rotation: idle };

describe("snapshotReason", () => {
  test("nothing due", () => {
    expect(snapshotReason(base)).toBeNull();
  });
  test("a conf change, only when something was applied since the last snapshot", () => {
    expect(snapshotReason({ ...base, confChanged: true })).toBe("conf-change");
    expect(snapshotReason({ ...base, confChanged: true, snapshotIndex: 50 })).toBeNull();
  });
  test("every N entries", () => {
    expect(snapshotReason({ ...base, applied: 140 })).toBe("interval");
    expect(snapshotReason({ ...base, applied: 139 })).toBeNull();
  });
  test("a pending rotation once everything under the old key is applied", () => {
    const pending = (snapshotIndexMin: number) =>
      ({ state: "pending", snapshotIndexMin, chained: false }) as const;
    expect(snapshotReason({ ...base, rotation: pending(51) })).toBeNull();
    expect(snapshotReason({ ...base, rotation: pending(50) })).toBe("dek-rotation");
    // The same index again: the snapshot is re-sealed under the new key.
    expect(snapshotReason({ ...base, snapshotIndex: 50, rotation: pending(50) })).toBe("dek-rotation");
  });
});
