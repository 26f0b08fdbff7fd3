// A store snapshot encoded a slice at a time, so that a driver can snapshot a large store
// between Readies instead of stopping its loop for the whole encode. It works on a frozen view:
// the tables' objects as they were when it was made (objects are never changed in place, only
// replaced), so the store may go on applying entries meanwhile. The bytes are exactly those of
// encodeSnapshot: each table sorted by id.
//
// Given the records of the store's previous snapshot, the objects unchanged since are neither
// sorted nor encoded again: they are taken in their order there and their records copied (runs
// of them that lie together as one piece). Only the objects created or changed since are
// sorted (in runs, then merged) and encoded. Each table goes through four phases, each a few
// objects a step: find what is unchanged, list it in order, sort the rest, merge and write.
import $protobuf from "protobufjs/minimal.js";
import { assert } from "../assert.js";
import { concatBytes, longLivedBytes } from "../bytes.js";
import { keelstore } from "../gen/objects.js";
import { clusterToPb, compareStrings, nodeToPb, secretToPb } from "./codec.js";
import { snapshotFormatVersion } from "./limits.js";
import type { Cluster, Node, ObjectKind, Secret, StoreObject } from "./objects.js";
import { SnapshotRecords } from "./snapshot-records.js";

type Writer = $protobuf.Writer;

/** Objects sorted in one piece of work; a slice of `budget` sorts about budget / runLength runs. */
const runLength = 8192;

interface Table {
  readonly field: number;
  readonly encode: (object: StoreObject, writer: Writer) => void;
  readonly objects: StoreObject[];
}

/** The StoreSnapshot field numbers (proto/objects.proto), in encoding order. */
const tableFields: readonly [ObjectKind, number][] = [
  ["cluster", 3],
  ["node", 4],
  ["secret", 5],
];

const encoders: Record<ObjectKind, (object: StoreObject, writer: Writer) => void> = {
  cluster: (o, w) => keelstore.Cluster.encode(clusterToPb(o as Cluster), w),
  node: (o, w) => keelstore.Node.encode(nodeToPb(o as Node), w),
  secret: (o, w) => keelstore.Secret.encode(secretToPb(o as Secret), w),
};

const byId = (a: StoreObject, b: StoreObject): number => compareStrings(a.id, b.id);

/** A table's phases, in order. */
type Phase = "find-unchanged" | "list-unchanged" | "sort-changed" | "merge";

export interface SnapshotEncoderOptions {
  /** The records of the store's previous snapshot, to copy unchanged objects from. */
  readonly previous?: SnapshotRecords | null;
  /** Check every copied record against a fresh encoding of its object (tests and simulation). */
  readonly verify?: boolean;
}

export class SnapshotEncoder {
  readonly version: number;
  readonly #tables: Table[];
  readonly #previous: SnapshotRecords | null;
  readonly #verify: boolean;
  /** The previous snapshot's ordinals still in this one (1) — its unchanged objects. */
  readonly #unchanged: Uint8Array;

  #table = 0;
  #phase: Phase = "find-unchanged";
  /** How far the current phase has gone through its input. */
  #at = 0;
  /** The current table's unchanged objects, as the previous snapshot's ordinals, in id order. */
  #listed: number[] = [];
  #listedHead = 0;
  /** The current table's objects created or changed since, in sorted runs, and their heads. */
  #changed: StoreObject[] = [];
  #runs: StoreObject[][] = [];
  #heads: number[] = [];
  #done = false;

  /** Objects encoded afresh, since the last piece. */
  #writer: Writer = $protobuf.Writer.create();
  /** Records of the previous snapshot still to copy, [start, end) in its bytes; start -1: none. */
  #copyStart = -1;
  #copyEnd = -1;
  /**
   * The bytes encoded so far, in pieces: the writer is finished at the end of each step (or
   * before a copied record), so no single call copies the whole snapshot (finishing 10 MB at
   * once took 15-50 ms); copied runs are views into the previous snapshot's bytes.
   */
  readonly #pieces: Uint8Array[] = [];
  /** Invariant: the bytes of #pieces. */
  #piecesBytes = 0;
  #copied = 0;

  /** This snapshot's records, for the next encoder (see SnapshotRecords). */
  readonly #objects: StoreObject[] = [];
  readonly #starts: number[] = [];
  readonly #ordinals = new Map<StoreObject, number>();
  readonly #tableEnds: number[] = [];

