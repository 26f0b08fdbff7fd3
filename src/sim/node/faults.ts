// The fault mix of one seed: which faults it injects and how often. Each seed draws its own,
// so that across seeds every fault meets every other, and some seeds stay calm enough for
// long stretches of progress. Rates are per decision step (stepMs of simulated time), in
// thousandths.

import type { Prng } from "../../raft/prng.js";

export interface FaultMix {
  readonly managers: number;
  readonly autolock: boolean;
  readonly lossPercent: number;
  readonly duplicationPercent: number;
  readonly delayMsMax: number;
  readonly snapshotEveryEntries: number;
  /**
   * The node's snapshotSizeFactor. Half the seeds snapshot by count alone (0) and the rest wait
   * for the log to reach half or all of a snapshot's size: with stores of a few kB either keeps
   * snapshots (and restores and catch-ups through them) frequent.
   */
  readonly snapshotSizeFactor: number;
  readonly keepEntriesAfterSnapshot: number;
  /** Network-key rotation interval, in the cluster's 1 s ticks. */
  readonly networkKeyIntervalTicks: number;
  readonly driftPerMille: number;
  readonly rates: Readonly<Record<FaultKind, number>>;
}

export const faultKinds = [
  "partition",
  "crash",
  "crash-in-flight",
  "disk-eio",
  "disk-enospc",
  "flip-byte",
  "lose-synced",
  "torn-majority",
  "clock-step",
  "clock-leap",
  "dek-rotation",
  "unlock-key-rotation",
  "add-learner",
  "remove-member",
  "transfer",
] as const;

export type FaultKind = (typeof faultKinds)[number];

/** Decisions are taken every stepMs of simulated time. */
export const stepMs = 100;

export function drawMix(prng: Prng, options: { loseSynced: boolean }): FaultMix {
  const on = (n: number, d: number, rate: number): number => (prng.chance(n, d) ? rate : 0);
  const rates: Record<FaultKind, number> = {
    partition: on(2, 3, prng.between(5, 25)),
    crash: on(2, 3, prng.between(4, 15)),
    "crash-in-flight": on(1, 2, prng.between(2, 8)),
    "disk-eio": on(1, 2, prng.between(2, 6)),
    "disk-enospc": on(1, 3, prng.between(2, 6)),
    "flip-byte": on(1, 3, prng.between(2, 6)),
    "lose-synced": options.loseSynced ? on(1, 2, prng.between(3, 10)) : 0,
    "torn-majority": options.loseSynced ? on(1, 2, prng.between(2, 6)) : 0,
    "clock-step": on(1, 2, prng.between(2, 10)),
    "clock-leap": on(1, 3, prng.between(2, 6)),
    "dek-rotation": on(2, 3, prng.between(3, 12)),
    "unlock-key-rotation": on(2, 3, prng.between(3, 10)),
    "add-learner": on(1, 2, prng.between(2, 6)),
    "remove-member": on(1, 2, prng.between(2, 6)),
    transfer: on(1, 2, prng.between(2, 8)),
  };
  return {
    managers: prng.pick([3, 3, 3, 4, 5, 5, 7]),
    autolock: prng.chance(3, 4),
    lossPercent: on(1, 2, prng.between(1, 8)),
    duplicationPercent: on(1, 3, prng.between(1, 5)),
    delayMsMax: prng.between(2, 40),
    snapshotEveryEntries: prng.between(15, 80),
    keepEntriesAfterSnapshot: prng.between(2, 20),
    networkKeyIntervalTicks: prng.between(3, 12),
    driftPerMille: on(1, 2, prng.between(1, 30)),
    rates,
    // Drawn last, so that the draws above stay those of seeds recorded before it existed.
    snapshotSizeFactor: prng.pick([0, 0, 0.5, 1]),
  };
}
