// What the core reads of the durable log, and an in-memory implementation of it.
// The core only reads Storage; the driver writes it after persisting each Ready.
import { RaftError } from "./errors.js";
import type { ConfState, Entry, HardState, Snapshot } from "./types.js";
import { EMPTY_CONF_STATE, EMPTY_HARD_STATE, EntryType, entryBytes } from "./types.js";
import { limitSize } from "./util.js";

export interface InitialState {
  readonly hardState: HardState;
  readonly confState: ConfState;
}

/**
 * Read access to durable Raft state. Methods throw RaftError COMPACTED or UNAVAILABLE for indexes
 * out of range, SNAPSHOT_TEMPORARILY_UNAVAILABLE from snapshot() when one is being made; any
 * other throw is a storage failure that stops the node.
 */
export interface Storage {
  initialState(): InitialState;
  /** Entries in [lo, hi), at most maxBytes (but always at least one). */
  entries(lo: number, hi: number, maxBytes: number): Entry[];
  /** The term of entry i, for i in [firstIndex()-1, lastIndex()]. */
  term(i: number): number;
  lastIndex(): number;
  firstIndex(): number;
  snapshot(): Snapshot;
}

export class MemoryStorage implements Storage {
  private hardState: HardState = EMPTY_HARD_STATE;
  private snap: Snapshot;
  /** ents[0] is a placeholder holding the index and term of the last compacted entry. */
  private ents: Entry[];
  /** Calls to entries(), for tests of pagination. */
  callStats = { entries: 0 };

  constructor() {
    this.snap = {
      data: new Uint8Array(0),
      metadata: { confState: EMPTY_CONF_STATE, index: 0, term: 0 },
    };
    this.ents = [{ term: 0, index: 0, type: EntryType.Normal, data: new Uint8Array(0) }];
  }

  static withVoters(voters: readonly number[], learners: readonly number[] = []): MemoryStorage {
    const storage = new MemoryStorage();
    storage.applySnapshot({
      data: new Uint8Array(0),
      metadata: { confState: { ...EMPTY_CONF_STATE, voters, learners }, index: 1, term: 1 },
    });
    return storage;
  }

  initialState(): InitialState {
    return { hardState: this.hardState, confState: this.snap.metadata.confState };
  }

  setHardState(state: HardState): void {
    this.hardState = state;
  }

  entries(lo: number, hi: number, maxBytes: number): Entry[] {
    this.callStats.entries++;
    const offset = this.offset();
    if (lo <= offset) throw new RaftError({ code: "COMPACTED", index: lo, firstIndex: offset + 1 });
    if (hi > this.lastIndex() + 1) {
      throw new RaftError({ code: "UNAVAILABLE", index: hi - 1, lastIndex: this.lastIndex() });
    }
    return limitSize(this.ents.slice(lo - offset, hi - offset), maxBytes);
  }

  term(i: number): number {
    const offset = this.offset();
    if (i < offset) throw new RaftError({ code: "COMPACTED", index: i, firstIndex: offset + 1 });
    const entry = this.ents[i - offset];
    if (entry === undefined)
      throw new RaftError({ code: "UNAVAILABLE", index: i, lastIndex: this.lastIndex() });
    return entry.term;
  }

  lastIndex(): number {
    return this.offset() + this.ents.length - 1;
  }

  firstIndex(): number {
    return this.offset() + 1;
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  applySnapshot(snapshot: Snapshot): void {
    const { index, term } = snapshot.metadata;
    if (index <= this.snap.metadata.index) {
      throw new RaftError({ code: "SNAPSHOT_OUT_OF_DATE", index, snapshotIndex: this.snap.metadata.index });
    }
    this.snap = snapshot;
    this.ents = [{ term, index, type: EntryType.Normal, data: new Uint8Array(0) }];
  }

  /** Makes a snapshot at applied index i (which must be in the log) with the given state. */
  createSnapshot(i: number, confState: ConfState, data: Uint8Array): Snapshot {
    if (i <= this.snap.metadata.index) {
      throw new RaftError({
        code: "SNAPSHOT_OUT_OF_DATE",
        index: i,
        snapshotIndex: this.snap.metadata.index,
      });
    }
    if (i > this.lastIndex())
      throw new RaftError({ code: "UNAVAILABLE", index: i, lastIndex: this.lastIndex() });
    this.snap = { data, metadata: { confState, index: i, term: this.term(i) } };
    return this.snap;
  }

  /** Discards entries up to and including compactIndex. */
  compact(compactIndex: number): void {
    const offset = this.offset();
    if (compactIndex <= offset)
      throw new RaftError({ code: "COMPACTED", index: compactIndex, firstIndex: offset + 1 });
    if (compactIndex > this.lastIndex()) {
      throw new RaftError({ code: "UNAVAILABLE", index: compactIndex, lastIndex: this.lastIndex() });
    }
    const kept = this.ents.slice(compactIndex - offset);
    const first = kept[0];
    if (first === undefined) return;
    this.ents = [
      { term: first.term, index: first.index, type: EntryType.Normal, data: new Uint8Array(0) },
      ...kept.slice(1),
    ];
  }

  /** Appends entries, replacing any stored entries at or after the first new index. */
  append(entries: readonly Entry[]): void {
    const first = entries[0];
    if (first === undefined) return;
    const offset = this.offset();
    const last = first.index + entries.length - 1;
    if (last <= offset) return; // Already compacted away.
    const fresh = first.index <= offset ? entries.slice(offset + 1 - first.index) : entries;
    const start = (fresh[0]?.index ?? 0) - offset;
    if (start > this.ents.length) {
      throw new RaftError({ code: "UNAVAILABLE", index: start + offset, lastIndex: this.lastIndex() });
    }
    if (start === this.ents.length) {
      for (const e of fresh) this.ents.push(e);
    } else {
      this.ents = [...this.ents.slice(0, start), ...fresh];
    }
  }

  private offset(): number {
    return this.ents[0]?.index ?? 0;
  }

  /** Total entry bytes held, for tests. */
  bytes(): number {
    return this.ents.reduce((n, e) => n + entryBytes(e), 0);
  }
}
