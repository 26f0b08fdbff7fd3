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
    // The converse, a return time without an answer, is allowed: it happened, its answer was lost.
    if (op.output !== undefined && returnMs === null) {
      throw new LinearizabilityError({ code: "OUTCOME_MISMATCH", id: op.id });
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
 * HistoryEvent is a node of a doubly linked event list the search walks. `match` links a call
 * to its return (null when the operation may never have happened) and a return to its call.
 */
export interface HistoryEvent {
  readonly opIndex: number;
  readonly isCall: boolean;
  readonly timeMs: number;
  match: HistoryEvent | null;
  prev: HistoryEvent | null;
  next: HistoryEvent | null;
}

/**
 * EventLists are the two lists the search walks, each behind a sentinel head: the calls and
 * returns of operations that must have happened, and the calls of those that may never have
 * happened (unknown outcome). Kept apart so that walking the first never steps over the second,
 * which can pile up over a long history.
 */
export interface EventLists {
  readonly known: HistoryEvent;
  readonly unknown: HistoryEvent;
}

/**
 * eventLists builds both lists in time order. [invoke, return] is a closed interval, so at equal
 * times calls come before returns: operations that touch at one instant count as concurrent, which
 * can hide a violation at that instant but never invents one (as in Porcupine). Ties among calls
 * or among returns go by position, for determinism.
 */
export function eventLists<I, O>(ops: readonly Operation<I, O>[]): EventLists {
  const known: HistoryEvent[] = [];
  const unknown: HistoryEvent[] = [];
  ops.forEach((op, opIndex) => {
    const call: HistoryEvent = {
      opIndex,
      isCall: true,
      timeMs: op.invokeMs,
      match: null,
      prev: null,
      next: null,
    };
    if (op.returnMs === null) {
      unknown.push(call);
      return;
    }
    const ret: HistoryEvent = {
      opIndex,
      isCall: false,
      timeMs: op.returnMs,
      match: call,
      prev: null,
      next: null,
    };
    call.match = ret;
    known.push(call, ret);
  });
  const inTimeOrder = (a: HistoryEvent, b: HistoryEvent): number =>
    a.timeMs - b.timeMs || Number(b.isCall) - Number(a.isCall) || a.opIndex - b.opIndex;
  return {
    known: linked(known.sort(inTimeOrder)),
    unknown: linked(unknown.sort((a, b) => inTimeOrder(b, a))),
  };
}

function linked(events: readonly HistoryEvent[]): HistoryEvent {
  const head: HistoryEvent = {
    opIndex: -1,
    isCall: false,
    timeMs: -Infinity,
    match: null,
    prev: null,
    next: null,
  };
  let last = head;
  for (const event of events) {
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
