// The store's tables: one map per object kind, keyed by id, plus the unique-name index.
// Tables only change through put/remove, which keep the index in step. Their maps are sharded
// (sharded-map.ts): one Map of every secret stalled all managers at once when it doubled.
import { assert } from "../assert.js";
import { compareStrings } from "./codec.js";
import type { ObjectByKind, ObjectKind, StoreObject } from "./objects.js";
import { objectKinds } from "./objects.js";
import { ShardedMap } from "./sharded-map.js";
import { uniqueName } from "./validate.js";

export class Tables {
  /** Invariant: every object is stored under its own id in the table of its kind. */
  private readonly objects: Record<ObjectKind, ShardedMap<StoreObject>> = {
    cluster: new ShardedMap(),
    node: new ShardedMap(),
    secret: new ShardedMap(),
  };

  /** Invariant: names[kind] maps uniqueName(object) to object.id for exactly the stored objects. */
  private readonly names: Record<ObjectKind, ShardedMap<string>> = {
    cluster: new ShardedMap(),
    node: new ShardedMap(),
    secret: new ShardedMap(),
  };

  get<K extends ObjectKind>(kind: K, id: string): ObjectByKind[K] | undefined {
    return this.objects[kind].get(id) as ObjectByKind[K] | undefined;
  }

  /** nameOwner is the id holding a unique (lowercased) name, if any. */
  nameOwner(kind: ObjectKind, name: string): string | undefined {
    return this.names[kind].get(name);
  }

  size(kind: ObjectKind): number {
    return this.objects[kind].size;
  }

  /** values lists a table in no particular order; callers that need determinism sort. */
  values<K extends ObjectKind>(kind: K): ObjectByKind[K][] {
    return this.objects[kind].values() as ObjectByKind[K][];
  }

  /** sorted lists a table by id: the order of snapshots and list(). */
  sorted<K extends ObjectKind>(kind: K): ObjectByKind[K][] {
    return this.values(kind).sort((a, b) => compareStrings(a.id, b.id));
  }

  put(kind: ObjectKind, object: StoreObject): void {
    const previous = this.objects[kind].get(object.id);
    if (previous !== undefined) this.dropName(kind, previous);
    this.objects[kind].set(object.id, object);
    const name = uniqueName(kind, object);
    if (name !== null) {
      assert(!this.names[kind].has(name), `name ${name} already indexed`);
      this.names[kind].set(name, object.id);
    }
  }

  remove(kind: ObjectKind, id: string): void {
    const previous = this.objects[kind].get(id);
    assert(previous !== undefined, `remove of missing ${kind} ${id}`);
    this.dropName(kind, previous);
    this.objects[kind].delete(id);
  }

  clear(): void {
    for (const kind of objectKinds) {
      this.objects[kind].clear();
      this.names[kind].clear();
    }
  }

  private dropName(kind: ObjectKind, object: StoreObject): void {
    const name = uniqueName(kind, object);
    if (name !== null && this.names[kind].get(name) === object.id) this.names[kind].delete(name);
  }

  checkInvariants(appliedIndex: number): void {
    for (const kind of objectKinds) {
      let named = 0;
      this.objects[kind].forEach((object, id) => {
        assert(object.id === id, `${kind} ${id} stored under another id`);
        assert(object.meta.version <= appliedIndex, `${kind} ${id} is newer than the applied index`);
        const name = uniqueName(kind, object);
        if (name === null) return;
        named++;
        assert(this.names[kind].get(name) === id, `${kind} ${id} missing from the name index`);
      });
      assert(this.names[kind].size === named, `${kind} name index has stale names`);
    }
  }
}
