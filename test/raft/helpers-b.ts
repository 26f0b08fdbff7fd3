// Helpers for the scenario tests 30-58: message queries, step-by-step drivers and a small
// Porcupine-style linearizability checker.
import { Cluster } from "../../src/sim/cluster.js";
import type { RaftOverrides } from "../../src/sim/cluster.js";
import type { ProgressStatus } from "../../src/raft/status.js";
import type { ReadIndexState } from "../../src/raft/raw-node.js";
import { RaftError } from "../../src/raft/errors.js";
import type { Message, MessageType, NodeId } from "../../src/raft/types.js";

/** Queued messages matching the given type (and, optionally, sender and receiver). */
export function queued(c: Cluster, type: MessageType, from?: NodeId, to?: NodeId): Message[] {
  return c.queue.filter(
    (m) => m.type === type && (from === undefined || m.from === from) && (to === undefined || m.to === to),
  );
}

/** Removes every queued message matching pred from the queue and returns them. */
export function takeQueued(c: Cluster, pred: (m: Message) => boolean): Message[] {
  const taken: Message[] = [];
  const kept: Message[] = [];
  for (const m of c.queue) (pred(m) ? taken : kept).push(m);
  c.queue = kept;
  return taken;
}

/** Like Cluster.stabilize, but drops (and collects) every message matching `drop` instead of delivering it. */
export function stabilizeDropping(c: Cluster, drop: (m: Message) => boolean, maxRounds = 1000): Message[] {
  const dropped: Message[] = [];
  for (let round = 0; round < maxRounds; round++) {
    let busy = false;
    for (const id of c.aliveIds()) while (c.processReady(id)) busy = true;
    dropped.push(...takeQueued(c, drop));
    if (c.queue.length > 0) {
      c.deliverAll();
      busy = true;
    }
    if (!busy) return dropped;
  }
  throw new Error(`cluster did not stabilize within ${maxRounds} rounds`);
}

/** Stabilizes, delivering everything, and returns the messages sent meanwhile that match pred. */
export function stabilizeWatching(c: Cluster, pred: (m: Message) => boolean, maxRounds = 1000): Message[] {
  const seen: Message[] = [];
  stabilizeDropping(
    c,
    (m) => {
      if (pred(m)) seen.push(m);
      return false;
    },
    maxRounds,
  );
  return seen;
}

/**
 * Runs stabilize rounds (every Ready, then every queued message) until cond() holds after a round;
 * returns whether it did before the cluster went quiet.
 */
export function stabilizeUntil(c: Cluster, cond: () => boolean, maxRounds = 1000): boolean {
  for (let round = 0; round < maxRounds; round++) {
    if (cond()) return true;
    let busy = false;
    for (const id of c.aliveIds()) while (c.processReady(id)) busy = true;
    if (cond()) return true;
    if (c.queue.length > 0) {
      c.deliverAll();
      busy = true;
    }
    if (!busy) return cond();
  }
  throw new Error(`cluster did not stabilize within ${maxRounds} rounds`);
}

/** Processes readies on every live node once, without delivering anything. */
export function processAll(c: Cluster): void {
  for (const id of c.aliveIds())
    while (c.processReady(id)) {
      // keep going
    }
}

/** The leader's view of `id`'s progress. */
export function progressOf(c: Cluster, leader: NodeId, id: NodeId): ProgressStatus {
  const pr = c.node(leader).raw.status().progress.get(id);
  if (pr === undefined) throw new Error(`node ${leader} has no progress for ${id}`);
  return pr;
}

export function committedOf(c: Cluster, id: NodeId): number {
  return c.node(id).raw.status().hardState.commit;
}

export function lastIndexOf(c: Cluster, id: NodeId): number {
  return c.node(id).raw.status().lastIndex;
}

/** A cluster with the given options, ticked until some node leads (every tick followed by stabilize). */
export function electSomeLeader(c: Cluster, maxTicks = 200): { leader: NodeId; ticks: number } {
  for (let t = 0; t <= maxTicks; t++) {
    const leader = c.leader();
    if (leader !== undefined) return { leader, ticks: t };
    c.tickAll();
    c.stabilize();
  }
  throw new Error(`no leader within ${maxTicks} ticks`);
}

export function newCluster(
  voters: readonly NodeId[],
  options: { learners?: readonly NodeId[]; raft?: RaftOverrides; seed?: number } = {},
): Cluster {
  return new Cluster({
    voters,
    ...(options.learners ? { learners: options.learners } : {}),
    seed: options.seed ?? 1,
    raft: options.raft ?? {},
  });
}

/** Calls fn and returns the RaftError it throws (or undefined when it does not throw). */
export function raftErrorOf(fn: () => void): RaftError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof RaftError) return e;
    throw e;
  }
  return undefined;
}

/**
 * Records every ReadIndexState node `id` hands out from now on (the cluster's driver does not
 * keep them). Wraps that RawNode instance's ready(); a restart replaces the instance.
 */
export function captureReadStates(c: Cluster, id: NodeId): ReadIndexState[] {
  const raw = c.node(id).raw;
  const captured: ReadIndexState[] = [];
  const original = raw.ready.bind(raw);
  raw.ready = () => {
    const rd = original();
    captured.push(...rd.readStates);
    return rd;
  };
  return captured;
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);

// ------------------------------------------------------------------ linearizability

/** One operation on a single register: a write of `value`, or a read that returned `value`. */
export interface RegisterOp {
  readonly client: number;
  readonly kind: "write" | "read";
  readonly value: string;
  /** Logical time of the call. */
  readonly call: number;
  /** Logical time of the return; Infinity for a write whose outcome is unknown. */
  readonly ret: number;
}

/**
 * Whether a history of register operations is linearizable (the register starts as `initial`).
 * The search is Wing & Gong's with Lowe's memoization, as in Porcupine: repeatedly pick an
 * operation that may go next (no unlinearized operation returned before it was called), apply it
 * to the model, and backtrack on a dead end; (set of linearized operations, model state) pairs
 * already explored are not explored again. Writes that never returned may be left out.
 */
export function isLinearizable(history: readonly RegisterOp[], initial = ""): boolean {
  const ops = [...history];
  const n = ops.length;
  const seen = new Set<string>();
  const done: boolean[] = new Array<boolean>(n).fill(false);
  const mustFinish = ops.map((o) => o.ret !== Infinity);

  const search = (state: string, remainingRequired: number): boolean => {
    if (remainingRequired === 0) return true;
    const key = `${done.map((d) => (d ? "1" : "0")).join("")}|${state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    let minRet = Infinity;
    for (let i = 0; i < n; i++) if (!done[i]) minRet = Math.min(minRet, (ops[i] as RegisterOp).ret);
    for (let i = 0; i < n; i++) {
      const op = ops[i] as RegisterOp;
      if (done[i] || op.call > minRet) continue;
      let next: string;
      if (op.kind === "write") next = op.value;
      else if (op.value === state) next = state;
      else continue;
      done[i] = true;
      const ok = search(next, remainingRequired - (mustFinish[i] ? 1 : 0));
      done[i] = false;
      if (ok) return true;
    }
    return false;
  };
  return search(
    initial,
    mustFinish.reduce((k, m) => k + (m ? 1 : 0), 0),
  );
}
