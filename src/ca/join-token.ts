// Join tokens: KEELTKN-1-<role>-<root digest>-<secret>-<checksum>.
//
// Like SwarmKit's SWMTKN-1-<digest>-<secret>, a token carries the SHA-256 digest of the root CA
// certificate (so a joining node can check the CA it downloads) and a 128-bit random secret, both
// in base36 of fixed width. Ours adds the role it admits (w or m), so a joiner learns which role
// a token grants before it connects, and a CRC-32 over everything before it, so a typo is
// reported as a typo instead of as "wrong cluster" or "not current".
import { CaError } from "./errors.js";
import type { TokenDefect } from "./errors.js";
import type { EntropySource } from "../entropy.js";
import { randomBytes } from "../entropy.js";
import type { NodeRole } from "./identity.js";
import { crc32, fromBase36, toBase36, toHex } from "./text-codec.js";

export const joinTokenPrefix = "KEELTKN";
export const joinTokenVersion = 1;
const digestBytes = 32;
const digestWidth = 50; // 36^50 > 2^256
const secretBytes = 16;
const secretWidth = 25; // 36^25 > 2^128
const checksumWidth = 7; // 36^7 > 2^32
/** joinTokenLengthMax bounds what is parsed at all; a real token is 100 characters. */
export const joinTokenLengthMax = 256;

const roleLetters: Readonly<Record<NodeRole, string>> = { worker: "w", manager: "m" };

/** JoinToken is a parsed token. */
export interface JoinToken {
  readonly version: number;
  readonly role: NodeRole;
  /** Lowercase hex SHA-256 of the root CA certificate's DER. */
  readonly rootDigest: string;
  readonly secret: Uint8Array;
  /** The token as text, exactly as presented. */
  readonly text: string;
}

/** JoinTokens are a cluster's current tokens, one per role. */
export interface JoinTokens {
  readonly worker: string;
  readonly manager: string;
}

/** createJoinToken mints a token for `role` under the root CA with digest `rootDigest` (hex). */
export function createJoinToken(
  options: { role: NodeRole; rootDigest: string },
  entropy: EntropySource,
): string {
  const digest = hexToBytes(options.rootDigest);
  const body = [
    joinTokenPrefix,
    String(joinTokenVersion),
    roleLetters[options.role],
    toBase36(digest, digestWidth),
    toBase36(randomBytes(entropy, secretBytes), secretWidth),
  ].join("-");
  return `${body}-${checksumOf(body)}`;
}

/** createJoinTokens mints both roles' tokens; calling it again is a rotation of both. */
export function createJoinTokens(rootDigest: string, entropy: EntropySource): JoinTokens {
  return {
    worker: createJoinToken({ role: "worker", rootDigest }, entropy),
    manager: createJoinToken({ role: "manager", rootDigest }, entropy),
  };
}

/** rotateJoinToken replaces one role's token; the old one stops admitting anybody. */
export function rotateJoinToken(
  tokens: JoinTokens,
  role: NodeRole,
  rootDigest: string,
  entropy: EntropySource,
): JoinTokens {
  return { ...tokens, [role]: createJoinToken({ role, rootDigest }, entropy) };
}

/** parseJoinToken checks a token's shape and checksum; a BAD_TOKEN error says what is wrong. */
export function parseJoinToken(text: string): JoinToken {
  const bad = (defect: TokenDefect, detail: string): CaError =>
    new CaError({ code: "BAD_TOKEN", defect, detail });
  if (text.length > joinTokenLengthMax) throw bad("too-long", `${text.length} characters`);
  const parts = text.split("-");
  if (parts[0] !== joinTokenPrefix) throw bad("not-a-join-token", `does not start with ${joinTokenPrefix}-`);
  if (parts[1] !== String(joinTokenVersion)) {
    throw bad(
      "unsupported-version",
      `version ${JSON.stringify(parts[1] ?? "")}, expected ${joinTokenVersion}`,
    );
  }
  if (parts.length !== 6) throw bad("wrong-part-count", `${parts.length} dash-separated parts, expected 6`);
  const [, , roleLetter = "", digestText = "", secretText = "", checksum = ""] = parts;
  const body = parts.slice(0, 5).join("-");
  if (checksum !== checksumOf(body)) throw bad("checksum-mismatch", "the token was mistyped or truncated");
  const role = (Object.keys(roleLetters) as NodeRole[]).find((r) => roleLetters[r] === roleLetter);
  if (role === undefined) throw bad("bad-role", `role ${JSON.stringify(roleLetter)}, expected w or m`);
  const digest = fromBase36(digestText, digestWidth, digestBytes);
  if (digest === null) throw bad("bad-digest", `expected ${digestWidth} base36 digits of a SHA-256 digest`);
  const secret = fromBase36(secretText, secretWidth, secretBytes);
  if (secret === null) throw bad("bad-secret", `expected ${secretWidth} base36 digits of a 128-bit secret`);
  return { version: joinTokenVersion, role, rootDigest: toHex(digest), secret, text };
}

function checksumOf(body: string): string {
  return crc32(body).toString(36).padStart(checksumWidth, "0");
}

function hexToBytes(hex: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new CaError({
      code: "CONFIG_INVALID",
      field: "rootDigest",
      reason: "expected 64 lowercase hex digits",
    });
  }
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}
