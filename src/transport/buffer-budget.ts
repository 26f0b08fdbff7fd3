// The process-wide budget for bytes buffered from peers: partial frames of client connections
// held until they complete. One budget is shared by every listener of a process, so that many
// connections each within their own frame limit cannot together make a manager balloon.
import { assert } from "../assert.js";
import { peerBufferBytesMaxDefault } from "./limits.js";
import type { MemoryReclaimer } from "./reclaim.js";
import { processReclaimer } from "./reclaim.js";

export class BufferBudget {
  private usedBytes = 0;
  private peakBytes = 0;

  constructor(
    readonly bytesMax: number = peerBufferBytesMaxDefault,
    /** Told what is buffered, freed and abandoned, to give a flood's garbage back once it is over. */
    private readonly reclaimer: MemoryReclaimer | null = null,
  ) {
    assert(Number.isSafeInteger(bytesMax) && bytesMax > 0, "a buffer budget is positive");
  }

  /** reserve takes `bytes` from the budget; false (and nothing taken) if that would pass it. */
  reserve(bytes: number): boolean {
    if (this.usedBytes + bytes > this.bytesMax) return false;
    this.usedBytes += bytes;
    this.peakBytes = Math.max(this.peakBytes, this.usedBytes);
    this.reclaimer?.active(bytes);
    return true;
  }

  /** release gives back bytes taken by reserve, for a frame that completed. */
  release(bytes: number): void {
    assert(bytes >= 0 && bytes <= this.usedBytes, "release only what was reserved");
    this.usedBytes -= bytes;
    this.reclaimer?.active(bytes);
  }

  /**
   * abandon gives back bytes of a partial frame its connection will never complete (it failed
   * or closed): held for long, they are what a flood leaves for the reclaimer.
   */
  abandon(bytes: number): void {
    this.release(bytes);
    if (bytes > 0) this.reclaimer?.abandoned(bytes);
  }

  get used(): number {
    return this.usedBytes;
  }

  /** peak is the most ever held at once (tests and the benchmark read it). */
  get peak(): number {
    return this.peakBytes;
  }
}

/** processBufferBudget is the default budget every listener of this process shares. */
export const processBufferBudget = new BufferBudget(peerBufferBytesMaxDefault, processReclaimer);
