// The hint `keel rotate unlock-key` prints: a manager that was down needs the key in force when
// it went down, which after two rotations is not the previous one (issue 9).
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { rotateCommand } from "../../src/cli/commands/client.js";
import { keelapi } from "../../src/gen/api.js";
import { ControlServer, dataDir, methods } from "../../src/manager/index.js";
import { recordingIo as fakeIo } from "./fake-node.js";

let root = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-cli-hint-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test("keel rotate unlock-key: a manager down across rotations needs the key in force when it went down", async () => {
  const dir = join(root, "node");
  await mkdir(dir, { recursive: true });
  const server = await ControlServer.listen(dataDir(dir).controlSocket, (method) => {
    expect(method).toBe(methods.rotateUnlockKey);
    return Promise.resolve(keelapi.UnlockKeyResponse.encode({ text: "KEELKEY-1-new", version: 42 }).finish());
  });
  try {
    const io = fakeIo();
    expect(await rotateCommand(["unlock-key", "--data-dir", dir], io)).toBe(0);
    expect(io.stdout[0]).toBe("unlock-key: KEELKEY-1-new");
    const hint = io.stdout.filter((line) => line.startsWith("#")).join(" ");
    expect(hint).toMatch(/the key that was in force when it went\s+# down/);
    expect(hint).not.toMatch(/needs the previous key/i);
    // The version to keep beside the key, and how to tell which key a locked manager takes.
    expect(hint).toContain("(this one: 42)");
    expect(hint).toContain("keel status");
  } finally {
    await server.close();
  }
});
