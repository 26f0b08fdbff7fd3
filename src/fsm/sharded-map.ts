// A string-keyed map kept as many small Maps, so that it never grows all at once.
//
// A V8 Map doubles its hash table when it fills: every entry is re-inserted into a new table in
// one call. A store applying its 131,073rd secret took 17-77 ms on this machine (its tables by
// id and by name both doubling; the 65,537th 8 ms), and every manager applies the same entries
// at about the same moment, so all of them stalled together and every write in flight waited
// (`npm run bench -- cluster`, 64 in flight, the store crossing 131,072 secrets: 19-24 ms stalls
// on all three managers, no GC). Split over `shardCount` Maps by a hash of the key, each shard
// doubles at a small size, and — the hash spreading keys evenly but not exactly — the shards
// double at different moments.

/** Shards per map: a store of a million objects keeps each shard at about 4,000 entries. */
export const shardCount = 256;

/** Code units hashed, from the key's end: where ids (random) and numbered names differ. */
const hashedUnitsMax = 4;

/**
 * shardOf is an FNV-1a hash of the key's length and last code units, reduced to a shard. Keys
 * that agree in those units share a shard: at worst one shard holds them all, a plain Map.
 */
function shardOf(key: string): number {
  const end = key.length;
  let h = Math.imul(0x811c9dc5 ^ end, 0x01000193);
  for (let i = end > hashedUnitsMax ? end - hashedUnitsMax : 0; i < end; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  return (h ^ (h >>> 16)) & (shardCount - 1);
}

export class ShardedMap<V> {
  /** Shards are made at their first key. */
  readonly #shards: (Map<string, V> | undefined)[] = new Array<Map<string, V> | undefined>(shardCount).fill(
    undefined,
  );
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(key: string): V | undefined {
    return this.#shards[shardOf(key)]?.get(key);
  }

  has(key: string): boolean {
    return this.#shards[shardOf(key)]?.has(key) ?? false;
  }

  set(key: string, value: V): void {
    const i = shardOf(key);
    let shard = this.#shards[i];
    if (shard === undefined) {
      shard = new Map();
      this.#shards[i] = shard;
    }
    const before = shard.size;
    shard.set(key, value);
    this.#size += shard.size - before;
  }

  delete(key: string): boolean {
    const shard = this.#shards[shardOf(key)];
    if (shard === undefined || !shard.delete(key)) return false;
    this.#size--;
    return true;
  }

  clear(): void {
    this.#shards.fill(undefined);
    this.#size = 0;
  }

  /** values lists shard by shard, each in insertion order: an order callers must not rely on. */
  values(): V[] {
    const all: V[] = [];
    for (const shard of this.#shards) shard?.forEach((value) => all.push(value));
    return all;
  }

  /** forEach visits the entries in the order of values(). */
  forEach(visit: (value: V, key: string) => void): void {
    for (const shard of this.#shards) shard?.forEach(visit);
  }

  /** largestShard is the entries of the fullest shard: the most one growth re-inserts. */
  largestShard(): number {
    let most = 0;
    for (const shard of this.#shards) if (shard !== undefined && shard.size > most) most = shard.size;
    return most;
  }
}
