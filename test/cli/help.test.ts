// Help on every command (`keel CMD --help`, `-h`, `keel help CMD`), `keel --help` and
// `--version` through the compiled bin; and `keel status` loading only what it uses (the
// speed of a command: no libsodium, x509, LevelDB or Raft driver at start).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { registry } from "../../src/cli/registry.js";
import { runKeel } from "../../src/cli/run.js";
import { checkoutRoot, distCli, ensureBuilt } from "../package/built.js";
import { recordingIo } from "./fake-node.js";

beforeAll(() => ensureBuilt(), 120_000);

test.each(registry.map((c) => c.name))(
  "keel %s --help, -h and keel help %s exit 0 with usage, flags and exit codes",
  async (name) => {
    const outputs: string[] = [];
    for (const argv of [
      [name, "--help"],
      [name, "-h"],
      ["help", name],
      [name, "ls", "--data-dir", "x", "--help"],
    ]) {
      const io = recordingIo();
      expect(await runKeel(argv, io), argv.join(" ")).toBe(0);
      expect(io.stderr).toEqual([]);
      outputs.push(io.stdout.join("\n"));
    }
    const [help = ""] = outputs;
    expect(new Set(outputs).size).toBe(1);
    expect(help.startsWith(`usage: keel ${name}`)).toBe(true);
    expect(help).toContain("exit codes:");
    expect(help).toContain("-h, --help");
    for (const flag of registry.find((c) => c.name === name)?.flags ?? []) expect(help).toContain(flag.flag);
  },
);

test("--help after -- is an argument, not a request for help", async () => {
  const io = recordingIo();
  expect(await runKeel(["secret", "rm", "--data-dir", "/nonexistent", "--", "--help"], io)).toBe(5);
});

test("the compiled keel answers --help, -h, help and --version; an unknown command is a usage error", () => {
  const keel = (...args: string[]) => spawnSync(process.execPath, [distCli, ...args], { encoding: "utf8" });
  for (const args of [["--help"], ["-h"], ["help"]]) {
    const result = keel(...args);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith("usage: keel <command>")).toBe(true);
    for (const c of registry) expect(result.stdout).toContain(`  ${c.name} `);
  }
  const manifest = JSON.parse(readFileSync(join(checkoutRoot, "package.json"), "utf8")) as {
    version: string;
  };
  expect(keel("--version").stdout).toBe(`keel ${manifest.version}\n`);
  const unknown = keel("frobnicate");
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain("unknown command");
  expect(keel("help", "frobnicate").status).toBe(2);
});

// A resolve hook that prints every module the process loads, for the test below.
const traceHook = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
register("data:text/javascript,${encodeURIComponent(
  `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write("loaded " + r.url + "\\n"); return r; }`,
)}");
`)}`;

test("keel status loads neither libsodium, x509, LevelDB, the WAL nor the Raft driver", () => {
  const result = spawnSync(
    process.execPath,
    ["--import", traceHook, distCli, "status", "--data-dir", "/nonexistent"],
    {
      encoding: "utf8",
    },
  );
  expect(result.status).toBe(5);
  const loaded = result.stderr.split("\n").filter((l) => l.startsWith("loaded "));
  expect(loaded.some((l) => l.includes("dist/client/client.js"))).toBe(true);
  for (const heavy of [
    "libsodium",
    "@peculiar",
    "classic-level",
    "/dist/wal/",
    "/dist/node/",
    "/dist/raft/",
    "/dist/ca/",
  ])
    expect(
      loaded.filter((l) => l.includes(heavy)),
      heavy,
    ).toEqual([]);
});

test("the same trace sees the heavy modules when a command needs them (the check can fail)", () => {
  const result = spawnSync(
    process.execPath,
    ["--import", traceHook, distCli, "inspect-wal", "--headers-only", "--data-dir", "/nonexistent"],
    { encoding: "utf8" },
  );
  expect(result.stderr).toContain("classic-level");
});
