import { describe, expect, test } from "vitest";
import { SecretKey } from "../../src/crypto/keys.js";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import { inspectWal } from "../../src/wal/inspect.js";
import { keel } from "../../src/gen/disk.js";
import { MemoryMarkStore } from "../../src/wal/durable-mark.js";
import type { WalError } from "../../src/wal/errors.js";
import type { Node } from "./helpers.js";
import { bytes, codeOf, crash, entries, entry, newNode, openWal } from "./helpers.js";

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

  test("reports what `keel run` would find, by the same checks: a hole, a lost tail, damage", async () => {
    /** Entries 1..5 of term 1, one save (run record) each, with a hard state; closed cleanly. */
    async function store(mark: MemoryMarkStore): Promise<Node> {
      const node = await newNode(7);
      const { wal } = await openWal(node, { mark });
      for (let i = 1; i <= 5; i++) {
        await wal.save({ entries: [entry(i, 1)], hardState: { term: 1, vote: 1, commit: i - 1 } });
      }
      await wal.close();
      return node;
    }
    const damages: Record<string, (node: Node) => Promise<void>> = {
      // LevelDB skipped a damaged block: every record left is ok, yet entry 3 is gone.
      hole: async (node) => node.db.replace("e/0000000000000003", undefined),
      "lost tail": async (node) => {
        node.db = await node.db.crash(0, { loseSynced: 2 });
      },
      "flipped entry": async (node) => void (await node.db.flipByte("e/0000000000000004", 30)),
      // A bit in the hard state's store id: damage (CORRUPT_RECORD), never FOREIGN_RECORD.
      "flipped hard state id": async (node) => {
        const envelope = keel.disk.Envelope.decode(node.db.durableEntries().get("h")!);
        envelope.place!.context![5]! ^= 0x04;
        await node.db.replace("h", keel.disk.Envelope.encode(envelope).finish());
      },
      "no hard state": async (node) => node.db.replace("h", undefined),
    };
    const found: Record<string, unknown> = {};
    for (const [name, damage] of Object.entries(damages)) {
      const mark = new MemoryMarkStore();
      const node = await store(mark);
      await damage(node);
      const report = await inspectWal({ db: node.db, keyStore: node.keyStore, kek: node.kek, mark });
      const recovery = report.recovery!;
      // Wal.open on the same disk finds the same: the same loss, or the same error.
      let opened: unknown;
      try {
        const { wal, recovered } = await openWal(node, { mark });
        opened = { ok: true, lost: recovered.lost };
        await wal.close();
      } catch (error) {
        opened = { ok: false, code: (error as WalError).code };
      }
      expect(recovery.ok ? { ok: true, lost: recovery.lost } : { ok: false, code: recovery.code }).toEqual(
        opened,
      );
      found[name] = recovery.ok ? recovery.lost : recovery.code;
      if (name === "hole") expect(report.records.every((r) => r.status === "ok")).toBe(true);
    }
    expect(found).toEqual({
      hole: { cause: "entry-gap", lastIndex: 2, recoverTo: 5 },
      "lost tail": { cause: "log-behind-mark", lastIndex: 3, recoverTo: 5 },
      "flipped entry": { cause: "entry-damaged", lastIndex: 3, recoverTo: 5 },
      "flipped hard state id": "CORRUPT_RECORD",
      "no hard state": "MISSING_RECORD",
    });
  });
});
