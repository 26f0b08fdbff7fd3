// The keel command against mistyped and adversarial use (flags, positionals, terminals, a
// running node's data dir) and the harness against leaks: each test failed on the code before
// its fix (an adversarial review of src/cli and src/harness), and pins the fix.
import { runKeel } from "../../src/cli/run.js";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fakeNode as sharedFakeNode, recordingIo } from "./fake-node.js";
import type { FakeNode } from "./fake-node.js";
import { keel, keelMain, typeAtPrompt } from "./helpers.js";
import { keelapi } from "../../src/gen/api.js";
import { initCluster, methods, silentLogger } from "../../src/manager/index.js";
import type { Manager } from "../../src/manager/index.js";
import { UsageError, parseArgs } from "../../src/cli/args.js";
import { clusterCommand } from "../../src/cli/commands/cluster.js";
import { nodeCommand } from "../../src/cli/commands/nodes.js";
import {
  rotateCommand,
  secretCommand,
  statusCommand,
  unlockKeyCommand,
} from "../../src/cli/commands/client.js";
import { runCommand } from "../../src/cli/commands/daemon.js";
import { inspectWalCommand } from "../../src/cli/commands/inspect-wal.js";
import { KeelCluster } from "../../src/harness/index.js";

let root = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-cli-hardening-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** An Io that records what a command writes; stdin is given. */
const fakeIo = recordingIo;

/** A fake node: a control socket in a fresh data dir, answering with `handler`. */
const fakeNode = (handler: (method: string, body: Uint8Array) => Promise<Uint8Array>): Promise<FakeNode> =>
  sharedFakeNode(root, handler);

