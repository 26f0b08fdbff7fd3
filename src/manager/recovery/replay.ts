// What a stopped manager's log holds, read offline: its store (the snapshot, then the entries
// after it) and every Raft id the log ever names as a member (the snapshot's members, its
// removed ids, its configuration, and the conf changes after it, committed or not).
//
// Every entry the log holds is applied, also past the commit index the node knew: that is what
// Raft would do had this node been elected (a new leader commits the entries of its log), and an
// entry the others committed and acknowledged may be past the commit this node had learned, so
// dropping the tail could lose an acknowledged write. Conf changes change no object: the
// membership is reformed from scratch.
import { Store } from "../../fsm/index.js";
import { EntryType } from "../../raft/types.js";
import type { NodeId } from "../../raft/types.js";
import { decodeConfChangeEntry } from "../../node/membership.js";
import { decodeSnapshotData } from "../../node/snapshot-data.js";
import type { Recovered } from "../../wal/index.js";

export interface Replayed {
  readonly store: Store;
  /** Every id the log names as a member, current or removed. */
  readonly memberIds: ReadonlySet<NodeId>;
  /** The ids already removed before (kept removed). */
  readonly removedIds: readonly NodeId[];
  /** The last index the log reaches (committed or not) and the highest term it holds. */
  readonly lastIndex: number;
  readonly lastTerm: number;
}

/** replayLog rebuilds the store of a recovered log; null when it holds no snapshot. */
export function replayLog(recovered: Recovered): Replayed | null {
  const snapshot = recovered.snapshot;
  if (snapshot === null) return null;
  const data = decodeSnapshotData(snapshot.data);
  const store = Store.fromSnapshot(data.store);
  const conf = snapshot.metadata.confState;
  const ids = new Set<NodeId>([
    ...data.members.map((m) => m.id),
    ...data.removed,
    ...conf.voters,
    ...conf.learners,
    ...conf.votersOutgoing,
    ...conf.learnersNext,
  ]);
  let lastIndex = snapshot.metadata.index;
  let lastTerm = snapshot.metadata.term;
  for (const e of recovered.entries) {
    if (e.index <= snapshot.metadata.index) continue;
    lastIndex = e.index;
    lastTerm = Math.max(lastTerm, e.term);
    const isConf = e.type !== EntryType.Normal;
    if (isConf) {
      const cc = decodeConfChangeEntry(e);
      for (const change of "nodeId" in cc ? [cc] : cc.changes) ids.add(change.nodeId);
    }
    if (isConf || e.data.length === 0) store.passOver(e.index);
    else store.apply(e.index, e.data);
  }
  return { store, memberIds: ids, removedIds: data.removed, lastIndex, lastTerm };
}
