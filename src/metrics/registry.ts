// What a node exports to Prometheus (prom-client, a registry of its own per node). Gauges are
// read from the node's status at each scrape; counters count log events as they happen, and
// the write path's counters and histograms are fed by the node's observer (events.ts).
// Names follow etcd's where one exists (keel_server_has_leader ~ etcd_server_has_leader,
// keel_wal_fsync_duration_seconds ~ etcd_disk_wal_fsync_duration_seconds).
// Refusal counters of the transport and the manager have room here under keel_refused_*.
import { Counter, Gauge, Histogram, Registry, exponentialBuckets } from "prom-client";

export class NodeMetrics {
  readonly registry = new Registry();
  readonly up = this.#gauge("keel_up", "1 while the process runs");
  readonly locked = this.#gauge("keel_locked", "1 while the manager waits for its unlock key");
  readonly hasLeader = this.#gauge("keel_server_has_leader", "1 if this node knows a leader");
  readonly isLeader = this.#gauge("keel_server_is_leader", "1 if this node is the leader");
  readonly term = this.#gauge("keel_raft_term", "the Raft term");
  readonly commitIndex = this.#gauge("keel_raft_commit_index", "the highest log index known committed");
  readonly appliedIndex = this.#gauge(
    "keel_raft_applied_index",
    "the highest log index applied to the store",
  );
  readonly members = this.#gauge("keel_raft_members", "Raft members by suffrage", ["suffrage"]);
  readonly peerReachable = this.#gauge(
    "keel_peer_reachable",
    "1 if the peer answers this node (as the leader sees it)",
    ["peer"],
  );
  readonly dekState = this.#gauge("keel_wal_dek_state", "1 for the DEK rotation state this node is in", [
    "state",
  ]);
  readonly kekVersion = this.#gauge("keel_kek_version", "the version of the key file's KEK");
  readonly certificateExpirySeconds = this.#gauge(
    "keel_certificate_expiry_seconds",
    "seconds until this node's certificate expires",
  );
  readonly nodes = this.#gauge("keel_nodes", "the cluster's nodes by role and state (managers only)", [
    "role",
    "state",
  ]);
  readonly leaderChanges = this.#counter(
    "keel_server_leader_changes_seen_total",
    "leader changes this node has seen",
  );
  readonly snapshots = this.#counter("keel_snapshots_total", "snapshots this node took, by reason", [
    "reason",
  ]);
  readonly dekRotations = this.#counter("keel_wal_dek_rotations_total", "DEK rotations this node completed");
  readonly proposals = this.#counter(
    "keel_proposals_total",
    "proposals this node made, by outcome (applied, or the error code in lower case)",
    ["outcome"],
  );
  /** 0.5 ms to about 4 s: a proposal waits for a quorum's fsync and for its own apply. */
  readonly proposalSeconds = this.#histogram(
    "keel_proposal_duration_seconds",
    "applied proposals: from propose to applied on this node",
    0.0005,
  );
  /** 1 ms to about 8 s, as etcd's WAL fsync histogram. */
  readonly fsyncSeconds = this.#histogram(
    "keel_wal_fsync_duration_seconds",
    "synced WAL batches: from the write call until durable",
    0.001,
  );
  readonly walBytes = this.#counter(
    "keel_wal_written_bytes_total",
    "bytes written to the WAL's database (keys and sealed records)",
  );
  /** 10 ms to about 80 s: a snapshot encodes the whole store a slice at a time. */
  readonly snapshotSeconds = this.#histogram(
    "keel_snapshot_duration_seconds",
    "snapshots: from the start of encoding until saved in the WAL",
    0.01,
  );
  readonly snapshotBytes = this.#gauge(
    "keel_snapshot_last_bytes",
    "bytes of the last snapshot this node saved",
  );
  readonly scrapeErrors = this.#counter(
    "keel_status_errors_total",
    "scrapes where the node did not answer its status, by code",
    ["code"],
  );

  #counter(name: string, help: string, labelNames: string[] = []): Counter {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A histogram in seconds, its 14 buckets doubling from `firstSeconds`. */
  #histogram(name: string, help: string, firstSeconds: number): Histogram {
    const buckets = exponentialBuckets(firstSeconds, 2, 14);
    return new Histogram({ name, help, buckets, registers: [this.registry] });
  }

  #gauge(name: string, help: string, labelNames: string[] = []): Gauge {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}