  /** `objects` are the tables as they are now; the encoder keeps its own arrays of them. */
  constructor(
    version: number,
    objects: Readonly<Record<ObjectKind, Iterable<StoreObject>>>,
    options: SnapshotEncoderOptions = {},
  ) {
    this.version = version;
    this.#previous = options.previous ?? null;
    this.#verify = options.verify ?? false;
    this.#unchanged = new Uint8Array(this.#previous?.size ?? 0);
    this.#tables = tableFields.map(([kind, field]) => ({
      field,
      encode: encoders[kind],
      objects: [...objects[kind]],
    }));
    // The same header StoreSnapshot.encode writes.
    this.#writer.uint32(8).uint32(snapshotFormatVersion);
    this.#writer.uint32(16).uint64(version);
  }

  get done(): boolean {
    return this.#done;
  }

  /** How many objects' records were copied from the previous snapshot, not encoded. */
  get copied(): number {
    return this.#copied;
  }

  /** The bytes encoded so far: all of them once done. */
  get byteLength(): number {
    return this.#piecesBytes + this.#writer.len + this.#copyEnd - this.#copyStart;
  }

  /**
   * step does about `budget` objects' worth of work (in any phase); true once everything is
   * encoded.
   */
  step(budget: number): boolean {
    let left = Math.max(1, budget);
    while (!this.#done && left > 0) {
      const table = this.#tables[this.#table];
      if (table === undefined) {
        this.#done = true;
        break;
      }
      left -= this.#work(table, left);
    }
    this.#flushWriter();
    this.#flushCopy();
    return this.#done;
  }

  /** Does up to `budget` objects' worth of the current phase of `table`; returns how many. */
  #work(table: Table, budget: number): number {
    switch (this.#phase) {
      case "find-unchanged":
        return this.#findUnchanged(table, budget);
      case "list-unchanged":
        return this.#listUnchanged(budget);
      case "sort-changed":
        return this.#sortChanged();
      case "merge":
        return this.#merge(table, budget);
    }
  }

  /** Marks the table's objects found in the previous snapshot; collects the others. */
  #findUnchanged(table: Table, budget: number): number {
    const to = Math.min(table.objects.length, this.#at + budget);
    const previous = this.#previous;
    for (let i = this.#at; i < to; i++) {
      const object = table.objects[i]!;
      const ordinal = previous === null ? -1 : previous.ordinal(object);
      if (ordinal >= 0) this.#unchanged[ordinal] = 1;
      else this.#changed.push(object);
    }
    const count = to - this.#at;
    this.#at = to;
    if (to === table.objects.length) this.#next("list-unchanged");
    return Math.max(1, count);
  }

  /** Lists the table's unchanged objects in the previous snapshot's order: by id already. */
  #listUnchanged(budget: number): number {
    const range = this.#previous?.tableRange(this.#table) ?? { from: 0, to: 0 };
    const from = range.from + this.#at;
    const to = Math.min(range.to, from + budget);
    for (let ordinal = from; ordinal < to; ordinal++) {
      if (this.#unchanged[ordinal] === 1) this.#listed.push(ordinal);
    }
    this.#at += to - from;
    if (to === range.to) this.#next("sort-changed");
    return Math.max(1, to - from);
  }

  /** Sorts one run of the objects created or changed since the previous snapshot. */
  #sortChanged(): number {
    const run = this.#changed.slice(this.#at, this.#at + runLength).sort(byId);
    if (run.length > 0) {
      this.#runs.push(run);
      this.#heads.push(0);
    }
    this.#at += run.length;
    if (this.#at >= this.#changed.length) this.#next("merge");
    return Math.max(1, run.length);
  }

  /** Writes up to `count` objects of `table` in id order; returns how many. */
  #merge(table: Table, count: number): number {
    const previous = this.#previous;
    let written = 0;
    while (written < count) {
      const best = this.#leastChanged();
      const changed = best < 0 ? null : this.#runs[best]![this.#heads[best]!]!;
      // The unchanged objects before it, with no pick among the runs for each.
      while (written < count && this.#listedHead < this.#listed.length) {
        const ordinal = this.#listed[this.#listedHead]!;
        if (changed !== null && byId(previous!.object(ordinal), changed) > 0) break;
        this.#listedHead++;
        this.#copy(table, ordinal);
        written++;
      }
      if (written >= count) break;
      if (changed === null) {
        this.#tableEnds.push(this.#objects.length);
        this.#table++;
        this.#next("find-unchanged");
        break;
      }
      this.#heads[best]!++;
      this.#encode(table, changed);
      written++;
    }
    return Math.max(1, written);
  }

  /** The run whose head is the least changed object left, or -1 when none is left. */
  #leastChanged(): number {
    // The runs are few (13 for a table of 100,000 all changed): a linear pick is enough.
    let best = -1;
    for (let i = 0; i < this.#runs.length; i++) {
      const run = this.#runs[i]!;
      const head = this.#heads[i]!;
      if (head >= run.length) continue;
      if (best < 0 || byId(run[head]!, this.#runs[best]![this.#heads[best]!]!) < 0) best = i;
    }
    return best;
  }

  #next(phase: Phase): void {
    this.#phase = phase;
    this.#at = 0;
    if (phase !== "find-unchanged") return;
    this.#listed = [];
    this.#listedHead = 0;
    this.#changed = [];
    this.#runs = [];
    this.#heads = [];
  }

  /** Notes where the next record starts: flushing only moves bytes, so it holds either way. */
  #record(object: StoreObject): void {
    this.#ordinals.set(object, this.#objects.length);
    this.#objects.push(object);
    this.#starts.push(this.byteLength);
  }

  #encode(table: Table, object: StoreObject): void {
    this.#record(object);
    this.#flushCopy();
    encodeRecord(table, object, this.#writer);
  }

  /** Copies the previous snapshot's record of an unchanged object, extending the run it ends. */
  #copy(table: Table, ordinal: number): void {
    const previous = this.#previous!;
    const object = previous.object(ordinal);
    const start = previous.start(ordinal);
    const end = previous.end(ordinal);
    if (this.#verify) this.#check(table, object, previous.bytes.subarray(start, end));
    this.#record(object);
    this.#copied++;
    this.#flushWriter();
    if (start !== this.#copyEnd) {
      this.#flushCopy();
      this.#copyStart = start;
    }
    this.#copyEnd = end;
  }

  #check(table: Table, object: StoreObject, copied: Uint8Array): void {
    const fresh = $protobuf.Writer.create();
    encodeRecord(table, object, fresh);
    const bytes = fresh.finish();
    const same = bytes.length === copied.length && bytes.every((b, i) => b === copied[i]);
    assert(same, `snapshot encoder: the record copied for ${object.id} is not its encoding`);
  }

  #flushWriter(): void {
    if (this.#writer.len === 0) return;
    // Kept until the whole snapshot is copied together: written into memory V8 does not count
    // toward a full GC (see longLivedBytes), not into a buffer of the writer's own first.
    const piece = this.#writer.finishInto(longLivedBytes(this.#writer.len), 0);
    this.#pieces.push(piece);
    this.#piecesBytes += piece.length;
    this.#writer = $protobuf.Writer.create(); // finish() leaves what it wrote in the writer.
  }

  #flushCopy(): void {
    if (this.#copyStart < 0) return;
    const piece = this.#previous!.bytes.subarray(this.#copyStart, this.#copyEnd);
    this.#pieces.push(piece);
    this.#piecesBytes += piece.length;
    this.#copyStart = -1;
    this.#copyEnd = -1;
  }

  /** The encoded snapshot in pieces, to be concatenated (or written) in order; only once done. */
  pieces(): readonly Uint8Array[] {
    assert(this.#done, "snapshot encoder: pieces() before the encode is done");
    return this.#pieces;
  }

  /** The encoded snapshot; only once done. */
  bytes(): Uint8Array {
    return concatBytes(this.pieces());
  }

  /**
   * records tells where each object lies in `bytes`: this snapshot's bytes as they will be
   * kept (e.g. a view into the node snapshot they were copied into), for the next encoder.
   */
  records(bytes: Uint8Array): SnapshotRecords {
    assert(this.#done, "snapshot encoder: records() before the encode is done");
    assert(bytes.length === this.#piecesBytes, "snapshot encoder: records() of other bytes");
    return new SnapshotRecords(bytes, {
      objects: this.#objects,
      starts: this.#starts,
      ordinals: this.#ordinals,
      tableEnds: this.#tableEnds,
    });
  }
}

function encodeRecord(table: Table, object: StoreObject, writer: Writer): void {
  table.encode(object, writer.uint32((table.field << 3) | 2).fork());
  writer.ldelim();
}
