// Shared helpers for Raft tests: single nodes driven by hand, and clusters driven to a state.
import type { RaftOverrides } from "../../src/sim/cluster.js";
import { Cluster } from "../../src/sim/cluster.js";
import { Prng } from "../../src/raft/prng.js";
import { RawNode } from "../../src/raft/raw-node.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Message, NodeId } from "../../src/raft/types.js";

/** A single node over fresh storage holding the given configuration at index 1, term 1. */
export function newNode(
  id: NodeId,
  voters: readonly NodeId[],
  overrides: RaftOverrides & { learners?: readonly NodeId[]; storage?: MemoryStorage; seed?: number } = {},
): { node: RawNode; storage: MemoryStorage } {
  const { learners, storage: given, seed, ...raft } = overrides;
  const storage = given ?? MemoryStorage.withVoters(voters, learners ?? []);
  const node = new RawNode({ ...raft, id, storage, prng: Prng.fromSeed(seed ?? id), checkInvariants: true });
  return { node, storage };
}

/**
 * Takes a Ready, persists it to `storage`, advances, and returns every message it sends
 * (immediate ones first, then those sent after the write).
 */
export function drain(node: RawNode, storage: MemoryStorage): Message[] {
  const out: Message[] = [];
  while (node.hasReady()) {
    const rd = node.ready();
    if (rd.snapshot !== null) storage.applySnapshot(rd.snapshot);
    storage.append(rd.entries);
    if (rd.hardState !== null) storage.setHardState(rd.hardState);
    out.push(...rd.messages, ...rd.messagesAfterDurable);
    node.advance();
  }
  return out;
}

/** A cluster whose node `leader` has won an election and committed its first entry. */
export function clusterWithLeader(
  voters: readonly NodeId[],
  leader: NodeId,
  options: { learners?: readonly NodeId[]; raft?: RaftOverrides; seed?: number } = {},
): Cluster {
  const c = new Cluster({
    voters,
    ...(options.learners ? { learners: options.learners } : {}),
    seed: options.seed ?? 1,
    raft: options.raft ?? {},
  });
  c.node(leader).raw.campaign();
  c.stabilize();
  if (c.leader() !== leader) throw new Error(`node ${leader} did not win the election`);
  return c;
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
