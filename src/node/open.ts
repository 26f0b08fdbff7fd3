// Turning what the WAL recovered into the pieces a RaftNode runs on: the storage mirror, the
// store restored from the snapshot, the membership. A new cluster is bootstrapped here by
// writing its first snapshot (index 1, term 1, this node the sole voter) to the WAL.
import { Store } from "../fsm/store.js";
import type { StoreOptions } from "../fsm/store.js";
import { MemoryStorage } from "../raft/storage.js";
import type { Entry, HardState, NodeId, Snapshot } from "../raft/types.js";
import { EMPTY_CONF_STATE } from "../raft/types.js";
import type { Recovered, Wal } from "../wal/wal.js";
import { NodeError } from "./errors.js";
import { Membership } from "./membership.js";
import type { InitialState } from "./options.js";
import { decodeSnapshotData, encodeSnapshotData } from "./snapshot-data.js";

export interface Opened {
  readonly storage: MemoryStorage;
  readonly store: Store;
  readonly membership: Membership;
  /** The index the store reflects: the snapshot's (entries after it are applied again). */
  readonly applied: number;
}

function isEmpty(r: Recovered): boolean {
  return r.snapshot === null && r.entries.length === 0 && r.hardState.term === 0 && r.hardState.commit === 0;
}

/** The first snapshot of a new cluster: an empty store at index 1 and this node as sole voter. */
function bootstrapSnapshot(id: NodeId, address: string, storeOptions: StoreOptions): Snapshot {
  const store = new Store(storeOptions);
  store.passOver(1);
  const data = encodeSnapshotData({ store: store.snapshot(), members: [{ id, address }], removed: [] });
  return { data, metadata: { confState: { ...EMPTY_CONF_STATE, voters: [id] }, index: 1, term: 1 } };
}

export async function openState(options: {
  readonly id: NodeId;
  readonly wal: Wal;
  readonly recovered: Recovered;
  readonly initial: InitialState | undefined;
  readonly storeOptions: StoreOptions;
}): Promise<Opened> {
  let hardState: HardState = options.recovered.hardState;
  let snapshot: Snapshot | null = options.recovered.snapshot;
  let entries: readonly Entry[] = options.recovered.entries;
  let membership = new Membership();
  if (isEmpty(options.recovered)) {
    const initial = options.initial;
    if (initial === undefined) throw new NodeError({ code: "NOT_INITIALIZED" });
    if (initial.kind === "bootstrap") {
      snapshot = bootstrapSnapshot(options.id, initial.address, options.storeOptions);
      hardState = { term: 1, vote: 0, commit: 1 };
      entries = [];
      await options.wal.save({ snapshot, hardState });
    }
  }
  // A joining node knows only where to answer the leader until its first snapshot arrives, and
  // still after a restart before it did (its WAL then holds a term, not yet a snapshot).
  if (snapshot === null && options.initial?.kind === "join")
    membership = new Membership(options.initial.peers);
  // Every log starts at a snapshot (the bootstrap's, or the first one a joiner installs), which
  // holds the members and their addresses. A join cut off before its snapshot still has one
  // coming: the leader sends it, and the node answers once it knows the members. But a log that
  // lost its snapshot with entries it acknowledged is sent appends past what it has, and its
  // rejections have nowhere to go: it would sit as a follower for ever, never repaired. Refuse
  // to start instead, saying what to do.
  else if (snapshot === null && options.recovered.lost !== null)
    throw new NodeError({ code: "MEMBERS_UNKNOWN", lostTo: options.recovered.lost.recoverTo });

  const storage = new MemoryStorage();
  let store = new Store(options.storeOptions);
  if (snapshot !== null) {
    storage.applySnapshot(snapshot);
    const data = decodeSnapshotData(snapshot.data);
    store = Store.fromSnapshot(data.store, options.storeOptions);
    membership = new Membership(data.members, data.removed);
  }
  storage.append(entries);
  storage.setHardState(hardState);
  return { storage, store, membership, applied: snapshot?.metadata.index ?? 0 };
}
