// A damaged file in a stopped manager's data dir (node.json, the certificates, the key file):
// seeded truncations and bit flips of each, then `keel run` with the right unlock key. Each
// run must start, or fail with a documented code and a message in the operator's words, never
// with a parser's internals (RangeError, "invalid wire type 7 at offset 353") or an uncoded Error.
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runNode } from "../../src/manager/open.js";
import { Prng } from "../../src/raft/prng.js";
import { CapturedLog, TempDirs, stoppedManager, tuning } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("damaged-files");
let pristine = "";
let unlockKey = "";

/** The codes src/cli/README.md documents for a data dir file that is damaged. */
const damagedCodes = ["DATA_DIR_INVALID"];
/** What a parser's own words look like (protobufjs, JSON, x509, base64): never for an operator. */
const parserInternals =
  /RangeError|wire type|index out of range|offset \d+|Unexpected token|ASN|asn1|^Error\b/i;

beforeAll(async () => {
  pristine = await dirs.make("pristine");
  unlockKey = await stoppedManager(pristine, log.logger);
}, 30_000);

afterAll(async () => {
  await dirs.cleanup();
});

type Damage = { kind: "truncate"; bytes: number } | { kind: "flip"; byte: number; bit: number };

/** damages draws `count` damages of a file of `size` bytes from `seed`: a third truncations, the rest bit flips. */
function damages(seed: number, size: number, count: number): Damage[] {
  const prng = Prng.fromSeed(seed);
  return Array.from({ length: count }, (_, i): Damage =>
    i % 3 === 0
      ? { kind: "truncate", bytes: prng.below(size) }
      : { kind: "flip", byte: prng.below(size), bit: prng.below(8) },
  );
}

function damaged(bytes: Uint8Array, damage: Damage): Uint8Array {
  if (damage.kind === "truncate") return bytes.subarray(0, damage.bytes);
  const out = Uint8Array.from(bytes);
  out[damage.byte]! ^= 1 << damage.bit;
  return out;
}

/** outcome runs the damaged copy of the node with the right key: "started", or the failure's code and message. */
async function outcome(dataDir: string): Promise<{ code: string | null; message: string }> {
  try {
    const node = await runNode({ dataDir, wait: false, unlockKey }, { log: log.logger, tuning });
    await node?.stop();
    return { code: "started", message: "" };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === "string" ? code : null, message: String((error as Error).message) };
  }
}

const files = ["node.json", "root-ca.pem", "node-cert.pem", "keys"] as const;
const seed = Number(process.env["KEEL_DAMAGE_SEED"] ?? 9);
const casesPerFile = 24;

describe("a damaged data dir file", () => {
  test.each(files)(
    "%s: truncated or bit-flipped, keel run fails with a documented code in plain words (or starts)",
    async (file) => {
      const original = new Uint8Array(await readFile(join(pristine, file)));
      const bad: string[] = [];
      let n = 0;
      for (const damage of damages(seed + file.length, original.length, casesPerFile)) {
        const dataDir = await dirs.make(`${file}-${++n}`);
        await cp(pristine, dataDir, { recursive: true });
        await writeFile(join(dataDir, file), damaged(original, damage));
        const { code, message } = await outcome(dataDir);
        const ok =
          code === "started" ||
          (code !== null && damagedCodes.includes(code) && !parserInternals.test(message));
        if (!ok) bad.push(`${JSON.stringify(damage)} -> ${code ?? "uncoded"}: ${message}`);
      }
      // Replay: KEEL_DAMAGE_SEED=<seed> npx vitest run test/manager/damaged-files.test.ts
      expect(bad, `seed ${seed}`).toEqual([]);
    },
    60_000,
  );
});
