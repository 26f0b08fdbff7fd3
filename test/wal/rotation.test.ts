// DEK rotation and KEK changes (issue 3; SwarmKit §2.5, §3.4 and §7 scenarios 21, 24, 29, 35–38, 55–57).
import { describe, expect, test } from "vitest";
import { NoncePool } from "../../src/crypto/entropy.js";
import { parseEnvelope } from "../../src/crypto/envelope.js";
import { inspectKeyFile } from "../../src/crypto/key-file.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import type { Snapshot } from "../../src/raft/types.js";
import { readKeys, writeKeys } from "../../src/wal/keys.js";
import type { Wal } from "../../src/wal/wal.js";
import type { Node } from "./helpers.js";
import { afterCrash, bytes, codeOf, crash, entries, newNode, openWal } from "./helpers.js";

function snapshot(index: number, term: number, data: Uint8Array): Snapshot {
  return { data, metadata: { index, term, confState: EMPTY_CONF_STATE } };
}

function keyIdsOnDisk(node: Node): Set<string> {
  return new Set([...node.db.durableEntries()].map(([k, v]) => parseEnvelope(v, k).keyId));
}

/**
 * Holds the node's next key-file write (a rotation's promotion, in these tests) until released:
 * `began()` resolves once it has been called; released with `fail`, it fails without writing.
 */
function holdNextKeyWrite(node: Node): {
  began: () => Promise<void>;
  release: (fail?: boolean) => void;
} {
  const write = node.keyStore.write.bind(node.keyStore);
  let release: (fail: boolean) => void = () => undefined;
  const held = new Promise<boolean>((resolve) => (release = resolve));
  let began = false;
  Object.assign(node.keyStore, {
    write: async (bytes: Uint8Array) => {
      Object.assign(node.keyStore, { write });
      began = true;
      if (await held) throw new Error("the process is gone");
      await write(bytes);
    },
  });
  return {
    began: async () => {
      while (!began) await new Promise((resolve) => setTimeout(resolve, 1));
    },
    release: (fail = false) => release(fail),
  };
}

