// `keel unlock` answers with what happened after the key was found right: a node that then
// cannot open (its WAL from another node, its key file damaged) reports the failure's code to
// the unlock and stops with it, instead of printing "unlocked" and leaving a dead node behind.
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runKeel } from "../../src/cli/run.js";
import { keyFileMagic } from "../../src/crypto/key-file.js";
import { keel } from "../../src/gen/disk.js";
import { dataDir as layout } from "../../src/manager/data-dir.js";
import { runNode } from "../../src/manager/open.js";
import { recordingIo as fakeIo } from "../cli/fake-node.js";
import { CapturedLog, TempDirs, stoppedManager, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("unlock-outcome");
let pristine = "";
let other = "";
let unlockKey = "";

beforeAll(async () => {
  pristine = await dirs.make("pristine");
  other = await dirs.make("other");
  unlockKey = await stoppedManager(pristine, log.logger);
  await stoppedManager(other, log.logger);
}, 30_000);

afterAll(async () => {
  await dirs.cleanup();
});

/** Starts a copy of the pristine node, damaged by `damage`, waiting for its unlock key. */
async function lockedCopy(name: string, damage: (dataDir: string) => Promise<void>) {
  const dataDir = await dirs.make(name);
  await cp(pristine, dataDir, { recursive: true });
  await damage(dataDir);
  const before = log.events("locked").length;
  const run = runNode({ dataDir }, { log: log.logger, tuning }).then(
    (node) => ({ node, code: null }),
    (error: unknown) => ({ node: null, code: (error as { code?: string }).code ?? String(error) }),
  );
  await waitFor(() => log.events("locked").length > before, "locked event");
  return { dataDir, run };
}

describe("keel unlock with the right key", () => {
  test("a WAL from another node: unlock fails with the WAL's code and exit 1; the node stops with it", async () => {
    const { dataDir, run } = await lockedCopy("foreign-wal", async (d) => {
      await rm(layout(d).wal, { recursive: true });
      await cp(layout(other).wal, layout(d).wal, { recursive: true });
    });
    const io = fakeIo({ secret: unlockKey });
    const exit = await runKeel(["unlock", "--data-dir", dataDir], io);
    const ran = await run;
    expect(ran.node).toBeNull();
    expect(ran.code).not.toBeNull();
    expect({ exit, stdout: io.stdout }).toEqual({ exit: 1, stdout: [] });
    expect(io.stderr.join("\n")).toContain(`[${ran.code}]`);
  });

  test("a key file whose sealed part is damaged: DATA_DIR_INVALID to unlock and as the node's end, no waiting", async () => {
    const { dataDir, run } = await lockedCopy("damaged-key-file", async (d) => {
      const bytes = new Uint8Array(await readFile(layout(d).keyFile));
      const file = keel.disk.KeyFile.decode(bytes.subarray(keyFileMagic.length));
      file.sealedBody!.ciphertext![5]! ^= 0x40;
      await writeFile(
        layout(d).keyFile,
        Uint8Array.of(...keyFileMagic, ...keel.disk.KeyFile.encode(file).finish()),
      );
    });
    const io = fakeIo({ secret: unlockKey });
    const exit = await runKeel(["unlock", "--data-dir", dataDir], io);
    expect({ exit, stdout: io.stdout, code: (await run).code }).toEqual({
      exit: 1,
      stdout: [],
      code: "DATA_DIR_INVALID",
    });
    expect(io.stderr.join("\n")).toMatch(
      /^keel unlock: .*keys: the key file is damaged .*\[DATA_DIR_INVALID\]$/,
    );
  });
});
