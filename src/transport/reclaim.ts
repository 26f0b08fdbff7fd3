// Giving back what a flood of hostile peers left behind. Their partial frames and read buffers
// are ArrayBuffers outside V8's heap, freed only when a major GC finds their wrappers dead; under
// load V8 collects often enough by itself, but a manager left idle by the flood's end allocates
// too little to start one, so the flood's garbage stays resident for good (bench/hostile.ts: RSS
// +60 to +110 MB 15 s after, 35 to 50 MB of it array buffers, V8's heap twice its quiet size).
// The reclaimer asks V8 for a full collection once peers abandoned much (partial frames of
// connections that failed or closed: a well-behaved peer's frames complete, and die young) and
// then were quiet for a while, and for another a quiet period later: the first frees the
// buffers, and V8 gives back the heap pages it swept only at a later one (measured: RSS came down
// by 48 MB at the second, not at all at the first).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { assert } from "../assert.js";
import {
  reclaimQuietBytesMaxDefault,
  reclaimQuietMsDefault,
  reclaimAbandonedBytesMinDefault,
} from "./limits.js";

/** Two collections, a quiet period apart: the second gives back the heap pages the first freed. */
const collectionsPerReclaim = 2;

export interface ReclaimOptions {
  /** Bytes of abandoned partial frames since the last collection before another is worth it. */
  readonly abandonedBytesMin: number;
  /**
   * How long peers must have been quiet before the collection: not mid-flood, nor while its
   * connections are still being closed. Quiet is buffering and freeing less than quietBytesMax
   * in that time (workers' heartbeats and renewals go on).
   */
  readonly quietMs: number;
  readonly quietBytesMax: number;
  /** Runs one full collection (fullCollection; tests count calls). */
  readonly collect: () => void;
}

export class MemoryReclaimer {
  private abandonedBytes = 0;
  /** What peers buffered and freed since the timer was armed. */
  private activeBytes = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Collections still to run for what was abandoned (see collectionsPerReclaim). */
  private collectionsLeft = 0;

  constructor(private readonly options: ReclaimOptions) {
    const { abandonedBytesMin, quietMs, quietBytesMax } = options;
    assert(abandonedBytesMin > 0 && quietMs > 0 && quietBytesMax >= 0, "reclaim thresholds are valid");
  }

  /** active notes bytes peers made us buffer, or that a frame freed by completing. */
  active(bytes: number): void {
    this.activeBytes += bytes;
  }

  /** abandoned notes bytes of partial frames their connections left (now old garbage). */
  abandoned(bytes: number): void {
    this.abandonedBytes += bytes;
    this.arm();
  }

  /** close cancels a pending collection; idempotent. */
  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(): void {
    if (this.timer !== null) return;
    if (this.abandonedBytes >= this.options.abandonedBytesMin) {
      this.abandonedBytes = 0;
      this.collectionsLeft = collectionsPerReclaim;
    }
    if (this.collectionsLeft === 0) return;
    this.activeBytes = 0;
    this.timer = setTimeout(() => this.fire(), this.options.quietMs);
    // The process may end with a collection pending: nothing is lost by skipping it.
    this.timer.unref();
  }

  private fire(): void {
    this.timer = null;
    if (this.activeBytes > this.options.quietBytesMax) {
      this.arm();
      return;
    }
    this.collectionsLeft -= 1;
    this.options.collect();
    this.arm();
  }
}

let exposedGc: (() => void) | null = null;

/**
 * fullCollection runs a full, synchronous garbage collection. V8 offers it only with
 * --expose-gc; set at run time, that flag applies to contexts created after it, so a fresh
 * context hands us its `gc` (the process's own global is left as it was).
 */
export function fullCollection(): void {
  if (exposedGc === null) {
    setFlagsFromString("--expose-gc");
    exposedGc = runInNewContext("gc") as () => void;
  }
  exposedGc();
}

/** processReclaimer serves processBufferBudget: every listener's peers, together. */
export const processReclaimer = new MemoryReclaimer({
  abandonedBytesMin: reclaimAbandonedBytesMinDefault,
  quietMs: reclaimQuietMsDefault,
  quietBytesMax: reclaimQuietBytesMaxDefault,
  collect: fullCollection,
});
