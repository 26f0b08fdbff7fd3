// Safety checks over a simulated cluster: election safety, log matching, leader completeness,
// state machine safety. Each violation is recorded with what was seen, never thrown, so a run
// can report every violation of its seed.
import type { RawNode } from "../raft/raw-node.js";
import type { MemoryStorage } from "../raft/storage.js";
import type { Entry, NodeId } from "../raft/types.js";
import { digestEntry } from "./digest.js";

interface CommittedRecord {
  readonly term: number;
  readonly digest: number;
  readonly by: NodeId;
}

/** What the checker needs of a cluster. */
export interface CheckedCluster {
  ids(): NodeId[];
  node(id: NodeId): { readonly alive: boolean; readonly raw: RawNode; readonly storage: MemoryStorage };
}

export class SafetyChecker {
  readonly violations: string[] = [];
  /** term -> the node that led it. */
  readonly leaders = new Map<number, NodeId>();
  /** index -> the entry applied there (by whichever node applied it first). */
  readonly committed = new Map<number, CommittedRecord>();

  ok(): boolean {
    return this.violations.length === 0;
  }

  private violation(text: string): void {
    if (this.violations.length < 100) this.violations.push(text);
  }

  /** Election safety (§5.2) and leader completeness (§5.4). */
  recordLeader(id: NodeId, term: number, raw: RawNode, _storage: MemoryStorage): void {
    const known = this.leaders.get(term);
    if (known !== undefined) {
      if (known !== id) this.violation(`election safety: nodes ${known} and ${id} both led term ${term}`);
      return;
    }
    this.leaders.set(term, id);
    const log = raw.raftForTesting.raftLog;
    const first = log.firstIndex();
    for (const [index, rec] of this.committed) {
      if (index < first) continue;
      const t = log.termOrUndefined(index);
      if (t !== rec.term) {
        this.violation(
          `leader completeness: leader ${id} of term ${term} has term ${t ?? "none"} at committed index ${index} (committed term ${rec.term})`,
        );
      }
    }
  }

  /** State machine safety: no two nodes apply different entries at one index. */
  recordApplied(id: NodeId, e: Entry): void {
    const digest = digestEntry(e);
    const rec = this.committed.get(e.index);
    if (rec === undefined) {
      this.committed.set(e.index, { term: e.term, digest, by: id });
    } else if (rec.term !== e.term || rec.digest !== digest) {
      this.violation(
        `state machine safety: node ${id} applied term ${e.term} at index ${e.index}, node ${rec.by} applied term ${rec.term}`,
      );
    }
  }

  /** Log matching (§5.3): two logs with an entry of the same index and term agree up to it. */
  checkLogs(cluster: CheckedCluster): void {
    const logs = cluster
      .ids()
      .filter((id) => cluster.node(id).alive)
      .map((id) => ({ id, log: cluster.node(id).raw.raftForTesting.raftLog }));
    for (let a = 0; a < logs.length; a++) {
      for (let b = a + 1; b < logs.length; b++) {
        const la = logs[a];
        const lb = logs[b];
        if (la === undefined || lb === undefined) continue;
        const lo = Math.max(la.log.firstIndex(), lb.log.firstIndex());
        const hi = Math.min(la.log.lastIndex(), lb.log.lastIndex());
        let matchedAbove = false;
        for (let i = hi; i >= lo; i--) {
          const ta = la.log.termOrUndefined(i);
          const tb = lb.log.termOrUndefined(i);
          if (ta === tb) matchedAbove = true;
          else if (matchedAbove) {
            this.violation(
              `log matching: nodes ${la.id} and ${lb.id} agree above index ${i} but differ at it`,
            );
            break;
          }
        }
      }
    }
  }
}
