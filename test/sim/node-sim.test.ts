// The node-layer simulator: a seed replays byte for byte, calm seeds find nothing, and the
// checkers catch a planted bug (a store that diverges, a lost acknowledged write).
import { describe, expect, it } from "vitest";
import { checkSecretHistory } from "../../src/sim/linearizability/index.js";
import { checkAcknowledgedWrites } from "../../src/sim/node/history.js";
import type { SecretOperation } from "../../src/sim/node/history.js";
import { runNodeSeed } from "../../src/sim/node/node-sim.js";

const faultMs = 6_000;

describe("node-layer simulation", () => {
  it.each([3, 11])("seed %i gives the same transcript twice and no violation", async (seed) => {
    const first = await runNodeSeed({ seed, faultMs });
    const second = await runNodeSeed({ seed, faultMs });
    expect(
      first.violations,
      `replay: npm run sim -- --layer node --seed ${seed} --fault-ms ${faultMs}`,
    ).toEqual([]);
    expect(second.transcript).toBe(first.transcript);
    expect(second.history).toEqual(first.history);
    expect(first.history.length).toBeGreaterThan(0);
  });

  it("its recorded history is linearizable, and a read changed to a value never written is not", async () => {
    const { history } = await runNodeSeed({ seed: 3, faultMs });
    expect(checkSecretHistory(history).verdict).toBe("ok");
    const i = history.findIndex((op) => op.input.op === "get" && op.output !== undefined);
    expect(i).toBeGreaterThanOrEqual(0);
    const tampered = history.map((op, j) => (j === i ? { ...op, output: { value: "never-written" } } : op));
    expect(checkSecretHistory(tampered).verdict).toBe("violation");
  });

  it("catches a store that diverges from the others at the same applied index", async () => {
    const result = await runNodeSeed({ seed: 3, faultMs, plant: "diverge-store" });
    expect(result.violations.some((v) => v.startsWith("stores differ at applied index"))).toBe(true);
  });
});

const write = (
  id: number,
  input: SecretOperation["input"],
  invokeMs: number,
  returnMs: number | null,
  acked = true,
): SecretOperation => ({
  id,
  client: id,
  input,
  output: acked ? { ok: true } : undefined,
  invokeMs,
  returnMs,
});

describe("checkAcknowledgedWrites", () => {
  it("accepts a final state some write that may come last explains", () => {
    const history = [
      write(1, { op: "create", name: "a", value: "v1" }, 0, 10),
      write(2, { op: "update", name: "a", value: "v2" }, 20, 30),
      // Unknown outcome, concurrent with nothing acknowledged later: may be last.
      write(3, { op: "update", name: "a", value: "v3" }, 40, null, false),
    ];
    expect(checkAcknowledgedWrites(history, new Map([["a", "v2"]]))).toEqual([]);
    expect(checkAcknowledgedWrites(history, new Map([["a", "v3"]]))).toEqual([]);
  });

  it("reports an acknowledged write the final state lost", () => {
    const history = [
      write(1, { op: "create", name: "a", value: "v1" }, 0, 10),
      write(2, { op: "update", name: "a", value: "v2" }, 20, 30),
    ];
    const lost = checkAcknowledgedWrites(history, new Map([["a", "v1"]]));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain("acknowledged write lost: secret a");
    expect(checkAcknowledgedWrites(history, new Map())).toHaveLength(1);
  });

  it("reports a value no write ever wrote", () => {
    expect(checkAcknowledgedWrites([], new Map([["a", "ghost"]]))).toHaveLength(1);
  });
});
