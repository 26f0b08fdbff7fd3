// Flow control: the appends in flight to one follower, bounded by count and by bytes.
import { assert } from "../assert.js";

export class Inflights {
  private readonly indexes: number[] = [];
  private readonly sizes: number[] = [];
  private head = 0;
  private bytesInFlight = 0;

  constructor(
    readonly maxMessages: number,
    /** 0 means no byte limit. */
    readonly maxBytes: number,
  ) {}

  clone(): Inflights {
    const copy = new Inflights(this.maxMessages, this.maxBytes);
    for (let i = this.head; i < this.indexes.length; i++) copy.add(this.indexes[i] ?? 0, this.sizes[i] ?? 0);
    return copy;
  }

  get count(): number {
    return this.indexes.length - this.head;
  }

  get bytes(): number {
    return this.bytesInFlight;
  }

  /** Records an append whose last entry is `index`, carrying `bytes` of payload. */
  add(index: number, bytes: number): void {
    assert(!this.full(), "add to full inflights");
    const last = this.indexes[this.indexes.length - 1];
    assert(this.count === 0 || last === undefined || index > last, "inflight indexes must increase");
    this.indexes.push(index);
    this.sizes.push(bytes);
    this.bytesInFlight += bytes;
  }

  /** Frees every append whose last index is at or below `index`. */
  freeLE(index: number): void {
    while (this.head < this.indexes.length && (this.indexes[this.head] ?? 0) <= index) {
      this.bytesInFlight -= this.sizes[this.head] ?? 0;
      this.head++;
    }
    if (this.head === this.indexes.length) this.reset();
    else if (this.head > 64 && this.head * 2 > this.indexes.length) this.compact();
  }

  full(): boolean {
    return this.count >= this.maxMessages || (this.maxBytes > 0 && this.bytesInFlight >= this.maxBytes);
  }

  reset(): void {
    this.indexes.length = 0;
    this.sizes.length = 0;
    this.head = 0;
    this.bytesInFlight = 0;
  }

  private compact(): void {
    this.indexes.splice(0, this.head);
    this.sizes.splice(0, this.head);
    this.head = 0;
  }
}
