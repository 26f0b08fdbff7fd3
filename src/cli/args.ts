// Command-line arguments: positionals, `--flag value`, `--flag=value` and boolean `--flag`.
// Unknown flags are usage errors, so a typo never silently does something else.

export class UsageError extends Error {
  readonly code = "USAGE";

  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface Parsed {
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** parseArgs reads argv against the flags a command knows: value flags and boolean flags. */
export function parseArgs(
  argv: readonly string[],
  known: { values?: readonly string[]; booleans?: readonly string[]; repeated?: readonly string[] },
): Parsed {
  const repeated = new Set(known.repeated ?? []);
  const values = new Set(known.values ?? []);
  const booleans = new Set(known.booleans ?? []);
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (repeated.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} takes a value`);
      const previous = flags.get(name);
      flags.set(name, typeof previous === "string" ? `${previous}\n${value}` : value);
    } else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} takes a value`);
      flags.set(name, value);
    } else if (booleans.has(name)) {
      if (inline === undefined || inline === "true") flags.set(name, true);
      else if (inline !== "false") throw new UsageError(`--${name} is true or false`);
    } else {
      throw new UsageError(`unknown flag --${name}`);
    }
  }
  return { positionals, flags };
}

export function valueOf(parsed: Parsed, name: string, fallback: string): string;
export function valueOf(parsed: Parsed, name: string): string | undefined;
export function valueOf(parsed: Parsed, name: string, fallback?: string): string | undefined {
  const v = parsed.flags.get(name);
  return typeof v === "string" ? v : fallback;
}

export function isSet(parsed: Parsed, name: string): boolean {
  return parsed.flags.get(name) === true;
}

/** The data dir when --data-dir is not given. */
export const defaultDataDir = "./keel-data";

/** valuesOf is every value of a repeated flag. */
export function valuesOf(parsed: Parsed, name: string): string[] {
  const v = parsed.flags.get(name);
  return typeof v === "string" ? v.split("\n") : [];
}
