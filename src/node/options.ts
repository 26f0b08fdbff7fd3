// How a RaftNode is built: its seams (WAL, transport, clock, prng), how it starts when the WAL
// is empty, and the tunables, each with a default and the reason for it.
import type { StoreOptions } from "../fsm/store.js";
import type { RaftConfig } from "../raft/config.js";
import type { Prng } from "../raft/prng.js";
import type { NodeId } from "../raft/types.js";
import type { Recovered, Wal } from "../wal/wal.js";
import type { NodeEvent } from "./events.js";
import type { Clock, RaftTransport } from "./seams.js";
import type { MemberAddress } from "./snapshot-data.js";

/** What to do when the WAL holds nothing yet; ignored when it holds a cluster already. */
export type InitialState =
  /** A new single-member cluster with this node as its only voter. */
  | { readonly kind: "bootstrap"; readonly address: string }
  /** Wait to be added by a leader (as a learner); `peers` are where to answer it. */
  | { readonly kind: "join"; readonly peers: readonly MemberAddress[] };

export type RaftTuning = Pick<
  RaftConfig,
  "maxSizePerMsg" | "maxInflightMsgs" | "maxUncommittedEntriesSize" | "maxCommittedSizePerReady"
>;

export interface RaftNodeOptions {
  /** This manager's Raft id: its certificate's node id read as a base-36 number. */
  readonly id: NodeId;
  /** An open WAL and what it recovered; the node owns the WAL from now on and closes it. */
  readonly wal: Wal;
  readonly recovered: Recovered;
  /** The node starts it with its handlers and closes it. */
  readonly transport: RaftTransport;
  readonly clock: Clock;
  /** Draws election timeouts and proposal ids. */
  readonly prng: Prng;
  readonly initial?: InitialState;
  /** Milliseconds per Raft tick (SwarmKit: 1 s; we default to 100 ms). */
  readonly tickMs?: number;
  readonly electionTicks?: number;
  readonly heartbeatTicks?: number;
  /** Take a snapshot after at least this many applied entries (SwarmKit's SnapshotInterval). */
  readonly snapshotEveryEntries?: number;
  /**
   * An interval snapshot also waits until the entries applied since the last one hold this
   * many times its bytes (the Raft thesis §5.1.1); 0 snapshots by count alone. See
   * src/node/snapshot-policy.ts.
   */
  readonly snapshotSizeFactor?: number;
  /** Entries kept behind a snapshot, so slow followers catch up from the log, not a snapshot. */
  readonly keepEntriesAfterSnapshot?: number;
  /**
   * Store objects a snapshot encodes between two turns of the Ready loop: 1,024 secrets are a
   * few ms of work; 4,096 held the loop (and every write in flight) for 40-100 ms.
   */
  readonly snapshotSliceObjects?: number;
  /**
   * The share of the loop's time, in thousandths, that the slices of the node's own snapshot may
   * take (src/node/snapshot-pace.ts); 1000 only gives the loop a turn between slices.
   */
  readonly snapshotDutyPerMille?: number;
  /**
   * A DEK-rotation snapshot waits this many milliseconds times the node's rank among the members
   * (src/node/snapshot-policy.ts), so managers rotating together snapshot one after another.
   */
  readonly rotationSnapshotSpacingMs?: number;
  /** How long propose, reads and membership changes wait before TIMEOUT. */
  readonly requestTimeoutMs?: number;
  /** A learner is promoted once its match index is within this many entries of the leader's. */
  readonly promotionLagEntries?: number;
  readonly store?: StoreOptions;
  readonly raft?: RaftTuning;
  /** Check the Raft core's invariants after every step (tests and simulation). */
  readonly checkInvariants?: boolean;
  /** Sees what the node does, in order: for logs, tests and determinism checks. */
  readonly onEvent?: (event: NodeEvent) => void;
}

export const NODE_DEFAULTS = {
  tickMs: 100,
  electionTicks: 10,
  heartbeatTicks: 1,
  snapshotEveryEntries: 10_000,
  // 1: a snapshot re-writes about as many bytes as the log took since the previous one, so
  // snapshotting costs at most about what the writes did, whatever the store's size; the log
  // held in memory and replayed at a restart stays about one snapshot (a store of 100,000
  // secrets: a 29 MB snapshot beside 140 MB resident for the store itself). A larger factor
  // saves little more work and holds more log; a cap is not needed for the same reason.
  snapshotSizeFactor: 1,
  keepEntriesAfterSnapshot: 500,
  snapshotSliceObjects: 1024,
  // A quarter: a 100,000-secret store's snapshot takes 2-3 s instead of under one, and three
  // managers making theirs at once leave writes most of a 2-core host.
  snapshotDutyPerMille: 250,
  // About half of a paced 100,000-secret snapshot: the next member begins as the one before it
  // has finished encoding, so their major GCs (which a snapshot's buffers start) do not coincide.
  rotationSnapshotSpacingMs: 1000,
  requestTimeoutMs: 10_000,
  promotionLagEntries: 10,
} as const;
