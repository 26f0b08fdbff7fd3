// Join-token properties over random digests, secrets and typos. fast-check prints the seed and
// path of a failure; pass them back as `{ seed, path }` in the fc.assert options to replay.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CaError, createJoinToken, parseJoinToken } from "../../src/ca/index.js";
import { crc32 } from "../../src/ca/text-codec.js";
import { seededEntropy } from "./fixtures.js";

const hexDigest = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString("hex"));
const role = fc.constantFrom("worker" as const, "manager" as const);

describe("join token properties", () => {
  test("every minted token parses back to its role and digest", () => {
    fc.assert(
      fc.property(hexDigest, role, fc.integer(), (rootDigest, r, seed) => {
        const token = createJoinToken({ role: r, rootDigest }, seededEntropy(seed));
        expect(parseJoinToken(token)).toMatchObject({ role: r, rootDigest });
      }),
      { numRuns: 200 },
    );
  });

  test("changing any one character to any other yields BAD_TOKEN, never another valid token", () => {
    fc.assert(
      fc.property(
        hexDigest,
        role,
        fc.integer(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1, unit: "binary" }),
        (rootDigest, r, seed, position, replacement) => {
          const token = createJoinToken({ role: r, rootDigest }, seededEntropy(seed));
          const i = position % token.length;
          fc.pre(token[i] !== replacement);
          const typo = token.slice(0, i) + replacement + token.slice(i + 1);
          let thrown: unknown = null;
          try {
            parseJoinToken(typo);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(CaError);
          expect((thrown as CaError).code).toBe("BAD_TOKEN");
        },
      ),
      { numRuns: 300 },
    );
  });

  test("crc32 matches the standard check value", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
  });
});
