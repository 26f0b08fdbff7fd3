// Runs interaction scripts (test/raft/testdata/*.txt) against a fresh InteractionEnv and checks
// each command's output against the golden transcript in the file.
//
// File format: lines starting with `#` and blank lines are comments, kept as they are. Every
// other line is a command, followed by a `----` line, then its expected output, which ends at the
// next blank line (or the end of the file):
//
//     # Node 1 campaigns.
//     campaign 1
//     ----
//     INFO 1 is StatePreCandidate Term:0 Lead:0
//
// To (re)generate the expected outputs, run with REWRITE=1 in the environment:
//
//     REWRITE=1 npx vitest run test/raft/interaction.test.ts
//
// which rewrites each file in place with the actual outputs (comments and commands are kept)
// instead of comparing. Then READ the diff (`git diff test/raft/testdata`): a golden file is only
// worth having if every line of it is correct Raft behaviour.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { unifiedDiff } from "./diff.js";
import { InteractionEnv } from "./env.js";

export const TESTDATA_DIR = join(import.meta.dirname, "..", "testdata");

const SEPARATOR = "----";

interface Block {
  readonly kind: "block";
  /** 1-based line of the command. */
  readonly line: number;
  readonly command: string;
  readonly expected: string[];
}

type Item = { readonly kind: "verbatim"; readonly text: string } | Block;

export function parseScript(text: string, file: string): Item[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const items: Item[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.startsWith("#")) {
      items.push({ kind: "verbatim", text: line });
      i++;
      continue;
    }
    const commandLine = i + 1;
    if (lines[i + 1] !== SEPARATOR) {
      throw new Error(
        `${file}:${commandLine}: command ${JSON.stringify(line)} is not followed by ${SEPARATOR}`,
      );
    }
    i += 2;
    const expected: string[] = [];
    while (i < lines.length && (lines[i] ?? "").trim() !== "") expected.push(lines[i++] ?? "");
    i++; // the blank line that ends the block
    items.push({ kind: "block", line: commandLine, command: line.trim(), expected });
  }
  return items;
}

export interface ScriptResult {
  readonly file: string;
  readonly commands: number;
  /** One message per command whose output differs, each with a unified diff. */
  readonly failures: string[];
  readonly rewritten: boolean;
}

/** Runs one script; with rewrite, writes the actual outputs back into the file. */
export function runScript(path: string, rewrite = process.env["REWRITE"] === "1"): ScriptResult {
  const file = relative(process.cwd(), path);
  const items = parseScript(readFileSync(path, "utf8"), file);
  const env = new InteractionEnv();
  const failures: string[] = [];
  const rewrittenLines: string[] = [];
  let commands = 0;
  for (const item of items) {
    if (item.kind === "verbatim") {
      rewrittenLines.push(item.text);
      continue;
    }
    commands++;
    let actual: string[];
    try {
      actual = env.handle(item.command).split("\n");
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new Error(`${file}:${item.line}: ${item.command}: ${msg}`, { cause: e });
    }
    rewrittenLines.push(item.command, SEPARATOR, ...actual, "");
    if (!sameLines(item.expected, actual)) {
      const firstExpectedLine = item.line + 2;
      failures.push(
        [
          `${file}:${item.line}: output of \`${item.command}\` differs from the expected block at line ${firstExpectedLine}`,
          `--- ${file} (expected)`,
          "+++ actual",
          ...unifiedDiff(item.expected, actual, firstExpectedLine),
        ].join("\n"),
      );
    }
  }
  if (commands === 0) throw new Error(`${file}: no commands`);
  if (rewrite) {
    // One newline at the end, whatever the file ended with.
    while (rewrittenLines.length > 0 && rewrittenLines[rewrittenLines.length - 1] === "")
      rewrittenLines.pop();
    writeFileSync(path, `${rewrittenLines.join("\n")}\n`);
  }
  return { file, commands, failures: rewrite ? [] : failures, rewritten: rewrite };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

export function testdataFiles(dir = TESTDATA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}
