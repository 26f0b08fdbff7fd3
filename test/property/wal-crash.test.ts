// Crash at every step: random appends, tail overwrites, compactions, snapshots (own, and a
// leader's that replaces the log), DEK rotations and KEK changes, with injected write failures, crashes that keep a random prefix of the
// unsynced writes, and flipped bytes. After every restart: every synced record reads back
// exactly, nothing under a retired DEK remains, and each flipped byte is a typed error.
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

type Op =
  | { t: "append"; count: number; commit: number }
  | { t: "burst"; counts: number[] }
  | { t: "overwrite"; back: number; count: number }
  | { t: "snapshot"; at: number; size: number }
  | { t: "install"; ahead: number; count: number; size: number }
  | { t: "compact" }
  | { t: "rotate" }
  | { t: "kek"; how: "lock" | "unlock" | "rekey" }
  | { t: "crash"; keep: number }
  | { t: "failWrite"; after: number }
  | { t: "failKeyWrite" }
  | { t: "flip"; pick: number; offset: number; mask: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant("append" as const),
      count: fc.integer({ min: 1, max: 4 }),
      commit: fc.nat(4),
    }),
  },
  {
    // Appends pipelined: each save is made before the one before it has landed.
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("burst" as const),
      counts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("overwrite" as const),
      back: fc.nat(3),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant("snapshot" as const), at: fc.nat(100), size: fc.nat(1400) }),
  },
  {
    // A leader's snapshot from another history (a new term), installed with entries after it.
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("install" as const),
      ahead: fc.nat(4),
      // Without entries in the batch, a stale tail after the snapshot is what must go.
      count: fc.oneof(fc.constant(0), fc.nat(3)),
      size: fc.nat(300),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: "compact" as const }) },
  { weight: 2, arbitrary: fc.constant({ t: "rotate" as const }) },
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

/** What must be read back: the state as of the last acknowledged save. */
interface Model {
  readonly hardState: HardState;
  readonly snapshot: Snapshot | null;
  /** Live entries (after the snapshot), by index. */
  readonly entries: ReadonlyMap<number, Entry>;
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

interface SaveBatchLike {
  hardState?: HardState;
  entries?: Entry[];
  snapshot?: Snapshot;
}

function applySave(m: Model, batch: SaveBatchLike): Model {
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
  return { hardState: batch.hardState ?? m.hardState, snapshot, entries };
}

function matches(m: Model, r: Recovered): boolean {
  const expected = [...m.entries.values()].sort((a, b) => a.index - b.index);
  try {
    expect(r.hardState).toEqual(m.hardState);
    expect(r.entries).toEqual(expected);
    if (m.snapshot === null) expect(r.snapshot).toBeNull();
    else expect(r.snapshot).toEqual(m.snapshot);
    return true;
  } catch {
    return false;
  }
}

class Harness {
  wal: Wal | null = null;
  model: Model = { hardState: EMPTY_HARD_STATE, snapshot: null, entries: new Map() };
  /** When the last operation failed, the state it would have made (it may or may not be durable). */
  maybe: Model | null = null;
  term = 1;
  kekVersion = 1;
  /** A KEK change that failed may or may not have landed: either KEK may open the file. */
  kekCandidates: Array<SecretKey | null> = [];
  readonly retired = new Set<string>();
  readonly known = new Set<string>();

  constructor(
    readonly node: Node,
    readonly prng: Prng,
  ) {}

  async start(): Promise<void> {
    const { wal } = await openWal(this.node);
    this.wal = wal;
    this.observeKeys();
  }

  observeKeys(): void {
    const ids = this.wal!.keyIds;
    const live = new Set([ids.current, ...(ids.pending === null ? [] : [ids.pending])]);
    for (const id of this.known) if (!live.has(id)) this.retired.add(id);
    for (const id of live) this.known.add(id);
  }

