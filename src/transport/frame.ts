// Frames: the typed form of proto/transport.proto's Frame, with its encoding (a 4-byte big-endian
// length, then the protobuf) and a validating decoder for untrusted bytes.
import { keeltransport } from "../gen/transport.js";
import { assert } from "../assert.js";
import type { DecodedU64 } from "../protobuf-u64.js";
import { exactU64 } from "../protobuf-u64.js";
import { prefixedBytes, prefixedWriter } from "../protobuf-writer.js";
import type { BufferBudget } from "./buffer-budget.js";
import { TransportError } from "./errors.js";
import { frameHeaderBytes } from "./limits.js";

const pb = keeltransport;
const empty = new Uint8Array(0);

export type Frame =
  | { readonly kind: "accept" }
  | { readonly kind: "refuse"; readonly reason: string; readonly detail: string }
  | { readonly kind: "raftBatch"; readonly messages: readonly Uint8Array[] }
  | {
      readonly kind: "snapshotChunk";
      readonly snapshotId: number;
      /** The MsgSnap with empty snapshot data: first chunk only. */
      readonly message: Uint8Array;
      readonly totalBytes: number;
      readonly offset: number;
      readonly data: Uint8Array;
    }
  | {
      readonly kind: "snapshotAck";
      readonly snapshotId: number;
      readonly ok: boolean;
      readonly reason: string;
    }
  | {
      readonly kind: "rpcRequest";
      readonly callId: number;
      readonly method: string;
      readonly body: Uint8Array;
    }
  | {
      readonly kind: "rpcResponse";
      readonly callId: number;
      readonly ok: boolean;
      readonly error: RpcWireError | null;
      readonly body: Uint8Array;
    };

export type FrameKind = Frame["kind"];

/** RpcWireError is a failed call's error as it travels. */
export interface RpcWireError {
  readonly code: string;
  readonly message: string;
  /** For TRANSPORT_FORBIDDEN: the access the method requires; otherwise empty. */
  readonly requiredAccess: string;
}

function toPb(frame: Frame): keeltransport.Frame.$Properties {
  switch (frame.kind) {
    case "accept":
      return { accept: {} };
    case "refuse":
      return { refuse: { reason: frame.reason, detail: frame.detail } };
    case "raftBatch":
      // protobufjs only reads the array: no copy of it.
      return { raftBatch: { messages: frame.messages as Uint8Array[] } };
    case "snapshotChunk":
      return { snapshotChunk: { ...frame } };
    case "snapshotAck":
      return { snapshotAck: { snapshotId: frame.snapshotId, ok: frame.ok, reason: frame.reason } };
    case "rpcRequest":
      return { rpcRequest: { callId: frame.callId, method: frame.method, body: frame.body } };
    case "rpcResponse":
      return {
        rpcResponse: { callId: frame.callId, ok: frame.ok, error: frame.error, body: frame.body },
      };
  }
}

/** encodeFrame returns the frame with its length prefix, ready to write. */
export function encodeFrame(frame: Frame): Uint8Array {
  const writer = prefixedWriter();
  pb.Frame.encode(toPb(frame), writer);
  return prefixedBytes(writer);
}

/** encodedFrameBytes is the size of a frame's protobuf body (without the prefix). */
export function encodedFrameBytes(frame: Frame): number {
  return pb.Frame.encode(toPb(frame)).len;
}

/** A decoded uint64 as a number; anything past 2^53 is malformed. */
function u64(field: string, value: DecodedU64): number {
  const n = exactU64(value);
  if (n === undefined) {
    throw new TransportError({ code: "FRAME_MALFORMED", reason: `${field} ${String(value)} out of range` });
  }
  return n;
}

