// The Raft ticks a manager starts with: the cluster object's heartbeat and election ticks as this
// manager's own log last committed them (`keel cluster update --heartbeat-tick/--election-tick`),
// read from what its WAL recovered before Raft opens on it. Raft cannot change them while it runs
// (SwarmKit neither): a change reaches a manager at its next start. The store is not rebuilt for
// this: the last committed proposal that wrote the cluster wins, else the snapshot's cluster,
// decoded without the rest of the snapshot (which may hold 100,000 secrets).
import $protobuf from "protobufjs/minimal.js";
import type { ClusterSpec } from "../fsm/index.js";
import { decodeProposal } from "../fsm/index.js";
import { clusterFromPb } from "../fsm/codec.js";
import { keelstore } from "../gen/objects.js";
import { decodeSnapshotData } from "../node/snapshot-data.js";
import { EntryType } from "../raft/types.js";
import type { Recovered } from "../wal/index.js";
import type { RunningTicks } from "./settings.js";

/** StoreSnapshot's field number of its clusters (proto/objects.proto). */
const clustersField = 3;

/** storedTicks is the ticks of the cluster in `recovered`, or null before a cluster exists. */
export function storedTicks(recovered: Recovered): RunningTicks | null {
  const spec = lastCommittedSpec(recovered) ?? snapshotSpec(recovered);
  return spec === null
    ? null
    : { heartbeatTicks: spec.raft.heartbeatTicks, electionTicks: spec.raft.electionTicks };
}

function lastCommittedSpec(recovered: Recovered): ClusterSpec | null {
  const commit = recovered.hardState.commit;
  for (let i = recovered.entries.length - 1; i >= 0; i--) {
    const entry = recovered.entries[i];
    if (entry === undefined || entry.index > commit) continue;
    if (entry.type !== EntryType.Normal || entry.data.length === 0) continue;
    // The store refuses a malformed proposal when it applies it; here it just says nothing.
    let actions;
    try {
      actions = decodeProposal(entry.data).actions;
    } catch {
      continue;
    }
    for (let a = actions.length - 1; a >= 0; a--) {
      const action = actions[a];
      if (action?.kind === "cluster" && action.action !== "remove") return action.object.spec;
    }
  }
  return null;
}

function snapshotSpec(recovered: Recovered): ClusterSpec | null {
  if (recovered.snapshot === null) return null;
  try {
    const reader = $protobuf.Reader.create(decodeSnapshotData(recovered.snapshot.data).store);
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag >>> 3 !== clustersField) {
        reader.skipType(tag & 7);
        continue;
      }
      return clusterFromPb(keelstore.Cluster.decode(reader, reader.uint32())).spec;
    }
  } catch {
    // A damaged snapshot fails where the node opens it, with its own typed error.
  }
  return null;
}
