// src/crypto: the AEAD record envelope, keys, unlock-key text and the key-file format.
export { cryptoReady } from "./sodium.js";
export { CryptoError } from "./errors.js";
export type { CryptoErrorCode, CryptoErrorType, UnlockKeyFault } from "./errors.js";
export { NoncePool } from "./entropy.js";
export { SecretKey, keyBytes, keyIdBytes, keyIdOf, wipeAll } from "./keys.js";
export { Algorithm, RecordKind, nonceBytes, open, parseEnvelope, seal, tagBytes } from "./envelope.js";
export type { Envelope, RecordPlace } from "./envelope.js";
export { formatUnlockKey, parseUnlockKey } from "./unlock-key.js";
export { decodeKeyFile, encodeKeyFile, inspectKeyFile, keyFileMagic, wipeKeyMaterial } from "./key-file.js";
export type { KeyFileInfo, KeyMaterial } from "./key-file.js";
