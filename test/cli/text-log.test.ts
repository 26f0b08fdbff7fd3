// Node logs: readable lines on a terminal, JSON lines otherwise, --log-format to choose; the
// same events and fields either way.
import { afterEach, expect, test, vi } from "vitest";
import { nodeLogger, textLogger } from "../../src/cli/text-log.js";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

test("a text line has the time, the level, the event and its fields, one line per event", () => {
  const lines: string[] = [];
  const log = textLogger({
    level: "info",
    write: (l) => lines.push(l),
    now: () => Date.UTC(2026, 0, 2, 3, 4, 5, 678),
  });
  log.with({ node: "n1" }).info("listening", { address: "127.0.0.1:4242" });
  log.debug("hidden");
  log.warn("unlock-refused", {
    code: "WRONG_UNLOCK_KEY",
    note: "two words\nand a line",
    error: new Error("boom"),
  });
  expect(lines).toEqual([
    "03:04:05.678 INFO  listening node=n1 address=127.0.0.1:4242",
    '03:04:05.678 WARN  unlock-refused code=WRONG_UNLOCK_KEY note="two words\\nand a line" error="boom"',
  ]);
});

function firstLine(logger: ReturnType<typeof nodeLogger>): string {
  let written = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  logger.info("ready", { role: "manager" });
  vi.restoreAllMocks();
  return written;
}

test("text on a terminal, JSON lines otherwise, and --log-format or KEEL_LOG_FORMAT decide", () => {
  expect(firstLine(nodeLogger({ level: undefined, format: undefined }, true))).toMatch(
    /^\d\d:\d\d:\d\d\.\d{3} INFO {2}ready role=manager\n$/,
  );
  expect(JSON.parse(firstLine(nodeLogger({ level: undefined, format: undefined }, false)))).toMatchObject({
    level: "info",
    event: "ready",
    role: "manager",
  });
  expect(firstLine(nodeLogger({ level: undefined, format: "json" }, true)).startsWith("{")).toBe(true);
  expect(firstLine(nodeLogger({ level: undefined, format: "text" }, false)).startsWith("{")).toBe(false);
  vi.stubEnv("KEEL_LOG_FORMAT", "json");
  expect(firstLine(nodeLogger({ level: undefined, format: undefined }, true)).startsWith("{")).toBe(true);
  expect(() => nodeLogger({ level: undefined, format: "yaml" })).toThrow(/json or text/);
  expect(() => nodeLogger({ level: "loud", format: undefined })).toThrow(/debug, info, warn or error/);
});
