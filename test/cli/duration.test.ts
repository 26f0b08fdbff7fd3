// Durations on the command line (--cert-expiry): Go-style units, a day as 24 h; anything else a usage error.
import { describe, expect, test } from "vitest";
import { parseDurationMs } from "../../src/cli/duration.js";

describe("parseDurationMs", () => {
  test("whole units, alone or combined", () => {
    expect(parseDurationMs("2160h", "--x")).toBe(90 * 24 * 3_600_000);
    expect(parseDurationMs("90d", "--x")).toBe(90 * 24 * 3_600_000);
    expect(parseDurationMs("1h30m", "--x")).toBe(90 * 60_000);
    expect(parseDurationMs("45s", "--x")).toBe(45_000);
    expect(parseDurationMs("1500ms", "--x")).toBe(1500);
  });

  test("anything else is USAGE, naming the flag", () => {
    for (const bad of ["", "90", "1.5h", "h", "-1h", "1y", "1h 30m", "9".repeat(30) + "d"]) {
      let caught: unknown = null;
      try {
        parseDurationMs(bad, "--cert-expiry");
      } catch (error) {
        caught = error;
      }
      expect((caught as { code?: string } | null)?.code, bad).toBe("USAGE");
      expect((caught as Error).message).toContain("--cert-expiry");
    }
  });
});
