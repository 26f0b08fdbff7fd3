// Generates static protobufjs code for every proto/*.proto into src/gen/.
// With --check, generates into a temporary folder and fails if the committed code differs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";

const check = process.argv.includes("--check");
const outDir = check ? mkdtempSync(join(tmpdir(), "keel-proto-")) : "src/gen";
const bin = (name) => join("node_modules", ".bin", name);
const protos = readdirSync("proto")
  .filter((f) => f.endsWith(".proto"))
  .sort();

for (const proto of protos) {
  const name = basename(proto, ".proto");
  const js = join(outDir, `${name}.js`);
  // A root per file: files sharing one root overwrite each other's top-level namespace.
  execFileSync(bin("pbjs"), [
    "-r",
    name,
    "-t",
    "static-module",
    "-w",
    "es6",
    "--no-beautify",
    "--force-number",
    "-o",
    js,
    join("proto", proto),
  ]);
  execFileSync(bin("pbts"), ["--no-comments", "-o", join(outDir, `${name}.d.ts`), js]);
}

if (check) {
  const drift = [];
  for (const proto of protos) {
    for (const ext of [".js", ".d.ts"]) {
      const file = basename(proto, ".proto") + ext;
      const committed = join("src/gen", file);
      if (
        !existsSync(committed) ||
        readFileSync(committed, "utf8") !== readFileSync(join(outDir, file), "utf8")
      ) {
        drift.push(committed);
      }
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  if (drift.length > 0) {
    console.error(`generated protobuf code is out of date: ${drift.join(", ")}; run npm run gen:proto`);
    process.exit(1);
  }
  console.log(`proto check: ${protos.length} file(s), no drift`);
}
