// Events a watcher receives: one per applied action, then a commit event for the proposal.
import type { ActionType, ObjectByKind, ObjectKind } from "./objects.js";

/** ObjectEvent reports one change; `version` is the Raft index of the entry that made it. */
export type ObjectEvent = {
  [K in ObjectKind]: {
    readonly type: ActionType;
    readonly kind: K;
    /** The object as stored after the change, or as it was when removed. */
    readonly object: ObjectByKind[K];
    readonly version: number;
  };
}[ObjectKind];

/** CommitEvent closes the events of one entry (or of a restored snapshot). */
export interface CommitEvent {
  readonly type: "commit";
  readonly version: number;
}

export type StoreEvent = ObjectEvent | CommitEvent;
