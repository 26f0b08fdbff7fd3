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

/** What a command accepts: its flags, and how many positionals (none unless said). */
export interface ArgSpec {
  readonly values?: readonly string[];
  readonly booleans?: readonly string[];
  readonly repeated?: readonly string[];
  readonly positionals?: { readonly min?: number; readonly max: number };
}

/**
 * parseArgs reads argv against what a command accepts. Strict, so that a typo never does
 * something else: an unknown flag, a flag given twice (but a repeated one), a value flag whose
 * value looks like a flag (write `--flag=--x` to mean it), a single-dash flag and a positional
 * too many or too few are usage errors. `--` ends the flags; `-` is a positional (stdin).
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): Parsed {
  const repeated = new Set(spec.repeated ?? []);
  const values = new Set(spec.values ?? []);
  const booleans = new Set(spec.booleans ?? []);
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (flagsEnded || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      flagsEnded = true;
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageError(`unknown flag ${arg} (flags start with --)`);
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (!repeated.has(name) && flags.has(name)) throw new UsageError(`--${name} is given twice`);
    if (repeated.has(name) || values.has(name)) {
      const next = argv[i + 1];
      if (inline === undefined && (next === undefined || next.startsWith("--"))) {
        throw new UsageError(`--${name} takes a value`);
      }
      const value = inline ?? argv[++i] ?? "";
      const previous = flags.get(name);
      flags.set(name, repeated.has(name) && typeof previous === "string" ? `${previous}\n${value}` : value);
    } else if (booleans.has(name)) {
      if (inline !== undefined && inline !== "true" && inline !== "false") {
        throw new UsageError(`--${name} is true or false`);
      }
      // Recorded either way, so that a repeat is caught; only `true` counts as set.
      flags.set(name, inline === "false" ? "false" : true);
    } else {
      throw new UsageError(`unknown flag --${name}`);
    }
  }
  const { min = 0, max } = spec.positionals ?? { max: 0 };
  if (positionals.length > max) throw new UsageError(`unexpected argument ${positionals[max] ?? ""}`);
  if (positionals.length < min) throw new UsageError(`${min - positionals.length} argument(s) missing`);
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
