// Checkers of a node simulation, fed by node events as they happen: the Raft safety checks
// of the core simulation (election safety, leader completeness, state machine safety, log
// matching) over each RaftNode's core, and equal stores at equal applied index.
import type { NodeEvent } from "../../node/events.js";
import type { RaftNode } from "../../node/raft-node.js";
import type { NodeId } from "../../raft/types.js";
import type { CheckedCluster } from "../checker.js";
import { SafetyChecker } from "../checker.js";
import { fnv1a } from "../digest.js";

/** Store digests are compared at applied indexes that are a multiple of this (hashing every one is slow). */
const digestEveryEntries = 16;

export class NodeChecks {
  readonly safety = new SafetyChecker();
  /** applied index -> the store digest seen there first, and by whom. */
  readonly #digests = new Map<number, { digest: number; by: NodeId }>();
  /** Per node, the last index whose entry was checked (a restart or snapshot moves it). */
  readonly #checkedTo = new Map<NodeId, number>();
  readonly #violations: string[] = [];

  get violations(): readonly string[] {
    return [...this.safety.violations, ...this.#violations];
  }

  violation(text: string): void {
    if (this.#violations.length < 100) this.#violations.push(text);
  }

  onEvent(node: RaftNode, event: NodeEvent): void {
    switch (event.kind) {
      case "started":
      case "restored":
        this.#checkedTo.set(node.id, event.kind === "started" ? event.applied : event.index);
        return;
      case "role":
        if (event.role === "leader")
          this.safety.recordLeader(node.id, event.term, node.rawForTesting, node.storageForTesting);
        return;
      case "applied":
        this.#onApplied(node, event.index);
        return;
      default:
        return;
    }
  }

  #onApplied(node: RaftNode, index: number): void {
    const log = node.rawForTesting.raftForTesting.raftLog;
    const from = Math.max((this.#checkedTo.get(node.id) ?? 0) + 1, log.firstIndex());
    if (from <= index)
      for (const e of log.slice(from, index + 1, Infinity)) this.safety.recordApplied(node.id, e);
    this.#checkedTo.set(node.id, index);
    if (index % digestEveryEntries === 0) this.compareStore(node);
  }

  /** Equal applied index, equal store: the first digest at an index is the one all must match. */
  compareStore(node: RaftNode): void {
    const index = node.store.appliedIndex;
    const digest = fnv1a(node.store.snapshot());
    const seen = this.#digests.get(index);
    if (seen === undefined) this.#digests.set(index, { digest, by: node.id });
    else if (seen.digest !== digest) {
      this.violation(
        `stores differ at applied index ${index}: node ${node.id.toString(36)} has ${digest.toString(16)}, node ${seen.by.toString(36)} had ${seen.digest.toString(16)}`,
      );
    }
  }

  checkLogs(nodes: readonly RaftNode[]): void {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const cluster: CheckedCluster = {
      ids: () => [...byId.keys()],
      node: (id) => {
        const n = byId.get(id);
        if (n === undefined) throw new Error(`no node ${id}`);
        return { alive: true, raw: n.rawForTesting, storage: n.storageForTesting };
      },
    };
    this.safety.checkLogs(cluster);
  }
}
