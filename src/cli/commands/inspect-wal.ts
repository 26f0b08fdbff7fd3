// `keel inspect-wal`: an offline dump of a stopped manager's WAL (like swarm-rafttool). Without
// a key it lists record headers; with the key file open (the unlock key from stdin when the
// node is autolocked) it authenticates and decrypts every record.
import { ClassicLevel } from "classic-level";
import { parseUnlockKey } from "../../crypto/unlock-key.js";
import type { SecretKey } from "../../crypto/keys.js";
import { ManagerError, dataDir, keyFileInfo } from "../../manager/index.js";
import { exists } from "../../manager/data-dir.js";
import { walDbOptions } from "../../manager/storage.js";
import { join } from "node:path";
import { FileKeyStore, FileMarkStore, inspectWal, markFileName } from "../../wal/index.js";
import { UsageError, defaultDataDir, isSet, parseArgs, valueOf } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { table } from "../render.js";

export async function inspectWalCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["payloads", "headers-only", "objects"] });
  const dir = dataDir(valueOf(parsed, "data-dir", defaultDataDir));
  const headersOnly = isSet(parsed, "headers-only");
  if (isSet(parsed, "objects") && (headersOnly || isSet(parsed, "payloads")))
    throw new UsageError("--objects lists objects, not records: drop --headers-only and --payloads");
  // Offline and read-only: a dir without a WAL is refused, never created.
  if (!(await exists(dir.wal))) {
    throw new ManagerError({
      code: "DATA_DIR_INVALID",
      path: dir.wal,
      reason: "no WAL here (not a manager's data dir?)",
    });
  }
  let kek: SecretKey | null = null;
  if (!headersOnly && (await keyFileInfo(dir)).locked)
    kek = parseUnlockKey(await io.readSecret("Unlock key: "));
  if (isSet(parsed, "objects")) return (await import("./recovery.js")).printObjects(dir, kek, io);
  const db = new ClassicLevel<string, Uint8Array>(dir.wal, { ...walDbOptions, createIfMissing: false });
  try {
    await db.open();
  } catch (cause) {
    kek?.wipe();
    throw new ManagerError(
      {
        code: "FAILED_PRECONDITION",
        reason: `cannot open ${dir.wal}: is the node still running? (stop it first)`,
      },
      { cause },
    );
  }
  try {
    const report = await inspectWal({
      db,
      ...(headersOnly
        ? {}
        : {
            keyStore: new FileKeyStore(dir.keyFile),
            kek,
            mark: new FileMarkStore(join(dir.path, markFileName)),
          }),
      payloads: isSet(parsed, "payloads"),
    });
    if (report.keyFile !== null) {
      io.out(
        `key file: ${report.keyFile.locked ? "locked" : "unlocked"}, KEK version ${report.keyFile.kekVersion}`,
      );
    }
    const rows = report.records.map((r) => [
      r.kind,
      String(r.index),
      String(r.term),
      String(r.chunk),
      r.keyId,
      String(r.bytes),
      r.status,
    ]);
    for (const line of table(["KIND", "INDEX", "TERM", "CHUNK", "KEY", "BYTES", "STATUS"], rows))
      io.out(line);
    if (isSet(parsed, "payloads")) {
      for (const r of report.records)
        if (r.payload !== undefined) io.out(JSON.stringify({ key: r.key, payload: r.payload }));
    }
    const bad = report.records.filter((r) => r.status !== "ok" && r.status !== "sealed").length;
    // What `keel run` would find: the same checks, so a hole or a lost tail shows here too.
    const recovery = report.recovery;
    if (recovery !== null && !recovery.ok) io.out(`recovery: ${recovery.code}: ${recovery.message}`);
    if (recovery?.ok === true) {
      for (const n of recovery.notes)
        if (n.decision !== "accept") io.out(`recovery: ${n.label}: ${n.detail}`);
      const lost = recovery.lost;
      if (lost !== null) {
        io.out(
          `recovery: entries after ${lost.lastIndex} (up to ${lost.recoverTo}) may have been acknowledged and are lost here (${lost.cause}); ` +
            "on start this manager repairs them from its peers and does not vote until then",
        );
      }
    }
    const healthy = bad === 0 && (recovery === null || (recovery.ok && recovery.lost === null));
    return healthy ? exitCodes.ok : exitCodes.failed;
  } finally {
    kek?.wipe();
    await db.close();
  }
}