describe("DEK rotation", () => {
  test("the pending DEK is durable before the first record under it, then a snapshot completes it", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 8 } });
    await wal.save({ snapshot: snapshot(4, 1, bytes(200, 1)) });
    const old = wal.keyIds.current;
    await wal.requestRotation();
    const pending = wal.keyIds.pending!;
    expect((await readKeys(node.keyStore, node.kek)).pendingDek?.id).toBe(pending);
    expect(wal.rotation()).toEqual({ state: "pending", snapshotIndexMin: 10, chained: false });

    await wal.save({ entries: entries(11, 12, 1), hardState: { term: 1, vote: 1, commit: 12 } });
    const e11 = node.db.durableEntries().get("e/000000000000000b")!;
    expect(parseEnvelope(e11, "e11").keyId).toBe(pending);
    // A snapshot below the last index written under the old key does not complete it.
    await wal.save({ snapshot: snapshot(9, 1, bytes(200, 2)) });
    expect(wal.keyIds.pending).toBe(pending);
    await wal.save({ snapshot: snapshot(10, 1, bytes(200, 3)) });
    expect(wal.keyIds).toEqual({ current: pending, pending: null });
    expect(wal.rotation()).toEqual({ state: "idle" });
    // Nothing under the old key remains, and the key file no longer holds it.
    expect(keyIdsOnDisk(node)).toEqual(new Set([pending]));
    await wal.settled();
    const keys = await readKeys(node.keyStore, node.kek);
    expect([keys.currentDek.id, keys.pendingDek]).toEqual([pending, null]);
    expect(keys.needsCompaction).toBe(false);
    expect(old).not.toBe(pending);

    await crash(node, wal);
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(11, 12, 1));
    expect(recovered.hardState.commit).toBe(12);
    await again.close();
  });

  test("restart mid-rotation with a key file missing the pending DEK is WRONG_KEY naming the index (§7.35)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 0 } });
    const before = await node.keyStore.read();
    await wal.requestRotation();
    await wal.save({ entries: entries(4, 5, 1) });
    await crash(node, wal);
    const withBoth = node.keyStore.bytes;
    node.keyStore.bytes = before;
    expect(await codeOf(() => openWal(node))).toBe("WRONG_KEY");
    node.keyStore.bytes = withBoth;
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.entries).toEqual(entries(1, 5, 1));
    expect(recovered.notes.map((n) => n.label)).toEqual(["rotation-in-progress"]);
    await again.save({ snapshot: snapshot(5, 1, bytes(50, 1)) });
    expect(again.rotation()).toEqual({ state: "idle" });
    await again.close();
  });

  test("repeated requests coalesce into one chained rotation (§2.5 step 5)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1) });
    await wal.requestRotation();
    const first = wal.keyIds.pending;
    await wal.requestRotation();
    await wal.requestRotation();
    expect(wal.keyIds.pending).toBe(first);
    expect(wal.rotation()).toMatchObject({ state: "pending", chained: true });
    await wal.save({ snapshot: snapshot(3, 1, bytes(10, 1)) });
    // The first finished and, once its compaction beside the queue is done, the chained one
    // began: a new pending DEK, flag cleared.
    await wal.settled();
    expect(wal.keyIds.current).toBe(first);
    expect(wal.keyIds.pending).not.toBeNull();
    expect(wal.rotation()).toEqual({ state: "pending", snapshotIndexMin: 3, chained: false });
    await wal.save({ snapshot: snapshot(3, 1, bytes(10, 2)) });
    expect(wal.rotation()).toEqual({ state: "idle" });
    await wal.close();
  });

  test("a failed promotion is retried by the next save without a new snapshot (§7.37)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1) });
    await wal.requestRotation();
    const pending = wal.keyIds.pending;
    node.keyStore.failWrites = 1;
    expect(await codeOf(() => wal.save({ snapshot: snapshot(3, 1, bytes(10, 1)) }))).toBe("IO_FAILED");
    expect(wal.status).toBe("open");
    expect(wal.keyIds.pending).toBe(pending);
    await wal.save({ entries: entries(4, 4, 1) });
    expect(wal.keyIds).toEqual({ current: pending, pending: null });
    expect(keyIdsOnDisk(node)).toEqual(new Set([pending]));
    await wal.close();
  });

  test("a rotation on an empty store finishes at once", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    const old = wal.keyIds.current;
    await wal.requestRotation();
    expect(wal.keyIds.pending).toBeNull();
    expect(wal.keyIds.current).not.toBe(old);
    expect(keyIdsOnDisk(node)).toEqual(new Set([wal.keyIds.current]));
    await wal.close();
  });

  test("a rotation requested in the key file starts on opening an empty store too", async () => {
    const node = await newNode();
    const keys = await readKeys(node.keyStore, node.kek);
    const old = keys.currentDek.id;
    await writeKeys(node.keyStore, { ...keys, needsRotation: true }, node.kek, new NoncePool(node.entropy));
    const { wal, recovered } = await openWal(node);
    expect(recovered.notes.map((n) => n.label)).toEqual(["store-empty", "rotation-requested"]);
    expect(wal.keyIds.pending).toBeNull();
    expect(wal.keyIds.current).not.toBe(old);
    await wal.close();
  });

  test.each([
    ["a save of a leader's snapshot", (wal: Wal, s: Snapshot) => wal.save({ snapshot: s })],
    ["a save of its own snapshot", (wal: Wal, s: Snapshot) => wal.saveSnapshot(s)],
  ])(
    "a rotation finished by %s compacts beside the queue: entry saves land meanwhile",
    async (_, saveSnapshot) => {
      const node = await newNode();
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let compactions = 0;
      Object.assign(node.db, {
        compactRange: async () => {
          compactions++;
          await held;
        },
      });
      const { wal } = await openWal(node);
      await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
      await wal.requestRotation();
      const pending = wal.keyIds.pending!;
      await saveSnapshot(wal, snapshot(5, 1, bytes(200, 1)));
      expect(wal.keyIds).toEqual({ current: pending, pending: null });
      expect(compactions).toBe(1);
      // The compaction is held: a save that waited for it would never land.
      const save = wal.save({ entries: entries(6, 7, 1), hardState: { term: 1, vote: 1, commit: 7 } });
      const first = await Promise.race([
        save.then(() => "saved"),
        new Promise((resolve) => setTimeout(() => resolve("still waiting"), 500)),
      ]);
      expect(first).toBe("saved");
      expect((await readKeys(node.keyStore, node.kek)).needsCompaction).toBe(true);
      release();
      await wal.settled();
      expect((await readKeys(node.keyStore, node.kek)).needsCompaction).toBe(false);
      expect(keyIdsOnDisk(node)).toEqual(new Set([pending]));
      await wal.close();
    },
  );

  test("a rotation finishes beside the queue: entry saves land while its key-file promotion is held, and a crash then finishes it at open", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await wal.requestRotation();
    const old = wal.keyIds.current;
    const pending = wal.keyIds.pending!;
    const promotion = holdNextKeyWrite(node);
    const finished = wal.saveSnapshot(snapshot(5, 1, bytes(200, 1)));
    await promotion.began();
    // The promotion is held: a save that waited for it would never land.
    const save = wal.save({ entries: entries(6, 7, 1), hardState: { term: 1, vote: 1, commit: 7 } });
    const first = await Promise.race([
      save.then(() => "saved"),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 500)),
    ]);
    expect(first).toBe("saved");
    expect(wal.keyIds).toEqual({ current: old, pending });
    // The old key's records are gone already; what was written meanwhile is under the pending DEK.
    expect(keyIdsOnDisk(node)).toEqual(new Set([pending]));

    // A crash now, before the promotion: the next open finishes the rotation.
    node.db = await node.db.crash(0);
    promotion.release(true);
    await finished.catch(() => undefined);
    await wal.close();
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.notes.map((n) => n.label)).toContain("rotation-complete");
    expect(recovered.entries).toEqual(entries(6, 7, 1));
    expect(again.keyIds).toEqual({ current: pending, pending: null });
    await again.close();
  });

  test("a KEK change made while a finishing rotation promotes its DEK keeps both in the key file", async () => {
    const node = await newNode(1, true);
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await wal.requestRotation();
    const pending = wal.keyIds.pending!;
    const promotion = holdNextKeyWrite(node);
    const finished = wal.saveSnapshot(snapshot(5, 1, bytes(200, 1)));
    await promotion.began();
    const other = SecretKey.generate(node.entropy);
    const changed = wal.changeKek(other, 2);
    promotion.release();
    expect(await changed).toBe("changed");
    await finished;
    const keys = await readKeys(node.keyStore, other);
    expect([keys.currentDek.id, keys.pendingDek, keys.kekVersion]).toEqual([pending, null, 2]);
    await wal.close();
  });

  test("a compaction that fails beside the queue fails no save; the next open compacts", async () => {
    const node = await newNode();
    Object.assign(node.db, { compactRange: () => Promise.reject(new Error("no space left on device")) });
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await wal.requestRotation();
    await wal.requestRotation(); // a chained one: it still starts
    await wal.save({ snapshot: snapshot(5, 1, bytes(200, 1)) });
    expect(await codeOf(() => wal.settled())).toBe("IO_FAILED");
    expect(wal.status).toBe("open");
    expect(wal.rotation()).toMatchObject({ state: "pending" });
    await wal.save({ entries: entries(6, 6, 1), hardState: { term: 1, vote: 1, commit: 6 } });
    expect((await readKeys(node.keyStore, node.kek)).needsCompaction).toBe(true);
    await crash(node, wal);
    Object.assign(node.db, { compactRange: () => Promise.resolve() });
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.notes.map((n) => n.label)).toContain("compaction-pending");
    expect((await readKeys(node.keyStore, node.kek)).needsCompaction).toBe(false);
    expect(recovered.entries).toEqual(entries(6, 6, 1));
    expect(recovered.snapshot?.metadata.index).toBe(5);
    await again.close();
  });

  test("a record written over under the pending DEK, at the same key, outlives the rotation's cleanup", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 5, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await wal.save({ entries: entries(6, 10, 1) });
    await wal.requestRotation();
    // A new leader replaces the uncommitted tail from 6: the run record e/6 is written again.
    await wal.save({ entries: entries(6, 7, 2), hardState: { term: 2, vote: 2, commit: 5 } });
    const e6 = node.db.durableEntries().get("e/0000000000000006")!;
    expect(parseEnvelope(e6, "e6").keyId).toBe(wal.keyIds.pending);
    await wal.save({ snapshot: snapshot(5, 1, bytes(10, 1)) });
    expect(wal.rotation()).toEqual({ state: "idle" });
    expect((await afterCrash(node, wal)).entries).toEqual(entries(6, 7, 2));
  });

  test("a tail overwritten under the pending DEK lowers the snapshot needed", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 10, 1), hardState: { term: 1, vote: 1, commit: 5 } });
    await wal.requestRotation();
    await wal.save({ entries: entries(6, 7, 2), hardState: { term: 2, vote: 2, commit: 5 } });
    expect(wal.rotation()).toMatchObject({ snapshotIndexMin: 5 });
    await wal.save({ snapshot: snapshot(5, 1, bytes(10, 1)) });
    expect(wal.rotation()).toEqual({ state: "idle" });
    expect((await afterCrash(node, wal)).entries).toEqual(entries(6, 7, 2));
  });
});

