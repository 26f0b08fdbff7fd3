// The state a one-manager cluster starts from, made from a store: a Raft snapshot whose
// configuration is this manager alone, with every other id recorded as removed (so a stale
// member that comes back is refused, never counted), and a store changed by one last proposal
// applied at the snapshot's own index (the old managers' node objects go, this one's may come).
// Written through the WAL's own save under its current DEK, it replaces the whole log: no old
// entry is left to bring the old members back.
import type { Store, StoreAction } from "../../fsm/index.js";
import { encodeProposal } from "../../fsm/index.js";
import type { HardState, NodeId, Snapshot } from "../../raft/types.js";
import { EMPTY_CONF_STATE } from "../../raft/types.js";
import { encodeSnapshotData } from "../../node/snapshot-data.js";
import { raftIdOf } from "../../transport/index.js";

export interface Reformed {
  readonly snapshot: Snapshot;
  readonly hardState: HardState;
  /** The Raft ids recorded as removed. */
  readonly removed: readonly NodeId[];
  /** The node objects of the managers that are no longer members. */
  readonly removedNodes: readonly string[];
}

export interface ReformOptions {
  /** The store, at an applied index below `index`; changed in place. */
  readonly store: Store;
  /** Past every index the old log reached, so the snapshot matches none of its entries. */
  readonly index: number;
  /** Past every term the old log reached: this node's votes of the old terms cannot count again. */
  readonly term: number;
  readonly self: { readonly nodeId: string; readonly address: string };
  /** Raft ids to refuse from now on (besides the old managers in the store). */
  readonly removed: Iterable<NodeId>;
  /** Extra actions applied with the removal of the old managers (the new manager's node). */
  readonly actions?: readonly StoreAction[];
  readonly timestampMs: number;
}

export function reform(options: ReformOptions): Reformed {
  const { store, index, term, self } = options;
  const selfId = raftIdOf(self.nodeId);
  const oldManagers = store.list("node").filter((n) => n.role === "manager" && n.id !== self.nodeId);
  const actions: StoreAction[] = [
    ...oldManagers.map((object): StoreAction => ({ action: "remove", kind: "node", object })),
    ...(options.actions ?? []),
  ];
  if (actions.length === 0) store.passOver(index);
  else {
    const result = store.apply(
      index,
      encodeProposal({ id: index, timestampMs: options.timestampMs, actions }),
    );
    if (result.status === "rejected") throw result.error;
  }
  const removed = new Set<NodeId>(options.removed);
  for (const n of oldManagers) removed.add(raftIdOf(n.id));
  removed.delete(selfId);
  const removedList = [...removed].sort((a, b) => a - b);
  const data = encodeSnapshotData({
    store: store.snapshot(),
    members: [{ id: selfId, address: self.address }],
    removed: removedList,
  });
  return {
    snapshot: { data, metadata: { confState: { ...EMPTY_CONF_STATE, voters: [selfId] }, index, term } },
    hardState: { term, vote: 0, commit: index },
    removed: removedList,
    removedNodes: oldManagers.map((n) => n.id),
  };
}
