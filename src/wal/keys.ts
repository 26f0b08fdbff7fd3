// The WAL's view of the key file: the current and pending DEK, the rotation flags and the
// KEK they are sealed under. Every change is written to the key file before it is used, so
// a pending DEK is durable before the first byte is sealed with it.
import { NoncePool } from "../crypto/entropy.js";
import type { EntropySource } from "../entropy.js";
import { decodeKeyFile, encodeKeyFile, inspectKeyFile } from "../crypto/key-file.js";
import type { KeyMaterial } from "../crypto/key-file.js";
import { SecretKey } from "../crypto/keys.js";
import { cryptoReady } from "../crypto/sodium.js";
import { WalError } from "./errors.js";
import type { KeyFileStore } from "./key-store.js";

/** createKeyFile writes a new manager's key file with a fresh DEK. Fails if one exists. */
export async function createKeyFile(
  store: KeyFileStore,
  init: { readonly tlsKey: Uint8Array; readonly kek: SecretKey | null; readonly kekVersion: number },
  entropy: EntropySource,
): Promise<void> {
  await cryptoReady();
  if ((await readKeyFile(store)) !== null) throw new WalError({ code: "KEY_FILE_EXISTS" });
  const dek = SecretKey.generate(entropy);
  const material: KeyMaterial = {
    tlsKey: init.tlsKey,
    currentDek: dek,
    pendingDek: null,
    needsRotation: false,
    needsCompaction: false,
    kekVersion: init.kekVersion,
  };
  try {
    await writeKeys(store, material, init.kek, new NoncePool(entropy));
  } finally {
    dek.wipe();
  }
}

/** readKeys loads and opens the key file; CryptoErrors (wrong unlock key, tampering) pass through. */
export async function readKeys(store: KeyFileStore, kek: SecretKey | null): Promise<KeyMaterial> {
  return (await openKeys(store, kek)).keys;
}

/** openKeys is readKeys, also saying whether the file is sealed (a KEK offered for an unlocked one is ignored). */
export async function openKeys(
  store: KeyFileStore,
  kek: SecretKey | null,
): Promise<{ keys: KeyMaterial; locked: boolean }> {
  await cryptoReady();
  const bytes = await readKeyFile(store);
  if (bytes === null) throw new WalError({ code: "KEY_FILE_MISSING" });
  const keys = decodeKeyFile(bytes, kek);
  return { keys, locked: inspectKeyFile(bytes).locked };
}

/** readKeyFile reads the key file's bytes (null if there is none); a failed read is IO_FAILED. */
export async function readKeyFile(store: KeyFileStore): Promise<Uint8Array | null> {
  try {
    return await store.read();
  } catch (cause) {
    throw new WalError({ code: "IO_FAILED", operation: "key file read" }, { cause });
  }
}

export async function writeKeys(
  store: KeyFileStore,
  material: KeyMaterial,
  kek: SecretKey | null,
  nonces: NoncePool,
): Promise<void> {
  const bytes = encodeKeyFile(material, kek, nonces);
  try {
    await store.write(bytes);
  } catch (cause) {
    throw new WalError({ code: "IO_FAILED", operation: "key file write" }, { cause });
  }
}
