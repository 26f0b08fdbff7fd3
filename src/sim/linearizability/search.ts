// Wing & Gong's search for a linearization of one partition, with Lowe's memoization of
// (linearized set, state) configurations, after Porcupine (anishathalye/porcupine, checker.go:
// checkSingle). Depth-first over the events in time order: the candidates to take effect next are
// the calls before the first return of an operation not yet taken. Try one; if the model accepts
// its answer and the configuration is new, take it and start over. When no candidate leads
// anywhere, that return is a dead end: undo the last choice and try the candidate after it.
import { assert } from "../../assert.js";
import { Fingerprint } from "./fingerprint.js";
import type { EventLists, HistoryEvent } from "./history.js";
import { eventLists, lift, unlift } from "./history.js";
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

/**
 * searchLinearization decides whether ops, in their real-time order, can be explained by model,
 * taking at most stepsMax model steps.
 *
 * An operation that may never have happened (returnMs null) has no return event, so it never
 * forces a dead end: the search is done once every other operation is taken, and those left over
 * never happened (Porcupine gets the same by returning them at the end of time). But each one stays
 * a candidate to the end, and a search that tries them wherever it can drowns in their subsets.
 * So it searches twice: first taking an unknown operation only where it lets a known one fit that
 * did not (its write is what a read saw, its create what an update needed); that search is not
 * complete, so when it finds nothing, the complete search decides, with what is left of the budget.
 */
export function searchLinearization<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  stepsMax: number,
): SearchOutcome {
  const guided = new Search(model, ops, { stepsMax, guidedOnly: true }).run();
  if (guided.kind !== "violation") return guided;
  const complete = new Search(model, ops, { stepsMax: stepsMax - guided.steps, guidedOnly: false }).run();
  return { ...complete, steps: guided.steps + complete.steps };
}

/**
 * Where the walk is among the candidates of one dead end. They are tried in three passes: the
 * calls that must have happened; then the unknown ones that let a known candidate fit; then
 * (unless guidedOnly) the other unknown ones. The order changes no verdict of a complete search:
 * every candidate is tried before a dead end is given up.
 */
interface Cursor {
  pass: "known" | "enabling" | "other";
  event: HistoryEvent | null;
}

interface Choice<S> {
  readonly call: HistoryEvent;
  readonly pass: Cursor["pass"];
  readonly state: S;
  readonly stateKey: string;
}

class Search<S, I, O> {
  private readonly lists: EventLists;
  private readonly linearized = new Fingerprint();
  private readonly seen = new Set<string>();
  private readonly choices: Choice<S>[] = [];
  private state: S;
  private stateKey: string;
  private pendingKnown: number;
  private furthest: Furthest | null = null;
  private steps = 0;
  private readonly cursor: Cursor;
  /** The first return in the known list; changes only when an operation is taken or given back. */
  private blocking: HistoryEvent;
  /** The known candidates that do not fit the current state; null once it or the list changed. */
  private unfitting: Operation<I, O>[] | null = null;

  constructor(
    private readonly model: Model<S, I, O>,
    private readonly ops: readonly Operation<I, O>[],
    private readonly options: { readonly stepsMax: number; readonly guidedOnly: boolean },
  ) {
    this.lists = eventLists(ops);
    this.state = model.init();
    this.stateKey = model.key(this.state);
    this.pendingKnown = ops.filter((op) => op.returnMs !== null).length;
    this.cursor = { pass: "known", event: this.lists.known.next };
    this.blocking = this.pendingKnown > 0 ? this.firstReturn() : this.lists.known;
  }

  run(): SearchOutcome {
    while (this.pendingKnown > 0) {
      const call = this.nextCandidate();
      if (call === null) {
        if (!this.backtrack()) {
          return { kind: "violation", steps: this.steps, furthest: this.furthest as Furthest };
        }
        continue;
      }
      if (this.steps >= this.options.stepsMax) return { kind: "undecided", steps: this.steps };
      this.cursor.event = call.next;
      this.tryTake(call);
    }
    return { kind: "ok", steps: this.steps };
  }

  /** Takes call if the model accepts its answer here and the configuration is new. */
  private tryTake(call: HistoryEvent): void {
    const op = this.ops[call.opIndex] as Operation<I, O>;
    const next = this.step(this.state, op);
    if (!next.ok) return;
    const nextKey = this.model.key(next.state);
    const mayNotHappen = call.match === null;
    if (mayNotHappen && this.returnsToEarlierState(nextKey)) return;
    if (this.cursor.pass === "enabling" && !this.enablesKnown(next.state)) return;
    this.linearized.toggle(call.opIndex);
    const configuration = `${this.linearized.key()}|${nextKey}`;
    if (this.seen.has(configuration)) {
      this.linearized.toggle(call.opIndex);
      return;
    }
    this.seen.add(configuration);
    this.choices.push({ call, pass: this.cursor.pass, state: this.state, stateKey: this.stateKey });
    this.state = next.state;
    this.stateKey = nextKey;
    lift(call);
    this.unfitting = null;
    if (!mayNotHappen) this.pendingKnown -= 1;
    this.cursor.pass = "known";
    this.cursor.event = this.lists.known.next;
    if (this.pendingKnown > 0) this.blocking = this.firstReturn();
  }

