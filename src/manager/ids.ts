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

/** newObjectId draws a 25-character base-36 id (128 random bits, as SwarmKit's identity.NewID). */
export function newObjectId(entropy: EntropySource): string {
  const bytes = randomBytes(entropy, 16);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n.toString(36).padStart(25, "0");
}

/** u64 reads a protobuf uint64 (a number, or a Long at runtime) as a number. */
export const u64 = looseU64;
