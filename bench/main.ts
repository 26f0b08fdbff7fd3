// `npm run bench -- NAME [args]` runs bench/NAME.ts; with no name, every benchmark in turn.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "main.ts" && !f.startsWith("_"))
  .map((f) => f.slice(0, -3))
  .sort();
const requested = process.argv[2];
if (requested !== undefined && !available.includes(requested)) {
  console.error(`unknown benchmark "${requested}"; available: ${available.join(", ")}`);
  process.exit(2);
}
for (const name of requested === undefined ? available : [requested]) {
  const module = (await import(join(here, `${name}.ts`))) as { main: (args: string[]) => Promise<void> };
  await module.main(process.argv.slice(3));
}
