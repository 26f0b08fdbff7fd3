// One error class for src/crypto: conditions a caller can act on (bad input, wrong key,
// tampered bytes). Bugs are assertions (src/assert.ts), never CryptoErrors.

/** Which part of an unlock key's text is wrong; reported before any decryption is tried. */
export type UnlockKeyFault = "prefix" | "version" | "encoding" | "length" | "checksum";

export type CryptoErrorType =
  /** The AEAD tag did not verify under the key the record names: tampered or corrupt. */
  | { code: "AUTH_FAILED"; what: string; keyId: string }
  /** The record names a key the caller does not hold. */
  | { code: "KEY_UNKNOWN"; what: string; keyId: string }
  /** The KEK offered is not the one the key file is sealed under. Nothing was changed. */
  | { code: "WRONG_UNLOCK_KEY"; expectedKeyId: string; offeredKeyId: string }
  /** The key file is sealed (the swarm is autolocked) and no unlock key was given. */
  | { code: "LOCKED"; kekVersion: number }
  /** The record was written with an algorithm this reader does not accept here. */
  | { code: "ALGORITHM_REJECTED"; what: string; algorithm: number }
  /** The unlock key text is not a valid unlock key. */
  | { code: "UNLOCK_KEY_INVALID"; fault: UnlockKeyFault }
  /** Bytes that do not parse as the format they claim to be. */
  | { code: "MALFORMED"; what: string; reason: string };

export type CryptoErrorCode = CryptoErrorType["code"];

function describe(type: CryptoErrorType): string {
  switch (type.code) {
    case "AUTH_FAILED":
      return `${type.what}: authentication failed under key ${type.keyId} (tampered or corrupt)`;
    case "KEY_UNKNOWN":
      return `${type.what}: sealed under key ${type.keyId}, which is not available`;
    case "WRONG_UNLOCK_KEY":
      return `wrong unlock key: the key file is sealed under ${type.expectedKeyId}, not ${type.offeredKeyId}`;
    case "LOCKED":
      return `the key file is locked (KEK version ${type.kekVersion}); an unlock key is needed`;
    case "ALGORITHM_REJECTED":
      return `${type.what}: algorithm ${type.algorithm} is not accepted here`;
    case "UNLOCK_KEY_INVALID":
      return `invalid unlock key: bad ${type.fault}`;
    case "MALFORMED":
      return `malformed ${type.what}: ${type.reason}`;
  }
}

export class CryptoError extends Error {
  readonly type: CryptoErrorType;

  constructor(type: CryptoErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "CryptoError";
    this.type = type;
  }

  get code(): CryptoErrorCode {
    return this.type.code;
  }
}
