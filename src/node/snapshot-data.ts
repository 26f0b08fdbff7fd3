// What a driver snapshot carries besides the store: the members' addresses and the ids removed
// so far, so a node restored from a snapshot can reach its peers and keeps refusing removed ids.
// The layout is keel.disk.NodeSnapshot (proto/disk.proto).
import { longLivedBytes } from "../bytes.js";
import { keel } from "../gen/disk.js";
import type { DecodedU64 } from "../protobuf-u64.js";
import { exactU64 } from "../protobuf-u64.js";
import { StoreError, decodeSnapshot } from "../fsm/index.js";
import type { SnapshotContent } from "../fsm/index.js";
import type { NodeId, Snapshot } from "../raft/types.js";
import { NodeError } from "./errors.js";

export interface MemberAddress {
  readonly id: NodeId;
  readonly address: string;
}

export interface SnapshotData {
  readonly store: Uint8Array;
  readonly members: readonly MemberAddress[];
  readonly removed: readonly NodeId[];
}

const formatVersion = 1;

/** NodeSnapshot's `store` field (4, length-delimited): the last field, so it is written last. */
const storeFieldTag = (4 << 3) | 2;

/**
 * encodeSnapshotData writes the same bytes protobufjs would for the whole NodeSnapshot, with
 * the store — which may be many MB, and may come in pieces from a SnapshotEncoder — copied
 * once, into the result: re-encoding it as a bytes field copied it twice more on the loop.
 */
export function encodeSnapshotData(
  data: Omit<SnapshotData, "store"> & { readonly store: Uint8Array | readonly Uint8Array[] },
): Uint8Array {
  const writer = new SnapshotDataWriter(data);
  writer.copy(Number.POSITIVE_INFINITY);
  return writer.bytes;
}

/**
 * SnapshotDataWriter writes encodeSnapshotData's bytes a slice at a time: a driver copies a
 * large store between Readies instead of in one block (29 MB, a 100,000-secret store, held a
 * manager's loop for 26-123 ms, most of it faulting in the new pages).
 */
export class SnapshotDataWriter {
  /** The snapshot data: complete once copy() returned true. */
  readonly bytes: Uint8Array;
  readonly #pieces: readonly Uint8Array[];
  /** The piece being copied, and how far into it. */
  #piece = 0;
  #offset = 0;
  /** Where the next byte goes in `bytes`. */
  #at: number;

  constructor(data: Omit<SnapshotData, "store"> & { readonly store: Uint8Array | readonly Uint8Array[] }) {
    this.#pieces = data.store instanceof Uint8Array ? [data.store] : data.store;
    let storeBytes = 0;
    for (const piece of this.#pieces) storeBytes += piece.length;
    const head = keel.disk.NodeSnapshot.encode({
      formatVersion,
      members: data.members.map((m) => ({ id: m.id, address: m.address })),
      removed: [...data.removed],
    });
    // protobufjs leaves an empty bytes field out.
    if (storeBytes > 0) head.uint32(storeFieldTag).uint32(storeBytes);
    const headBytes = head.finish();
    this.bytes = longLivedBytes(headBytes.length + storeBytes);
    this.bytes.set(headBytes);
    this.#at = headBytes.length;
  }

  /** copy copies about `budgetBytes` more of the store (at least a byte); true once all of it is copied. */
  copy(budgetBytes: number): boolean {
    let left = Math.max(1, budgetBytes);
    while (this.#piece < this.#pieces.length && left > 0) {
      const piece = this.#pieces[this.#piece]!;
      const count = Math.min(piece.length - this.#offset, left);
      this.bytes.set(piece.subarray(this.#offset, this.#offset + count), this.#at);
      this.#at += count;
      this.#offset += count;
      left -= count;
      if (this.#offset === piece.length) {
        this.#piece++;
        this.#offset = 0;
      }
    }
    return this.#piece === this.#pieces.length;
  }
}

function malformed(reason: string): NodeError {
  return new NodeError({ code: "MALFORMED", what: "snapshot data", reason });
}

function nodeId(value: DecodedU64 | null | undefined, what: string): NodeId {
  const id = exactU64(value ?? 0);
  if (id === undefined || id <= 0) throw malformed(`bad ${what} ${String(value)}`);
  return id;
}

/** decodeSnapshotData validates untrusted snapshot bytes (they may come from a peer). */
export function decodeSnapshotData(bytes: Uint8Array): SnapshotData {
  let s: keel.disk.NodeSnapshot;
  try {
    s = keel.disk.NodeSnapshot.decode(bytes);
  } catch (cause) {
    throw new NodeError({ code: "MALFORMED", what: "snapshot data", reason: String(cause) }, { cause });
  }
  if (s.formatVersion !== formatVersion) throw malformed(`format version ${s.formatVersion}`);
  const members = s.members.map((m) => ({ id: nodeId(m.id, "member id"), address: m.address ?? "" }));
  const removed = s.removed.map((id) => nodeId(id, "removed id"));
  // A copy: the decoded field is a view into `bytes`, which the caller may reuse.
  return { store: Uint8Array.from(s.store), members, removed };
}

/** A snapshot received from the leader, decoded all the way down and checked against its place. */
export interface ReceivedSnapshot extends SnapshotData {
  readonly content: SnapshotContent;
}

/**
 * decodeReceivedSnapshot checks a snapshot from a peer before it is persisted: its driver data,
 * its store (decoded and validated as a restore would), and that the store is at the snapshot's
 * Raft index. Bad bytes are MALFORMED, and never reach the disk, where they would stop every
 * later start.
 */
export function decodeReceivedSnapshot(snapshot: Snapshot): ReceivedSnapshot {
  const data = decodeSnapshotData(snapshot.data);
  let content: SnapshotContent;
  try {
    content = decodeSnapshot(data.store);
  } catch (cause) {
    if (!(cause instanceof StoreError)) throw cause;
    throw new NodeError({ code: "MALFORMED", what: "snapshot store", reason: cause.message }, { cause });
  }
  if (content.version !== snapshot.metadata.index) {
    throw new NodeError({
      code: "MALFORMED",
      what: "snapshot store",
      reason: `store version ${content.version} in a snapshot at Raft index ${snapshot.metadata.index}`,
    });
  }
  return { ...data, content };
}
