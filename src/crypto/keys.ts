// Secret keys (DEKs and KEKs): 32 bytes, named by a key id, wiped when dropped.
import { assert } from "../assert.js";
import { CryptoError } from "./errors.js";
import type { EntropySource } from "../entropy.js";
import { randomBytes } from "../entropy.js";
import { secretHash } from "./hash.js";

/** Every key keel uses (DEK, KEK) is 32 bytes: the XChaCha20-Poly1305 key size. */
export const keyBytes = 32;
/** Key ids are 8 bytes: enough to tell a manager's few keys apart, short on every record. */
export const keyIdBytes = 8;
// BLAKE2b keyed with a fixed label, so a key id is never equal to a plain hash of the key
// used anywhere else. The label is exactly 16 bytes, the smallest BLAKE2b key libsodium takes.
const keyIdLabel = new TextEncoder().encode("keel/key-id/v1..");

/** keyIdOf names a key: hex of a keyed BLAKE2b-64 of its bytes. One-way, so safe to store. */
export function keyIdOf(bytes: Uint8Array): string {
  return toHex(secretHash(keyIdBytes, bytes, keyIdLabel));
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function fromHex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "hex"));
}

/**
 * SecretKey holds 32 bytes of key material. The bytes are a private copy: `wipe()` zeroes
 * them, and any later use is a bug (asserted), so a dropped key cannot be used by accident.
 */
export class SecretKey {
  readonly id: string;
  /** The key id as bytes, as stored in envelopes. */
  readonly idBytes: Uint8Array;
  readonly #bytes: Uint8Array;
  #wiped = false;

  private constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.id = keyIdOf(bytes);
    this.idBytes = fromHex(this.id);
  }

  /** generate draws a fresh key from the entropy source. */
  static generate(entropy: EntropySource): SecretKey {
    return new SecretKey(randomBytes(entropy, keyBytes));
  }

  /** fromBytes copies untrusted bytes into a key; a wrong length is MALFORMED, not a bug. */
  static fromBytes(bytes: Uint8Array, what = "key"): SecretKey {
    if (bytes.length !== keyBytes) {
      throw new CryptoError({
        code: "MALFORMED",
        what,
        reason: `key is ${bytes.length} bytes, not ${keyBytes}`,
      });
    }
    return new SecretKey(Uint8Array.from(bytes));
  }

  /** bytes exposes the key material to a primitive; valid only until wipe(). */
  get bytes(): Uint8Array {
    assert(!this.#wiped, `key ${this.id} used after wipe`);
    return this.#bytes;
  }

  get wiped(): boolean {
    return this.#wiped;
  }

  /** clone copies the key so two owners can wipe independently. */
  clone(): SecretKey {
    return new SecretKey(Uint8Array.from(this.bytes));
  }

  equals(other: SecretKey | null): boolean {
    return other !== null && other.id === this.id;
  }

  /** wipe zeroes the key material. Idempotent. */
  wipe(): void {
    this.#bytes.fill(0);
    this.#wiped = true;
  }
}

/** wipeAll zeroes every key given, skipping nulls; for close paths. */
export function wipeAll(...keys: ReadonlyArray<SecretKey | null | undefined>): void {
  for (const key of keys) key?.wipe();
}
