// What every way of starting a node takes besides its data dir: the seams and the logger.
import type { EntropySource } from "../entropy.js";
import { systemEntropy } from "../entropy.js";
import type { Clock, NodeEvent } from "../node/index.js";
import { SystemClock } from "../node/index.js";
import type { Logger } from "./log.js";
import { jsonLogger } from "./log.js";
import type { ManagerTuning } from "./manager.js";

export interface NodeDeps {
  readonly clock?: Clock;
  readonly entropy?: EntropySource;
  readonly log?: Logger;
  readonly tuning?: ManagerTuning;
  readonly faults?: ManagerFaults;
  /** Told what the manager's node and WAL do, in this process (the metrics registry). */
  readonly observer?: NodeObserver;
}

/**
 * What a manager reports as it runs to an observer in its own process, beyond its log: every
 * event of its Raft node and the bytes its WAL writes. Called on the write path, often: each
 * call must be cheap and must not throw.
 */
export interface NodeObserver {
  readonly onNodeEvent?: (event: NodeEvent) => void;
  readonly onWalWritten?: (bytes: number) => void;
}

/** Faults a test injects at steps a crash could interrupt; none in production. */
export interface ManagerFaults {
  /** Runs once a promoted worker has joined Raft, before its node file says "manager". */
  readonly beforePromotionCommit?: () => Promise<void>;
  /** Runs once a joining manager has entered Raft, before its node file is written. */
  readonly beforeJoinCommit?: () => Promise<void>;
}

export interface ResolvedDeps {
  readonly clock: Clock;
  readonly entropy: EntropySource;
  readonly log: Logger;
  readonly tuning: ManagerTuning;
  readonly faults: ManagerFaults;
  readonly observer: NodeObserver;
}

export function resolveDeps(deps: NodeDeps = {}): ResolvedDeps {
  return {
    clock: deps.clock ?? new SystemClock(),
    entropy: deps.entropy ?? systemEntropy,
    log: deps.log ?? jsonLogger(),
    tuning: deps.tuning ?? {},
    faults: deps.faults ?? {},
    observer: deps.observer ?? {},
  };
}
