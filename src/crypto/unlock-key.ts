// The unlock key (KEK) as a person handles it: "KEELKEY-1-" then base32 of the 32 key bytes
// followed by a 4-byte checksum. A typo is reported as a typo (which part is wrong) before
// any decryption is tried, so it is never confused with a wrong key.
import { assert } from "../assert.js";
import { CryptoError } from "./errors.js";
import { SecretKey, keyBytes } from "./keys.js";
import { secretHash } from "./hash.js";
import { lib } from "./sodium.js";

const prefix = "KEELKEY-";
const version = "1";
const checksumBytes = 4;
const checksumLabel = new TextEncoder().encode("keel/unlock-key/v1");
// RFC 4648 base32 without padding, lower case: no characters that need escaping, and the
// reader accepts either case, so reading a key aloud or retyping it is forgiving.
const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
const bodyChars = Math.ceil(((keyBytes + checksumBytes) * 8) / 5);

function checksum(key: Uint8Array): Uint8Array {
  const message = new Uint8Array(checksumLabel.length + key.length);
  message.set(checksumLabel, 0);
  message.set(key, checksumLabel.length);
  const sum = secretHash(checksumBytes, message);
  message.fill(0);
  return sum;
}

function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * base32DecodeInto decodes `text` (alphabet characters only) into `out`, which it fills
 * exactly, with no copy elsewhere; returns whether the bits left over at the end are zero.
 */
function base32DecodeInto(text: string, out: Uint8Array): boolean {
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text.toLowerCase()) {
    buffer = (buffer << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out[at++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  assert(at === out.length, "base32 text decodes to the buffer's length");
  return buffer === 0;
}

/** formatUnlockKey renders a KEK as unlock-key text. */
export function formatUnlockKey(kek: SecretKey): string {
  const body = new Uint8Array(keyBytes + checksumBytes);
  body.set(kek.bytes, 0);
  body.set(checksum(kek.bytes), keyBytes);
  const text = `${prefix}${version}-${base32Encode(body)}`;
  body.fill(0);
  return text;
}

/**
 * parseUnlockKey turns unlock-key text into a KEK, or throws UNLOCK_KEY_INVALID naming the
 * first fault: prefix, version, encoding (a character outside base32), length, checksum.
 * Surrounding white space is ignored.
 */
export function parseUnlockKey(text: string): SecretKey {
  const fail = (fault: "prefix" | "version" | "encoding" | "length" | "checksum") =>
    new CryptoError({ code: "UNLOCK_KEY_INVALID", fault });
  const trimmed = text.trim();
  if (!trimmed.startsWith(prefix)) throw fail("prefix");
  const rest = trimmed.slice(prefix.length);
  const dash = rest.indexOf("-");
  if (dash < 0 || rest.slice(0, dash) !== version) throw fail("version");
  const bodyText = rest.slice(dash + 1);
  if (!/^[a-zA-Z2-7]*$/.test(bodyText)) throw fail("encoding");
  if (bodyText.length !== bodyChars) throw fail("length");
  const body = new Uint8Array(keyBytes + checksumBytes);
  // The last character carries two bits past the checksum, always zero: a typo that sets
  // them is a typo like any other, and mis-typed text is what the checksum reports.
  const paddingClear = base32DecodeInto(bodyText, body);
  const key = body.subarray(0, keyBytes);
  const expected = checksum(key);
  const given = body.subarray(keyBytes);
  const ok = paddingClear && lib().memcmp(expected, given);
  if (!ok) {
    body.fill(0);
    throw fail("checksum");
  }
  const kek = SecretKey.fromBytes(key, "unlock key");
  body.fill(0);
  return kek;
}