/** decodeFrame decodes one frame body (without its prefix); FRAME_MALFORMED if it is not one. */
export function decodeFrame(bytes: Uint8Array): Frame {
  let f: keeltransport.Frame;
  try {
    f = pb.Frame.decode(bytes);
  } catch (cause) {
    throw new TransportError({ code: "FRAME_MALFORMED", reason: String(cause) }, { cause });
  }
  switch (f.kind) {
    case "accept":
      return { kind: "accept" };
    case "refuse":
      return { kind: "refuse", reason: f.refuse?.reason ?? "", detail: f.refuse?.detail ?? "" };
    case "raftBatch":
      return { kind: "raftBatch", messages: f.raftBatch?.messages ?? [] };
    case "snapshotChunk": {
      const c = f.snapshotChunk ?? {};
      return {
        kind: "snapshotChunk",
        snapshotId: u64("snapshotId", c.snapshotId),
        message: c.message ?? empty,
        totalBytes: u64("totalBytes", c.totalBytes),
        offset: u64("offset", c.offset),
        data: c.data ?? empty,
      };
    }
    case "snapshotAck": {
      const a = f.snapshotAck ?? {};
      return {
        kind: "snapshotAck",
        snapshotId: u64("snapshotId", a.snapshotId),
        ok: a.ok ?? false,
        reason: a.reason ?? "",
      };
    }
    case "rpcRequest": {
      const r = f.rpcRequest ?? {};
      return {
        kind: "rpcRequest",
        callId: u64("callId", r.callId),
        method: r.method ?? "",
        body: r.body ?? empty,
      };
    }
    case "rpcResponse": {
      const r = f.rpcResponse ?? {};
      const e = r.error;
      return {
        kind: "rpcResponse",
        callId: u64("callId", r.callId),
        ok: r.ok ?? false,
        error:
          e == null
            ? null
            : { code: e.code ?? "", message: e.message ?? "", requiredAccess: e.requiredAccess ?? "" },
        body: r.body ?? empty,
      };
    }
    default:
      throw new TransportError({ code: "FRAME_MALFORMED", reason: "a frame of no known kind" });
  }
}

/**
 * FrameReader cuts a byte stream into frame bodies. A length over `bytesMax` is fatal
 * (FRAME_TOO_LARGE): the prefix is the only framing, so the rest of the stream is untrustworthy.
 * With a budget, the bytes it holds are counted against it (BUFFER_BUDGET_EXCEEDED past it, also
 * fatal); release() gives them back when the connection goes.
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failed = false;

  constructor(
    private readonly bytesMax: number,
    private readonly budget: BufferBudget | null = null,
  ) {
    assert(Number.isSafeInteger(bytesMax) && bytesMax > 0, "frame limit must be positive");
  }

  /** push appends bytes and returns the complete frame bodies now available. */
  push(bytes: Buffer): Uint8Array[] {
    if (this.failed) return [];
    if (this.budget !== null && !this.budget.reserve(bytes.length)) {
      this.fail();
      throw new TransportError({
        code: "BUFFER_BUDGET_EXCEEDED",
        bytes: bytes.length,
        bytesMax: this.budget.bytesMax,
      });
    }
    this.chunks.push(bytes);
    this.buffered += bytes.length;
    const bodies: Uint8Array[] = [];
    for (;;) {
      if (this.buffered < frameHeaderBytes) break;
      const length = this.peekLength();
      if (length > this.bytesMax) {
        this.fail();
        throw new TransportError({ code: "FRAME_TOO_LARGE", bytes: length, bytesMax: this.bytesMax });
      }
      if (this.buffered < frameHeaderBytes + length) break;
      const all = this.take(frameHeaderBytes + length);
      bodies.push(all.subarray(frameHeaderBytes));
    }
    return bodies;
  }

  /** release drops what is buffered and gives it back to the budget; the reader reads no more. */
  release(): void {
    this.fail();
  }

  private fail(): void {
    this.failed = true;
    this.budget?.abandon(this.buffered);
    this.chunks = [];
    this.buffered = 0;
  }

  private peekLength(): number {
    const first = this.chunks[0];
    if (first !== undefined && first.length >= frameHeaderBytes) return first.readUInt32BE(0);
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined.readUInt32BE(0);
  }

  private take(count: number): Buffer {
    const joined = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    const taken = joined.subarray(0, count);
    const rest = joined.subarray(count);
    this.setBuffered(rest.length > 0 ? [rest] : [], rest.length);
    return taken;
  }

  private setBuffered(chunks: Buffer[], bytes: number): void {
    this.budget?.release(this.buffered - bytes);
    this.chunks = chunks;
    this.buffered = bytes;
  }
}
