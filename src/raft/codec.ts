// Converts the core's plain types to and from the protobuf encodings of proto/raft.proto.
// Decoding validates untrusted bytes into a RaftError MALFORMED, never an assertion.
import { LongLivedSlab } from "../bytes.js";
import { keel } from "../gen/raft.js";
import type { DecodedU64 } from "../protobuf-u64.js";
import { exactU64 } from "../protobuf-u64.js";
import { pooledBytes, reusedWriter } from "../protobuf-writer.js";
import { RaftError } from "./errors.js";
import type {
  ConfChange,
  ConfChangeV2,
  ConfState,
  Entry,
  EntryType,
  HardState,
  Message,
  MessageType,
  Snapshot,
} from "./types.js";
import { ConfChangeTransition, ConfChangeType } from "./types.js";

const pb = keel.raft;
const EMPTY = new Uint8Array(0);
const MESSAGE_TYPE_MAX = 19;
const ENTRY_TYPE_MAX = 2;

function malformed(what: string, reason: string): RaftError {
  return new RaftError({ code: "MALFORMED", what, reason });
}

function decodeWith<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (cause) {
    if (cause instanceof RaftError) throw cause;
    throw new RaftError({ code: "MALFORMED", what, reason: String(cause) }, { cause });
  }
}

function checkIndex(what: string, field: string, value: DecodedU64): number {
  const n = exactU64(value);
  if (n === undefined) throw malformed(what, `${field} ${String(value)} out of range`);
  return n;
}

/**
 * Where a received entry's data is copied: the log keeps entries until a snapshot compacts them,
 * and a view into the message would keep its whole receive buffer alive, counted toward V8's
 * full-GC trigger. Entries are dropped in the order they came, so slabs free cleanly.
 */
const receivedEntryData = new LongLivedSlab(256 * 1024);

function entryFromPb(e: keel.raft.Entry.$Properties, slab: LongLivedSlab | null = null): Entry {
  const type = e.type ?? 0;
  if (type < 0 || type > ENTRY_TYPE_MAX) throw malformed("entry", `unknown entry type ${type}`);
  const data = e.data ?? EMPTY;
  return {
    term: checkIndex("entry", "term", e.term ?? 0),
    index: checkIndex("entry", "index", e.index ?? 0),
    type: type as EntryType,
    data: slab === null ? data : slab.copy(data),
  };
}

export function encodeEntry(entry: Entry): Uint8Array {
  return pb.Entry.encode(entry).finish();
}

export function decodeEntry(bytes: Uint8Array): Entry {
  return decodeWith("entry", () => entryFromPb(pb.Entry.decode(bytes)));
}

export function encodeHardState(state: HardState): Uint8Array {
  return pb.HardState.encode(state).finish();
}

export function decodeHardState(bytes: Uint8Array): HardState {
  return decodeWith("hard state", () => {
    const h = pb.HardState.decode(bytes);
    return {
      term: checkIndex("hard state", "term", h.term),
      vote: checkIndex("hard state", "vote", h.vote),
      commit: checkIndex("hard state", "commit", h.commit),
    };
  });
}

function ids(field: string, values: readonly DecodedU64[] | null | undefined): number[] {
  return (values ?? []).map((v) => checkIndex("conf state", field, v));
}

function confStateFromPb(c: keel.raft.ConfState.$Properties | null | undefined): ConfState {
  return {
    voters: ids("voters", c?.voters),
    learners: ids("learners", c?.learners),
    votersOutgoing: ids("votersOutgoing", c?.votersOutgoing),
    learnersNext: ids("learnersNext", c?.learnersNext),
    autoLeave: c?.autoLeave ?? false,
  };
}

export function encodeConfState(state: ConfState): Uint8Array {
  return pb.ConfState.encode(toPbConfState(state)).finish();
}

function toPbConfState(state: ConfState): keel.raft.ConfState.$Properties {
  return {
    voters: [...state.voters],
    learners: [...state.learners],
    votersOutgoing: [...state.votersOutgoing],
    learnersNext: [...state.learnersNext],
    autoLeave: state.autoLeave,
  };
}

export function decodeConfState(bytes: Uint8Array): ConfState {
  return decodeWith("conf state", () => confStateFromPb(pb.ConfState.decode(bytes)));
}

function snapshotFromPb(s: keel.raft.Snapshot.$Properties): Snapshot {
  const m = s.metadata;
  return {
    data: s.data ?? EMPTY,
    metadata: {
      confState: confStateFromPb(m?.confState),
      index: checkIndex("snapshot", "index", m?.index ?? 0),
      term: checkIndex("snapshot", "term", m?.term ?? 0),
    },
  };
}

function toPbSnapshot(s: Snapshot): keel.raft.Snapshot.$Properties {
  return {
    data: s.data,
    metadata: {
      confState: toPbConfState(s.metadata.confState),
      index: s.metadata.index,
      term: s.metadata.term,
    },
  };
}

