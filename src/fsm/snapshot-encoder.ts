// A store snapshot encoded a slice at a time, so that a driver can snapshot a large store
// between Readies instead of stopping its loop for the whole encode. It works on a frozen view:
// the tables' objects as they were when it was made (objects are never changed in place, only
// replaced), so the store may go on applying entries meanwhile. The bytes are exactly those of
// encodeSnapshot: each table sorted by id — sorted here in runs, then merged as it encodes.
import $protobuf from "protobufjs/minimal.js";
import { assert } from "../assert.js";
import { concatBytes } from "../bytes.js";
import { keelstore } from "../gen/objects.js";
import { clusterToPb, compareStrings, nodeToPb, secretToPb } from "./codec.js";
import { snapshotFormatVersion } from "./limits.js";
import type { Cluster, Node, ObjectKind, Secret, StoreObject } from "./objects.js";

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

export class SnapshotEncoder {
  readonly version: number;
  readonly #tables: Table[];
  #writer: Writer = $protobuf.Writer.create();
  /**
   * The bytes encoded so far, one piece a step: the writer is finished at the end of each step,
   * so no single call copies the whole snapshot (finishing 10 MB at once took 15-50 ms).
   */
  readonly #pieces: Uint8Array[] = [];
  #table = 0;
  /** Sorted runs of the current table, and each run's next position while merging. */
  #runs: StoreObject[][] = [];
  #heads: number[] = [];
  #sortedUpTo = 0;
  #done = false;

  /** `objects` are the tables as they are now; the encoder keeps its own arrays of them. */
  constructor(version: number, objects: Readonly<Record<ObjectKind, Iterable<StoreObject>>>) {
    this.version = version;
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

  /**
   * step does about `budget` objects' worth of work (sorting a run, or merging and encoding
   * objects); true once everything is encoded.
   */
  step(budget: number): boolean {
    let left = Math.max(1, budget);
    while (!this.#done && left > 0) {
      const table = this.#tables[this.#table];
      if (table === undefined) {
        this.#done = true;
        break;
      }
      if (this.#sortedUpTo < table.objects.length) {
        const run = table.objects.slice(this.#sortedUpTo, this.#sortedUpTo + runLength).sort(byId);
        this.#runs.push(run);
        this.#heads.push(0);
        this.#sortedUpTo += run.length;
        left -= run.length;
        continue;
      }
      left -= this.#merge(table, left);
      if (this.#heads.every((h, i) => h >= this.#runs[i]!.length)) this.#nextTable();
    }
    if (this.#writer.len > 0) {
      this.#pieces.push(this.#writer.finish());
      this.#writer = $protobuf.Writer.create(); // finish() leaves what it wrote in the writer.
    }
    return this.#done;
  }

  /** Encodes up to `count` objects of `table` in id order; returns how many. */
  #merge(table: Table, count: number): number {
    let encoded = 0;
    while (encoded < count) {
      // The runs are few (a table of 100,000 has 13): a linear pick of the least head is enough.
      let best = -1;
      for (let i = 0; i < this.#runs.length; i++) {
        const run = this.#runs[i]!;
        const head = this.#heads[i]!;
        if (head >= run.length) continue;
        if (best < 0 || byId(run[head]!, this.#runs[best]![this.#heads[best]!]!) < 0) best = i;
      }
      if (best < 0) break;
      const object = this.#runs[best]![this.#heads[best]!]!;
      this.#heads[best]!++;
      table.encode(object, this.#writer.uint32((table.field << 3) | 2).fork());
      this.#writer.ldelim();
      encoded++;
    }
    return encoded;
  }

  #nextTable(): void {
    this.#table++;
    this.#runs = [];
    this.#heads = [];
    this.#sortedUpTo = 0;
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
}
