// Opening a manager's storage: the classic-level database under the data dir and the WAL on it,
// whose key file (sealed under the unlock key when autolocked) also holds the TLS key.
import { ClassicLevel } from "classic-level";
import type { EntropySource } from "../entropy.js";
import type { SecretKey } from "../crypto/keys.js";
import type { Recovered } from "../wal/index.js";
import { join } from "node:path";
import { FileKeyStore, FileMarkStore, Wal, markFileName } from "../wal/index.js";
import type { DataDir } from "./data-dir.js";
import { ManagerError } from "./errors.js";
import type { NodeObserver } from "./options.js";

export interface OpenedStorage {
  readonly db: ClassicLevel<string, Uint8Array>;
  readonly wal: Wal;
  readonly recovered: Recovered;
}

/**
 * The database's options. Every value the WAL writes is sealed, and ciphertext does not
 * compress: with Snappy on, LevelDB tried anyway on every table it flushed and compacted (the
 * top function of its compaction thread while a manager snapshots a large store). Every open
 * of the database uses them (LevelDB may write a table as it opens, replaying its log).
 */
export const walDbOptions = { valueEncoding: "view", compression: false } as const;

/** openStorage opens the WAL with `kek`; a wrong key fails before anything is written, db closed. */
export async function openStorage(
  dir: DataDir,
  kek: SecretKey | null,
  entropy: EntropySource,
  observer: NodeObserver = {},
): Promise<OpenedStorage> {
  const db = new ClassicLevel<string, Uint8Array>(dir.wal, walDbOptions);
  try {
    const { wal, recovered } = await Wal.open({
      db,
      keyStore: new FileKeyStore(dir.keyFile),
      // The durable mark beside the database: the witness of a log tail LevelDB drops.
      mark: new FileMarkStore(join(dir.path, markFileName)),
      kek,
      entropy,
      ...(observer.onWalWritten === undefined ? {} : { onWritten: observer.onWalWritten }),
    });
    return { db, wal, recovered };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** pkcs8Pem exports a WebCrypto private key as PKCS#8 PEM (what the key file and TLS take). */
export async function pkcs8Pem(key: CryptoKey): Promise<string> {
  const der = new Uint8Array(await globalThis.crypto.subtle.exportKey("pkcs8", key));
  const base64 = Buffer.from(der).toString("base64");
  der.fill(0);
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PRIVATE KEY-----\n${lines.join("\n")}\n-----END PRIVATE KEY-----\n`;
}

/** splitAddress splits host:port for the listener (port 0 picks a free one). */
export function splitAddress(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(address);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (host === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "address",
      reason: `${JSON.stringify(address)} is not host:port`,
    });
  }
  return { host, port };
}
