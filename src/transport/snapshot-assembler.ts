// Reassembling a streamed snapshot on the receiving side of one connection: chunks must come in
// order, for the snapshot in progress, within its announced size; anything else abandons it.
import type { Frame } from "./frame.js";
import { TransportError } from "./errors.js";

type Chunk = Extract<Frame, { kind: "snapshotChunk" }>;

/** What one chunk led to. */
export type AssemblyStep =
  | { readonly kind: "partial" }
  | {
      readonly kind: "complete";
      readonly snapshotId: number;
      readonly header: Uint8Array;
      readonly data: Uint8Array;
    }
  /** The chunk was bad; `abandoned` is the snapshot it ended, to be answered with a failed ack. */
  | { readonly kind: "invalid"; readonly error: TransportError; readonly abandoned: number | null };

interface Assembly {
  readonly snapshotId: number;
  readonly header: Uint8Array;
  /** The announced size: what `data` grows to, never past. */
  readonly totalBytes: number;
  /** What has arrived, at the front: grown as chunks come, not sized up front. */
  data: Uint8Array;
  received: number;
}

/** The buffer a snapshot starts with; it doubles as chunks arrive (up to the announced size). */
const initialBytesMax = 1 << 20;

export class SnapshotAssembler {
  private current: Assembly | null = null;

  constructor(private readonly bytesMax: number) {}

  /** bytesHeld is the size of the buffer of the snapshot in progress (0 if none). */
  get bytesHeld(): number {
    return this.current?.data.length ?? 0;
  }

  /** inProgress is the id of the snapshot being received, if any. */
  get inProgress(): number | null {
    return this.current?.snapshotId ?? null;
  }

  add(chunk: Chunk): AssemblyStep {
    if (chunk.offset === 0 && chunk.message.length > 0) return this.begin(chunk);
    const current = this.current;
    if (current === null || chunk.snapshotId !== current.snapshotId) {
      return this.invalid(`chunk of snapshot ${chunk.snapshotId} at ${chunk.offset} without its first chunk`);
    }
    if (chunk.offset !== current.received) {
      return this.invalid(`chunk at ${chunk.offset}, expected ${current.received}`);
    }
    return this.append(current, chunk.data);
  }

  /** abandon drops the snapshot in progress (its connection closed); returns its id. */
  abandon(): number | null {
    const id = this.inProgress;
    this.current = null;
    return id;
  }

  private begin(chunk: Chunk): AssemblyStep {
    const superseded = this.abandon();
    if (chunk.totalBytes > this.bytesMax) {
      const error = new TransportError({
        code: "SNAPSHOT_TOO_LARGE",
        bytes: chunk.totalBytes,
        bytesMax: this.bytesMax,
      });
      return { kind: "invalid", error, abandoned: superseded ?? chunk.snapshotId };
    }
    // Sized by what arrives, not by what the first chunk announces: a peer announcing a
    // gigabyte and sending a byte must not make us hold a gigabyte.
    const assembly: Assembly = {
      snapshotId: chunk.snapshotId,
      header: chunk.message,
      totalBytes: chunk.totalBytes,
      data: new Uint8Array(Math.min(chunk.totalBytes, Math.max(initialBytesMax, chunk.data.length))),
      received: 0,
    };
    this.current = assembly;
    return this.append(assembly, chunk.data);
  }

  private append(assembly: Assembly, data: Uint8Array): AssemblyStep {
    const needed = assembly.received + data.length;
    if (needed > assembly.totalBytes) {
      return this.invalid(`chunks exceed the announced ${assembly.totalBytes} bytes`);
    }
    if (needed > assembly.data.length) {
      const grown = new Uint8Array(Math.min(assembly.totalBytes, Math.max(needed, 2 * assembly.data.length)));
      grown.set(assembly.data.subarray(0, assembly.received));
      assembly.data = grown;
    }
    assembly.data.set(data, assembly.received);
    assembly.received += data.length;
    if (assembly.received < assembly.totalBytes) return { kind: "partial" };
    this.current = null;
    return {
      kind: "complete",
      snapshotId: assembly.snapshotId,
      header: assembly.header,
      data: assembly.data,
    };
  }

  private invalid(reason: string): AssemblyStep {
    const abandoned = this.abandon();
    return { kind: "invalid", error: new TransportError({ code: "SNAPSHOT_INVALID", reason }), abandoned };
  }
}
