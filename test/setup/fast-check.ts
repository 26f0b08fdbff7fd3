// One way to replay any property failure. fast-check prints the seed and shrink path of a
// counterexample ("seed: -1305128532, path: "41:2:0:1""); run that test again with
//   FC_SEED=-1305128532 FC_PATH=41:2:0:1 npx vitest run <file> -t "<test name>"
// and every property in the run starts from that seed and goes straight to that (shrunk) case.
import fc from "fast-check";

const seed = process.env["FC_SEED"];
const path = process.env["FC_PATH"];

if (seed !== undefined) {
  const parsed = Number(seed);
  if (!Number.isInteger(parsed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seed)}`);
  fc.configureGlobal({
    ...fc.readConfigureGlobal(),
    seed: parsed,
    ...(path !== undefined ? { path } : {}),
    endOnFailure: true,
  });
}
