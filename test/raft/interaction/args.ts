// Parsing of one script command line: `name pos1 pos2 key=value key=(a b c) "quoted words"`.

export class ScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScriptError";
  }
}

export class Command {
  readonly name: string;
  /** Bare arguments, in order (quoted strings unquoted). */
  readonly positional: readonly string[];
  private readonly keyed: ReadonlyMap<string, readonly string[]>;
  private readonly used = new Set<string>();

  constructor(readonly text: string) {
    const tokens = tokenize(text);
    const [name, ...rest] = tokens;
    if (name === undefined) throw new ScriptError("empty command");
    this.name = name.value;
    const positional: string[] = [];
    const keyed = new Map<string, string[]>();
    for (const t of rest) {
      const eq = t.quoted ? -1 : t.value.indexOf("=");
      if (eq <= 0) {
        positional.push(t.value);
        continue;
      }
      const key = t.value.slice(0, eq);
      let value = t.value.slice(eq + 1);
      if (keyed.has(key)) throw new ScriptError(`argument ${key} given twice`);
      if (value.startsWith("(") && value.endsWith(")")) {
        value = value.slice(1, -1).trim();
        keyed.set(key, value === "" ? [] : value.split(/\s+/));
      } else {
        keyed.set(key, [value]);
      }
    }
    this.positional = positional;
    this.keyed = keyed;
  }

  has(key: string): boolean {
    return this.keyed.has(key);
  }

  list(key: string): readonly string[] | undefined {
    const v = this.keyed.get(key);
    if (v !== undefined) this.used.add(key);
    return v;
  }

  string(key: string): string | undefined {
    const v = this.list(key);
    if (v === undefined) return undefined;
    if (v.length !== 1 || v[0] === undefined) throw new ScriptError(`argument ${key} takes one value`);
    return v[0];
  }

  int(key: string): number | undefined {
    const v = this.string(key);
    return v === undefined ? undefined : toInt(v, key);
  }

  bool(key: string): boolean | undefined {
    const v = this.string(key);
    if (v === undefined) return undefined;
    if (v !== "true" && v !== "false") throw new ScriptError(`argument ${key} must be true or false`);
    return v === "true";
  }

  ids(key: string): number[] | undefined {
    return this.list(key)?.map((v) => toInt(v, key));
  }

  /** The positional argument at i, as an integer. */
  posInt(i: number, what: string): number {
    const v = this.positional[i];
    if (v === undefined) throw new ScriptError(`${this.name}: missing ${what}`);
    return toInt(v, what);
  }

  /** Fails on keyed arguments the handler never looked at, so typos do not pass silently. */
  checkAllUsed(): void {
    const unused = [...this.keyed.keys()].filter((k) => !this.used.has(k));
    if (unused.length > 0) throw new ScriptError(`${this.name}: unknown argument(s) ${unused.join(", ")}`);
  }
}

export function toInt(v: string, what: string): number {
  if (!/^-?\d+$/.test(v)) throw new ScriptError(`${what}: ${JSON.stringify(v)} is not an integer`);
  return Number(v);
}

interface Token {
  readonly value: string;
  readonly quoted: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new ScriptError(`unterminated quote in ${JSON.stringify(text)}`);
      tokens.push({ value: text.slice(i + 1, end), quoted: true });
      i = end + 1;
      continue;
    }
    let value = "";
    let depth = 0;
    while (i < text.length) {
      const d = text[i] ?? "";
      if ((d === " " || d === "\t") && depth === 0) break;
      if (d === "(") depth++;
      if (d === ")") depth--;
      value += d;
      i++;
    }
    if (depth !== 0) throw new ScriptError(`unbalanced parentheses in ${JSON.stringify(text)}`);
    tokens.push({ value, quoted: false });
  }
  return tokens;
}
