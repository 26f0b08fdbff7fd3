// Shared set-up for WAL tests: a fault-injecting memory store, an in-memory key file, and
// seeded entropy, so every test is deterministic.
import { seededEntropy } from "../../src/entropy.js";
import type { EntropySource } from "../../src/entropy.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { Prng } from "../../src/raft/prng.js";
import type { Entry } from "../../src/raft/types.js";
import { EntryType } from "../../src/raft/types.js";
import { FaultLevel } from "../../src/wal/fault-level.js";
import { MemoryKeyStore } from "../../src/wal/key-store.js";
import { createKeyFile } from "../../src/wal/keys.js";
import { Wal } from "../../src/wal/wal.js";
import type { Recovered, WalOptions } from "../../src/wal/wal.js";

export interface Node {
  db: FaultLevel;
  keyStore: MemoryKeyStore;
  kek: SecretKey | null;
  entropy: EntropySource;
}

export async function newNode(seed = 1, locked = false): Promise<Node> {
  await cryptoReady();
  const entropy = seededEntropy(Prng.fromSeed(seed));
  const keyStore = new MemoryKeyStore();
  const kek = locked ? SecretKey.generate(entropy) : null;
  await createKeyFile(keyStore, { tlsKey: new TextEncoder().encode("tls key"), kek, kekVersion: 1 }, entropy);
  return { db: await FaultLevel.create(), keyStore, kek, entropy };
}

export async function openWal(
  node: Node,
  extra: Partial<WalOptions> = {},
): Promise<{ wal: Wal; recovered: Recovered }> {
  return Wal.open({
    db: node.db,
    keyStore: node.keyStore,
    kek: node.kek,
    entropy: node.entropy,
    snapshotChunkBytes: 64,
    ...extra,
  });
}

/** Crashes the node's store, keeping `keepUnsynced` unsynced batches, and closes the WAL. */
export async function crash(node: Node, wal: Wal | null, keepUnsynced = 0): Promise<void> {
  node.db = await node.db.crash(keepUnsynced);
  await wal?.close();
}

/** What a crash (no unsynced batch kept) leaves: the WAL reopened, read, and closed again. */
export async function afterCrash(node: Node, wal: Wal): Promise<Recovered> {
  await crash(node, wal);
  const { wal: again, recovered } = await openWal(node);
  await again.close();
  return recovered;
}

export function entry(index: number, term: number, text = `e${index}t${term}`): Entry {
  return { index, term, type: EntryType.Normal, data: new TextEncoder().encode(text) };
}

export function entries(from: number, to: number, term: number): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i <= to; i++) out.push(entry(i, term));
  return out;
}

export function bytes(length: number, seed: number): Uint8Array {
  const prng = Prng.fromSeed(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = prng.u32() & 0xff;
  return out;
}

export async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    return (error as { code?: string }).code ?? `uncoded ${String(error)}`;
  }
  return "no error";
}
