// `npm run bench -- raft [--entries N]`: entries committed per second through a 3-node Raft
// group held in memory with no I/O — the CPU ceiling of the core. RawNodes are driven directly
// in a tight loop (propose, ready, persist to MemoryStorage, deliver, advance), without the
// simulator's per-step invariant checks, with 1 and with 64 proposals in flight, 256 B entries.
// Prints one line per configuration and the ratio of the two.
import { Prng } from "../src/raft/prng.js";
import { RawNode } from "../src/raft/raw-node.js";
import { MemoryStorage } from "../src/raft/storage.js";
import type { Message, NodeId } from "../src/raft/types.js";
import { EntryType } from "../src/raft/types.js";

const entryBytes = 256;
const voters: readonly NodeId[] = [1, 2, 3];
/** Entries kept behind the applied index when compacting, so followers never need a snapshot. */
const compactionSlack = 128;

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

interface Member {
  readonly node: RawNode;
  readonly storage: MemoryStorage;
  applied: number;
}

class Group {
  readonly members = new Map<NodeId, Member>();
  private queue: Message[] = [];
  /** Normal entries with a payload the leader has applied. */
  committed = 0;

  constructor(seed: number) {
    for (const id of voters) {
      const storage = MemoryStorage.withVoters(voters);
      const node = new RawNode({ id, storage, prng: Prng.fromSeed(seed * 31 + id), checkInvariants: false });
      this.members.set(id, { node, storage, applied: 1 });
    }
  }

  leader(): RawNode {
    const m = this.members.get(1);
    if (m === undefined) throw new Error("no node 1");
    return m.node;
  }

  /** One pass: every node's Ready (persisted, sent, applied, advanced), then every message. */
  pass(): void {
    for (const [id, m] of this.members) {
      const node = m.node;
      if (!node.hasReady()) continue;
      const rd = node.ready();
      if (rd.snapshot !== null) m.storage.applySnapshot(rd.snapshot);
      if (rd.entries.length > 0) m.storage.append(rd.entries);
      if (rd.hardState !== null) m.storage.setHardState(rd.hardState);
      for (const msg of rd.messages) this.queue.push(msg);
      for (const msg of rd.messagesAfterDurable) this.queue.push(msg);
      for (const e of rd.committedEntries) {
        if (id === 1 && e.type === EntryType.Normal && e.data.length > 0) this.committed++;
      }
      const last = rd.committedEntries[rd.committedEntries.length - 1];
      if (last !== undefined) m.applied = last.index;
      node.advance();
    }
    const batch = this.queue;
    this.queue = [];
    for (const msg of batch) this.members.get(msg.to)?.node.step(msg);
  }

  /** Keeps the in-memory logs short, as a real node's snapshots would. */
  compact(): void {
    for (const m of this.members.values()) {
      const at = m.applied - compactionSlack;
      if (at >= m.storage.firstIndex()) m.storage.compact(at);
    }
  }

  elect(): void {
    this.leader().campaign();
    for (let i = 0; i < 100 && !this.leader().isLeader(); i++) this.pass();
    if (!this.leader().isLeader()) throw new Error("node 1 did not become leader");
    for (let i = 0; i < 10; i++) this.pass();
  }
}

/** Commits `entries` entries keeping `inFlight` proposals outstanding; returns entries/s. */
function run(inFlight: number, entries: number, seed: number): { rate: number; ms: number } {
  const prng = Prng.fromSeed(seed);
  const payload = new Uint8Array(entryBytes);
  for (let i = 0; i < entryBytes; i++) payload[i] = prng.below(256);
  const group = new Group(seed);
  group.elect();
  const leader = group.leader();
  const warmup = Math.min(2000, entries);
  let proposed = 0;
  let start = 0n;
  const total = warmup + entries;
  while (group.committed < total) {
    if (start === 0n && group.committed >= warmup) start = process.hrtime.bigint();
    while (proposed - group.committed < inFlight && proposed < total) {
      leader.propose(payload);
      proposed++;
    }
    group.pass();
    if (group.committed % 128 < inFlight) group.compact();
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { rate: (entries / ms) * 1000, ms };
}

export async function main(args: string[]): Promise<void> {
  const entries = option(args, "entries", 50_000);
  const seed = 0x8a7f;
  const results = new Map<number, number>();
  for (const inFlight of [1, 64]) {
    const { rate, ms } = run(inFlight, entries, seed);
    results.set(inFlight, rate);
    console.log(
      `raft commit: ${Math.round(rate)} entries/s with ${inFlight} in flight (${entries} entries of ${entryBytes} B, 3 nodes in memory, no I/O, ${ms.toFixed(0)} ms)`,
    );
  }
  const ratio = (results.get(64) ?? 0) / (results.get(1) ?? 1);
  console.log(`raft commit: 64-in-flight / 1-in-flight = ${ratio.toFixed(1)}x`);
  await Promise.resolve();
}
