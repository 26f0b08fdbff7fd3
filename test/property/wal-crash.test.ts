// Crash at every step: random appends, overwrites starting anywhere after the snapshot,
// compactions to any index at or below it, snapshots (own, and a leader's, that matches the
// log or replaces it, with entries in the same batch), DEK rotations and KEK changes, and
// pipelined bursts of saves with rotation requests and compactions in between; with
// injected write and key-file failures, crashes that keep a random prefix of the unsynced
// writes, and flipped bytes. After every restart: the recovered state is the last
// acknowledged one or one a failed operation may have left (nothing between), no record
// is under a retired DEK, and each flipped byte is a typed error or, in an entry record, a
// repair (the log cut before it, to be refilled from peers).
// Every save is Raft-shaped: it carries a hard state whose term is the highest in the log,
// terms never go down, and the commit index lies within the log, at or after the snapshot.
// Replay a failure with FC_SEED=<seed> FC_PATH=<path> (test/setup/fast-check.ts); soak with WAL_PROPERTY_RUNS=N.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseEnvelope } from "../../src/crypto/envelope.js";
import { SecretKey } from "../../src/crypto/keys.js";
import { Prng } from "../../src/raft/prng.js";
import type { Entry, HardState, Snapshot } from "../../src/raft/types.js";
import { EMPTY_CONF_STATE, EMPTY_HARD_STATE, EntryType } from "../../src/raft/types.js";
import { WalError } from "../../src/wal/errors.js";
import type { Recovered, Wal } from "../../src/wal/wal.js";
import type { Node } from "../wal/helpers.js";
import { newNode, openWal } from "../wal/helpers.js";

// ---- operations ----
// Positions are drawn as a percentage (`at`, 0..100) of the range they may fall in, so an
// operation stays valid whatever log it meets, and shrinks towards the range's start.

/** The operations that make one save. */
type SaveOp =
  | { t: "append"; count: number; commit: number }
  | { t: "overwrite"; at: number; count: number }
  | { t: "snapshot"; at: number; size: number }
  | { t: "install"; at: number; match: boolean; count: number; size: number };

type CompactOp = { t: "compact"; at: number };
type RotateOp = { t: "rotate" };

/** What a burst issues without awaiting the call before. */
type BurstStep = SaveOp | CompactOp | RotateOp;

type Op =
  | SaveOp
  | CompactOp
  | RotateOp
  | { t: "burst"; steps: BurstStep[] }
  | { t: "kek"; how: "lock" | "unlock" | "rekey" }
  | { t: "crash"; keep: number }
  | { t: "failWrite"; after: number }
  | { t: "failKeyWrite" }
  | { t: "flip"; pick: number; offset: number; mask: number };

const appendArb = fc.record({
  t: fc.constant("append" as const),
  count: fc.integer({ min: 1, max: 4 }),
  commit: fc.nat(4),
});

const overwriteArb = fc.record({
  t: fc.constant("overwrite" as const),
  at: fc.nat(100),
  count: fc.integer({ min: 1, max: 3 }),
});

const snapshotArb = fc.record({ t: fc.constant("snapshot" as const), at: fc.nat(100), size: fc.nat(1400) });

const installArb = fc.record({
  t: fc.constant("install" as const),
  at: fc.nat(100),
  match: fc.boolean(),
  // Without entries in the batch, a stale tail after a replacing snapshot is what must go.
  count: fc.oneof(fc.constant(0), fc.nat(3)),
  size: fc.nat(300),
});

const compactArb = fc.record({ t: fc.constant("compact" as const), at: fc.nat(100) });
const rotateArb = fc.constant({ t: "rotate" as const });

const burstStepArb: fc.Arbitrary<BurstStep> = fc.oneof(
  { weight: 4, arbitrary: appendArb },
  { weight: 2, arbitrary: snapshotArb },
  { weight: 1, arbitrary: overwriteArb },
  { weight: 1, arbitrary: installArb },
  { weight: 1, arbitrary: rotateArb },
  { weight: 1, arbitrary: compactArb },
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: appendArb },
  {
    // Each call is made before the one before it has settled: saves are sealed while earlier
    // batches are still being written, and a rotation or compaction queues between them.
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("burst" as const),
      steps: fc.array(burstStepArb, { minLength: 2, maxLength: 5 }),
    }),
  },
  { weight: 2, arbitrary: overwriteArb },
  { weight: 2, arbitrary: snapshotArb },
  { weight: 2, arbitrary: installArb },
  { weight: 1, arbitrary: compactArb },
  { weight: 2, arbitrary: rotateArb },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("kek" as const),
      how: fc.constantFrom("lock" as const, "unlock" as const, "rekey" as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("crash" as const), keep: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("failWrite" as const), after: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant({ t: "failKeyWrite" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("flip" as const),
      pick: fc.nat(),
      offset: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    }),
  },
);

