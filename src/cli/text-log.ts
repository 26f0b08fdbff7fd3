// Logs for a person at a terminal: one readable line per event, `HH:MM:SS.mmm LEVEL event
// key=value ...`, the same events and fields as the JSON lines a program reads
// (src/cli/README.md). Which one a node writes: --log-format, KEEL_LOG_FORMAT, else text when
// stderr is a terminal and JSON lines otherwise.
import { isLogLevel, jsonLogger, lineLogger } from "../manager/log.js";
import type { LineLoggerOptions, LogFields, LogLevel, Logger } from "../manager/log.js";
import { UsageError } from "./args.js";

export type LogFormat = "json" | "text";

function render(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return JSON.stringify(`${value.message}${typeof code === "string" ? ` [${code}]` : ""}`);
  }
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (typeof value === "string")
    return /^[\w.:/@+-]*$/.test(value) && value !== "" ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** textLine is one event as a person reads it. */
export function textLine(nowMs: number, level: LogLevel, event: string, fields: LogFields): string {
  const time = new Date(nowMs).toISOString().slice(11, 23);
  const rest = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${render(v)}`);
  return [time, level.toUpperCase().padEnd(5), event, ...rest].join(" ");
}

export function textLogger(options: LineLoggerOptions = {}): Logger {
  return lineLogger(textLine, options);
}

/** nodeLogger is the logger of init, join and run, from their flags and the environment. */
export function nodeLogger(
  flags: { level: string | undefined; format: string | undefined },
  stderrIsTerminal: boolean = process.stderr.isTTY,
): Logger {
  const level = flags.level ?? process.env["KEEL_LOG_LEVEL"] ?? "info";
  if (!isLogLevel(level)) throw new UsageError("--log-level is debug, info, warn or error");
  const format = flags.format ?? process.env["KEEL_LOG_FORMAT"] ?? (stderrIsTerminal ? "text" : "json");
  if (format !== "json" && format !== "text") throw new UsageError("--log-format is json or text");
  return format === "text" ? textLogger({ level }) : jsonLogger({ level });
}
