import { describe, expect, test } from "vitest";
import { rotationSnapshotDelayMs, snapshotReason } from "../../src/node/snapshot-policy.js";

const idle = { state: "idle" } as const;
const base = {
  confChanged: false,
  applied: 50,
  snapshotIndex: 40,
  everyEntries: 100,
  appliedBytes: 0,
  snapshotBytes: 0,
  sizeFactor: 0,
  jitterPerMille: 0,
  rotation: idle,
};

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
  test("with a size factor, the entries' bytes must also reach factor times the last snapshot", () => {
    const sized = { ...base, applied: 140, snapshotBytes: 10_000, sizeFactor: 1 };
    expect(snapshotReason({ ...sized, appliedBytes: 9_999 })).toBeNull();
    expect(snapshotReason({ ...sized, appliedBytes: 10_000 })).toBe("interval");
    expect(snapshotReason({ ...sized, sizeFactor: 0.5, appliedBytes: 5_000 })).toBe("interval");
    expect(snapshotReason({ ...sized, sizeFactor: 2, appliedBytes: 19_999 })).toBeNull();
    // The count stays the least interval, however many bytes were applied.
    expect(snapshotReason({ ...sized, applied: 139, appliedBytes: 1e9 })).toBeNull();
    // Factor 0 is the count alone.
    expect(snapshotReason({ ...sized, sizeFactor: 0 })).toBe("interval");
  });
  test("the jitter raises both thresholds by its thousandths", () => {
    const jittered = { ...base, snapshotBytes: 10_000, sizeFactor: 1, jitterPerMille: 99 };
    // 100 entries + 9.9 (rounded down); 10,000 bytes + 990.
    expect(snapshotReason({ ...jittered, applied: 148, appliedBytes: 20_000 })).toBeNull();
    expect(snapshotReason({ ...jittered, applied: 149, appliedBytes: 10_989 })).toBeNull();
    expect(snapshotReason({ ...jittered, applied: 149, appliedBytes: 10_990 })).toBe("interval");
  });
  test("conf changes and rotations do not wait for the size", () => {
    const big = { ...base, snapshotBytes: 1e9, sizeFactor: 4 };
    expect(snapshotReason({ ...big, confChanged: true })).toBe("conf-change");
    const pending = { state: "pending", snapshotIndexMin: 50, chained: false } as const;
    expect(snapshotReason({ ...big, rotation: pending })).toBe("dek-rotation");
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

describe("rotationSnapshotDelayMs", () => {
  const conf = {
    voters: [30, 10, 20],
    learners: [5],
    votersOutgoing: [],
    learnersNext: [],
    autoLeave: false,
  };
  test("voters by id take turns a spacing apart, learners after them", () => {
    expect([10, 20, 30, 5].map((id) => rotationSnapshotDelayMs(conf, id, 500))).toEqual([0, 500, 1000, 1500]);
  });
  test("a node not in the configuration, or no spacing, does not wait", () => {
    expect(rotationSnapshotDelayMs(conf, 99, 500)).toBe(0);
    expect(rotationSnapshotDelayMs(conf, 30, 0)).toBe(0);
  });
});