/** `at` percent of the way from `lo` to `hi`, both included. */
function between(lo: number, hi: number, at: number): number {
  return lo + Math.floor(((hi - lo) * at) / 100);
}

// ---- the model ----

/** What must be read back: the state as of the last acknowledged save. */
interface Model {
  readonly hardState: HardState;
  readonly snapshot: Snapshot | null;
  /** Live entries (after the snapshot), by index. */
  readonly entries: ReadonlyMap<number, Entry>;
}

/** One save as Raft makes it: with a hard state, always (the WAL refuses a log without one). */
interface Save {
  readonly hardState: HardState;
  readonly entries?: Entry[];
  readonly snapshot?: Snapshot;
}

function snapIndex(m: Model): number {
  return m.snapshot?.metadata.index ?? 0;
}

function lastIndex(m: Model): number {
  return Math.max(snapIndex(m), ...m.entries.keys());
}

function termAt(m: Model, index: number): number {
  if (index === snapIndex(m)) return m.snapshot?.metadata.term ?? 0;
  return m.entries.get(index)?.term ?? 0;
}

function sortedEntries(m: Model): Entry[] {
  return [...m.entries.values()].sort((a, b) => a.index - b.index);
}

function applySave(m: Model, batch: Save): Model {
  const entries = new Map(m.entries);
  const snapshot = batch.snapshot ?? m.snapshot;
  if (batch.snapshot !== undefined) {
    const { index, term } = batch.snapshot.metadata;
    // A snapshot of this log keeps the entries after it; any other one replaces the log.
    const ofThisLog = index <= lastIndex(m) && termAt(m, index) === term;
    for (const i of [...entries.keys()]) if (i <= index || !ofThisLog) entries.delete(i);
  }
  const added = batch.entries ?? [];
  if (added.length > 0) {
    const last = added[added.length - 1]!.index;
    for (const i of [...entries.keys()]) if (i > last) entries.delete(i);
    for (const e of added) entries.set(e.index, e);
  }
  return { hardState: batch.hardState, snapshot, entries };
}

/**
 * The harness writes only what Raft writes (else the WAL rightly refuses it on recovery, as
 * hard-state-behind-log or log-term-decreases): a failure here is a bug in the harness.
 */
function expectRaftShaped(m: Model): void {
  const terms = [m.snapshot?.metadata.term ?? 0, ...sortedEntries(m).map((e) => e.term)];
  terms.forEach((term, i) => expect(term, "terms never go down").toBeGreaterThanOrEqual(terms[i - 1] ?? 0));
  expect(m.hardState.term, "the hard state's term is the log's highest").toBeGreaterThanOrEqual(
    terms.at(-1)!,
  );
  expect(m.hardState.commit, "commit at or after the snapshot").toBeGreaterThanOrEqual(snapIndex(m));
  expect(m.hardState.commit, "commit within the log").toBeLessThanOrEqual(lastIndex(m));
}

function expectRecovered(m: Model, r: Recovered): void {
  expect(r.hardState).toEqual(m.hardState);
  expect(r.entries).toEqual(sortedEntries(m));
  if (m.snapshot === null) expect(r.snapshot).toBeNull();
  else expect(r.snapshot).toEqual(m.snapshot);
}

function matches(m: Model, r: Recovered): boolean {
  try {
    expectRecovered(m, r);
    return true;
  } catch {
    return false;
  }
}

// ---- pipelined bursts ----

/** A burst's save, the state it leaves, and how its call settled. */
interface BurstSave {
  readonly after: Model;
  readonly result: PromiseSettledResult<unknown>;
}

/**
 * A save refused without writing anything: the WAL had already failed (NOT_OPEN), or its
 * write was skipped after an earlier failed one (IO_FAILED caused by that failure, as
 * test/wal/pipeline.test.ts pins).
 */
function refused(result: PromiseSettledResult<unknown>): boolean {
  if (result.status === "fulfilled") return false;
  const reason: unknown = result.reason;
  return reason instanceof WalError && (reason.code === "NOT_OPEN" || reason.cause instanceof WalError);
}

