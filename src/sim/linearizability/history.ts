// Validation of a recorded history and its event list: each operation becomes a call event at
// its invoke time and, when its outcome is known, a return event at its return time.
import { LinearizabilityError } from "./errors.js";
import type { CheckOptions, Operation } from "./types.js";
import { stepsMaxDefault } from "./types.js";

/** validateHistory throws a LinearizabilityError for the first operation the checker cannot read. */
export function validateHistory<I, O>(ops: readonly Operation<I, O>[]): void {
  const ids = new Set<number>();
  for (const op of ops) {
    if (ids.has(op.id)) throw new LinearizabilityError({ code: "DUPLICATE_ID", id: op.id });
    ids.add(op.id);
    const { invokeMs, returnMs } = op;
    if (
      !Number.isFinite(invokeMs) ||
      (returnMs !== null && !(Number.isFinite(returnMs) && returnMs >= invokeMs))
    ) {
      throw new LinearizabilityError({ code: "INVALID_TIMES", id: op.id, invokeMs, returnMs });
    }
    const hasOutput = op.output !== undefined;
    if (hasOutput !== (returnMs !== null)) {
      throw new LinearizabilityError({ code: "OUTCOME_MISMATCH", id: op.id, hasOutput, returnMs });
    }
  }
}

/** stepsMaxOf reads and checks the search budget. */
export function stepsMaxOf(options: CheckOptions): number {
  const stepsMax = options.stepsMax ?? stepsMaxDefault;
  if (!Number.isSafeInteger(stepsMax) || stepsMax < 1) {
    throw new LinearizabilityError({
      code: "INVALID_OPTION",
      option: "stepsMax",
      reason: `must be a positive integer, got ${stepsMax}`,
    });
  }
  return stepsMax;
}

/**
 * HistoryEvent is a node of the doubly linked event list the search walks. `match` links a call
 * to its return (null when the outcome is unknown) and a return to its call.
 */
export interface HistoryEvent {
  readonly opIndex: number;
  readonly isCall: boolean;
  match: HistoryEvent | null;
  prev: HistoryEvent | null;
  next: HistoryEvent | null;
}

/**
 * eventList builds the list in time order behind a sentinel head. [invoke, return] is a closed
 * interval, so at equal times calls come before returns: operations that touch at one instant
 * count as concurrent, which can hide a violation at that instant but never invents one (as in
 * Porcupine). Ties among calls or among returns go by position, for determinism.
 */
export function eventList<I, O>(ops: readonly Operation<I, O>[]): HistoryEvent {
  const events: { time: number; event: HistoryEvent }[] = [];
  ops.forEach((op, opIndex) => {
    const call: HistoryEvent = { opIndex, isCall: true, match: null, prev: null, next: null };
    events.push({ time: op.invokeMs, event: call });
    if (op.returnMs !== null) {
      const ret: HistoryEvent = { opIndex, isCall: false, match: call, prev: null, next: null };
      call.match = ret;
      events.push({ time: op.returnMs, event: ret });
    }
  });
  events.sort(
    (a, b) =>
      a.time - b.time || Number(b.event.isCall) - Number(a.event.isCall) || a.event.opIndex - b.event.opIndex,
  );
  const head: HistoryEvent = { opIndex: -1, isCall: false, match: null, prev: null, next: null };
  let last = head;
  for (const { event } of events) {
    event.prev = last;
    last.next = event;
    last = event;
  }
  return head;
}

/** lift takes a linearized call, and its return if any, out of the list (dancing links). */
export function lift(call: HistoryEvent): void {
  unlink(call);
  if (call.match !== null) unlink(call.match);
}

/** unlift undoes the last lift: its nodes still point at their old neighbours. */
export function unlift(call: HistoryEvent): void {
  if (call.match !== null) relink(call.match);
  relink(call);
}

function unlink(event: HistoryEvent): void {
  // The sentinel head precedes every event, so prev is never null here.
  (event.prev as HistoryEvent).next = event.next;
  if (event.next !== null) event.next.prev = event.prev;
}

function relink(event: HistoryEvent): void {
  (event.prev as HistoryEvent).next = event;
  if (event.next !== null) event.next.prev = event;
}
