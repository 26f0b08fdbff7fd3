// The seeded cluster runner is a pure function of its seed: one seed run twice produces the
// same transcript, line for line, the same hash and the same summary. Without this, a failing
// seed printed by `npm run sim` could not be replayed.
import fc from "fast-check";
import { expect, test } from "vitest";
import { runSeed } from "../../src/sim/raft-sim.js";

function run(seed: number): { lines: string[]; result: ReturnType<typeof runSeed> } {
  const lines: string[] = [];
  const result = runSeed(seed, { steps: 400, log: (line) => lines.push(line) });
  return { lines, result };
}

test("one seed of the raft runner replays byte-identically", () => {
  fc.assert(
    fc.property(fc.nat({ max: 0x7fff_ffff }), (seed) => {
      const first = run(seed);
      const second = run(seed);
      expect(second.lines.join("\n")).toBe(first.lines.join("\n"));
      expect(second.result.transcript).toBe(first.result.transcript);
      expect(second.result.summary).toEqual(first.result.summary);
      expect(second.result.violations).toEqual(first.result.violations);
      // The transcript is not trivially constant: it covers every step of the run.
      expect(first.lines.length).toBeGreaterThan(400);
    }),
    { numRuns: 8 },
  );
});

test("different seeds give different transcripts", () => {
  expect(run(7).result.transcript).not.toBe(run(8).result.transcript);
});
