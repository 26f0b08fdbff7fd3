// Words for a verdict: what the furthest partial linearization was, and what could not follow it.
import type { Furthest } from "./search.js";
import type { Model, Operation } from "./types.js";

/** candidatesShownMax bounds the candidates a report lists (unknown writes can pile up). */
export const candidatesShownMax = 8;

/** describeOperation renders one operation: id, client, interval and what it did. */
export function describeOperation<S, I, O>(model: Model<S, I, O>, op: Operation<I, O>): string {
  const what =
    model.describe !== undefined
      ? model.describe(op.input, op.output)
      : `${JSON.stringify(op.input)} -> ${op.output === undefined ? "unknown" : JSON.stringify(op.output)}`;
  const returned = op.returnMs === null ? "unknown outcome" : `returned ${op.returnMs} ms`;
  return `#${op.id} (client ${op.client}, invoked ${op.invokeMs} ms, ${returned}): ${what}`;
}

/** explainViolation says why no order of the partition's operations explains their answers. */
export function explainViolation<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  furthest: Furthest,
): { explanation: string; operations: number[] } {
  const opAt = (opIndex: number): Operation<I, O> => ops[opIndex] as Operation<I, O>;
  const line = (opIndex: number): string => `  ${describeOperation(model, opAt(opIndex))}`;
  const shown = furthest.candidates.slice(0, candidatesShownMax);
  const omitted = furthest.tail.length < furthest.depth ? ` (the last ${furthest.tail.length})` : "";
  const more = furthest.candidates.length - shown.length;
  const unknown = ops.filter((op) => op.returnMs === null).length;
  const lines = [
    `no order of the partition's ${ops.length} operations explains their answers` +
      (unknown === 0 ? "." : `, whichever of the ${unknown} with unknown outcome took effect, and wherever.`),
    `The furthest any order got took ${furthest.depth} operations${omitted}:`,
    ...furthest.tail.map(line),
    `leaving the state ${furthest.stateKey}. Then this operation returned without fitting there:`,
    line(furthest.blocked),
    shown.length === 0
      ? "and no other operation could come before it."
      : "and none of the operations that could come before it leads to an order where it fits:",
    ...shown.map(line),
    ...(more > 0 ? [`  … and ${more} more`] : []),
  ];
  return {
    explanation: lines.join("\n"),
    operations: [...furthest.tail, furthest.blocked, ...shown].map((i) => opAt(i).id),
  };
}

/** explainUndecided says how far the budget went. */
export function explainUndecided<I, O>(ops: readonly Operation<I, O>[], stepsMax: number): string {
  const unknown = ops.filter((op) => op.returnMs === null).length;
  return (
    `the search took its budget of ${stepsMax} steps over ${ops.length} operations ` +
    `(${unknown} with unknown outcome, each pending to the end) without a verdict; ` +
    "raise stepsMax or record shorter or less concurrent histories"
  );
}
