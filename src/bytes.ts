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
