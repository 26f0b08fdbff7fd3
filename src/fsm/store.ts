// The event-sourced cluster store. A driver applies each committed Raft entry in index order:
// apply() for normal entries carrying a Proposal, passOver() for the others. apply is synchronous,
// deterministic and atomic: the same entries give the same store, events and snapshot bytes on
// every manager, and a rejected proposal changes nothing.
import { assert } from "../assert.js";
import { compareStrings, parseProposal } from "./codec.js";
import { StoreError } from "./errors.js";
import type { CommitEvent, ObjectEvent, StoreEvent } from "./events.js";
import { History } from "./history.js";
import { historyProposalsDefault, proposalActionsMax, proposalBytesMax } from "./limits.js";
import type { Node, NodeRole, ObjectByKind, ObjectKind, Proposal } from "./objects.js";
import { objectKinds } from "./objects.js";
import type { StoreReader } from "./reader.js";
import { decodeSnapshot, encodeSnapshot } from "./snapshot.js";
import type { SnapshotContent } from "./snapshot.js";
import { commitChanges, stageProposal } from "./stage.js";
import { SnapshotEncoder } from "./snapshot-encoder.js";
import type { SnapshotRecords } from "./snapshot-records.js";
import { Tables } from "./tables.js";
import type { WatchOptions } from "./watch.js";
import { Watcher } from "./watch.js";

export interface StoreOptions {
  /** Committed proposals kept for watch({ fromVersion }). */
  readonly historyProposalsMax?: number;
  /** Assert the store's invariants after every change (tests and simulation). */
  readonly debugChecks?: boolean;
  /**
   * Check each record a snapshot copies from the previous one against a fresh encoding of its
   * object (on with debugChecks; the simulator turns it on alone, as it costs no more than the
   * encoding the copy saves).
   */
  readonly verifySnapshotCopies?: boolean;
}

/** ApplyResult tells the driver what became of an entry; `proposalId` resolves its waiter. */
export type ApplyResult =
  | {
      readonly status: "applied";
      readonly index: number;
      readonly proposalId: number;
      readonly events: readonly ObjectEvent[];
    }
  | {
      readonly status: "rejected";
      readonly index: number;
      /** Null when the entry data could not be decoded at all. */
      readonly proposalId: number | null;
      readonly error: StoreError;
    };

export class Store implements StoreReader {
  private readonly tables = new Tables();
  private readonly history: History;
  private readonly watchers = new Set<Watcher>();
  private readonly debugChecks: boolean;
  private readonly verifySnapshotCopies: boolean;
  /** Invariant: every stored object's meta.version <= appliedIndexValue. */
  private appliedIndexValue = 0;
  /** Where the objects of the last snapshot kept (keepSnapshotRecords) lie in its bytes. */
  private snapshotRecords: SnapshotRecords | null = null;

  constructor(options: StoreOptions = {}) {
    this.history = new History(options.historyProposalsMax ?? historyProposalsDefault, 0);
    this.debugChecks = options.debugChecks ?? false;
    this.verifySnapshotCopies = this.debugChecks || options.verifySnapshotCopies === true;
  }

  /** fromSnapshot builds a store from snapshot bytes (e.g. at start-up); throws StoreError. */
  static fromSnapshot(bytes: Uint8Array, options: StoreOptions = {}): Store {
    const store = new Store(options);
    store.load(decodeSnapshot(bytes));
    return store;
  }

  get appliedIndex(): number {
    return this.appliedIndexValue;
  }

  /**
   * apply applies the data of the committed normal entry at `index`. Indexes must increase;
   * applying an index twice is a driver bug (an assertion), while bad data is a rejection.
   */
  apply(index: number, data: Uint8Array): ApplyResult {
    this.advance(index);
    if (data.length > proposalBytesMax) {
      const error = new StoreError({
        code: "PROPOSAL_TOO_LARGE",
        bytes: data.length,
        bytesMax: proposalBytesMax,
      });
      return { status: "rejected", index, proposalId: null, error };
    }
    const parsed = parseProposal(data);
    if (!parsed.ok) return { status: "rejected", index, proposalId: parsed.proposalId, error: parsed.error };
    return this.applyProposal(index, parsed.proposal);
  }

