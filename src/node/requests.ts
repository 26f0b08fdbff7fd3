// The callers a RaftNode owes an answer: proposals waiting to be applied, reads waiting for
// their read index, membership changes waiting for their conf change. Settled from the Ready
// loop as entries apply, and failed together when leadership changes or the node stops.
import type { ApplyResult } from "../fsm/store.js";
import type { Prng } from "../raft/prng.js";
import type { ReadIndexState } from "../raft/raw-node.js";
import type { ConfChange, ConfState, Entry, NodeId } from "../raft/types.js";
import { ConfChangeType } from "../raft/types.js";
import { NodeError } from "./errors.js";
import type { Clock } from "./seams.js";
import { Waiters } from "./waiters.js";

/** What propose() resolves with: the store applied the proposal at `index`. */
export type Applied = Extract<ApplyResult, { status: "applied" }>;

interface ProposalMeta {
  readonly data: Uint8Array;
  /** The leader when proposed: a change of leader fails the proposal (LOST_LEADERSHIP). */
  readonly lead: NodeId;
}

interface ReadMeta {
  readonly lead: NodeId;
  /** Set when the read state arrives: the read is served once applied reaches it. */
  index: number | null;
}

interface ConfMeta {
  readonly lead: NodeId;
  readonly change: ConfChange;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  // On the leader that proposed it, the entry applied holds the very bytes proposed.
  if (a === b) return true;
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

export class Requests {
  readonly proposals: Waiters<number, Applied, ProposalMeta>;
  readonly reads: Waiters<number, void, ReadMeta>;
  readonly confChanges: Waiters<number, ConfState, ConfMeta>;

  constructor(
    clock: Clock,
    private readonly prng: Prng,
  ) {
    this.proposals = new Waiters(clock, "propose");
    this.reads = new Waiters(clock, "linearizable read");
    this.confChanges = new Waiters(clock, "membership change");
  }

  /**
   * A request id: random over 53 bits, never 0, never one still pending. Random ids from
   * every node rarely meet, and proposals are matched on their bytes too, so another node's
   * proposal never resolves ours.
   */
  newId(): number {
    for (;;) {
      const id = Math.floor(this.prng.float() * 2 ** 53);
      if (id > 0 && !this.proposals.has(id) && !this.confChanges.has(id)) return id;
    }
  }

  /** An applied normal entry answers its proposer, if it is waiting here. */
  settleProposal(e: Entry, result: ApplyResult): void {
    if (result.proposalId === null) return;
    const meta = this.proposals.meta(result.proposalId);
    if (meta === undefined || !equalBytes(meta.data, e.data)) return;
    if (result.status === "applied") this.proposals.resolve(result.proposalId, result);
    else {
      const error = new NodeError({ code: "REJECTED", index: result.index, error: result.error });
      this.proposals.reject(result.proposalId, error);
    }
  }

  /** An applied conf change answers its proposer: did it take effect in `conf`? */
  settleConfChange(cc: ConfChange, conf: ConfState): void {
    const meta = this.confChanges.meta(cc.id);
    if (meta === undefined || meta.change.nodeId !== cc.nodeId || meta.change.type !== cc.type) return;
    const inConf = conf.voters.includes(cc.nodeId) || conf.learners.includes(cc.nodeId);
    const took = cc.type === ConfChangeType.RemoveNode ? !inConf : inConf;
    if (took) this.confChanges.resolve(cc.id, conf);
    else this.confChanges.reject(cc.id, new NodeError({ code: "DROPPED", reason: "refused when applied" }));
  }

  /** Records read indexes as they arrive and serves every read the store has caught up with. */
  serveReads(states: readonly ReadIndexState[], applied: number): void {
    for (const rs of states) {
      const meta = this.reads.meta(rs.readId);
      if (meta !== undefined) meta.index = rs.index;
    }
    this.reads.settleWhere(
      (meta) => meta.index !== null && meta.index <= applied,
      (key) => this.reads.resolve(key, undefined),
    );
  }

  /**
   * Requests made under another leader may have been lost with it: fail them now rather than
   * at their timeout (SwarmKit's ErrLostLeadership).
   */
  failStale(lead: NodeId, term: number): void {
    const lost = (): NodeError => new NodeError({ code: "LOST_LEADERSHIP", term });
    const stale = (meta: { lead: NodeId }): boolean => meta.lead !== lead;
    this.proposals.settleWhere(stale, (k) => this.proposals.reject(k, lost()));
    this.reads.settleWhere(stale, (k) => this.reads.reject(k, lost()));
    this.confChanges.settleWhere(stale, (k) => this.confChanges.reject(k, lost()));
  }

  /**
   * A snapshot replaced the log: proposals and membership changes pending here may be in it,
   * unapplied one by one. Fail them now rather than at their timeout; reads wait on (they are
   * answered once applied reaches their index, which the snapshot may have done).
   */
  failSuperseded(index: number): void {
    const superseded = (): NodeError => new NodeError({ code: "SNAPSHOT_INSTALLED", index });
    this.proposals.rejectAll(superseded);
    this.confChanges.rejectAll(superseded);
  }

  /** This node's own removal answers its leave(); everything else fails with REMOVED. */
  settleRemoved(self: NodeId, conf: ConfState): void {
    this.confChanges.settleWhere(
      (meta) => meta.change.nodeId === self && meta.change.type === ConfChangeType.RemoveNode,
      (k) => this.confChanges.resolve(k, conf),
    );
    this.rejectAll(() => new NodeError({ code: "REMOVED", id: self }));
  }

  rejectAll(error: () => NodeError): void {
    this.proposals.rejectAll(error);
    this.reads.rejectAll(error);
    this.confChanges.rejectAll(error);
  }
}
