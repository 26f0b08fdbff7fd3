import { describe, expect, test } from "vitest";
import type { JoinTokens, TokenDefect } from "../../src/ca/index.js";
import {
  authorizeJoin,
  createJoinToken,
  createJoinTokens,
  joinTokenLengthMax,
  parseJoinToken,
  rotateJoinToken,
} from "../../src/ca/index.js";
import { constantTimeEqual, crc32 } from "../../src/ca/text-codec.js";
import { caErrorOf, seededEntropy } from "./fixtures.js";

const digest = "9f".repeat(32);
const otherDigest = "0a".repeat(32);
const entropy = seededEntropy(4);

async function defectOf(text: string): Promise<TokenDefect | undefined> {
  const error = await caErrorOf(() => parseJoinToken(text));
  return error.type.code === "BAD_TOKEN" ? error.type.defect : undefined;
}

/** retype changes the character at `index` to another one of the same class. */
function retype(token: string, index: number): string {
  const c = token[index] as string;
  const replacement = c === "-" ? "_" : c === "0" ? "1" : c === "z" ? "y" : /[a-z]/.test(c) ? "0" : "a";
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe("join tokens", () => {
  test("carry version, role, root digest and secret, and parse back", () => {
    const token = createJoinToken({ role: "manager", rootDigest: digest }, entropy);
    expect(token).toMatch(/^KEELTKN-1-m-[0-9a-z]{50}-[0-9a-z]{25}-[0-9a-z]{7}$/);
    const parsed = parseJoinToken(token);
    expect(parsed).toMatchObject({ version: 1, role: "manager", rootDigest: digest, text: token });
    expect(parsed.secret).toHaveLength(16);
    expect(parseJoinToken(createJoinToken({ role: "worker", rootDigest: digest }, entropy)).role).toBe(
      "worker",
    );
  });

  test("have fresh secrets: two tokens for the same role differ", () => {
    const tokens = createJoinTokens(digest, entropy);
    const again = createJoinTokens(digest, entropy);
    expect(tokens.worker).not.toBe(again.worker);
    expect(tokens.manager).not.toBe(tokens.worker);
  });

  test("every single-character typo and every swap of neighbours is reported as a typo", async () => {
    const token = createJoinToken({ role: "worker", rootDigest: digest }, entropy);
    for (let i = 0; i < token.length; i++) {
      const typo = retype(token, i);
      const defect = await defectOf(typo);
      // Prefix, version and dashes are checked for shape first; any other typo is a checksum failure.
      expect(defect).toBeDefined();
      if (i >= 10 && token[i] !== "-") expect([i, defect]).toEqual([i, "checksum-mismatch"]);
    }
    for (let i = 12; i + 1 < token.length; i++) {
      if (token[i] === token[i + 1] || token[i] === "-" || token[i + 1] === "-") continue;
      const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
      expect([i, await defectOf(swapped)]).toEqual([i, "checksum-mismatch"]);
    }
  });

  test("malformed tokens say what is wrong (SwarmKit scenario 49)", async () => {
    const token = createJoinToken({ role: "worker", rootDigest: digest }, entropy);
    expect(await defectOf("garbage")).toBe("not-a-join-token");
    expect(await defectOf("SWMTKN-1-abc-def")).toBe("not-a-join-token");
    expect(await defectOf(token.replace("KEELTKN-1-", "KEELTKN-0-"))).toBe("unsupported-version");
    expect(await defectOf(token.replace("KEELTKN-1-", "KEELTKN-2-"))).toBe("unsupported-version");
    expect(await defectOf(token.slice(0, -8))).toBe("wrong-part-count");
    expect(await defectOf(token.slice(0, -1))).toBe("checksum-mismatch");
    expect(await defectOf(`${token}-x`)).toBe("wrong-part-count");
    expect(await defectOf("x".repeat(joinTokenLengthMax + 1))).toBe("too-long");
  });

  test("well-checksummed tokens with bad fields are refused field by field", async () => {
    const withChecksum = (body: string): string => `${body}-${crc32(body).toString(36).padStart(7, "0")}`;
    const digest50 = "0".repeat(50);
    const secret25 = "1".repeat(25);
    expect(await defectOf(withChecksum(`KEELTKN-1-x-${digest50}-${secret25}`))).toBe("bad-role");
    expect(await defectOf(withChecksum(`KEELTKN-1-w-${"0".repeat(49)}-${secret25}`))).toBe("bad-digest");
    expect(await defectOf(withChecksum(`KEELTKN-1-w-${"z".repeat(50)}-${secret25}`))).toBe("bad-digest");
    expect(await defectOf(withChecksum(`KEELTKN-1-w-${"0".repeat(49)}A-${secret25}`))).toBe("bad-digest");
    expect(await defectOf(withChecksum(`KEELTKN-1-w-${digest50}-${"z".repeat(25)}`))).toBe("bad-secret");
    expect(parseJoinToken(withChecksum(`KEELTKN-1-w-${digest50}-${secret25}`)).role).toBe("worker");
  });

  test("an invalid root digest is refused when minting", async () => {
    const error = await caErrorOf(() =>
      createJoinToken({ role: "worker", rootDigest: "sha256:ab" }, entropy),
    );
    expect(error.code).toBe("CONFIG_INVALID");
  });
});

describe("authorizeJoin", () => {
  const tokens: JoinTokens = createJoinTokens(digest, entropy);
  const cluster = { rootDigest: digest, tokens };

  test("the token decides the role", () => {
    expect(authorizeJoin(tokens.worker, cluster)).toBe("worker");
    expect(authorizeJoin(tokens.manager, cluster)).toBe("manager");
    expect(authorizeJoin(tokens.manager, cluster, { requestedRole: "manager" })).toBe("manager");
  });

  test("a worker token does not make a manager, and vice versa", async () => {
    const error = await caErrorOf(() => authorizeJoin(tokens.worker, cluster, { requestedRole: "manager" }));
    expect(error.type).toEqual({ code: "TOKEN_WRONG_ROLE", requested: "manager", granted: "worker" });
    expect(
      (await caErrorOf(() => authorizeJoin(tokens.manager, cluster, { requestedRole: "worker" }))).code,
    ).toBe("TOKEN_WRONG_ROLE");
  });

  test("another cluster's token is refused as such", async () => {
    const foreign = createJoinTokens(otherDigest, entropy);
    expect((await caErrorOf(() => authorizeJoin(foreign.manager, cluster))).code).toBe("TOKEN_WRONG_CLUSTER");
  });

  test("a rotated token no longer admits anybody; the other role's token still does", async () => {
    const rotated = rotateJoinToken(tokens, "worker", digest, entropy);
    expect(rotated.manager).toBe(tokens.manager);
    const after = { rootDigest: digest, tokens: rotated };
    expect((await caErrorOf(() => authorizeJoin(tokens.worker, after))).type).toEqual({
      code: "TOKEN_NOT_CURRENT",
      role: "worker",
    });
    expect(authorizeJoin(rotated.worker, after)).toBe("worker");
    expect(authorizeJoin(tokens.manager, after)).toBe("manager");
  });

  test("a typo is BAD_TOKEN, not a wrong cluster or a stale token", async () => {
    const typo = retype(tokens.worker, 30);
    expect((await caErrorOf(() => authorizeJoin(typo, cluster))).type).toMatchObject({
      code: "BAD_TOKEN",
      defect: "checksum-mismatch",
    });
  });
});

describe("constantTimeEqual", () => {
  test("is equality, including on length differences", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "ab")).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("a\u0000", "a")).toBe(false);
  });
});
