// Byte helpers shared by the pure core and the layers above it (no node: imports).

/** concatBytes joins `pieces` in order into one new array (one copy of each). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * longLivedBytes is a zeroed array of `length` bytes for a large buffer that lives for a long
 * time (a snapshot's data, its encoded pieces). It sits on a SharedArrayBuffer, which V8 leaves
 * out of its external-memory count: that count starts a full mark-compact whenever memory
 * outside the heap has grown by 64 MB since the last one, and a 100,000-secret snapshot's own
 * buffers alone crossed it — one to three major GCs per manager, each over a hundred ms of
 * marking on the main thread. The memory is freed like any other once unreachable.
 */
export function longLivedBytes(length: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(length));
}

const noBytes = new Uint8Array(0);

/**
 * LongLivedSlab copies byte arrays one after another into shared slabs of `slabBytes`
 * (longLivedBytes), for data kept and dropped in the order it came: a log's entries, compacted
 * from the front. A slab is freed once the last of its copies is, so little is held beyond
 * what lives, and none of it counts toward V8's full-GC trigger. A copy of more than a quarter
 * of a slab gets a shared array of its own.
 */
export class LongLivedSlab {
  readonly #slabBytes: number;
  #slab: Uint8Array;
  #at = 0;

  constructor(slabBytes: number) {
    this.#slabBytes = slabBytes;
    this.#slab = noBytes;
  }

  copy(bytes: Uint8Array): Uint8Array {
    if (bytes.length === 0) return noBytes;
    if (bytes.length > this.#slabBytes / 4) {
      const own = longLivedBytes(bytes.length);
      own.set(bytes);
      return own;
    }
    if (this.#at + bytes.length > this.#slab.length) {
      this.#slab = longLivedBytes(this.#slabBytes);
      this.#at = 0;
    }
    const copy = this.#slab.subarray(this.#at, this.#at + bytes.length);
    copy.set(bytes);
    this.#at += bytes.length;
    return copy;
  }
}
