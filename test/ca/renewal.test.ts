import { describe, expect, test } from "vitest";
import {
  drawRenewalFraction,
  renewalDecision,
  renewalFractionMax,
  renewalFractionMin,
} from "../../src/ca/index.js";
import { caErrorOf, seededEntropy } from "./fixtures.js";

const window = { notBeforeMs: 1_000, notAfterMs: 11_000 };

describe("renewalDecision", () => {
  test("waits until the chosen point of the window, then renews", () => {
    const at = (nowMs: number): unknown => renewalDecision({ ...window, nowMs, renewAtFraction: 0.6 });
    expect(at(1_000)).toEqual({ action: "wait", renewAtMs: 7_000 });
    expect(at(6_999)).toEqual({ action: "wait", renewAtMs: 7_000 });
    expect(at(7_000)).toEqual({ action: "renew" });
    expect(at(11_000)).toEqual({ action: "renew" });
  });

  test("past expiry it cannot renew over mTLS; before the window the clock is suspect", () => {
    expect(renewalDecision({ ...window, nowMs: 11_001, renewAtFraction: 0.5 })).toEqual({
      action: "expired",
    });
    expect(renewalDecision({ ...window, nowMs: 999, renewAtFraction: 0.5 })).toEqual({
      action: "not-yet-valid",
    });
  });

  test("a fraction outside [0.5, 0.8] or an empty window is a configuration error", async () => {
    for (const renewAtFraction of [0.49, 0.81, Number.NaN]) {
      const error = await caErrorOf(() => renewalDecision({ ...window, nowMs: 2_000, renewAtFraction }));
      expect(error.type).toMatchObject({ code: "CONFIG_INVALID", field: "renewAtFraction" });
    }
    const empty = await caErrorOf(() =>
      renewalDecision({ nowMs: 0, notBeforeMs: 5, notAfterMs: 5, renewAtFraction: 0.5 }),
    );
    expect(empty.code).toBe("CONFIG_INVALID");
  });
});

describe("drawRenewalFraction", () => {
  test("stays within [0.5, 0.8] and spreads nodes out", () => {
    const entropy = seededEntropy(3);
    const draws = Array.from({ length: 200 }, () => drawRenewalFraction(entropy));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(renewalFractionMin);
    expect(Math.max(...draws)).toBeLessThanOrEqual(renewalFractionMax);
    expect(new Set(draws).size).toBeGreaterThan(150);
    expect(Math.max(...draws) - Math.min(...draws)).toBeGreaterThan(0.25);
  });

  test("is replayable from the same seed", () => {
    const a = seededEntropy(9);
    const b = seededEntropy(9);
    expect([drawRenewalFraction(a), drawRenewalFraction(a)]).toEqual([
      drawRenewalFraction(b),
      drawRenewalFraction(b),
    ]);
  });
});