/** Encodes only the snapshot metadata (the store's data is kept and streamed separately). */
export function encodeSnapshotMetadata(s: Snapshot["metadata"]): Uint8Array {
  return pb.SnapshotMetadata.encode(toPbSnapshot({ data: EMPTY, metadata: s }).metadata ?? {}).finish();
}

export function decodeSnapshotMetadata(bytes: Uint8Array): Snapshot["metadata"] {
  return decodeWith(
    "snapshot metadata",
    () => snapshotFromPb({ metadata: pb.SnapshotMetadata.decode(bytes) }).metadata,
  );
}

export function encodeSnapshot(s: Snapshot): Uint8Array {
  return pb.Snapshot.encode(toPbSnapshot(s)).finish();
}

export function decodeSnapshot(bytes: Uint8Array): Snapshot {
  return decodeWith("snapshot", () => snapshotFromPb(pb.Snapshot.decode(bytes)));
}

/** encodeMessage encodes a message to be sent (through the reused writer: one per message to each peer). */
export function encodeMessage(m: Message): Uint8Array {
  const writer = reusedWriter();
  pb.Message.encode(
    {
      type: m.type,
      to: m.to,
      from: m.from,
      term: m.term,
      logTerm: m.logTerm,
      index: m.index,
      // An Entry has exactly the fields of its message and the encoder only reads them: no copies.
      entries: m.entries as Entry[],
      commit: m.commit,
      snapshot: m.snapshot === null ? null : toPbSnapshot(m.snapshot),
      reject: m.reject,
      rejectHint: m.rejectHint,
      context: m.context,
      recovering: m.recovering,
      commitOnly: m.commitOnly,
    },
    writer,
  );
  return pooledBytes(writer);
}

/** Grown by push, not map (see RawNode.proposeEntries): a follower's log keeps these arrays. */
function entriesFromPb(entries: readonly keel.raft.Entry.$Properties[], slab: LongLivedSlab | null): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) out.push(entryFromPb(e, slab));
  return out;
}

export function decodeMessage(bytes: Uint8Array): Message {
  return decodeWith("message", () => {
    const m = pb.Message.decode(bytes);
    if (m.type < 0 || m.type > MESSAGE_TYPE_MAX) throw malformed("message", `unknown message type ${m.type}`);
    // Every field is set here, so the message is built at once rather than over message()'s defaults.
    const decoded: Message = {
      type: m.type as number as MessageType,
      to: checkIndex("message", "to", m.to),
      from: checkIndex("message", "from", m.from),
      term: checkIndex("message", "term", m.term),
      logTerm: checkIndex("message", "logTerm", m.logTerm),
      index: checkIndex("message", "index", m.index),
      entries: entriesFromPb(m.entries, receivedEntryData),
      commit: checkIndex("message", "commit", m.commit),
      snapshot: m.snapshot ? snapshotFromPb(m.snapshot) : null,
      reject: m.reject,
      rejectHint: checkIndex("message", "rejectHint", m.rejectHint),
      context: m.context,
      recovering: m.recovering,
      commitOnly: m.commitOnly,
    };
    return decoded;
  });
}

function checkConfChangeType(type: number): ConfChangeType {
  if (type < ConfChangeType.AddNode || type > ConfChangeType.AddLearnerNode) {
    throw malformed("conf change", `unknown change type ${type}`);
  }
  return type as ConfChangeType;
}

export function encodeConfChange(cc: ConfChange): Uint8Array {
  return pb.ConfChange.encode(cc).finish();
}

export function decodeConfChange(bytes: Uint8Array): ConfChange {
  return decodeWith("conf change", () => {
    const c = pb.ConfChange.decode(bytes);
    return {
      type: checkConfChangeType(c.type),
      nodeId: checkIndex("conf change", "nodeId", c.nodeId),
      context: c.context,
      id: checkIndex("conf change", "id", c.id),
    };
  });
}

export function encodeConfChangeV2(cc: ConfChangeV2): Uint8Array {
  return pb.ConfChangeV2.encode({
    transition: cc.transition,
    changes: [...cc.changes],
    context: cc.context,
  }).finish();
}

export function decodeConfChangeV2(bytes: Uint8Array): ConfChangeV2 {
  return decodeWith("conf change v2", () => {
    const c = pb.ConfChangeV2.decode(bytes);
    if (c.transition < 0 || c.transition > ConfChangeTransition.JointExplicit) {
      throw malformed("conf change v2", `unknown transition ${c.transition}`);
    }
    return {
      transition: c.transition as number as ConfChangeTransition,
      changes: c.changes.map((s) => ({
        type: checkConfChangeType(s.type ?? 0),
        nodeId: checkIndex("conf change v2", "nodeId", s.nodeId ?? 0),
      })),
      context: c.context,
    };
  });
}
