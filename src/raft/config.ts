// Configuration of one Raft node, its defaults, and validation into typed errors.
import { RaftError } from "./errors.js";
import type { Prng } from "./prng.js";
import type { ReadOnlyOption } from "./read-only.js";
import type { Storage } from "./storage.js";
import type { NodeId } from "./types.js";

export interface RaftConfig {
  readonly id: NodeId;
  readonly storage: Storage;
  /** The per-node seeded generator that draws randomized election timeouts. */
  readonly prng: Prng;
  /** Ticks without hearing from a leader before a follower campaigns (randomized in [n, 2n)). */
  readonly electionTicks?: number;
  /** Ticks between leader heartbeats. */
  readonly heartbeatTicks?: number;
  /** The last applied index, when restarting. */
  readonly applied?: number;
  /** Payload bytes per append message; at least one entry is always sent. */
  readonly maxSizePerMsg?: number;
  /** Bytes of committed entries handed out for apply and not yet applied. */
  readonly maxCommittedSizePerReady?: number;
  /** Payload bytes of uncommitted entries the leader accepts before dropping proposals; 0: no limit. */
  readonly maxUncommittedEntriesSize?: number;
  /** Append messages in flight to one follower. */
  readonly maxInflightMsgs?: number;
  /** Payload bytes in flight to one follower; 0: no limit. */
  readonly maxInflightBytes?: number;
  readonly checkQuorum?: boolean;
  readonly preVote?: boolean;
  readonly stepDownOnRemoval?: boolean;
  readonly readOnlyOption?: ReadOnlyOption;
  readonly disableProposalForwarding?: boolean;
  readonly disableConfChangeValidation?: boolean;
  /**
   * After a commit, send the new commit index at once only to followers waiting for it (a
   * proposal they forwarded, a read index they were given); the others learn it from the next
   * append or heartbeat. Off (etcd's behaviour): every follower is told at once.
   */
  readonly lazyCommitNotices?: boolean;
  /**
   * Protocol-aware recovery: this node may have lost entries it acknowledged, up to this index
   * (its WAL came back shorter than what was durable). Until a leader has brought its log to
   * this index it never campaigns and votes only for a candidate whose log covers what it may
   * have lost, so it cannot help elect a candidate missing those entries. 0: nothing lost.
   */
  readonly recoverTo?: number;
}

export type ResolvedConfig = Required<RaftConfig>;

export const RAFT_DEFAULTS = {
  electionTicks: 10,
  heartbeatTicks: 1,
  applied: 0,
  maxSizePerMsg: 1024 * 1024,
  maxCommittedSizePerReady: 64 * 1024 * 1024,
  maxUncommittedEntriesSize: 0,
  maxInflightMsgs: 256,
  maxInflightBytes: 0,
  checkQuorum: true,
  preVote: true,
  stepDownOnRemoval: true,
  readOnlyOption: "safe",
  disableProposalForwarding: false,
  disableConfChangeValidation: false,
  lazyCommitNotices: false,
  recoverTo: 0,
} as const satisfies Omit<ResolvedConfig, "id" | "storage" | "prng">;

function invalid(field: string, reason: string): RaftError {
  return new RaftError({ code: "CONFIG_INVALID", field, reason });
}

export function resolveConfig(config: RaftConfig): ResolvedConfig {
  const c: ResolvedConfig = { ...RAFT_DEFAULTS, ...stripUndefined(config) } as ResolvedConfig;
  if (!Number.isSafeInteger(c.id) || c.id <= 0) throw invalid("id", "must be a positive integer");
  if (!Number.isInteger(c.heartbeatTicks) || c.heartbeatTicks <= 0)
    throw invalid("heartbeatTicks", "must be > 0");
  if (!Number.isInteger(c.electionTicks) || c.electionTicks <= c.heartbeatTicks) {
    throw invalid("electionTicks", "must be greater than heartbeatTicks");
  }
  if (c.maxInflightMsgs <= 0) throw invalid("maxInflightMsgs", "must be > 0");
  if (c.maxSizePerMsg <= 0) throw invalid("maxSizePerMsg", "must be > 0");
  if (c.maxCommittedSizePerReady <= 0) throw invalid("maxCommittedSizePerReady", "must be > 0");
  if (c.maxUncommittedEntriesSize < 0) throw invalid("maxUncommittedEntriesSize", "must be >= 0");
  if (c.maxInflightBytes < 0) throw invalid("maxInflightBytes", "must be >= 0");
  if (c.maxInflightBytes > 0 && c.maxInflightBytes < c.maxSizePerMsg) {
    throw invalid("maxInflightBytes", "must be at least maxSizePerMsg");
  }
  if (c.applied < 0) throw invalid("applied", "must be >= 0");
  if (!Number.isSafeInteger(c.recoverTo) || c.recoverTo < 0) throw invalid("recoverTo", "must be >= 0");
  if (c.readOnlyOption === "lease-based" && !c.checkQuorum) {
    throw invalid("readOnlyOption", "lease-based reads require checkQuorum");
  }
  return c;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
