// Lists that scale: 100,000 secrets read through the paged SecretList, every page under the
// frame limit; the pager's count and byte bounds and its token on their own.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newSecret } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { newObjectId } from "../../src/manager/ids.js";
import { readAllPages } from "../../src/client/pages.js";
import { pageBytesMax, pageOf } from "../../src/manager/api/page.js";
import { frameBytesMaxDefault } from "../../src/transport/index.js";
import { CapturedLog, TempDirs, codeOf, tuning } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("list-paging");
let init: Initialized;

const secretCount = 100_000;
/** The store's proposal limit is 1000 actions: creating them directly is 100 proposals. */
const batch = 1000;

beforeAll(async () => {
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: false },
    { log: log.logger, tuning },
  );
  const ctx = init.manager.context;
  for (let made = 0; made < secretCount; made += batch) {
    const actions = Array.from({ length: batch }, (_, i) => ({
      action: "create" as const,
      kind: "secret" as const,
      object: newSecret({
        id: newObjectId(ctx.entropy),
        name: `s-${made + i}`,
        data: new Uint8Array([1, 2, 3]),
      }),
    }));
    await ctx.node.propose(actions);
  }
}, 60_000);

afterAll(async () => {
  await init.manager.stop({ transferLeadership: false });
  await dirs.cleanup();
});

describe("SecretList pages", () => {
  test("100,000 secrets, each once and in id order, no answer over the frame limit", async () => {
    const sizes: number[] = [];
    const call = async (body: Uint8Array): Promise<Uint8Array> => {
      const answer = await init.manager.call("keel.api.SecretList", body);
      sizes.push(answer.length);
      return answer;
    };
    const secrets = await readAllPages(call, (body) => {
      const page = keelapi.SecretListResponse.decode(body);
      return { items: page.secrets, nextPageToken: page.nextPageToken };
    });
    expect(secrets).toHaveLength(secretCount);
    const ids = secrets.map((s) => s.id ?? "");
    expect(new Set(ids).size).toBe(secretCount);
    expect([...ids].sort()).toEqual(ids);
    // Unpaged, the list would be over the frame limit: paging is what made it fit.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(frameBytesMaxDefault);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(pageBytesMax);
  }, 30_000);

  test("a page size bounds the count, and the token resumes after the last id", async () => {
    const first = keelapi.SecretListResponse.decode(
      await init.manager.call("keel.api.SecretList", keelapi.ListRequest.encode({ pageSize: 7 }).finish()),
    );
    expect(first.secrets).toHaveLength(7);
    expect(first.nextPageToken).toBe(first.secrets[6]?.id);
    const second = keelapi.SecretListResponse.decode(
      await init.manager.call(
        "keel.api.SecretList",
        keelapi.ListRequest.encode({ pageSize: 3, pageToken: first.nextPageToken }).finish(),
      ),
    );
    expect(second.secrets.map((s) => s.id)).toEqual(
      init.manager.node.store
        .list("secret")
        .slice(7, 10)
        .map((s) => s.id),
    );
  });

  test("NodeList pages too; a page size over the maximum is INVALID_ARGUMENT", async () => {
    const nodes = keelapi.NodeListResponse.decode(
      await init.manager.call("keel.api.NodeList", keelapi.ListRequest.encode({ pageSize: 1 }).finish()),
    );
    expect(nodes.nodes.map((n) => n.id)).toEqual([init.nodeId]);
    expect(nodes.nextPageToken).toBe("");
    const tooMany = keelapi.ListRequest.encode({ pageSize: 1_000_000 }).finish();
    expect(await codeOf(init.manager.call("keel.api.SecretList", tooMany))).toBe("INVALID_ARGUMENT");
  });
});

describe("pageOf", () => {
  const objects = ["a", "b", "c", "d", "e"].map((id) => ({ id }));

  test("stops before the byte bound, but never returns an empty page while objects remain", () => {
    const page = pageOf(
      objects,
      {},
      (o) => o.id,
      () => 40,
      100,
    );
    expect(page.items).toEqual(["a", "b"]);
    expect(page.nextPageToken).toBe("b");
    const oversized = pageOf(
      objects,
      { pageToken: "b" },
      (o) => o.id,
      () => 1000,
      100,
    );
    expect(oversized).toEqual({ items: ["c"], nextPageToken: "c" });
  });

  test("a token between ids or past the end starts after it", () => {
    expect(
      pageOf(
        objects,
        { pageToken: "bb" },
        (o) => o.id,
        () => 1,
      ).items,
    ).toEqual(["c", "d", "e"]);
    expect(
      pageOf(
        objects,
        { pageToken: "z" },
        (o) => o.id,
        () => 1,
      ),
    ).toEqual({ items: [], nextPageToken: "" });
  });
});
