// The sealer reuses WASM memory that grows with the largest record: records of very
// different sizes, in any order, must each come back authentic and exact.
import { describe, expect, test } from "vitest";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import { bytes, crash, entries, entry, newNode, openWal } from "./helpers.js";

describe("wal: records of mixed sizes", () => {
  test("a large snapshot chunk between small entries round-trips, all authentic", async () => {
    const node = await newNode();
    const { wal } = await openWal(node, { snapshotChunkBytes: 1 << 20 });
    await wal.save({ entries: entries(1, 3, 1) });
    const data = bytes((1 << 20) + 1000, 5);
    await wal.save({ snapshot: { data, metadata: { index: 3, term: 1, confState: EMPTY_CONF_STATE } } });
    const big = { ...entry(4, 1), data: bytes(200_000, 6) };
    await wal.save({ entries: [big, entry(5, 1)], hardState: { term: 1, vote: 1, commit: 5 } });
    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node, { snapshotChunkBytes: 1 << 20 });
    expect(recovered.snapshot?.data).toEqual(data);
    expect(recovered.entries).toEqual([big, entry(5, 1)]);
    await again.close();
  });
});
