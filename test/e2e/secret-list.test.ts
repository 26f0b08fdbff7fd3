// `keel secret ls` lists 100,000 secrets: a real `keel run` process serves them and the real
// `keel` command reads them page by page (unpaged, the list is over the 4 MiB frame limit). The
// secrets are made fast in-process, 1000 to a proposal (the batch path of the paging test), in
// the data dir the process then runs on.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { newSecret } from "../../src/fsm/index.js";
import { KeelProcess, runKeel } from "../../src/harness/index.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { newObjectId } from "../../src/manager/ids.js";
import { silentLogger } from "../../src/manager/index.js";
import { frameBytesMaxDefault } from "../../src/transport/index.js";

const secretCount = 100_000;
/** The store's proposal limit is 1000 actions. */
const batch = 1000;

let root = "";
let node: KeelProcess | null = null;

afterAll(async () => {
  await node?.kill();
  if (root !== "") await rm(root, { recursive: true, force: true });
});

test("keel secret ls lists 100,000 secrets, each once", async () => {
  root = await mkdtemp(join(tmpdir(), "keel-ls-"));
  const dataDir = join(root, "m1");
  const init = await initCluster({ dataDir, listen: "127.0.0.1:0", autolock: false }, { log: silentLogger });
  try {
    const ctx = init.manager.context;
    for (let made = 0; made < secretCount; made += batch) {
      await ctx.node.propose(
        Array.from({ length: batch }, (_, i) => ({
          action: "create" as const,
          kind: "secret" as const,
          object: newSecret({
            id: newObjectId(ctx.entropy),
            name: `secret-${made + i}`,
            data: new Uint8Array([7]),
          }),
        })),
      );
    }
  } finally {
    await init.manager.stop({ transferLeadership: false });
  }
  node = new KeelProcess({ name: "m1", dataDir, logDir: root });
  node.start("run", []);
  await node.waitReady(30_000);
  const quiet = await runKeel(["secret", "ls", "--quiet", "--data-dir", dataDir], { timeoutMs: 40_000 });
  expect(quiet.code, quiet.stderr).toBe(0);
  const ids = quiet.stdout.trim().split("\n");
  expect(ids).toHaveLength(secretCount);
  expect(new Set(ids).size).toBe(secretCount);
  // What one unpaged answer would have had to carry.
  expect(quiet.stdout.length).toBeGreaterThan(frameBytesMaxDefault / 4);
  const table = await runKeel(["secret", "ls", "--data-dir", dataDir], { timeoutMs: 40_000 });
  expect(table.code, table.stderr).toBe(0);
  const rows = table.stdout.trim().split("\n");
  expect(rows).toHaveLength(secretCount + 1);
  expect(rows.filter((r) => /\bsecret-99999\b/.test(r))).toHaveLength(1);
}, 90_000);
