// Wing & Gong's search for a linearization of one partition, with Lowe's memoization of
// (linearized set, state) configurations, as Porcupine does it (anishathalye/porcupine,
// checker.go: checkSingle). Depth-first over the event list in time order: at a call, try to
// take the operation effect now; at the return of an operation not yet taken, every order tried
// so far is a dead end, so undo the last choice and try the next candidate.
import { assert } from "../../assert.js";
import { Bitset } from "./bitset.js";
import type { HistoryEvent } from "./history.js";
import { eventList, lift, unlift } from "./history.js";
import type { Model, Operation } from "./types.js";

/** prefixTailMax is how many operations of the furthest partial linearization a report keeps. */
export const prefixTailMax = 8;

/** Furthest is the deepest dead end the search met: what a violation report shows. */
export interface Furthest {
  /** How many operations were linearized there. */
  readonly depth: number;
  /** The last of them (opIndex), oldest first, at most prefixTailMax. */
  readonly tail: readonly number[];
  /** The model state after them. */
  readonly stateKey: string;
  /** The operation whose return came while it could not be taken. */
  readonly blocked: number;
  /** The other operations that could have come next there, none of which led anywhere. */
  readonly candidates: readonly number[];
}

export type SearchOutcome =
  | { readonly kind: "ok"; readonly steps: number }
  | { readonly kind: "violation"; readonly steps: number; readonly furthest: Furthest }
  | { readonly kind: "undecided"; readonly steps: number };

interface Choice {
  readonly call: HistoryEvent;
  readonly state: unknown;
  readonly stateKey: string;
}

/**
 * searchLinearization decides whether ops, in their real-time order, can be explained by model,
 * taking at most stepsMax model steps.
 *
 * An operation with unknown outcome has no return event, so it never forces a dead end: the search
 * is done once every operation with a known outcome is taken, and the unknown ones left over never
 * happened (Porcupine gets the same by returning them at the end of time). Taking an unknown
 * operation that leaves the state as it was is never tried: leaving it pending covers that
 * branch, since a pending operation can still be dropped or taken later, and it keeps no-op
 * writes and unanswered reads from multiplying the configurations.
 */
export function searchLinearization<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  stepsMax: number,
): SearchOutcome {
  const head = eventList(ops);
  const linearized = new Bitset(ops.length);
  const seen = new Set<string>();
  const choices: Choice[] = [];
  let state = model.init();
  let stateKey = model.key(state);
  let pendingKnown = ops.filter((op) => op.returnMs !== null).length;
  let furthest: Furthest | null = null;
  let steps = 0;
  let event = head.next;

  while (pendingKnown > 0) {
    assert(event !== null, "a known operation is pending, so its return is still in the list");
    if (event.isCall) {
      if (steps >= stepsMax) return { kind: "undecided", steps };
      steps += 1;
      const op = ops[event.opIndex] as Operation<I, O>;
      const next = model.step(state, op.input, op.output);
      if (next.ok) {
        const nextKey = model.key(next.state);
        const unknown = op.returnMs === null;
        if (!(unknown && nextKey === stateKey)) {
          linearized.set(event.opIndex);
          const configuration = `${linearized.key()}\u0000${nextKey}`;
          if (!seen.has(configuration)) {
            seen.add(configuration);
            choices.push({ call: event, state, stateKey });
            state = next.state;
            stateKey = nextKey;
            lift(event);
            if (!unknown) pendingKnown -= 1;
            event = head.next;
            continue;
          }
          linearized.clear(event.opIndex);
        }
      }
      event = event.next;
      continue;
    }
    // The return of an operation not taken yet: nothing before it fits, so this order fails.
    if (furthest === null || choices.length > furthest.depth) {
      furthest = furthestHere(head, event, choices, stateKey);
    }
    const choice = choices.pop();
    if (choice === undefined) return { kind: "violation", steps, furthest };
    state = choice.state as S;
    stateKey = choice.stateKey;
    linearized.clear(choice.call.opIndex);
    unlift(choice.call);
    if (choice.call.match !== null) pendingKnown += 1;
    event = choice.call.next;
  }
  return { kind: "ok", steps };
}

function furthestHere(
  head: HistoryEvent,
  blockedReturn: HistoryEvent,
  choices: readonly Choice[],
  stateKey: string,
): Furthest {
  const candidates: number[] = [];
  for (let e = head.next; e !== null && e !== blockedReturn; e = e.next) {
    if (e.isCall && e.match !== blockedReturn) candidates.push(e.opIndex);
  }
  return {
    depth: choices.length,
    tail: choices.slice(-prefixTailMax).map((c) => c.call.opIndex),
    stateKey,
    blocked: blockedReturn.opIndex,
    candidates,
  };
}
