// Decoding of the Raft records the WAL stores, strictly: every uint64 through u64() (Longs
// accepted, values past 2^53 rejected as malformed), and byte fields copied into plain
// Uint8Arrays, so recovered entries own their data and compare equal to what was saved.
import $protobuf from "protobufjs/minimal.js";
import { u64 } from "../crypto/envelope.js";
import type { DecodedU64 } from "../protobuf-u64.js";
import { keel } from "../gen/raft.js";
import type { ConfState, Entry, EntryType, HardState, SnapshotMetadata } from "../raft/types.js";

const pb = keel.raft;
const entryTypeMax = 2;

type U64 = DecodedU64;

function list(values: readonly U64[] | null | undefined, what: string): number[] {
  return (values ?? []).map((v) => u64(v, what));
}

export function decodeEntryRecord(bytes: Uint8Array): Entry {
  const e = pb.Entry.decode(bytes);
  const type = e.type;
  if (type < 0 || type > entryTypeMax) throw new RangeError(`unknown entry type ${type}`);
  const data = e.data;
  return {
    term: u64(e.term, "entry"),
    index: u64(e.index, "entry"),
    type: type as number as EntryType,
    data: Uint8Array.from(data),
  };
}

/**
 * encodeEntryRun writes the plaintext of an entry run record: each entry as a length-prefixed
 * keel.raft.Entry, in index order (the body a `repeated Entry` field would have, without the
 * field tags). One Ready's entries become one record, sealed once.
 */
export function encodeEntryRun(entries: readonly Entry[]): Uint8Array {
  const writer = $protobuf.Writer.create();
  for (const entry of entries) {
    writer.fork();
    pb.Entry.encode(entry, writer);
    writer.ldelim();
  }
  return writer.finish();
}

/** decodeEntryRun reads what encodeEntryRun wrote; anything else throws. */
export function decodeEntryRun(bytes: Uint8Array): Entry[] {
  const reader = $protobuf.Reader.create(bytes);
  const entries: Entry[] = [];
  while (reader.pos < reader.len) entries.push(decodeEntryRecord(reader.bytes()));
  return entries;
}

export function decodeHardStateRecord(bytes: Uint8Array): HardState {
  const h = pb.HardState.decode(bytes);
  return {
    term: u64(h.term, "hard state"),
    vote: u64(h.vote, "hard state"),
    commit: u64(h.commit, "hard state"),
  };
}

function confState(c: keel.raft.ConfState.$Properties | null | undefined): ConfState {
  return {
    voters: list(c?.voters, "conf state"),
    learners: list(c?.learners, "conf state"),
    votersOutgoing: list(c?.votersOutgoing, "conf state"),
    learnersNext: list(c?.learnersNext, "conf state"),
    autoLeave: c?.autoLeave ?? false,
  };
}

export function decodeSnapshotMetadataRecord(bytes: Uint8Array): SnapshotMetadata {
  const m = pb.SnapshotMetadata.decode(bytes);
  return {
    confState: confState(m.confState),
    index: u64(m.index, "snapshot metadata"),
    term: u64(m.term, "snapshot metadata"),
  };
}
