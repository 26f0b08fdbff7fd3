// Counters from the node's own log events: the node logs every role change, snapshot and DEK
// rotation (src/cli/README.md), so a logger that counts them sees what the node does without
// reaching into it.
import type { LogFields, Logger } from "../manager/log.js";
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