  /** passOver advances the applied index over an entry that carries no proposal (conf change, empty). */
  passOver(index: number): void {
    this.advance(index);
  }

  private advance(index: number): void {
    assert(Number.isSafeInteger(index), "index must be an integer");
    assert(index > this.appliedIndexValue, `index ${index} applied after ${this.appliedIndexValue}`);
    this.appliedIndexValue = index;
  }

  private applyProposal(index: number, proposal: Proposal): ApplyResult {
    const proposalId = proposal.id;
    if (proposal.actions.length > proposalActionsMax) {
      const count = proposal.actions.length;
      const error = new StoreError({ code: "TOO_MANY_ACTIONS", count, countMax: proposalActionsMax });
      return { status: "rejected", index, proposalId, error };
    }
    let changes;
    try {
      changes = stageProposal(this.tables, proposal, index);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return { status: "rejected", index, proposalId, error };
    }
    commitChanges(this.tables, changes);
    // Both lists grow by push from [], never by changes.map or a spread: TurboFan's inlined map
    // makes an array of another elements kind than the builtin does, so the first optimised
    // apply deoptimised itself (wrong map) and then the watchers' publish and deliver, on every
    // manager, some 2,500 writes in; they ran unoptimised for seconds after.
    const events: ObjectEvent[] = [];
    const published: StoreEvent[] = [];
    for (const c of changes) {
      const event = { type: c.action, kind: c.kind, object: c.object, version: index } as ObjectEvent;
      events.push(event);
      published.push(event);
    }
    // An empty proposal changes nothing and, like SwarmKit's empty changelist, emits nothing.
    if (events.length > 0) {
      this.history.append({ version: index, events });
      published.push({ type: "commit", version: index });
      this.publish(published);
    }
    if (this.debugChecks) this.checkInvariants();
    return { status: "applied", index, proposalId, events };
  }

  // --- reads -------------------------------------------------------------------------------

  get<K extends ObjectKind>(kind: K, id: string): ObjectByKind[K] | undefined {
    return this.tables.get(kind, id);
  }

  list<K extends ObjectKind>(kind: K): ObjectByKind[K][] {
    return this.tables.sorted(kind);
  }

  findByName<K extends ObjectKind>(kind: K, name: string): ObjectByKind[K][] {
    const lowered = name.toLowerCase();
    if (kind === "node") {
      return this.list(kind).filter((o) => (o as Node).spec.name.toLowerCase() === lowered);
    }
    const id = this.tables.nameOwner(kind, lowered);
    const found = id === undefined ? undefined : this.tables.get(kind, id);
    return found === undefined ? [] : [found];
  }

  findByIdPrefix<K extends ObjectKind>(kind: K, prefix: string): ObjectByKind[K][] {
    const found = this.tables.values(kind).filter((o) => o.id.startsWith(prefix));
    return found.sort((a, b) => compareStrings(a.id, b.id));
  }

  findNodesByRole(role: NodeRole): Node[] {
    return this.list("node").filter((n) => n.role === role);
  }

  count(kind: ObjectKind): number {
    return this.tables.size(kind);
  }

  // --- watch -------------------------------------------------------------------------------

  /**
   * watch registers a watcher. With `fromVersion`, it first queues every committed change
   * after that version (each entry's events, then its commit event), or throws COMPACTED
   * when they are no longer kept, or FUTURE_VERSION when the store has not reached it.
   */
  watch(options: WatchOptions = {}): Watcher {
    const watcher = new Watcher(options, (w) => this.watchers.delete(w));
    const from = options.fromVersion;
    if (from !== undefined) {
      if (from > this.appliedIndexValue) {
        throw new StoreError({
          code: "FUTURE_VERSION",
          fromVersion: from,
          currentVersion: this.appliedIndexValue,
        });
      }
      for (const entry of this.history.since(from)) {
        watcher.deliver([...entry.events, { type: "commit", version: entry.version }]);
      }
    }
    // One whose replay already overflowed is handed back dead (its take() says so), unregistered.
    if (!watcher.closed) this.watchers.add(watcher);
    return watcher;
  }

