import { describe, expect, test } from "vitest";
import { SecretKey } from "../../src/crypto/keys.js";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import { inspectWal } from "../../src/wal/inspect.js";
import { bytes, codeOf, crash, entries, newNode, openWal } from "./helpers.js";

describe("offline inspection", () => {
  test("lists places and key ids without keys, payloads with them, and never writes", async () => {
    const node = await newNode(1, true);
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 2), hardState: { term: 2, vote: 1, commit: 2 } });
    await wal.save({
      snapshot: { data: bytes(100, 1), metadata: { index: 2, term: 2, confState: EMPTY_CONF_STATE } },
    });
    const dek = wal.keyIds.current;
    await crash(node, wal);
    const before = node.db.durableEntries();
    const writes = node.keyStore.writeCount;

    const sealed = await inspectWal({ db: node.db });
    expect(sealed.keyFile).toBeNull();
    // The save's three entries are one run record, at its first index; chunk is its length.
    const run = sealed.records.find((r) => r.key === "e/0000000000000001")!;
    expect(run).toMatchObject({ kind: "entry", index: 1, term: 2, chunk: 3, keyId: dek, status: "sealed" });
    expect(sealed.records.every((r) => r.payload === undefined)).toBe(true);

    const open = await inspectWal({ db: node.db, keyStore: node.keyStore, kek: node.kek, payloads: true });
    expect(open.keyFile).toMatchObject({ locked: true, kekVersion: 1 });
    expect(open.records.every((r) => r.status === "ok")).toBe(true);
    const payload = open.records.find((r) => r.key === "e/0000000000000001")?.payload as unknown[];
    expect(payload).toHaveLength(3);
    expect(payload[2]).toEqual({ index: 3, term: 2, type: 0, data: Buffer.from("e3t2").toString("base64") });
    expect(open.records.find((r) => r.kind === "hard-state")?.payload).toEqual({
      term: 2,
      vote: 1,
      commit: 2,
    });
    expect(open.records.filter((r) => r.kind === "snapshot-chunk")).toHaveLength(2);

    await node.db.flipByte("e/0000000000000001", 40);
    const tampered = await inspectWal({ db: node.db, keyStore: node.keyStore, kek: node.kek });
    expect(tampered.records.find((r) => r.key === "e/0000000000000001")?.status).not.toBe("ok");

    expect(
      await codeOf(() =>
        inspectWal({ db: node.db, keyStore: node.keyStore, kek: SecretKey.generate(node.entropy) }),
      ),
    ).toBe("WRONG_UNLOCK_KEY");
    expect(node.keyStore.writeCount).toBe(writes);
    const after = node.db.durableEntries();
    after.delete("e/0000000000000001");
    before.delete("e/0000000000000001");
    expect(after).toEqual(before);
  });
});
