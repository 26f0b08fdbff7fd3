// Helpers for the paper tests and scenarios 1-29: single nodes with a prepared log, clusters built
// from prepared logs, and delivery loops that drop, observe or reorder messages.
import { expect } from "vitest";
import type { RaftOverrides } from "../../src/sim/cluster.js";
import { Cluster } from "../../src/sim/cluster.js";
import type { Raft } from "../../src/raft/raft.js";
import { StateType } from "../../src/raft/raft.js";
import type { Ready, ReadIndexState } from "../../src/raft/raw-node.js";
import { RawNode } from "../../src/raft/raw-node.js";
import { Prng } from "../../src/raft/prng.js";
import { MemoryStorage } from "../../src/raft/storage.js";
import type { Entry, HardState, Message, NodeId } from "../../src/raft/types.js";
import { EntryType, MessageType, message } from "../../src/raft/types.js";
import { RaftError } from "../../src/raft/errors.js";
import { drain } from "./helpers.js";

/** The Raft paper's algorithm: no PreVote, no CheckQuorum (both are on by default in keel). */
export const PAPER: RaftOverrides = { preVote: false, checkQuorum: false };

export const ET = 10;

/** A normal entry whose payload names its position, so equal (index, term) means equal data. */
export function ent(index: number, term: number, data?: string): Entry {
  return { index, term, type: EntryType.Normal, data: new TextEncoder().encode(data ?? `${index}@${term}`) };
}

/** Entries at indexes 2, 3, ... with the given terms (index 1 is the bootstrap snapshot, term 1). */
export function entsFromTerms(terms: readonly number[], first = 2): Entry[] {
  return terms.map((t, i) => ent(first + i, t));
}

/** Storage holding the voters' configuration at (1, 1), then `entries`, then `hardState`. */
export function preparedStorage(
  voters: readonly NodeId[],
  entries: readonly Entry[] = [],
  hardState?: HardState,
  learners: readonly NodeId[] = [],
): MemoryStorage {
  const s = MemoryStorage.withVoters(voters, learners);
  s.append(entries);
  if (hardState !== undefined) s.setHardState(hardState);
  return s;
}

export interface Unit {
  readonly raw: RawNode;
  readonly r: Raft;
  readonly storage: MemoryStorage;
}

/** One node, driven by hand, over prepared storage. */
export function unit(
  id: NodeId,
  voters: readonly NodeId[],
  options: {
    entries?: readonly Entry[];
    hardState?: HardState;
    raft?: RaftOverrides;
    seed?: number;
    storage?: MemoryStorage;
    learners?: readonly NodeId[];
  } = {},
): Unit {
  const storage =
    options.storage ?? preparedStorage(voters, options.entries, options.hardState, options.learners);
  const raw = new RawNode({
    ...(options.raft ?? PAPER),
    id,
    storage,
    prng: Prng.fromSeed(options.seed ?? id),
    checkInvariants: true,
  });
  return { raw, r: raw.raftForTesting, storage };
}

/** Persists and advances every Ready of the node; returns what it sends (self-acks are stepped). */
export function out(u: Unit): Message[] {
  return drain(u.raw, u.storage);
}

/** Steps a local message (Beat, Hup...) into the state machine. */
export function local(u: Unit, type: MessageType): void {
  u.r.step(message({ type, from: u.r.id }));
}

/** Makes the node leader of the next term with its empty entry committed by every follower. */
export function leaderWithCommittedNoop(u: Unit): void {
  u.r.becomeCandidate();
  u.r.becomeLeader();
  out(u);
  const last = u.r.raftLog.lastIndex();
  for (const id of u.r.trk.voterNodes()) {
    if (id === u.r.id) continue;
    u.raw.step(message({ type: MessageType.AppResp, from: id, to: u.r.id, term: u.r.term, index: last }));
  }
  out(u);
  expect(u.r.raftLog.committed).toBe(last);
}

/** [index, term] for every entry a node holds, first to last. */
export function termsOf(raw: RawNode): [number, number][] {
  const log = raw.raftForTesting.raftLog;
  const result: [number, number][] = [];
  for (let i = log.firstIndex(); i <= log.lastIndex(); i++) result.push([i, log.term(i)]);
  return result;
}

export function dataOf(entries: readonly Entry[]): string[] {
  return entries.map((e) => new TextDecoder().decode(e.data));
}

export function stripEntry(e: Entry): { index: number; term: number; data: string } {
  return { index: e.index, term: e.term, data: new TextDecoder().decode(e.data) };
}

export function typeName(m: Message): string {
  return Object.entries(MessageType).find(([, v]) => v === m.type)?.[0] ?? String(m.type);
}