describe("argument parsing", () => {
  test("a value flag does not swallow the next flag as its value (--data-dir --json)", () => {
    expect(() => parseArgs(["--data-dir", "--json"], { values: ["data-dir"], booleans: ["json"] })).toThrow(
      UsageError,
    );
  });

  test("keel status --data-dir --json is a usage error, not a call to the dir named --json", async () => {
    const error = await statusCommand(["--data-dir", "--json"], fakeIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
  });

  test("-- ends the flags, and is never a flag's value (write --flag=--x for that)", () => {
    const spec = { values: ["data-dir"], positionals: { max: 2 } };
    expect(parseArgs(["--", "--data-dir", "-x"], spec).positionals).toEqual(["--data-dir", "-x"]);
    expect(() => parseArgs(["--data-dir", "--", "x"], spec)).toThrow(UsageError);
    expect(parseArgs(["--data-dir=--x"], spec).flags.get("data-dir")).toBe("--x");
  });

  test("a non-repeatable flag given twice is a usage error", () => {
    expect(() => parseArgs(["--data-dir", "a", "--data-dir", "b"], { values: ["data-dir"] })).toThrow(
      UsageError,
    );
  });

  test("keel cluster update --autolock=true --autolock=false is a usage error, not autolock=false", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.ClusterUpdateResponse.encode({ cluster: { autolock: false } }).finish()),
    );
    try {
      const error = await clusterCommand(
        ["update", "--autolock=true", "--autolock=false", "--data-dir", node.dir],
        fakeIo(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(node.calls).toHaveLength(0);
    } finally {
      await node.close();
    }
  });

  test("keel unlock-key --rotate --rotate=false does not rotate the unlock key", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.UnlockKeyResponse.encode({ text: "KEELKEY-1-x" }).finish()),
    );
    try {
      await unlockKeyCommand(["--rotate", "--rotate=false", "--data-dir", node.dir], fakeIo()).catch(() => 0);
      expect(node.calls.map((c) => c.method)).not.toContain(methods.rotateUnlockKey);
    } finally {
      await node.close();
    }
  });

  test("stray positionals are usage errors: keel status EXTRA", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.StatusResponse.encode({ nodeId: "n" }).finish()),
    );
    try {
      const error = await statusCommand(["extra", "--data-dir", node.dir], fakeIo()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
    } finally {
      await node.close();
    }
  });

  test("a single-dash flag is not silently taken as a positional: keel status -json", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.StatusResponse.encode({ nodeId: "n" }).finish()),
    );
    try {
      const error = await statusCommand(["-json", "--data-dir", node.dir], fakeIo()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
    } finally {
      await node.close();
    }
  });

  test("keel node rm A B removes both or refuses; it does not silently drop B", async () => {
    const node = await fakeNode((_method, body) =>
      Promise.resolve(
        keelapi.NodeResponse.encode({ node: { id: keelapi.NodeRemoveRequest.decode(body).ref } }).finish(),
      ),
    );
    try {
      const io = fakeIo();
      const result = await nodeCommand(["rm", "aaa", "bbb", "--data-dir", node.dir], io).catch(
        (e: unknown) => e,
      );
      const removed = node.calls.map((c) => keelapi.NodeRemoveRequest.decode(c.body).ref);
      // Either a usage error before any call, or both removed.
      if (result instanceof UsageError) expect(removed).toEqual([]);
      else expect(removed).toEqual(["aaa", "bbb"]);
    } finally {
      await node.close();
    }
  });

  test("keel secret create NAME FILE EXTRA is a usage error", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.SecretResponse.encode({ secret: { id: "s1" } }).finish()),
    );
    try {
      const error = await secretCommand(
        ["create", "db", "-", "extra", "--data-dir", node.dir],
        fakeIo({ all: new Uint8Array([1]) }),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(node.calls).toHaveLength(0);
    } finally {
      await node.close();
    }
  });

  test("keel inspect-wal DIR (positional) is a usage error, not a dump of ./keel-data", async () => {
    const error = await inspectWalCommand(
      [join(root, "somewhere"), "--data-dir", join(root, "elsewhere")],
      fakeIo(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
  });

  test("flags that mean nothing to a subcommand are usage errors: keel rotate network-keys --worker", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.NetworkKeysResponse.encode({ keys: [] }).finish()),
    );
    try {
      const error = await rotateCommand(["network-keys", "--worker", "--data-dir", node.dir], fakeIo()).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect(node.calls).toHaveLength(0);
    } finally {
      await node.close();
    }
  });

  test("keel demo --seed=5 runs seed 5; unknown flags and a missing --seed value are usage errors", async () => {
    const inline = await keel(["demo", "--seed=5"]);
    const spaced = await keel(["demo", "--seed", "5"]);
    expect(spaced.code).toBe(0);
    expect(inline.stdout).toBe(spaced.stdout);
    expect((await keel(["demo", "--bogus"])).code).toBe(2);
    expect((await keel(["demo", "--seed"])).code).toBe(2);
  }, 60_000);
});

describe("output and messages", () => {
  test("keel with no command is a usage error: the usage goes to stderr, like keel frobnicate", async () => {
    const none = await keel([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/usage: keel/);
  }, 30_000);

  test("keel unlock-key on a cluster without autolock fails with 'keel unlock-key: <text>' on stderr", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.UnlockKeyResponse.encode({ text: "" }).finish()),
    );
    try {
      const io = fakeIo();
      expect(await runKeel(["unlock-key", "--data-dir", node.dir], io)).toBe(1);
      expect(io.stderr[0]).toMatch(/^keel unlock-key: .*\[FAILED_PRECONDITION\]$/);
    } finally {
      await node.close();
    }
  });

  test("keel node promote does not tell the operator to re-join the worker (it becomes a manager in place)", async () => {
    const node = await fakeNode(() =>
      Promise.resolve(keelapi.NodeResponse.encode({ node: { id: "w1", role: "worker" } }).finish()),
    );
    try {
      const io = fakeIo();
      expect(await nodeCommand(["promote", "w1", "--data-dir", node.dir], io)).toBe(0);
      expect(io.stdout.join("\n")).not.toMatch(/join it again/);
    } finally {
      await node.close();
    }
  });

  // script(1) (util-linux, in Debian's essential bsdutils) gives the command a terminal.
  test("keel unlock on a terminal does not echo the unlock key", async () => {
    const key = "KEELKEY-1-topsecretvalue";
    const cmd = `${process.execPath} --import tsx ${keelMain} unlock --data-dir ${join(root, "no-node")}`;
    const out = await typeAtPrompt(cmd, "Unlock key", key);
    expect(out).toContain("Unlock key");
    expect(out).not.toContain(key);
  }, 30_000);
});

