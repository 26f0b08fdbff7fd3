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