  async run(op: Op): Promise<void> {
    const wal = this.wal!;
    const m = this.model;
    switch (op.t) {
      case "append": {
        const first = lastIndex(m) + 1;
        const added = Array.from({ length: op.count }, (_, i) => this.entry(first + i));
        const last = first + op.count - 1;
        const commit = Math.max(m.hardState.commit, Math.min(last, m.hardState.commit + op.commit));
        await this.save({ entries: added, hardState: { term: this.term, vote: 1, commit } });
        return;
      }
      case "burst": {
        const batches: SaveBatchLike[] = [];
        const models: Model[] = [];
        let model = m;
        for (const count of op.counts) {
          const first = lastIndex(model) + 1;
          const added = Array.from({ length: count }, (_, i) => this.entry(first + i));
          const batch = {
            entries: added,
            hardState: { term: this.term, vote: 1, commit: model.hardState.commit },
          };
          model = applySave(model, batch);
          batches.push(batch);
          models.push(model);
        }
        const results = await Promise.allSettled(batches.map((b) => wal.save(b)));
        const failed = results.findIndex((r) => r.status === "rejected");
        if (failed === -1) {
          this.model = model;
          this.observeKeys();
          return;
        }
        // Saves before the failed one are durable; it may or may not have landed; none after it did.
        this.model = failed === 0 ? m : models[failed - 1]!;
        this.maybe = models[failed]!;
        // Sealed before the failure: IO_FAILED; queued behind it: NOT_OPEN (the WAL is failed).
        for (const r of results.slice(failed))
          expect(["IO_FAILED", "NOT_OPEN"]).toContain((r as PromiseRejectedResult).reason.code);
        throw (results[failed] as PromiseRejectedResult).reason;
      }
      case "overwrite": {
        // Raft never overwrites committed entries, nor the snapshot.
        const floor = Math.max(snapIndex(m), m.hardState.commit) + 1;
        const first = Math.max(floor, lastIndex(m) - op.back);
        this.term++;
        const added = Array.from({ length: op.count }, (_, i) => this.entry(first + i));
        await this.save({ entries: added, hardState: { ...m.hardState, term: this.term } });
        return;
      }
      case "snapshot": {
        const lo = snapIndex(m);
        const index = lo + Math.floor(((lastIndex(m) - lo) * op.at) / 100);
        const data = Uint8Array.from({ length: op.size }, () => this.prng.u32() & 0xff);
        await this.save({
          snapshot: { data, metadata: { index, term: termAt(m, index), confState: EMPTY_CONF_STATE } },
        });
        return;
      }
      case "install": {
        // Raft installs only past its commit index, under a term its log has never seen.
        const index = Math.max(snapIndex(m), m.hardState.commit) + 1 + op.ahead;
        this.term++;
        const data = Uint8Array.from({ length: op.size }, () => this.prng.u32() & 0xff);
        const added = Array.from({ length: op.count }, (_, i) => this.entry(index + 1 + i));
        await this.save({
          snapshot: { data, metadata: { index, term: this.term, confState: EMPTY_CONF_STATE } },
          ...(added.length > 0 ? { entries: added } : {}),
          hardState: { term: this.term, vote: 0, commit: index },
        });
        return;
      }
      case "compact":
        await wal.compact(wal.snapshotIndex);
        return;
      case "rotate":
        await wal.requestRotation();
        this.observeKeys();
        return;
      case "kek": {
        const next = op.how === "unlock" ? null : SecretKey.generate(this.node.entropy);
        const previous = this.node.kek;
        this.kekCandidates = [previous, next];
        const result = await wal.changeKek(next, ++this.kekVersion);
        if (result === "changed") this.node.kek = next;
        this.kekCandidates = [];
        this.observeKeys();
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

  entry(index: number): Entry {
    return {
      index,
      term: this.term,
      type: EntryType.Normal,
      data: Uint8Array.of(index & 0xff, this.term & 0xff),
    };
  }

  async save(batch: { hardState?: HardState; entries?: Entry[]; snapshot?: Snapshot }): Promise<void> {
    const after = applySave(this.model, batch);
    this.maybe = after;
    await this.wal!.save(batch);
    this.model = after;
    this.maybe = null;
    this.observeKeys();
  }

  async restart(keep: number): Promise<void> {
    this.node.db = await this.node.db.crash(keep);
    await this.wal?.close();
    this.node.db.failNextWrites(0);
    this.node.keyStore.failWrites = 0;
    const recovered = await this.reopen();
    if (!matches(this.model, recovered)) {
      // A failed operation was never acknowledged: it may have landed or not, nothing between.
      expect(this.maybe).not.toBeNull();
      expect(matches(this.maybe!, recovered)).toBe(true);
      this.model = this.maybe!;
    }
    this.maybe = null;
    this.term = Math.max(this.term, recovered.hardState.term, ...recovered.entries.map((e) => e.term));
    this.observeKeys();
    this.checkNoRetiredKeys();
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

  checkNoRetiredKeys(): void {
    for (const [key, value] of this.node.db.durableEntries()) {
      const keyId = parseEnvelope(value, key).keyId;
      expect(this.retired.has(keyId), `${key} under retired key ${keyId}`).toBe(false);
    }
  }

  async flip(op: { pick: number; offset: number; mask: number }): Promise<void> {
    await this.restart(0);
    const durable = [...this.node.db.durableEntries()];
    const picked = durable[op.pick % durable.length];
    if (picked === undefined) return;
    const [key, original] = picked;
    await this.node.db.flipByte(key, op.offset, op.mask);
    await this.wal!.close();
    const flipped = this.node.db.durableEntries();
    let error: unknown = null;
    try {
      const { wal } = await openWal(this.node);
      await wal.close();
    } catch (e) {
      error = e;
    }
    expect(error, `flip of ${key} at ${op.offset % original.length} went unnoticed`).toBeInstanceOf(WalError);
    expect(["CORRUPT_RECORD", "MISPLACED_RECORD", "FOREIGN_RECORD", "WRONG_KEY", "MISSING_RECORD"]).toContain(
      (error as WalError).code,
    );
    // Nothing changed on disk while refusing to open.
    expect(this.node.db.durableEntries()).toEqual(flipped);
    await this.node.db.replace(key, original);
    await this.restart(0);
  }
}

/** WAL_PROPERTY_RUNS=2000 for a long soak; CI runs the default. */
const runs = Number(process.env["WAL_PROPERTY_RUNS"] ?? 300);

describe("wal under crashes and faults", () => {
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
