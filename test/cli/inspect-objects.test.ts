// `keel inspect-wal --objects`: a stopped manager's stored objects as JSON lines, from its
// snapshot and the log after it; secret data only as size and SHA-256, and no key
// material or join token anywhere in the output.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { inspectWalCommand } from "../../src/cli/commands/inspect-wal.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { silentLogger } from "../../src/manager/log.js";
import { api } from "../manager/helpers.js";
import { recordingIo } from "./fake-node.js";

let root = "";
afterAll(async () => {
  if (root !== "") await rm(root, { recursive: true, force: true });
});

test("keel inspect-wal --objects lists every object and never prints secret data, keys or tokens", async () => {
  root = await mkdtemp(join(tmpdir(), "keel-objects-"));
  const dataDir = join(root, "m");
  const init = await initCluster({ dataDir, listen: "127.0.0.1:0", autolock: true }, { log: silentLogger });
  const data = "the-secret-value-never-shown";
  await api.secretCreate(init.manager, "db-password", data);
  await init.manager.stop();

  const io = recordingIo({ secret: init.unlockKey ?? "" });
  expect(await inspectWalCommand(["--objects", "--data-dir", dataDir], io)).toBe(0);
  const lines = io.stdout.map((l) => JSON.parse(l) as { kind: string; object: Record<string, unknown> });
  expect(lines.map((l) => l.kind)).toEqual(["cluster", "node", "secret"]);
  const secret = lines[2]!.object as { spec: { name: string; data: unknown } };
  expect(secret.spec.name).toBe("db-password");
  expect(secret.spec.data).toEqual({
    bytes: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
  });
  const text = io.stdout.join("\n");
  expect(text).toContain("BEGIN CERTIFICATE");
  for (const hidden of [data, "PRIVATE KEY", init.joinTokens.manager, init.joinTokens.worker])
    expect(text).not.toContain(hidden);
  // Objects are not records: the record flags do not mix with it.
  const mixed = await inspectWalCommand(["--objects", "--headers-only", "--data-dir", dataDir], io).catch(
    (e: unknown) => e,
  );
  expect(mixed).toMatchObject({ code: "USAGE" });
  // The unlock key's bytes, in any encoding the JSON could carry them in.
  expect(text).not.toMatch(/"key":\s*\{\s*"0"/);
}, 30_000);
