// Where each object lies in the bytes of the last snapshot a store encoded. Stored objects are
// never changed in place, only replaced, so an object found here encodes to exactly its record
// there: the next snapshot copies those bytes instead of encoding the object again, and takes
// the unchanged objects in the order they had there instead of sorting them again (issue 10: a
// snapshot of 100,000 secrets re-encoded and re-sorted every one of them, 15 % of a leader's
// work and 40 % of a follower's).
import { assert } from "../assert.js";
import type { StoreObject } from "./objects.js";

export class SnapshotRecords {
  /** The store snapshot's bytes (a view, often into the node snapshot that holds them). */
  readonly bytes: Uint8Array;
  /** The objects in snapshot order (tables in order, each by id); an object's ordinal indexes it. */
  readonly #objects: readonly StoreObject[];
  /**
   * Where each ordinal's record (field tag, length, body) starts in `bytes`. Records follow one
   * another without a gap, so one ends where the next starts, the last at the end of `bytes`.
   */
  readonly #starts: readonly number[];
  readonly #ordinals: ReadonlyMap<StoreObject, number>;
  /** The ordinal after each table's last object, in snapshot table order. */
  readonly #tableEnds: readonly number[];

  constructor(
    bytes: Uint8Array,
    records: {
      objects: readonly StoreObject[];
      starts: readonly number[];
      ordinals: ReadonlyMap<StoreObject, number>;
      tableEnds: readonly number[];
    },
  ) {
    this.bytes = bytes;
    this.#objects = records.objects;
    this.#starts = records.starts;
    this.#ordinals = records.ordinals;
    this.#tableEnds = records.tableEnds;
    const first = records.starts[0];
    assert(first === undefined || first < bytes.length, "snapshot records: a record past the bytes");
  }

  get size(): number {
    return this.#objects.length;
  }

  /** ordinal is the object's place in the snapshot, or -1 when that very object is not in it. */
  ordinal(object: StoreObject): number {
    return this.#ordinals.get(object) ?? -1;
  }

  object(ordinal: number): StoreObject {
    return this.#objects[ordinal]!;
  }

  start(ordinal: number): number {
    return this.#starts[ordinal]!;
  }

  end(ordinal: number): number {
    return this.#starts[ordinal + 1] ?? this.bytes.length;
  }

  /** The ordinals of the table at `table` (its place in snapshot order): [from, to). */
  tableRange(table: number): { readonly from: number; readonly to: number } {
    return { from: table === 0 ? 0 : this.#tableEnds[table - 1]!, to: this.#tableEnds[table]! };
  }
}
