// The package as an embedding program gets it: `npm pack`, unpacked into a scratch project in a
// temp dir (its dependencies linked from this checkout's node_modules, so no network), where
// `import { initCluster, KeelClient } from "keel"` type-checks and runs a manager and a client.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { checkoutRoot, ensureBuilt } from "./built.js";

let scratch = "";

const program = `
import { initCluster, KeelClient, ClientError, silentLogger } from "keel";
import { KeelClient as SameClient } from "keel/client";
import type { KeelCluster } from "keel/harness";
import { RawNode, MemoryStorage } from "keel/raft";
import { SimCluster } from "keel/sim";

const dataDir = process.argv[2] ?? "";
const init = await initCluster({ dataDir, listen: "127.0.0.1:0", autolock: true }, { log: silentLogger });
const client: SameClient = KeelClient.local(dataDir);
try {
  const secret = await client.secrets.create("db-password", new TextEncoder().encode("hunter2"));
  const names = (await client.secrets.list()).map((s) => s.name);
  const status = await client.status();
  let duplicate = "";
  try {
    await client.secrets.create("db-password", new Uint8Array([1]));
  } catch (error) {
    if (error instanceof ClientError) duplicate = error.code;
  }
  const unused: [typeof RawNode, typeof MemoryStorage, typeof SimCluster, KeelCluster | null] = [RawNode, MemoryStorage, SimCluster, null];
  console.log(JSON.stringify({ id: secret.id, names, role: status.role, duplicate, unlockKey: init.unlockKey !== null, entries: unused.length }));
} finally {
  await client.close();
  await init.manager.stop();
}
`;

beforeAll(async () => {
  ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "keel-pack-"));
  // --ignore-scripts: dist/ is built above; pack would otherwise rebuild it from scratch.
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", scratch], {
      cwd: checkoutRoot,
      encoding: "utf8",
    }),
  ) as { filename: string }[];
  const tarball = join(scratch, packed[0]?.filename ?? "");
  const installed = join(scratch, "project", "node_modules", "keel");
  await mkdir(installed, { recursive: true });
  execFileSync("tar", ["xzf", tarball, "-C", installed, "--strip-components=1"]);
  const manifest = JSON.parse(await readFile(join(installed, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  // The package's dependencies and the compiler's, linked from this checkout.
  for (const dep of [...Object.keys(manifest.dependencies), "@types/node"]) {
    const link = join(scratch, "project", "node_modules", dep);
    await mkdir(dirname(link), { recursive: true });
    await symlink(join(checkoutRoot, "node_modules", dep), link, "dir");
  }
  const project = join(scratch, "project");
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "embedder", type: "module", private: true }),
  );
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: true,
        types: ["node"],
        outDir: "out",
      },
      include: ["main.ts"],
    }),
  );
  await writeFile(join(project, "main.ts"), program);
}, 120_000);

afterAll(async () => {
  if (scratch !== "") await rm(scratch, { recursive: true, force: true });
});

test("the packed package ships compiled code only, with the README contracts", () => {
  const listing = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--dry-run", "--json"], {
      cwd: checkoutRoot,
      encoding: "utf8",
    }),
  ) as { files: { path: string }[] }[];
  const paths = (listing[0]?.files ?? []).map((f) => f.path);
  expect(paths).toContain("dist/index.js");
  expect(paths).toContain("dist/index.d.ts");
  expect(paths).toContain("dist/cli/main.js");
  expect(paths).toContain("dist/gen/api.js");
  expect(paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))).toEqual([]);
});

test("an embedding program type-checks against the package and runs a manager and a client", () => {
  const project = join(scratch, "project");
  const tsc = join(checkoutRoot, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", project], {
    cwd: project,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const out = execFileSync(process.execPath, [join(project, "out", "main.js"), join(scratch, "data")], {
    cwd: project,
    encoding: "utf8",
    timeout: 60_000,
  });
  const result = JSON.parse(out.trim()) as Record<string, unknown>;
  expect(result).toMatchObject({
    names: ["db-password"],
    role: "manager",
    duplicate: "NAME_CONFLICT",
    unlockKey: true,
    entries: 4,
  });
  expect(result["id"]).toMatch(/^[0-9a-z]+$/);
}, 90_000);