  /** Undoes the last choice and resumes after it; false when there is none left. */
  private backtrack(): boolean {
    if (this.furthest === null || this.choices.length > this.furthest.depth)
      this.furthest = this.furthestHere();
    const choice = this.choices.pop();
    if (choice === undefined) return false;
    this.state = choice.state;
    this.stateKey = choice.stateKey;
    this.linearized.toggle(choice.call.opIndex);
    unlift(choice.call);
    this.unfitting = null;
    if (choice.call.match !== null) this.pendingKnown += 1;
    this.cursor.pass = choice.pass;
    this.cursor.event = choice.call.next;
    this.blocking = this.firstReturn();
    return true;
  }

  /**
   * Whether taking an unknown operation would leave the state as it is, or (guided search only)
   * bring it back to what it was before the unknown operations taken last.
   *
   * The first is never needed: from the same state with the operation still pending, everything
   * that could follow can follow too (a pending unknown operation blocks nothing, and can still be
   * dropped or taken later), and the search goes on from there anyway.
   *
   * The second rests on the same argument against an ancestor on the current path rather than the
   * current configuration. It keeps unknown creates and removes taken in turn from multiplying the
   * configurations at every dead end; but the configurations in between are then memoized as
   * failed without having tried that branch, so it is left to the guided search, whose "ok" is a
   * linearization found and whose failure the complete search decides again.
   */
  private returnsToEarlierState(nextKey: string): boolean {
    if (nextKey === this.stateKey) return true;
    if (!this.options.guidedOnly) return false;
    for (let i = this.choices.length - 1; i >= 0; i--) {
      const choice = this.choices[i] as Choice<S>;
      if (choice.call.match !== null) return false;
      if (choice.stateKey === nextKey) return true;
    }
    return false;
  }

  /**
   * nextCandidate advances the cursor to the next call to try before the blocking return, or
   * returns null when the passes are done. An unknown call is a candidate when invoked by the
   * blocking return's time (calls before returns at equal times).
   */
  private nextCandidate(): HistoryEvent | null {
    const cursor = this.cursor;
    if (cursor.pass === "known") {
      if (cursor.event !== null && cursor.event.isCall) return cursor.event;
      cursor.pass = "enabling";
      cursor.event = this.lists.unknown.next;
    }
    for (;;) {
      while (cursor.event !== null && cursor.event.timeMs > this.blocking.timeMs)
        cursor.event = cursor.event.next;
      if (cursor.event !== null || cursor.pass === "other" || this.options.guidedOnly) return cursor.event;
      cursor.pass = "other";
      cursor.event = this.lists.unknown.next;
    }
  }

  /** Whether a known candidate that does not fit now fits after an unknown one took the state to `next`. */
  private enablesKnown(next: S): boolean {
    this.unfitting ??= this.unfittingKnown();
    return this.unfitting.some((op) => this.step(next, op).ok);
  }

  private unfittingKnown(): Operation<I, O>[] {
    const unfitting: Operation<I, O>[] = [];
    for (let e = this.lists.known.next; e !== null && e.isCall; e = e.next) {
      const op = this.ops[e.opIndex] as Operation<I, O>;
      if (!this.step(this.state, op).ok) unfitting.push(op);
    }
    return unfitting;
  }

  private step(state: S, op: Operation<I, O>): { ok: boolean; state: S } {
    this.steps += 1;
    return this.model.step(state, op.input, op.output);
  }

  private firstReturn(): HistoryEvent {
    let event = this.lists.known.next;
    while (event !== null && event.isCall) event = event.next;
    assert(event !== null, "a known operation is pending, so its return is still in the list");
    return event;
  }

  private furthestHere(): Furthest {
    const candidates: number[] = [];
    for (let e = this.lists.known.next; e !== null && e !== this.blocking; e = e.next) {
      if (e.match !== this.blocking) candidates.push(e.opIndex);
    }
    for (let e = this.lists.unknown.next; e !== null; e = e.next) {
      if (e.timeMs <= this.blocking.timeMs) candidates.push(e.opIndex);
    }
    return {
      depth: this.choices.length,
      tail: this.choices.slice(-prefixTailMax).map((c) => c.call.opIndex),
      stateKey: this.stateKey,
      blocked: this.blocking.opIndex,
      candidates,
    };
  }
}