describe("inspect-wal and run against the wrong data dir", () => {
  test("keel inspect-wal --headers-only on a missing dir fails and creates nothing", async () => {
    const missing = join(root, "missing");
    const result = await inspectWalCommand(["--headers-only", "--data-dir", missing], fakeIo()).catch(
      (e: unknown) => e,
    );
    expect(existsSync(missing)).toBe(false);
    expect(result).toBeInstanceOf(Error);
  });

  let locked: Manager | null = null;
  let plain: Manager | null = null;
  const lockedDir = (): string => join(root, "running-autolocked");
  const plainDir = (): string => join(root, "running-plain");
  beforeAll(async () => {
    locked = (
      await initCluster(
        { dataDir: lockedDir(), listen: "127.0.0.1:0", autolock: true },
        { log: silentLogger },
      )
    ).manager;
    plain = (
      await initCluster(
        { dataDir: plainDir(), listen: "127.0.0.1:0", autolock: false },
        { log: silentLogger },
      )
    ).manager;
  }, 60_000);
  afterAll(async () => {
    await locked?.stop();
    await plain?.stop();
  });

  test("keel run --no-wait on a running autolocked manager is ALREADY_RUNNING (exit 1), not LOCKED (exit 3)", async () => {
    const error = await runCommand(["--no-wait", "--data-dir", lockedDir()], fakeIo()).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "ALREADY_RUNNING" });
  });

  test("keel run on a running manager without autolock is ALREADY_RUNNING, not a LevelDB error", async () => {
    const error = await runCommand(["--data-dir", plainDir()], fakeIo()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ALREADY_RUNNING" });
  });
});

describe("harness", () => {
  test("the harness does not write the unlock key to <root>/<name>.log (keel never stores it)", async () => {
    const cluster = await KeelCluster.create({ parent: root });
    try {
      await cluster.init();
      const key = cluster.unlockKey ?? "";
      expect(key).toMatch(/^KEELKEY-1-/);
      expect(await readFile(join(cluster.root, "m1.log"), "utf8")).not.toContain(key);
    } finally {
      await cluster.close();
    }
  }, 60_000);

  test("keel processes do not outlive a test process killed by SIGTERM", async () => {
    const harness = pathToFileURL(join(import.meta.dirname, "../../src/harness/index.ts")).href;
    const code = [
      `import { KeelCluster } from ${JSON.stringify(harness)};`,
      `const cluster = await KeelCluster.create({ parent: ${JSON.stringify(root)} });`,
      `const m1 = await cluster.init();`,
      `process.stdout.write("pid " + m1.pid + " root " + cluster.root + "\\n");`,
      `setInterval(() => undefined, 1000);`,
    ].join("\n");
    const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    parent.stdout.on("data", (b: Buffer) => (out += b.toString()));
    const exited = new Promise<void>((resolve) => parent.on("close", () => resolve()));
    const deadline = Date.now() + 30_000;
    while (!/pid \d+/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const pid = Number(/pid (\d+)/.exec(out)?.[1] ?? "0");
    expect(pid).toBeGreaterThan(0);
    parent.kill("SIGTERM");
    await exited;
    await new Promise((r) => setTimeout(r, 1_000));
    // A zombie (dead, not yet reaped by whoever adopted it) counts as gone.
    const state = (): string => {
      try {
        return /State:\s+(\S)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? "gone";
      } catch {
        return "gone";
      }
    };
    const alive = state() !== "gone" && state() !== "Z";
    if (alive) process.kill(pid, "SIGKILL"); // clean up the orphan this test made
    expect(alive).toBe(false);
  }, 60_000);
});
