// Checking a history partition by partition. By P-compositionality (Herlihy & Wing's locality;
// Horn & Kroening, arXiv 1504.00204) a history over independent objects is linearizable iff the
// history of each object is, so each partition is searched on its own.
import { explainUndecided, explainViolation } from "./explain.js";
import { stepsMaxOf, validateHistory } from "./history.js";
import { searchLinearization } from "./search.js";
import type { CheckOptions, CheckResult, Model, Operation } from "./types.js";

/** Partition is one independent object's history and the model of that object. */
export interface Partition<S, I, O> {
  readonly name: string;
  readonly model: Model<S, I, O>;
  readonly ops: readonly Operation<I, O>[];
}

/** singlePartitionName names the one partition of checkOperations in its verdicts. */
export const singlePartitionName = "all";

/**
 * checkOperations decides whether ops are linearizable with respect to model, as one partition.
 * Throws LinearizabilityError when the history cannot be read (duplicate ids, bad times).
 */
export function checkOperations<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  options: CheckOptions = {},
): CheckResult {
  validateHistory(ops);
  return checkPartitions([{ name: singlePartitionName, model, ops }], ops.length, options);
}

/**
 * checkPartitions searches each partition in order. A violation anywhere is the verdict; a
 * partition that runs out of budget does not stop the others, since a violation found later is
 * worth more than "undecided". `operations` is what an ok verdict reports as checked.
 */
export function checkPartitions<S, I, O>(
  partitions: readonly Partition<S, I, O>[],
  operations: number,
  options: CheckOptions,
): CheckResult {
  const stepsMax = stepsMaxOf(options);
  let undecided: CheckResult | null = null;
  for (const { name, model, ops } of partitions) {
    const outcome = searchLinearization(model, ops, stepsMax);
    switch (outcome.kind) {
      case "ok":
        break;
      case "violation":
        return { verdict: "violation", partition: name, ...explainViolation(model, ops, outcome.furthest) };
      case "undecided":
        undecided ??= { verdict: "undecided", partition: name, reason: explainUndecided(ops, stepsMax) };
        break;
    }
  }
  return undecided ?? { verdict: "ok", operations, partitions: partitions.length };
}
