// The WAL on a real disk: classic-level in a temp dir, the key file written atomically.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClassicLevel } from "classic-level";
import { afterEach, describe, expect, test } from "vitest";
import { seededEntropy } from "../../src/entropy.js";
import { parseEnvelope } from "../../src/crypto/envelope.js";
import { inspectKeyFile } from "../../src/crypto/key-file.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { Prng } from "../../src/raft/prng.js";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import { FileKeyStore } from "../../src/wal/key-store.js";
import { createKeyFile, readKeys } from "../../src/wal/keys.js";
import { Wal } from "../../src/wal/wal.js";
import { bytes, codeOf, entries } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "keel-wal-test-"));
  dirs.push(dir);
  return dir;
}

function filesContain(dir: string, needle: Buffer): string[] {
  return readdirSync(dir).filter((name) => {
    const path = join(dir, name);
    return statSync(path).isFile() && readFileSync(path).includes(needle);
  });
}

describe("on disk", () => {
  test("the key file is replaced atomically, with no temp file left, mode 0600", async () => {
    await cryptoReady();
    const dir = tempDir();
    const store = new FileKeyStore(join(dir, "keys"));
    expect(await store.read()).toBeNull();
    await store.write(new Uint8Array([1, 2, 3]));
    await store.write(new Uint8Array([4, 5]));
    expect(await store.read()).toEqual(new Uint8Array([4, 5]));
    expect(readdirSync(dir)).toEqual(["keys"]);
    expect(statSync(join(dir, "keys")).mode & 0o777).toBe(0o600);
  });

  test("a temp file left by a crash is replaced, not reused: its mode (or a symlink there) does not carry over", async () => {
    const dir = tempDir();
    const path = join(dir, "keys");
    writeFileSync(`${path}.tmp`, "stale");
    chmodSync(`${path}.tmp`, 0o644);
    await new FileKeyStore(path).write(new Uint8Array([1, 2, 3]));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // A symlink at the temp path: the key goes to the key file, not through the link.
    writeFileSync(join(dir, "elsewhere"), "untouched");
    symlinkSync(join(dir, "elsewhere"), `${path}.tmp`);
    await new FileKeyStore(path).write(new Uint8Array([4, 5]));
    expect(readFileSync(join(dir, "elsewhere"), "utf8")).toBe("untouched");
    expect(new Uint8Array(readFileSync(path))).toEqual(new Uint8Array([4, 5]));
    expect(readdirSync(dir).sort()).toEqual(["elsewhere", "keys"]);
  });

  test("a key file that cannot be read is IO_FAILED, as a failed write is", async () => {
    await cryptoReady();
    const dir = tempDir();
    // The key file's path is a directory: EISDIR.
    mkdirSync(join(dir, "keys"));
    const store = new FileKeyStore(join(dir, "keys"));
    expect(await codeOf(() => readKeys(store, null))).toBe("IO_FAILED");
    const entropy = seededEntropy(Prng.fromSeed(4));
    const init = { tlsKey: new Uint8Array(8), kek: null, kekVersion: 1 };
    expect(await codeOf(() => createKeyFile(store, init, entropy))).toBe("IO_FAILED");
  });

  test("a truncated or garbled key file on disk is MALFORMED; a missing one is KEY_FILE_MISSING", async () => {
    await cryptoReady();
    const dir = tempDir();
    const entropy = seededEntropy(Prng.fromSeed(3));
    const store = new FileKeyStore(join(dir, "keys"));
    const db = new ClassicLevel<string, Uint8Array>(join(dir, "db"), { valueEncoding: "view" });
    const open = () => Wal.open({ db, keyStore: store, kek: null, entropy });
    expect(await codeOf(open)).toBe("KEY_FILE_MISSING");
    await createKeyFile(store, { tlsKey: new Uint8Array(8), kek: null, kekVersion: 1 }, entropy);
    expect(
      await codeOf(() =>
        createKeyFile(store, { tlsKey: new Uint8Array(8), kek: null, kekVersion: 1 }, entropy),
      ),
    ).toBe("KEY_FILE_EXISTS");
    const good = readFileSync(join(dir, "keys"));
    writeFileSync(join(dir, "keys"), good.subarray(0, good.length - 10));
    expect(await codeOf(open)).toBe("MALFORMED");
    const garbled = Buffer.from(good);
    garbled[garbled.length - 40]! ^= 0xff;
    writeFileSync(join(dir, "keys"), garbled);
    expect(await codeOf(open)).toBe("MALFORMED");
    await db.close();
  });

  test("after a DEK rotation the old ciphertext is physically gone from the LevelDB files", async () => {
    await cryptoReady();
    const dir = tempDir();
    const entropy = seededEntropy(Prng.fromSeed(5));
    const keyStore = new FileKeyStore(join(dir, "keys"));
    const kek = SecretKey.generate(entropy);
    await createKeyFile(keyStore, { tlsKey: new Uint8Array(8), kek, kekVersion: 1 }, entropy);
    const dbDir = join(dir, "db");
    const db = new ClassicLevel<string, Uint8Array>(dbDir, { valueEncoding: "view" });
    const { wal } = await Wal.open({ db, keyStore, kek, entropy });
    await wal.save({ entries: entries(1, 20, 1), hardState: { term: 1, vote: 1, commit: 20 } });
    const old = parseEnvelope((await db.get("e/0000000000000001"))!, "run 1..20");
    const needle = Buffer.from(old.ciphertext.subarray(0, 24));
    await db.compactRange("", "\u00ff");
    expect(filesContain(dbDir, needle).length).toBeGreaterThan(0);

    await wal.requestRotation();
    await wal.save({
      snapshot: { data: bytes(5000, 1), metadata: { index: 20, term: 1, confState: EMPTY_CONF_STATE } },
    });
    expect(wal.rotation()).toEqual({ state: "idle" });
    // The old ciphertext is deleted by now; the compaction that rewrites the files runs beside.
    await wal.settled();
    expect(filesContain(dbDir, needle)).toEqual([]);
    expect(inspectKeyFile(readFileSync(join(dir, "keys"))).locked).toBe(true);
    await wal.close();
    await db.close();

    const reopened = new ClassicLevel<string, Uint8Array>(dbDir, { valueEncoding: "view" });
    const { wal: again, recovered } = await Wal.open({ db: reopened, keyStore, kek, entropy });
    expect(recovered.snapshot?.data).toEqual(bytes(5000, 1));
    expect(recovered.notes.map((n) => n.label)).toEqual(["clean"]);
    await again.close();
    await reopened.close();
  });
});
