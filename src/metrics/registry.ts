// What a node exports to Prometheus (prom-client, a registry of its own per node). Gauges are
// read from the node's status at each scrape; counters count log events as they happen.
// Names follow etcd's where one exists (keel_server_has_leader ~ etcd_server_has_leader).
// Refusal counters of the transport and the manager have room here under keel_refused_*.
import { Counter, Gauge, Registry } from "prom-client";

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
  readonly scrapeErrors = this.#counter(
    "keel_status_errors_total",
    "scrapes where the node did not answer its status, by code",
    ["code"],
  );

  #counter(name: string, help: string, labelNames: string[] = []): Counter {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  #gauge(name: string, help: string, labelNames: string[] = []): Gauge {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}
