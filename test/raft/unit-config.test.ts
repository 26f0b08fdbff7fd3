// Configuration validation (each invalid field is CONFIG_INVALID naming that field) and the
// seeded PRNG's determinism.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { RaftConfig } from "../../src/raft/config.js";
import { RAFT_DEFAULTS, resolveConfig } from "../../src/raft/config.js";
import { RaftError } from "../../src/raft/errors.js";
import { Prng } from "../../src/raft/prng.js";
import { RawNode } from "../../src/raft/raw-node.js";
import { MemoryStorage } from "../../src/raft/storage.js";

const base = (): RaftConfig => ({ id: 1, storage: MemoryStorage.withVoters([1]), prng: Prng.fromSeed(1) });

function invalidField(overrides: Partial<RaftConfig>): string {
  try {
    resolveConfig({ ...base(), ...overrides });
  } catch (e) {
    if (e instanceof RaftError && e.type.code === "CONFIG_INVALID") return e.type.field;
    throw e;
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("config validation", () => {
  test("defaults: PreVote, CheckQuorum and StepDownOnRemoval are on", () => {
    const c = resolveConfig(base());
    expect([c.preVote, c.checkQuorum, c.stepDownOnRemoval]).toEqual([true, true, true]);
    expect(c.electionTicks).toBe(RAFT_DEFAULTS.electionTicks);
    // An explicit undefined falls back to the default rather than erasing it.
    expect(
      resolveConfig({ ...base(), electionTicks: undefined } as unknown as RaftConfig).electionTicks,
    ).toBe(10);
  });

  test.each([
    ["id", { id: 0 }],
    ["id", { id: -3 }],
    ["id", { id: 1.5 }],
    ["heartbeatTicks", { heartbeatTicks: 0 }],
    ["heartbeatTicks", { heartbeatTicks: 0.5 }],
    ["electionTicks", { electionTicks: 1 }],
    ["electionTicks", { electionTicks: 5, heartbeatTicks: 5 }],
    ["electionTicks", { electionTicks: 10.5 }],
    ["maxInflightMsgs", { maxInflightMsgs: 0 }],
    ["maxSizePerMsg", { maxSizePerMsg: 0 }],
    ["maxCommittedSizePerReady", { maxCommittedSizePerReady: 0 }],
    ["maxUncommittedEntriesSize", { maxUncommittedEntriesSize: -1 }],
    ["maxInflightBytes", { maxInflightBytes: -1 }],
    ["maxInflightBytes", { maxInflightBytes: 100, maxSizePerMsg: 200 }],
    ["applied", { applied: -1 }],
    ["readOnlyOption", { readOnlyOption: "lease-based", checkQuorum: false }],
  ] as const)("%s: %j", (field, overrides) => {
    expect(invalidField(overrides as Partial<RaftConfig>)).toBe(field);
  });

  test("valid edge values are accepted", () => {
    expect(() =>
      resolveConfig({
        ...base(),
        electionTicks: 2,
        heartbeatTicks: 1,
        maxInflightBytes: 1024,
        maxSizePerMsg: 1024,
        maxUncommittedEntriesSize: 0,
        readOnlyOption: "lease-based",
      }),
    ).not.toThrow();
  });

  test("RawNode reports invalid configuration as a typed error, not a crash", () => {
    try {
      new RawNode({ ...base(), electionTicks: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RaftError);
      expect((e as RaftError).type).toMatchObject({ code: "CONFIG_INVALID", field: "electionTicks" });
    }
  });
});

describe("prng", () => {
  const draw = (p: Prng, n: number): number[] => Array.from({ length: n }, () => p.u32());

  test("the same seed gives the same sequence; different seeds differ", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (seed) => {
        expect(draw(Prng.fromSeed(seed), 16)).toEqual(draw(Prng.fromSeed(seed), 16));
        expect(draw(Prng.fromSeed(seed), 16)).not.toEqual(draw(Prng.fromSeed(seed + 1), 16));
      }),
      { numRuns: 200 },
    );
  });

  test("a pinned sequence (so a change of the generator is noticed: it would change every replay)", () => {
    expect(draw(Prng.fromSeed(7), 4)).toEqual([1004282400, 2200021487, 1928073449, 741806228]);
    const p = Prng.fromSeed(0);
    const values = draw(p, 1000);
    expect(new Set(values).size).toBeGreaterThan(990);
    for (const v of values) expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
  });

  test("ranges: below, between, float, chance, pick", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 1000 }), (seed, bound) => {
        const p = Prng.fromSeed(seed);
        for (let i = 0; i < 20; i++) {
          const b = p.below(bound);
          expect(b >= 0 && b < bound && Number.isInteger(b)).toBe(true);
          const x = p.between(-3, 3);
          expect(x >= -3 && x <= 3).toBe(true);
          const f = p.float();
          expect(f >= 0 && f < 1).toBe(true);
        }
        expect(p.below(1)).toBe(0);
        expect(p.chance(0, 5)).toBe(false);
        expect(p.chance(5, 5)).toBe(true);
        expect(["a", "b"]).toContain(p.pick(["a", "b"]));
      }),
      { numRuns: 100 },
    );
    expect(() => Prng.fromSeed(1).pick([])).toThrow(RangeError);
  });

  test("forks are deterministic and independent of the parent's later draws", () => {
    const a = Prng.fromSeed(42);
    const b = Prng.fromSeed(42);
    const fa = a.fork();
    const fb = b.fork();
    a.u32();
    expect(draw(fa, 8)).toEqual(draw(fb, 8));
    expect(draw(a, 8)).not.toEqual(draw(fa, 8));
  });

  test("a node's election timeouts depend only on its seed", () => {
    const timeouts = (seed: number): number[] => {
      const node = new RawNode({
        id: 1,
        storage: MemoryStorage.withVoters([1, 2, 3]),
        prng: Prng.fromSeed(seed),
      });
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        // Each campaign re-randomizes the timeout.
        node.campaign();
        out.push(node.raftForTesting.randomizedElectionTimeout);
      }
      return out;
    };
    expect(timeouts(9)).toEqual(timeouts(9));
    for (const t of timeouts(9)) expect(t >= 10 && t < 20).toBe(true);
  });
});
