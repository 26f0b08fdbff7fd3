// The shapes a client history and a sequential model take for the linearizability checker.
// The checker is pure and synchronous: it reads times the simulator recorded, never a clock.

/**
 * Operation is one client operation as the simulator recorded it. Times are simulated ms.
 *
 * Operations that definitely failed without effect (refused before they reached the log, for
 * example) must not be passed in: they neither happened nor answered anything about the state.
 * An answer that refused the operation but read the state (a secret that already exists) is an
 * answer like any other and must be passed in.
 */
export interface Operation<I, O> {
  /** Unique within the history, for reporting. */
  readonly id: number;
  /** Which client issued it (a client has one operation in flight). Only shown in reports. */
  readonly client: number;
  readonly input: I;
  /**
   * The answer; undefined when the outcome is unknown (timed out, connection lost, node crashed):
   * it may have taken effect at any moment after invokeMs, or never.
   */
  readonly output: O | undefined;
  readonly invokeMs: number;
  /**
   * When the answer came; null when the outcome is unknown. A time with no output says that the
   * operation took effect by then but its answer was lost: a simulator that finds an unknown write
   * in the committed log can say so, and spare the search the branch where it never happened.
   */
  readonly returnMs: number | null;
}

/** Model is the sequential specification each partition of a history is checked against. */
export interface Model<S, I, O> {
  init(): S;
  /**
   * Applies input to state; ok=false when `output` cannot be what it returns from `state`.
   * output undefined (unknown outcome): any output is acceptable, the op takes effect. The checker
   * itself covers the case where it never happened. Must be pure: it never changes `state`.
   */
  step(state: S, input: I, output: O | undefined): { ok: boolean; state: S };
  /** A canonical string of a state, to memoize visited configurations: equal keys, equal states. */
  key(state: S): string;
  describe?(input: I, output: O | undefined): string;
}

/** CheckResult is the verdict over a whole history. */
export type CheckResult =
  | { readonly verdict: "ok"; readonly operations: number; readonly partitions: number }
  | {
      readonly verdict: "violation";
      readonly partition: string;
      readonly explanation: string;
      /**
       * The operations the explanation names: the last few of the furthest partial
       * linearization, then the operation that could not be placed after them, then the other
       * operations that were candidates at that point.
       */
      readonly operations: readonly number[];
    }
  // The search budget ran out before a verdict.
  | { readonly verdict: "undecided"; readonly partition: string; readonly reason: string };

/** CheckOptions bound the search. */
export interface CheckOptions {
  /**
   * The most model steps the search of one partition may take before it gives up with
   * `undecided`. The whole check takes at most partitions × stepsMax steps.
   */
  readonly stepsMax?: number;
}

/**
 * stepsMaxDefault bounds one partition's search, in model steps (about a microsecond each). A
 * history whose concurrency stays low checks in a few steps per operation, so the default leaves
 * room for some hundred thousand operations per partition, while a pathological partition gives up
 * within a second or so and some tens of MB of memo (a step memoizes at most one configuration,
 * a short string).
 */
export const stepsMaxDefault = 1_000_000;
