// The read side of the store, which controllers take so that they can be tested against any
// store-shaped value and can never write.
import type { Cluster, Node, NodeRole, ObjectByKind, ObjectKind } from "./objects.js";

export interface StoreReader {
  /** The Raft index of the last entry applied; the version a fresh read reflects. */
  readonly appliedIndex: number;
  get<K extends ObjectKind>(kind: K, id: string): ObjectByKind[K] | undefined;
  /** Every object of a kind, sorted by id. */
  list<K extends ObjectKind>(kind: K): ObjectByKind[K][];
  /** Objects whose name equals `name` (case-insensitive), sorted by id; at most one for unique names. */
  findByName<K extends ObjectKind>(kind: K, name: string): ObjectByKind[K][];
  /** Objects whose id starts with `prefix`, sorted by id. */
  findByIdPrefix<K extends ObjectKind>(kind: K, prefix: string): ObjectByKind[K][];
  /** Nodes whose current role is `role`, sorted by id. */
  findNodesByRole(role: NodeRole): Node[];
  count(kind: ObjectKind): number;
}

/** soleCluster is the one cluster object a swarm has, if exactly one exists. */
export function soleCluster(store: StoreReader): Cluster | undefined {
  const clusters = store.list("cluster");
  return clusters.length === 1 ? clusters[0] : undefined;
}
