// Ids keel hands out. Node ids double as Raft ids (src/transport raftIdOf), so they are random
// non-zero integers below 2^53 in base 36; other objects get SwarmKit-like 25-character ids.
import type { EntropySource } from "../entropy.js";
import { randomBytes } from "../entropy.js";
import { looseU64 } from "../protobuf-u64.js";

/** newNodeId draws a node id: a random integer in [1, 2^53) written in base 36. */
export function newNodeId(entropy: EntropySource): string {
  for (;;) {
    const b = randomBytes(entropy, 7);
    // 53 bits: 5 high bits of the first byte, then 6 full bytes.
    let n = (b[0] ?? 0) & 0x1f;
    for (let i = 1; i < 7; i++) n = n * 256 + (b[i] ?? 0);
    if (n > 0) return n.toString(36);
  }
}

const objectIdBytes = 16;
/** Object ids are drawn from a pool per source, refilled this many bytes at a time (one OS call per 256 ids). */
const idPoolBytes = 4096;

/**
 * Random bytes for object ids only, drawn ahead in blocks: a system call per id showed in the
 * write path's profile. Ids are not secret, so holding future ones in memory costs nothing;
 * key material never comes from here.
 */
class IdPool {
  readonly #bytes = new Uint8Array(idPoolBytes);
  #used = idPoolBytes;

  constructor(private readonly entropy: EntropySource) {}

  take(): Uint8Array {
    if (this.#used + objectIdBytes > idPoolBytes) {
      this.entropy.fill(this.#bytes);
      this.#used = 0;
    }
    const out = this.#bytes.subarray(this.#used, this.#used + objectIdBytes);
    this.#used += objectIdBytes;
    return out;
  }
}

const idPools = new WeakMap<EntropySource, IdPool>();

/** newObjectId draws a 25-character base-36 id (128 random bits, as SwarmKit's identity.NewID). */
export function newObjectId(entropy: EntropySource): string {
  let pool = idPools.get(entropy);
  if (pool === undefined) {
    pool = new IdPool(entropy);
    idPools.set(entropy, pool);
  }
  const bytes = pool.take();
  // One BigInt from hex: cheaper than a shift per byte.
  const n = BigInt(`0x${Buffer.from(bytes.buffer, bytes.byteOffset, objectIdBytes).toString("hex")}`);
  return n.toString(36).padStart(25, "0");
}

/** u64 reads a protobuf uint64 (a number, or a Long at runtime) as a number. */
export const u64 = looseU64;
