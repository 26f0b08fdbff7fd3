// Logs are JSON lines on stderr, one object per line: {"ts", "level", "event", "node", "msg", ...}.
// `event` is a stable name a harness can wait for (src/cli/README.md lists them); the rest is
// for people. Levels filter what is written.

export type LogLevel = "debug" | "info" | "warn" | "error";

const rank: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  with(fields: LogFields): Logger;
}

export function isLogLevel(value: string): value is LogLevel {
  return Object.hasOwn(rank, value);
}

/** What a line logger takes: the lowest level written, where lines go, the clock, fixed fields. */
export interface LineLoggerOptions {
  level?: LogLevel;
  write?: (line: string) => void;
  now?: () => number;
  fields?: LogFields;
}

/** One event as one line of text, in some format (JSON for programs, text for a person). */
export type LineFormat = (nowMs: number, level: LogLevel, event: string, fields: LogFields) => string;

/** lineLogger writes one line per event at `level` and above through `write` (stderr by default). */
export function lineLogger(format: LineFormat, options: LineLoggerOptions = {}): Logger {
  const min = rank[options.level ?? "info"];
  const write = options.write ?? ((line: string) => void process.stderr.write(line + "\n"));
  const now = options.now ?? Date.now;
  const base = options.fields ?? {};
  const emit = (level: LogLevel, event: string, fields: LogFields = {}): void => {
    if (rank[level] >= min) write(format(now(), level, event, { ...base, ...fields }));
  };
  return {
    debug: (event, fields) => emit("debug", event, fields),
    info: (event, fields) => emit("info", event, fields),
    warn: (event, fields) => emit("warn", event, fields),
    error: (event, fields) => emit("error", event, fields),
    with: (fields) => lineLogger(format, { ...options, fields: { ...base, ...fields } }),
  };
}

/** jsonLine is one event as a JSON line (the contract in src/cli/README.md). */
export function jsonLine(nowMs: number, level: LogLevel, event: string, fields: LogFields): string {
  return JSON.stringify({ ts: new Date(nowMs).toISOString(), level, event, ...fields }, replacer);
}

/** jsonLogger writes JSON lines at `level` and above through `write` (stderr by default). */
export function jsonLogger(options: LineLoggerOptions = {}): Logger {
  return lineLogger(jsonLine, options);
}

/** silentLogger drops everything (tests that do not look at logs). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  with: () => silentLogger,
};

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  return value;
}
