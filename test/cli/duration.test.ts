// Durations on the command line (--cert-expiry, cluster update): Go-style units, a day as 24 h; anything else a usage error.
import { describe, expect, test } from "vitest";
import { parseDurationMs } from "../../src/cli/duration.js";

describe("parseDurationMs", () => {
  test("whole units, alone or combined", () => {
    expect(parseDurationMs("x", "2160h")).toBe(90 * 24 * 3_600_000);
    expect(parseDurationMs("x", "90d")).toBe(90 * 24 * 3_600_000);
    expect(parseDurationMs("x", "1h30m")).toBe(90 * 60_000);
    expect(parseDurationMs("x", "45s")).toBe(45_000);
    expect(parseDurationMs("x", "1500ms")).toBe(1500);
  });

  test("anything else is USAGE, naming the flag", () => {
    for (const bad of ["", "90", "1.5h", "h", "-1h", "1y", "1h 30m", "9".repeat(30) + "d"]) {
      let caught: unknown = null;
      try {
        parseDurationMs("cert-expiry", bad);
      } catch (error) {
        caught = error;
      }
      expect((caught as { code?: string } | null)?.code, bad).toBe("USAGE");
      expect((caught as Error).message).toContain("--cert-expiry");
    }
  });
});
