// `keel secret`: typed on a terminal unechoed and stored without the Enter that ends it; one
// code (SECRET_TOO_LARGE, the limit in the message) at any size, nothing sent; ls --json and
// --quiet; inspect of several references.
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { secretCommand } from "../../src/cli/commands/client.js";
import { keelapi } from "../../src/gen/api.js";
import { secretDataBytesMax } from "../../src/fsm/limits.js";
import { methods } from "../../src/manager/index.js";
import { distCli, ensureBuilt } from "../package/built.js";
import { fakeNode, recordingIo } from "./fake-node.js";
import { typeAtPrompt } from "./helpers.js";
import type { FakeNode } from "./fake-node.js";

let root = "";
let node: FakeNode;

const views: keelapi.SecretView.$Properties[] = [
  { id: "aaa111", name: "db", dataBytes: 7, digest: "d1", meta: { createdAtMs: 1_000 } },
  { id: "bbb222", name: "tls", dataBytes: 9, digest: "d2", meta: { createdAtMs: 2_000 } },
];

beforeAll(async () => {
  ensureBuilt();
  root = await mkdtemp(join(tmpdir(), "keel-cli-secrets-"));
  node = await fakeNode(root, (method, body) => {
    switch (method) {
      case methods.secretCreate: {
        const { name } = keelapi.SecretCreateRequest.decode(body);
        return Promise.resolve(keelapi.SecretResponse.encode({ secret: { id: "new1", name } }).finish());
      }
      case methods.secretList:
        return Promise.resolve(keelapi.SecretListResponse.encode({ secrets: views }).finish());
      case methods.secretGet: {
        const { ref } = keelapi.ObjectRef.decode(body);
        return Promise.resolve(
          keelapi.SecretResponse.encode({ secret: views.find((v) => v.name === ref) ?? {} }).finish(),
        );
      }
      default:
        return Promise.reject(new Error(`unexpected ${method}`));
    }
  });
}, 120_000);

afterAll(async () => {
  await node.close();
  await rm(root, { recursive: true, force: true });
});

test("secret create on a terminal prompts unechoed and stores exactly what was typed", async () => {
  const typed = "pa ss\tword ";
  const cmd = `${process.execPath} ${distCli} secret create db-password --data-dir ${node.dir}`;
  const before = node.calls.length;
  const out = await typeAtPrompt(cmd, "Secret data", typed);
  expect(out).toContain("new1");
  expect(out).not.toContain("pa ss");
  const created = node.calls.slice(before).find((c) => c.method === methods.secretCreate);
  expect(
    Buffer.from(keelapi.SecretCreateRequest.decode(created?.body ?? new Uint8Array()).data).toString(),
  ).toBe(typed);
}, 30_000);

test.each([
  ["one byte over, from stdin", secretDataBytesMax + 1, "stdin"],
  ["10 MB, from stdin", 10 * 1024 * 1024, "stdin"],
  ["10 MB, from a file", 10 * 1024 * 1024, "file"],
  ["1 GB, from a sparse file", 1024 * 1024 * 1024, "file"],
] as const)(
  "a secret too large (%s) is SECRET_TOO_LARGE with the limit, and nothing is sent",
  async (_, bytes, from) => {
    const before = node.calls.length;
    const io = recordingIo(from === "stdin" ? { all: new Uint8Array(bytes) } : {});
    const args = ["create", "big", "--data-dir", node.dir];
    if (from === "file") {
      const file = join(root, `big-${bytes}`);
      await writeFile(file, "");
      await truncate(file, bytes);
      args.splice(2, 0, file);
    }
    const error = (await secretCommand(args, io).catch((e: unknown) => e)) as {
      code?: string;
      message?: string;
    };
    expect(error.code).toBe("SECRET_TOO_LARGE");
    expect(error.message).toContain(String(secretDataBytesMax));
    expect(node.calls.length).toBe(before);
  },
);

test("a secret at the limit is sent", async () => {
  const io = recordingIo({ all: new Uint8Array(secretDataBytesMax) });
  expect(await secretCommand(["create", "edge", "--data-dir", node.dir], io)).toBe(0);
  expect(io.stdout).toEqual(["new1"]);
});

test("secret ls --json is an array of objects, --quiet the ids, and not both", async () => {
  const json = recordingIo();
  await secretCommand(["ls", "--json", "--data-dir", node.dir], json);
  const parsed = JSON.parse(json.stdout.join("\n")) as { id: string; name: string; dataBytes: number }[];
  expect(parsed.map((s) => [s.id, s.name, s.dataBytes])).toEqual([
    ["aaa111", "db", 7],
    ["bbb222", "tls", 9],
  ]);
  const quiet = recordingIo();
  await secretCommand(["ls", "--quiet", "--data-dir", node.dir], quiet);
  expect(quiet.stdout).toEqual(["aaa111", "bbb222"]);
  const both = await secretCommand(["ls", "--quiet", "--json", "--data-dir", node.dir], recordingIo()).catch(
    (e: unknown) => e,
  );
  expect((both as { code?: string }).code).toBe("USAGE");
});

test("secret inspect takes several references: one object for one, an array for several", async () => {
  const one = recordingIo();
  await secretCommand(["inspect", "db", "--data-dir", node.dir], one);
  expect((JSON.parse(one.stdout.join("\n")) as { id: string }).id).toBe("aaa111");
  const two = recordingIo();
  await secretCommand(["inspect", "db", "tls", "--data-dir", node.dir], two);
  expect((JSON.parse(two.stdout.join("\n")) as { id: string }[]).map((s) => s.id)).toEqual([
    "aaa111",
    "bbb222",
  ]);
});
