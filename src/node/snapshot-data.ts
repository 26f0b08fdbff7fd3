// What a driver snapshot carries besides the store: the members' addresses and the ids removed
// so far, so a node restored from a snapshot can reach its peers and keeps refusing removed ids.
// Layout: magic "KSN1", a u32 header length, a JSON header, then the store snapshot bytes.
import { NodeError } from "./errors.js";
import type { NodeId } from "../raft/types.js";

export interface MemberAddress {
  readonly id: NodeId;
  readonly address: string;
}

export interface SnapshotData {
  readonly store: Uint8Array;
  readonly members: readonly MemberAddress[];
  readonly removed: readonly NodeId[];
}

const MAGIC = [0x4b, 0x53, 0x4e, 0x31]; // "KSN1"
const PREFIX_BYTES = MAGIC.length + 4;
/** The header lists members and removed ids; far more than any cluster has, far less than memory. */
const headerBytesMax = 16 * 1024 * 1024;

export function encodeSnapshotData(data: SnapshotData): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ members: data.members.map((m) => [m.id, m.address]), removed: data.removed }),
  );
  const out = new Uint8Array(PREFIX_BYTES + header.length + data.store.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, header.length);
  out.set(header, PREFIX_BYTES);
  out.set(data.store, PREFIX_BYTES + header.length);
  return out;
}

function malformed(reason: string): NodeError {
  return new NodeError({ code: "MALFORMED", what: "snapshot data", reason });
}

function isNodeId(v: unknown): v is NodeId {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0;
}

/** decodeSnapshotData validates untrusted snapshot bytes (they may come from a peer). */
export function decodeSnapshotData(bytes: Uint8Array): SnapshotData {
  if (bytes.length < PREFIX_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) throw malformed("bad magic");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerBytes = view.getUint32(MAGIC.length);
  if (headerBytes > headerBytesMax || PREFIX_BYTES + headerBytes > bytes.length) {
    throw malformed(`header of ${headerBytes} bytes does not fit`);
  }
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(
        bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes),
      ),
    );
  } catch (cause) {
    throw new NodeError(
      { code: "MALFORMED", what: "snapshot data", reason: "header is not JSON" },
      { cause },
    );
  }
  const h = header as { members?: unknown; removed?: unknown };
  if (
    typeof header !== "object" ||
    header === null ||
    !Array.isArray(h.members) ||
    !Array.isArray(h.removed)
  ) {
    throw malformed("header lacks members or removed");
  }
  const members: MemberAddress[] = [];
  for (const m of h.members as unknown[]) {
    if (!Array.isArray(m) || m.length !== 2 || !isNodeId(m[0]) || typeof m[1] !== "string") {
      throw malformed("bad member");
    }
    members.push({ id: m[0], address: m[1] });
  }
  const removed: NodeId[] = [];
  for (const id of h.removed as unknown[]) {
    if (!isNodeId(id)) throw malformed("bad removed id");
    removed.push(id);
  }
  return { store: bytes.slice(PREFIX_BYTES + headerBytes), members, removed };
}
