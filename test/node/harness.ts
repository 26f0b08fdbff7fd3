// The in-process cluster now lives in src/sim/node (the simulator and embedding programs use
// it too); this file re-exports it for the node tests and keeps their small helpers.
import { newSecret } from "../../src/fsm/defaults.js";
import type { StoreAction } from "../../src/fsm/objects.js";
import type { RaftNode } from "../../src/node/raft-node.js";

export { ELECTION_MS, SimCluster, TICK_MS } from "../../src/sim/node/cluster.js";
export type { ClusterOptions, Member, NodeTuning } from "../../src/sim/node/cluster.js";

let secretCount = 0;

/** One action creating a secret with a fresh id (or the given one). */
export function secret(id = `s${++secretCount}`, data = "value"): StoreAction {
  return {
    action: "create",
    kind: "secret",
    object: newSecret({ id, name: id, data: new TextEncoder().encode(data) }),
  };
}

/** Ids of the secrets in a node's store, sorted. */
export function secretIds(node: RaftNode): string[] {
  return node.store
    .list("secret")
    .map((s) => s.id)
    .sort();
}

export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? `uncoded ${String(e)}`;
  }
  return "no error";
}