describe("KEK changes", () => {
  test("locking re-seals the key file and starts a DEK rotation (§7.56)", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 3 } });
    const kek = SecretKey.generate(node.entropy);
    expect(await wal.changeKek(kek, 2)).toBe("changed");
    expect(inspectKeyFile(node.keyStore.bytes!)).toEqual({ locked: true, kekVersion: 2, kekId: kek.id });
    expect(wal.rotation()).toMatchObject({ state: "pending", snapshotIndexMin: 3 });
    await wal.save({ snapshot: snapshot(3, 1, bytes(10, 1)) });
    expect(wal.rotation()).toEqual({ state: "idle" });
    await crash(node, wal);

    // A wrong unlock key changes nothing on disk.
    const fileBefore = Uint8Array.from(node.keyStore.bytes!);
    const dbBefore = node.db.durableEntries();
    expect(await codeOf(() => openWal({ ...node, kek: SecretKey.generate(node.entropy) }))).toBe(
      "WRONG_UNLOCK_KEY",
    );
    expect(await codeOf(() => openWal({ ...node, kek: null }))).toBe("LOCKED");
    expect(node.keyStore.bytes).toEqual(fileBefore);
    expect(node.db.durableEntries()).toEqual(dbBefore);

    node.kek = kek;
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.snapshot?.metadata.index).toBe(3);
    await again.close();
  });

  test("the rotation flag survives a crash right after locking", async () => {
    const node = await newNode();
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1), hardState: { term: 1, vote: 1, commit: 3 } });
    const kek = SecretKey.generate(node.entropy);
    // The re-sealed file (with the flag) lands; writing the pending DEK fails.
    const write = node.keyStore.write.bind(node.keyStore);
    let writes = 0;
    node.keyStore.write = async (b) => {
      if (++writes === 2) throw new Error("crash");
      await write(b);
    };
    expect(await codeOf(() => wal.changeKek(kek, 2))).toBe("IO_FAILED");
    await crash(node, wal);
    node.kek = kek;
    node.keyStore.write = write;
    const { wal: again, recovered } = await openWal(node);
    expect(recovered.notes.map((n) => n.label)).toEqual(["rotation-requested"]);
    expect(again.keyIds.pending).not.toBeNull();
    await again.close();
  });

  test("unlocking and re-keying the KEK re-seal only the key file (§7.57, §3.4)", async () => {
    const node = await newNode(1, true);
    const { wal } = await openWal(node);
    await wal.save({ entries: entries(1, 3, 1) });
    const dek = wal.keyIds.current;
    const other = SecretKey.generate(node.entropy);
    expect(await wal.changeKek(other, 2)).toBe("changed");
    expect(wal.rotation()).toEqual({ state: "idle" });
    expect(inspectKeyFile(node.keyStore.bytes!).kekId).toBe(other.id);
    expect(await wal.changeKek(null, 3)).toBe("changed");
    expect(inspectKeyFile(node.keyStore.bytes!)).toEqual({ locked: false, kekVersion: 3, kekId: null });
    expect(wal.keyIds).toEqual({ current: dek, pending: null });
    await wal.close();
  });

  test("a KEK offered for an unlocked key file is ignored: the file stays unlocked at its next write", async () => {
    const node = await newNode(1, false);
    const stray = SecretKey.generate(node.entropy);
    const { wal } = await openWal({ ...node, kek: stray });
    const dek = wal.keyIds.current;
    expect(wal.kek.locked).toBe(false);
    await wal.replaceTlsKey(new TextEncoder().encode("renewed"));
    // Kept, the stray KEK would have sealed the file here, with the DEK (on disk in the clear
    // until now) not rotated, as locking through changeKek would.
    expect(inspectKeyFile(node.keyStore.bytes!).locked).toBe(false);
    expect(wal.keyIds).toEqual({ current: dek, pending: null });
    // Locking for real rotates the DEK (at once: the store is empty).
    expect(await wal.changeKek(stray, 2)).toBe("changed");
    expect(inspectKeyFile(node.keyStore.bytes!).locked).toBe(true);
    expect(wal.keyIds.current).not.toBe(dek);
    await wal.close();
  });

  test("the TLS key lives in the key file and is replaced atomically under the KEK (§7.53)", async () => {
    const node = await newNode(1, true);
    const { wal } = await openWal(node);
    expect(new TextDecoder().decode(wal.tlsKey())).toBe("tls key");
    expect(wal.kek).toEqual({ version: 1, locked: true });
    await wal.replaceTlsKey(new TextEncoder().encode("renewed"));
    await wal.close();
    const { wal: again } = await openWal(node);
    expect(new TextDecoder().decode(again.tlsKey())).toBe("renewed");
    expect(Buffer.from(node.keyStore.bytes!).includes("renewed")).toBe(false);
    await again.close();
  });

  test("same KEK, stale version and conflicting version (§7.29)", async () => {
    const node = await newNode(1, true);
    const { wal } = await openWal(node);
    const before = node.keyStore.writeCount;
    expect(await wal.changeKek(node.kek!.clone(), 5)).toBe("unchanged");
    expect(await wal.changeKek(SecretKey.generate(node.entropy), 0)).toBe("stale");
    expect(await codeOf(() => wal.changeKek(SecretKey.generate(node.entropy), 1))).toBe(
      "KEK_VERSION_CONFLICT",
    );
    expect(node.keyStore.writeCount).toBe(before);
    await wal.close();
  });
});
