// Restarting an autolocked manager: it waits on its control socket; a malformed or wrong key is
// refused with nothing on disk changed; the right key unlocks it. A manager down while the unlock
// key rotated opens only with the old key, then re-seals under the new one.
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { controlCall } from "../../src/manager/control-socket.js";
import { dataDir as layout } from "../../src/manager/data-dir.js";
import { Manager } from "../../src/manager/manager.js";
import type { RunningNode } from "../../src/manager/open.js";
import { runNode } from "../../src/manager/open.js";
import { CapturedLog, TempDirs, api, codeOf, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("lock");
const running: RunningNode[] = [];

afterAll(async () => {
  for (const node of running) await node.stop();
  await dirs.cleanup();
});

/** A fingerprint of every file under `dir` except the control socket: names, sizes, bytes. */
async function fingerprint(dir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { recursive: true })).sort()) {
    const path = join(dir, entry);
    const info = await stat(path);
    if (!info.isFile()) continue;
    out.push(`${entry}:${info.size}:${(await readFile(path)).toString("base64")}`);
  }
  return out.join("\n");
}

function unlock(dataDir: string, key: string): Promise<Uint8Array> {
  return controlCall(
    layout(dataDir).controlSocket,
    "local.Unlock",
    keelapi.UnlockRequest.encode({ key }).finish(),
  );
}

describe("a locked manager", () => {
  test("waits for its key; a wrong key changes nothing; the right key unlocks", async () => {
    const dataDir = await dirs.make("locked");
    const init = await initCluster(
      { dataDir, listen: "127.0.0.1:0", autolock: true },
      { log: log.logger, tuning },
    );
    await api.secretCreate(init.manager, "kept", "value");
    const rotated = await api.rotateUnlockKey(init.manager);
    await init.manager.kekIdle();
    await init.manager.stop();

    expect(await codeOf(runNode({ dataDir, wait: false }, { log: log.logger }))).toBe("LOCKED");
    const before = await fingerprint(dataDir);
    let aborted = false;
    const started = runNode({ dataDir }, { log: log.logger, tuning }).then((node) => {
      if (node === null) aborted = true;
      else running.push(node);
      return node;
    });
    await waitFor(() => log.events("locked").length > 0, "locked event");
    const socket = layout(dataDir).controlSocket;
    const status = keelapi.StatusResponse.decode(
      await controlCall(socket, "local.Status", new Uint8Array(0)),
    );
    expect(status.state).toBe("locked");
    expect(await codeOf(controlCall(socket, "keel.api.SecretList", new Uint8Array(0)))).toBe("LOCKED");
    expect(await codeOf(unlock(dataDir, "KEELKEY-1-notakey"))).toBe("UNLOCK_KEY_INVALID");
    // The key from before the rotation is a well-formed but wrong key now.
    expect(await codeOf(unlock(dataDir, init.unlockKey ?? ""))).toBe("WRONG_UNLOCK_KEY");
    expect(await fingerprint(dataDir)).toBe(before);
    await unlock(dataDir, rotated.text);
    const node = await started;
    expect(aborted).toBe(false);
    expect(node).toBeInstanceOf(Manager);
    await waitFor(() => (node as Manager).node.isLeader, "leader after unlock");
    expect((await api.secretList(node as Manager)).map((s) => s.name)).toEqual(["kept"]);
    expect(await codeOf(unlock(dataDir, rotated.text))).toBe("NOT_LOCKED");
  });
});
