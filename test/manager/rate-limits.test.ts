// Rate limits and visible refusals of the API: a worker renewing in a loop, a flood of joins with
// bad tokens (refused before any read through the leader), watches per node; every refusal in
// the status's `refusals` and in a few log lines, not one per attempt.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createJoinTokens } from "../../src/ca/index.js";
import { soleCluster } from "../../src/fsm/index.js";
import { keelapi } from "../../src/gen/api.js";
import { rootCaOf } from "../../src/manager/api/root.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import { joinCluster } from "../../src/manager/join.js";
import { RateLimiter } from "../../src/manager/rate-limit.js";
import { Worker } from "../../src/manager/worker.js";
import { SimClock, SystemClock } from "../../src/node/clock.js";
import { createNodeKey } from "../../src/ca/index.js";
import { RpcClient } from "../../src/transport/rpc-client.js";
import { TransportError } from "../../src/transport/errors.js";
import { seededEntropy } from "../ca/fixtures.js";
import { CapturedLog, TempDirs, api, tuning } from "./helpers.js";

const renewalBurst = 3;
const joinBurst = 8;
const dirs = new TempDirs();
const log = new CapturedLog("rate-limits");
let init: Initialized;
let worker: Worker;

beforeAll(async () => {
  const limited = {
    ...tuning,
    rateLimits: {
      renewal: { burst: renewalBurst, refillMs: 60 * 60_000 },
      joinPerSource: { burst: joinBurst, refillMs: 60 * 60_000 },
      watchesPerNodeMax: 1,
    },
  };
  init = await initCluster(
    { dataDir: await dirs.make("m1"), listen: "127.0.0.1:0", autolock: false },
    { log: log.logger.with({ n: "m1" }), tuning: limited },
  );
  const w1 = await joinCluster(
    {
      dataDir: await dirs.make("w1"),
      token: init.joinTokens.worker,
      join: init.address,
      listen: "127.0.0.1:0",
    },
    { log: log.logger.with({ n: "w1" }), tuning: limited },
  );
  if (!(w1 instanceof Worker)) throw new Error("not a worker");
  worker = w1;
});

afterAll(async () => {
  await worker?.stop();
  await init?.manager.stop();
  await dirs.cleanup();
});

/** remoteCodeOf is the code a manager answered a failed call with. */
async function remoteCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TransportError && error.type.code === "RPC_FAILED") return error.type.remoteCode;
    throw error;
  }
  throw new Error("expected a failure");
}

function refusals(status: keelapi.StatusResponse): Record<string, number> {
  return Object.fromEntries(Object.entries(status.refusals).map(([k, v]) => [k, Number(v)]));
}

describe("RateLimiter (on a simulated clock)", () => {
  test("a burst, then one per refill interval, per key; keys are bounded", () => {
    const clock = new SimClock();
    const limiter = new RateLimiter("renewal", { burst: 2, refillMs: 1_000 }, clock, 2);
    expect([limiter.tryTake("a"), limiter.tryTake("a")]).toEqual([0, 0]);
    expect(limiter.tryTake("a")).toBe(1_000);
    expect(limiter.tryTake("b")).toBe(0);
    clock.advance(600);
    expect(limiter.tryTake("a")).toBe(400);
    clock.advance(400);
    expect(limiter.tryTake("a")).toBe(0);
    expect(limiter.tryTake("a")).toBe(1_000);
    // A third key forgets the least recently used one (b), which starts full again.
    expect(limiter.tryTake("c")).toBe(0);
    expect([limiter.tryTake("b"), limiter.tryTake("b")]).toEqual([0, 0]);
    expect(() => limiter.take("b")).toThrowError(expect.objectContaining({ code: "RATE_LIMITED" }) as Error);
  });
});

describe("a manager under request floods", () => {
  test("a worker renewing in a loop gets a bounded number of certificates, then RATE_LIMITED", async () => {
    const { csrPem } = await createNodeKey();
    const renew = () =>
      worker.call("keel.api.RenewCertificate", keelapi.JoinRequest.encode({ csrPem }).finish());
    // Certificates for a key the worker never swaps in: only the count matters here.
    for (let i = 0; i < renewalBurst; i++) await renew();
    const issued = init.manager.node.store.get("node", worker.identity.nodeId)?.meta.version ?? 0;
    for (let i = 0; i < 5; i++) expect(await remoteCodeOf(renew())).toBe("RATE_LIMITED");
    // Refused before any Raft write.
    expect(init.manager.node.store.get("node", worker.identity.nodeId)?.meta.version).toBe(issued);
    expect(refusals(await api.status(init.manager))["rate-limited-renewal"]).toBe(5);
  });

  test("bad join tokens are refused before any read through the leader, then rate limited", async () => {
    const cluster = soleCluster(init.manager.node.store);
    if (cluster === undefined) throw new Error("no cluster");
    const wrong = createJoinTokens((await rootCaOf(cluster)).digest, seededEntropy(7)).worker;
    const { csrPem } = await createNodeKey();
    const stranger = await RpcClient.connect(
      { address: init.address, trust: { kind: "anonymous", rootCaPem: init.manager.context.rootCaPem } },
      { clock: new SystemClock() },
    );
    const reads = vi.spyOn(init.manager.node, "linearizableRead");
    const warnsBefore = log.events("refused").length;
    try {
      const join = () =>
        stranger.call("keel.api.Join", keelapi.JoinRequest.encode({ token: wrong, csrPem }).finish());
      const codes: string[] = [];
      for (let i = 0; i < joinBurst + 12; i++) codes.push(await remoteCodeOf(join()));
      // The worker's own join, from the same address, spent one attempt of the burst.
      const refusedByToken = joinBurst - 1;
      expect(codes).toEqual([
        ...Array<string>(refusedByToken).fill("TOKEN_NOT_CURRENT"),
        ...Array<string>(codes.length - refusedByToken).fill("RATE_LIMITED"),
      ]);
      expect(reads).not.toHaveBeenCalled();
      const counted = refusals(await api.status(init.manager));
      expect(counted["join-token-invalid"]).toBe(refusedByToken);
      expect(counted["rate-limited-join"]).toBe(codes.length - refusedByToken);
      // Two kinds from one source: two lines, whatever the flood's size.
      const lines = log.events("refused").slice(warnsBefore);
      expect(lines.map((l) => l["kind"]).sort()).toEqual(["join-token-invalid", "rate-limited-join"]);
    } finally {
      reads.mockRestore();
      await stranger.close();
    }
  });

  test("a node may run a bounded number of watches at once", async () => {
    const watch = () =>
      worker.call(
        "keel.api.WatchNetworkKeys",
        keelapi.WatchNetworkKeysRequest.encode({ sinceVersion: 1_000_000, waitMs: 1_500 }).finish(),
      );
    // The worker's own agent may hold its one watch already: one of these two is refused.
    const outcomes = await Promise.allSettled([watch(), watch()]);
    const codes = await Promise.all(
      outcomes.map((o) => (o.status === "fulfilled" ? "OK" : remoteCodeOf(Promise.reject(o.reason)))),
    );
    expect(codes).toContain("RATE_LIMITED");
    expect(refusals(await api.status(init.manager))["rate-limited-watch"]).toBeGreaterThanOrEqual(1);
  });
});
