import { beforeAll, describe, expect, test } from "vitest";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { formatUnlockKey, parseUnlockKey } from "../../src/crypto/unlock-key.js";
import { entropy } from "./helpers.js";

beforeAll(cryptoReady);

function faultOf(text: string): string {
  try {
    parseUnlockKey(text);
  } catch (error) {
    const type = (error as { type?: { code: string; fault?: string } }).type;
    return `${type?.code}:${type?.fault}`;
  }
  return "no error";
}

describe("unlock key text", () => {
  test("round-trips, in either case and with white space around it (SwarmKit §7.3)", () => {
    const kek = SecretKey.generate(entropy(4));
    const text = formatUnlockKey(kek);
    expect(text).toMatch(/^KEELKEY-1-[a-z2-7]{58}$/);
    expect(parseUnlockKey(text).id).toBe(kek.id);
    const body = text.slice("KEELKEY-1-".length);
    expect(parseUnlockKey(`  KEELKEY-1-${body.toUpperCase()}\n`).id).toBe(kek.id);
  });

  const text = () => formatUnlockKey(SecretKey.generate(entropy(5)));
  const cases: Array<[string, () => string, string]> = [
    ["another product's prefix", () => text().replace("KEELKEY-", "SWMKEY-"), "prefix"],
    ["an empty string", () => "", "prefix"],
    ["an unknown version", () => text().replace("KEELKEY-1-", "KEELKEY-2-"), "version"],
    ["a missing version", () => text().replace("KEELKEY-1-", "KEELKEY-"), "version"],
    ["a character outside base32", () => text().slice(0, -1) + "1", "encoding"],
    ["base64 padding", () => text() + "=", "encoding"],
    ["a missing character", () => text().slice(0, -1), "length"],
    ["an extra character", () => text() + "a", "length"],
    [
      "one mistyped character",
      () => {
        const t = text();
        const i = 20;
        return t.slice(0, i) + (t[i] === "a" ? "b" : "a") + t.slice(i + 1);
      },
      "checksum",
    ],
  ];
  test.each(cases)("%s is reported as a bad %s", (_name, make, fault) => {
    expect(faultOf(make())).toBe(`UNLOCK_KEY_INVALID:${fault}`);
  });

  test("every single-character typo is caught before decryption, and reported as a bad checksum", () => {
    const t = text();
    const start = "KEELKEY-1-".length;
    const faults = new Map<string, number>();
    for (let i = start; i < t.length; i++) {
      // Any other base32 character, the last position included (its two spare bits too).
      for (const char of "abcdefghijklmnopqrstuvwxyz234567") {
        if (char === t[i]!.toLowerCase()) continue;
        const fault = faultOf(t.slice(0, i) + char + t.slice(i + 1));
        faults.set(fault, (faults.get(fault) ?? 0) + 1);
      }
    }
    expect(faults).toEqual(new Map([["UNLOCK_KEY_INVALID:checksum", (t.length - start) * 31]]));
  });
});
