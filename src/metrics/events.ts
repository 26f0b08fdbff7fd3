// How what a node does becomes metrics. Counters from its own log events: the node logs every
// role change, snapshot and DEK rotation (src/cli/README.md), so a logger that counts them sees
// what the node does without reaching into it. The write path is not logged (a line per write
// would cost more than the write), so its counters and histograms come from an observer the
// manager calls with each node event and each WAL batch.
import type { NodeObserver } from "../manager/options.js";
import type { LogFields, Logger } from "../manager/log.js";
import type { NodeEvent } from "../node/index.js";
import type { NodeMetrics } from "./registry.js";

export function countingLogger(inner: Logger, metrics: NodeMetrics, seen = { leader: "" }): Logger {
  const count = (event: string, fields: LogFields = {}): void => {
    if (event === "role") {
      const leader = typeof fields["leader"] === "string" ? fields["leader"] : "";
      if (leader !== "" && leader !== seen.leader) metrics.leaderChanges.inc();
      seen.leader = leader;
    } else if (event === "snapshot") {
      metrics.snapshots.inc({ reason: String(fields["reason"] ?? "") });
    } else if (event === "dek-rotated") {
      metrics.dekRotations.inc();
    }
  };
  return {
    debug: (event, fields) => (count(event, fields), inner.debug(event, fields)),
    info: (event, fields) => (count(event, fields), inner.info(event, fields)),
    warn: (event, fields) => (count(event, fields), inner.warn(event, fields)),
    error: (event, fields) => (count(event, fields), inner.error(event, fields)),
    with: (fields) => countingLogger(inner.with(fields), metrics, seen),
  };
}

/** metricsObserver feeds the write path's metrics: proposals, fsyncs, WAL bytes, snapshots. */
export function metricsObserver(metrics: NodeMetrics): NodeObserver {
  return {
    onNodeEvent: (event: NodeEvent): void => {
      if (event.kind === "proposal") {
        metrics.proposals.inc({ outcome: event.outcome.toLowerCase() });
        if (event.outcome === "applied") metrics.proposalSeconds.observe(event.durationMs / 1000);
      } else if (event.kind === "saved") {
        if (event.synced) metrics.fsyncSeconds.observe(event.durationMs / 1000);
      } else if (event.kind === "snapshot") {
        metrics.snapshotSeconds.observe(event.durationMs / 1000);
        metrics.snapshotBytes.set(event.bytes);
      }
    },
    onWalWritten: (bytes: number): void => metrics.walBytes.inc(bytes),
  };
}
