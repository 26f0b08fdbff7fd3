// How fast a node's own snapshot is made beside the Ready loop: its work (encoding the store,
// copying the data, sealing and writing the chunks) comes in slices, and after each one the
// pace rests so that the slices take at most a set share of the thread's time.
//
// Why: a snapshot of a 100,000-secret store is about 600 ms of main-thread work per manager,
// and as much again of V8's concurrent marking on other threads. Done flat out, between Readies,
// it saturated a 2-core host with three managers — writes all but stopped for half a second.
// Spread over a few seconds, it leaves the loop most of the CPU; a snapshot is not urgent (the
// log holds everything until it is written, and a DEK rotation only finishes later).
import type { Clock } from "./seams.js";

/** A rest is never longer than this, whatever one slice took (a GC pause inside one, say). */
export const snapshotRestMaxMs = 250;

export class SnapshotPace {
  readonly #clock: Clock;
  readonly #dutyPerMille: number;
  #sliceStartedMs: number;

  /**
   * `dutyPerMille`: the share of time the slices may take, in thousandths; 1000 only gives the
   * loop a turn between slices.
   */
  constructor(clock: Clock, dutyPerMille: number) {
    this.#clock = clock;
    this.#dutyPerMille = Math.min(1000, Math.max(1, dutyPerMille));
    this.#sliceStartedMs = clock.monotonicMs();
  }

  /** The rest owed after a slice that took `busyMs`: at least a turn of the loop (1 ms). */
  static restMs(busyMs: number, dutyPerMille: number): number {
    const owed = (Math.max(0, busyMs) * (1000 - dutyPerMille)) / dutyPerMille;
    return Math.min(snapshotRestMaxMs, Math.max(1, Math.ceil(owed)));
  }

  /** Ends a slice: rests as long as it owes, then starts the next slice's clock. */
  async rest(): Promise<void> {
    const busyMs = this.#clock.monotonicMs() - this.#sliceStartedMs;
    const ms = SnapshotPace.restMs(busyMs, this.#dutyPerMille);
    await new Promise<void>((resolve) => this.#clock.setTimeout(resolve, ms));
    this.#sliceStartedMs = this.#clock.monotonicMs();
  }
}