  /** The version at or above which watch({ fromVersion }) still works. */
  get oldestWatchableVersion(): number {
    return this.history.compactedThrough;
  }

  private publish(events: readonly StoreEvent[]): void {
    for (const watcher of [...this.watchers]) watcher.deliver(events);
  }

  // --- snapshot and restore ----------------------------------------------------------------

  /** snapshot encodes the whole store at the applied index; equal stores give equal bytes. */
  snapshot(): Uint8Array {
    return encodeSnapshot(this.appliedIndexValue, this.tables);
  }

  /**
   * snapshotEncoder freezes the store as it is now (the applied index and every object) and
   * returns an encoder that produces the same bytes as snapshot() a slice at a time, while the
   * store goes on applying entries. Objects unchanged since the last snapshot kept
   * (keepSnapshotRecords) are copied from its bytes rather than encoded again.
   */
  snapshotEncoder(): SnapshotEncoder {
    const tables = {
      cluster: this.tables.values("cluster"),
      node: this.tables.values("node"),
      secret: this.tables.values("secret"),
    };
    return new SnapshotEncoder(this.appliedIndexValue, tables, {
      previous: this.snapshotRecords,
      verify: this.verifySnapshotCopies,
    });
  }

  /**
   * keepSnapshotRecords keeps where the objects of a snapshot this store encoded lie in its
   * bytes, for the next snapshotEncoder() to copy from; it replaces the previous records. The
   * bytes must stay unchanged: the node passes a view into the snapshot it keeps anyway, so
   * this costs a map entry, an array slot and an offset per object (5.4 MB for 100,000
   * secrets), not a second copy.
   */
  keepSnapshotRecords(records: SnapshotRecords): void {
    this.snapshotRecords = records;
  }

  /**
   * restore replaces the store with a snapshot received from the leader. Watchers receive the
   * difference (creates, updates, removes, then a commit at the snapshot's version); older
   * versions can no longer be watched from. Throws StoreError and changes nothing on bad bytes
   * or a snapshot older than the applied index.
   */
  restore(bytes: Uint8Array): void {
    this.restoreContent(decodeSnapshot(bytes));
  }

  /** restoreContent is restore of a snapshot already decoded (and so checked) by decodeSnapshot. */
  restoreContent(content: SnapshotContent): void {
    if (content.version < this.appliedIndexValue) {
      throw new StoreError({
        code: "SNAPSHOT_STALE",
        snapshotVersion: content.version,
        appliedIndex: this.appliedIndexValue,
      });
    }
    const events = this.diff(content);
    this.load(content);
    this.publish([...events, { type: "commit", version: content.version } satisfies CommitEvent]);
  }

  private load(content: SnapshotContent): void {
    // The old objects are gone: their records would never be found, only hold the old bytes.
    this.snapshotRecords = null;
    this.tables.clear();
    for (const c of content.clusters) this.tables.put("cluster", c);
    for (const n of content.nodes) this.tables.put("node", n);
    for (const s of content.secrets) this.tables.put("secret", s);
    this.appliedIndexValue = content.version;
    this.history.reset(content.version);
    if (this.debugChecks) this.checkInvariants();
  }

  private diff(content: SnapshotContent): ObjectEvent[] {
    const events: ObjectEvent[] = [];
    const incoming = { cluster: content.clusters, node: content.nodes, secret: content.secrets };
    for (const kind of objectKinds) {
      const next = new Map(incoming[kind].map((o) => [o.id, o]));
      for (const old of this.tables.sorted(kind)) {
        if (!next.has(old.id))
          events.push({ type: "remove", kind, object: old, version: content.version } as ObjectEvent);
      }
      for (const object of incoming[kind]) {
        const old = this.tables.get(kind, object.id);
        if (old !== undefined && old.meta.version === object.meta.version) continue;
        const type = old === undefined ? "create" : "update";
        events.push({ type, kind, object, version: object.meta.version } as ObjectEvent);
      }
    }
    return events;
  }

  /** checkInvariants asserts the documented invariants; on in tests via `debugChecks`. */
  checkInvariants(): void {
    this.tables.checkInvariants(this.appliedIndexValue);
    assert(this.history.compactedThrough <= this.appliedIndexValue, "history ahead of the store");
  }
}