/**
 * Which states a burst may have left. Batches land in call order, so a save that resolved is
 * durable together with every save before it (one that rejected anyway failed after its
 * batch landed: finishing a rotation). A refused save did not land, nor did any after it
 * (once failed, the WAL stays failed). Each save between may or may not have landed, in
 * order: recovery must equal one of their states, never a mix. Key-file failures (a
 * rotation) leave the WAL open, so saves after one may well resolve.
 */
function burstOutcome(before: Model, saves: readonly BurstSave[]): { acked: Model; inDoubt: Model[] } {
  const ackedAt = saves.findLastIndex((s) => s.result.status === "fulfilled");
  let firstRefused = saves.findIndex((s) => refused(s.result));
  if (firstRefused === -1) firstRefused = saves.length;
  expect(ackedAt, "a save resolved after one was refused").toBeLessThan(firstRefused);
  for (const s of saves.slice(firstRefused))
    expect(refused(s.result), "a save written after a refused one").toBe(true);
  return {
    acked: ackedAt === -1 ? before : saves[ackedAt]!.after,
    inDoubt: saves.slice(ackedAt + 1, firstRefused).map((s) => s.after),
  };
}

// ---- the harness ----

class Harness {
  wal: Wal | null = null;
  model: Model = { hardState: EMPTY_HARD_STATE, snapshot: null, entries: new Map() };
  /**
   * When the last operation failed: the state after each of its unacknowledged saves, in
   * the order they would land. Any prefix of them may be durable, so recovery finds the
   * acknowledged state or one of these.
   */
  inDoubt: Model[] = [];
  /** Above every term written: a new term is one no entry on disk has. */
  term = 1;
  kekVersion = 1;
  /** A KEK change that failed may or may not have landed: either KEK may open the file. */
  kekCandidates: Array<SecretKey | null> = [];

  constructor(
    readonly node: Node,
    readonly prng: Prng,
  ) {}

  async start(): Promise<void> {
    const { wal } = await openWal(this.node);
    this.wal = wal;
  }

  async run(op: Op): Promise<void> {
    const wal = this.wal!;
    switch (op.t) {
      case "append":
      case "overwrite":
      case "snapshot":
      case "install":
        await this.save(this.saveFor(op, this.model));
        return;
      case "burst":
        await this.burst(op.steps);
        return;
      case "compact":
        await wal.compact(compactIndex(this.model, op.at));
        this.expectWalAt(this.model);
        return;
      case "rotate":
        await wal.requestRotation();
        return;
      case "kek": {
        const next = op.how === "unlock" ? null : SecretKey.generate(this.node.entropy);
        const previous = this.node.kek;
        this.kekCandidates = [previous, next];
        const result = await wal.changeKek(next, ++this.kekVersion);
        if (result === "changed") this.node.kek = next;
        this.kekCandidates = [];
        return;
      }
      case "crash":
        await this.restart(op.keep);
        return;
      case "failWrite":
        this.node.db.failNextWrites(1, op.after);
        return;
      case "failKeyWrite":
        this.node.keyStore.failWrites = 1;
        return;
      case "flip":
        await this.flip(op);
        return;
    }
  }

  /** The save `op` makes on top of state `m` (in a burst, a state not yet durable). */
  saveFor(op: SaveOp, m: Model): Save {
    switch (op.t) {
      case "append": {
        const first = lastIndex(m) + 1;
        const last = first + op.count - 1;
        const commit = Math.max(m.hardState.commit, Math.min(last, m.hardState.commit + op.commit));
        return { entries: this.entries(first, op.count), hardState: this.hardState(commit) };
      }
      case "overwrite": {
        // A new leader's entries, from anywhere after the snapshot (the WAL does not know what
        // is committed); they were not committed, so the commit index stays below them.
        const first = between(snapIndex(m) + 1, lastIndex(m) + 1, op.at);
        this.term++;
        const commit = Math.min(m.hardState.commit, first - 1);
        return { entries: this.entries(first, op.count), hardState: this.hardState(commit) };
      }
      case "snapshot": {
        // Our own snapshot of applied (so committed) entries.
        const index = between(snapIndex(m), lastIndex(m), op.at);
        const commit = Math.max(m.hardState.commit, index);
        return {
          snapshot: this.snapshot(index, termAt(m, index), op.size),
          hardState: this.hardState(commit),
        };
      }
      case "install": {
        // A leader's snapshot, up to two past our log. One of our log (its term where the log
        // has it) keeps the entries after it; one from another history (a new term) replaces
        // the log. Either way the batch's entries replace what follows the snapshot.
        const index = between(snapIndex(m) + 1, lastIndex(m) + 2, op.at);
        const ofThisLog = op.match && index <= lastIndex(m);
        if (!ofThisLog) this.term++;
        const term = ofThisLog ? termAt(m, index) : this.term;
        return {
          snapshot: this.snapshot(index, term, op.size),
          ...(op.count > 0 ? { entries: this.entries(index + 1, op.count) } : {}),
          // Raft's commit index is the snapshot's once it restores one.
          hardState: this.hardState(index),
        };
      }
    }
  }