// ------------------------------------------------------------------ clusters

/**
 * A cluster whose nodes start from prepared logs. Each spec gives the terms of the entries at
 * indexes 2.. (index 1 is the bootstrap snapshot of term 1) and the persisted hard state.
 */
export function clusterFromLogs(
  voters: readonly NodeId[],
  specs: ReadonlyMap<NodeId, { terms: readonly number[]; hardState: HardState }>,
  options: { raft?: RaftOverrides; seed?: number } = {},
): Cluster {
  const c = new Cluster({ voters, seed: options.seed ?? 1, raft: options.raft ?? {} });
  for (const [id, spec] of specs) {
    c.addNode(id, preparedStorage(voters, entsFromTerms(spec.terms), spec.hardState));
  }
  return c;
}

export interface DeliveryOptions {
  /** Messages for which this returns true are dropped instead of delivered. */
  drop?: (m: Message) => boolean;
  /** Sees every message about to be delivered (after drops). */
  observe?: (m: Message) => void;
}

/** Like Cluster.stabilize, but drops and observes messages on the way. */
export function stabilizeWith(c: Cluster, options: DeliveryOptions, maxRounds = 10_000): void {
  for (let round = 0; round < maxRounds; round++) {
    let busy = false;
    for (const id of c.aliveIds()) while (c.processReady(id)) busy = true;
    if (c.queue.length > 0) {
      busy = true;
      const keep: Message[] = [];
      for (const m of c.queue) {
        if (options.drop?.(m) === true) continue;
        keep.push(m);
      }
      c.queue = keep;
      for (const m of c.queue) options.observe?.(m);
      c.deliverAll();
    }
    if (!busy) return;
  }
  throw new Error(`cluster did not stabilize within ${maxRounds} rounds`);
}

/** Processes every node's Readys once (no delivery). */
export function processAll(c: Cluster): void {
  for (const id of c.aliveIds())
    while (c.processReady(id)) {
      // Keep going until the node has nothing left to do.
    }
}

/** Ticks every live node once and stabilizes, until a leader exists; returns the ticks taken. */
export function tickUntilLeader(c: Cluster, maxTicks: number, options: DeliveryOptions = {}): number {
  for (let t = 1; t <= maxTicks; t++) {
    c.tickAll();
    stabilizeWith(c, options);
    if (c.leader() !== undefined) return t;
  }
  throw new Error(`no leader within ${maxTicks} ticks`);
}

/** Ticks every live node and stabilizes, `ticks` times. */
export function run(c: Cluster, ticks: number, options: DeliveryOptions = {}): void {
  for (let t = 0; t < ticks; t++) {
    c.tickAll();
    stabilizeWith(c, options);
  }
}

export function stateOf(c: Cluster, id: NodeId): StateType {
  return c.node(id).raw.status().softState.raftState;
}

export function termOf(c: Cluster, id: NodeId): number {
  return c.node(id).raw.status().hardState.term;
}

export function leadersOf(c: Cluster): NodeId[] {
  return c.aliveIds().filter((id) => stateOf(c, id) === StateType.Leader);
}

/** Records every Ready a node hands out (read states included), until the node is replaced. */
export function captureReadies(raw: RawNode): Ready[] {
  const seen: Ready[] = [];
  const original = raw.ready.bind(raw);
  raw.ready = (): Ready => {
    const rd = original();
    seen.push(rd);
    return rd;
  };
  return seen;
}

export function readStatesOf(readies: readonly Ready[]): ReadIndexState[] {
  return readies.flatMap((rd) => rd.readStates);
}

/** Crashes node id and restarts it over the same storage with a different configuration. */
export function restartWith(c: Cluster, id: NodeId, raft: RaftOverrides, seed: number): void {
  const n = c.node(id);
  c.crash(id);
  n.node = new RawNode({
    ...raft,
    id,
    storage: n.storage,
    applied: n.applied.index,
    prng: Prng.fromSeed(seed),
    checkInvariants: true,
  });
}

/** The RaftError a call throws (fails the test if it throws nothing or something else). */
export function raftErrorOf(fn: () => void): RaftError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RaftError) return e;
    throw e;
  }
  throw new Error("expected a RaftError");
}

/** The Fig. 7 logs of the Raft paper, as terms of indexes 1.. (index 1 has term 1 everywhere). */
export const FIG7 = {
  leader: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6],
  a: [1, 1, 1, 4, 4, 5, 5, 6, 6],
  b: [1, 1, 1, 4],
  c: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6],
  d: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7],
  e: [1, 1, 1, 4, 4, 4, 4],
  f: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3],
} as const;
