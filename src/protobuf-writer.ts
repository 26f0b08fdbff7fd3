// One protobufjs writer reused by the encoders on the write path. A new writer starts at 128
// bytes and doubles as a message grows (each step an allocation and a copy), and finish()
// allocates and copies once more; a reused writer has grown already, so a message costs one
// allocation and one copy. Encoding is synchronous, so one writer serves every encoder.
import $protobuf from "protobufjs/minimal.js";

/** A writer grown past this is let go after use: one large message does not pin its buffer. */
const keptBufferBytesMax = 64 * 1024;

let shared: $protobuf.Writer | null = null;

/**
 * reusedWriter is the shared writer, emptied. Encode one message into it and take its bytes
 * (ownedBytes or pooledBytes) before encoding anything else.
 */
export function reusedWriter(): $protobuf.Writer {
  const writer = (shared ??= sharedWriter());
  // An encode that threw part way left its position and open lengths: both start afresh.
  writer.pos = 0;
  writer.states = null;
  return writer;
}

/**
 * ownedBytes copies what `writer` holds into a buffer of its own, exactly sized: for bytes kept
 * long (an entry in the Raft log), which must not pin a slab of Buffer's shared 8 KiB pool.
 */
export function ownedBytes(writer: $protobuf.Writer): Uint8Array {
  const out = writer.finishInto(new Uint8Array(writer.len), 0);
  release(writer);
  return out;
}

/** pooledBytes copies what `writer` holds into Buffer's pool: for bytes that die young (a frame sent at once). */
export function pooledBytes(writer: $protobuf.Writer): Uint8Array {
  const out = writer.finish();
  release(writer);
  return out;
}

/** Where a frame's length goes, written once the message is encoded behind it. */
const lengthPlaceholder = new Uint8Array(4);

/**
 * prefixedWriter is the reused writer with four bytes reserved at its start for a frame's
 * length (big-endian): encode one message into it, then take its bytes with prefixedBytes. The
 * frame is then copied once, not encoded, copied out and copied again behind its length.
 */
export function prefixedWriter(): $protobuf.Writer {
  return reusedWriter().raw(lengthPlaceholder);
}

/**
 * prefixedBytes is pooledBytes with the length of what follows the reserved four bytes written
 * into them. A zero-filled buffer of its own (Buffer.alloc) for every control-socket call and
 * answer was a tenth of a round trip's CPU.
 */
export function prefixedBytes(writer: $protobuf.Writer): Uint8Array {
  const frame = pooledBytes(writer);
  const length = frame.length - lengthPlaceholder.length;
  frame[0] = length >>> 24;
  frame[1] = (length >>> 16) & 0xff;
  frame[2] = (length >>> 8) & 0xff;
  frame[3] = length & 0xff;
  return frame;
}

function sharedWriter(): $protobuf.Writer {
  const writer = $protobuf.Writer.create();
  writer.uint64 = uint64;
  return writer;
}

type U64 = Parameters<$protobuf.Writer["uint64"]>[0];
const u32Max = 0xffff_ffff;

/**
 * protobufjs writes every uint64 through a LongBits object made for it (the Raft message's
 * terms and indexes, each entry's: 4 % of what a leader allocated under load). A value below
 * 2^32 has the same varint as a uint32, which protobufjs writes with no object.
 */
function uint64(this: $protobuf.Writer, value: U64): $protobuf.Writer {
  if (typeof value === "number" && value >= 0 && value <= u32Max) return this.uint32(value);
  return $protobuf.Writer.prototype.uint64.call(this, value);
}

function release(writer: $protobuf.Writer): void {
  if (writer === shared && writer.buf.length > keptBufferBytesMax) shared = null;
}