  entries(first: number, count: number): Entry[] {
    return Array.from({ length: count }, (_, i) => ({
      index: first + i,
      term: this.term,
      type: EntryType.Normal,
      data: Uint8Array.of((first + i) & 0xff, this.term & 0xff),
    }));
  }

  snapshot(index: number, term: number, size: number): Snapshot {
    const data = Uint8Array.from({ length: size }, () => this.prng.u32() & 0xff);
    return { data, metadata: { index, term, confState: EMPTY_CONF_STATE } };
  }

  hardState(commit: number): HardState {
    return { term: this.term, vote: 1, commit };
  }

  /** The state `batch` leaves on top of `m`, checked to be one Raft could write. */
  stateAfter(m: Model, batch: Save): Model {
    const after = applySave(m, batch);
    expectRaftShaped(after);
    return after;
  }

  async save(batch: Save): Promise<void> {
    const after = this.stateAfter(this.model, batch);
    this.inDoubt = [after];
    await this.wal!.save(batch);
    this.model = after;
    this.inDoubt = [];
    this.expectWalAt(after);
  }

  /** Issues every step at once, then settles the model by what resolved (see burstOutcome). */
  async burst(steps: readonly BurstStep[]): Promise<void> {
    const wal = this.wal!;
    const before = this.model;
    let model = before;
    const calls: Array<{ settled: Promise<unknown>; after?: Model }> = [];
    for (const step of steps) {
      if (step.t === "rotate") calls.push({ settled: wal.requestRotation() });
      else if (step.t === "compact") calls.push({ settled: wal.compact(compactIndex(model, step.at)) });
      else {
        const batch = this.saveFor(step, model);
        model = this.stateAfter(model, batch);
        calls.push({ settled: wal.save(batch), after: model });
      }
    }
    const results = await Promise.allSettled(calls.map((c) => c.settled));
    const reasons = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error] : []));
    // Injected failures are IO_FAILED, and calls made after one IO_FAILED (sealed before it)
    // or NOT_OPEN; anything else (a harness assertion, say) is thrown as it is.
    const unexpected = reasons.find(
      (r) => !(r instanceof WalError) || !["IO_FAILED", "NOT_OPEN"].includes(r.code),
    );
    if (unexpected !== undefined) throw unexpected;
    const saves = calls.flatMap((c, i) =>
      c.after === undefined ? [] : [{ after: c.after, result: results[i]! }],
    );
    const { acked, inDoubt } = burstOutcome(before, saves);
    this.model = acked;
    this.inDoubt = inDoubt;
    if (reasons.length > 0) throw reasons[0]!;
    this.expectWalAt(acked);
  }

  /** What the WAL reports of its log agrees with the model (in flight or not, it counts saves). */
  expectWalAt(m: Model): void {
    expect(this.wal!.lastIndex, "lastIndex").toBe(lastIndex(m));
    expect(this.wal!.snapshotIndex, "snapshotIndex").toBe(snapIndex(m));
  }

  async restart(keep: number): Promise<void> {
    this.node.db = await this.node.db.crash(keep);
    await this.wal?.close();
    this.node.db.failNextWrites(0);
    this.node.keyStore.failWrites = 0;
    const recovered = await this.reopen();
    this.model = this.recoveredState(recovered);
    this.inDoubt = [];
    this.term = Math.max(this.term, recovered.hardState.term, ...recovered.entries.map((e) => e.term));
    this.expectWalAt(this.model);
    this.checkNoRetiredKeys();
  }

  /**
   * A failed operation was never acknowledged: recovery finds the acknowledged state or one
   * the operation may have left, nothing between.
   */
  recoveredState(r: Recovered): Model {
    const state = [this.model, ...this.inDoubt].find((m) => matches(m, r));
    // None: fail with the difference from the acknowledged state.
    if (state === undefined) expectRecovered(this.model, r);
    return state ?? this.model;
  }

  async reopen(): Promise<Recovered> {
    const candidates = this.kekCandidates.length > 0 ? this.kekCandidates : [this.node.kek];
    let last: unknown = null;
    for (const kek of candidates) {
      try {
        const { wal, recovered } = await openWal({ ...this.node, kek });
        this.node.kek = kek;
        this.kekCandidates = [];
        this.wal = wal;
        return recovered;
      } catch (error) {
        if (
          (error as { code?: string }).code !== "WRONG_UNLOCK_KEY" &&
          (error as { code?: string }).code !== "LOCKED"
        )
          throw error;
        last = error;
      }
    }
    throw last;
  }

  /**
   * Every durable record is sealed under the current or the pending DEK: any other one is
   * retired. (Checked against the live keys, not a list of retired ones, so a DEK made and
   * retired inside one burst, never seen between operations, counts too.)
   */
  checkNoRetiredKeys(): void {
    const ids = this.wal!.keyIds;
    const live = new Set([ids.current, ...(ids.pending === null ? [] : [ids.pending])]);
    for (const [key, value] of this.node.db.durableEntries()) {
      const keyId = parseEnvelope(value, key).keyId;
      expect(live.has(keyId), `${key} under retired key ${keyId}`).toBe(true);
    }
  }

  async flip(op: { pick: number; offset: number; mask: number }): Promise<void> {
    await this.restart(0);
    const before = this.node.db.durableEntries();
    const keyFileBefore = this.node.keyStore.bytes;
    const durable = [...before];
    const picked = durable[op.pick % durable.length];
    if (picked === undefined) return;
    const [key, original] = picked;
    await this.node.db.flipByte(key, op.offset, op.mask);
    await this.wal!.close();
    const flipped = this.node.db.durableEntries();
    let error: unknown = null;
    let repaired = false;
    try {
      const { wal, recovered } = await openWal(this.node);
      repaired = recovered.notes.some((n) => n.label === "entry-damaged" && n.record?.key === key);
      await wal.close();
    } catch (e) {
      error = e;
    }
    const where = `flip of ${key} at ${op.offset % original.length}`;
    if (error === null) {
      // A damaged entry record is repaired from peers (the log is cut before it), never ignored.
      expect(repaired, `${where} went unnoticed`).toBe(true);
    } else {
      expect(error, `${where} raised ${String(error)}`).toBeInstanceOf(WalError);
      expect([
        "CORRUPT_RECORD",
        "MISPLACED_RECORD",
        "FOREIGN_RECORD",
        "WRONG_KEY",
        "MISSING_RECORD",
      ]).toContain((error as WalError).code);
      // Nothing changed on disk while refusing to open.
      expect(this.node.db.durableEntries()).toEqual(flipped);
    }
    // Back to the state before the flip (an open that repaired may have resumed a key step).
    const after = this.node.db.durableEntries();
    for (const k of new Set([...before.keys(), ...after.keys()]))
      await this.node.db.replace(k, before.get(k));
    this.node.keyStore.bytes = keyFileBefore;
    await this.restart(0);
  }
}

/** Compaction to any index at or below the snapshot (whole run records only go). */
function compactIndex(m: Model, at: number): number {
  return between(0, snapIndex(m), at);
}

/** WAL_PROPERTY_RUNS=3000 for a long soak; CI runs the default. */
const runs = Number(process.env["WAL_PROPERTY_RUNS"] ?? 300);
/** A run took up to ~17 ms on a busy 2-core host (5,000 took ~85 s): a soak outlasts vitest's 60 s. */
const timeoutMs = Math.max(60_000, runs * 40);

describe("wal under crashes and faults", { timeout: timeoutMs }, () => {
  test("every synced record survives, retired keys leave no record, corruption is typed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.array(opArb, { minLength: 10, maxLength: 40, size: "max" }),
        async (seed, ops) => {
          const node = await newNode(seed, seed % 2 === 0);
          const h = new Harness(node, Prng.fromSeed(seed));
          await h.start();
          for (const op of ops) {
            try {
              await h.run(op);
            } catch (error) {
              if (!(error instanceof WalError) || error.code !== "IO_FAILED") throw error;
              // An injected failure: the process dies here and restarts.
              await h.restart(h.prng.below(3));
            }
          }
          await h.restart(h.prng.below(3));
          await h.wal?.close();
        },
      ),
      { numRuns: runs },
    );
  });
});
