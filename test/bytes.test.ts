// Long-lived bytes: shared memory, which V8 leaves out of the count that starts its full GCs.
// A log's received entries are copied into slabs of it, one after another.
import { describe, expect, test } from "vitest";
import { LongLivedSlab, longLivedBytes } from "../src/bytes.js";
import { decodeMessage, encodeConfChange, encodeMessage } from "../src/raft/codec.js";
import { ConfChangeType, EntryType, MessageType, message } from "../src/raft/types.js";
import { Membership, decodeConfChangeEntry, encodeAddress } from "../src/node/membership.js";

describe("longLivedBytes", () => {
  test("is zeroed and lies on a SharedArrayBuffer", () => {
    const bytes = longLivedBytes(64);
    expect(bytes.buffer instanceof SharedArrayBuffer).toBe(true);
    expect(bytes.every((b) => b === 0)).toBe(true);
  });
});

describe("LongLivedSlab", () => {
  test("copies one after another into one shared slab, each its own bytes", () => {
    const slab = new LongLivedSlab(1024);
    const a = slab.copy(new Uint8Array([1, 2, 3]));
    const b = slab.copy(new Uint8Array([4, 5]));
    expect([...a]).toEqual([1, 2, 3]);
    expect([...b]).toEqual([4, 5]);
    expect(a.buffer).toBe(b.buffer);
    expect(a.buffer instanceof SharedArrayBuffer).toBe(true);
    expect(b.byteOffset).toBe(a.byteOffset + a.length);
  });

  test("starts a new slab when one is full; gives a large copy its own; an empty copy is empty", () => {
    const slab = new LongLivedSlab(16);
    const first = slab.copy(new Uint8Array(4).fill(1));
    for (let i = 0; i < 3; i++) slab.copy(new Uint8Array(4).fill(2 + i));
    const next = slab.copy(new Uint8Array(4).fill(9));
    expect(next.buffer).not.toBe(first.buffer);
    expect([...first]).toEqual([1, 1, 1, 1]);
    const large = slab.copy(new Uint8Array(5).fill(7));
    expect(large.byteLength).toBe(large.buffer.byteLength);
    expect(slab.copy(new Uint8Array(0)).length).toBe(0);
  });

  test("a copy is not a view of its source", () => {
    const source = new Uint8Array([1, 2, 3]);
    const copy = new LongLivedSlab(64).copy(source);
    source[0] = 99;
    expect(copy[0]).toBe(1);
  });
});

describe("a received message's entries", () => {
  const conf = encodeConfChange({
    type: ConfChangeType.AddNode,
    nodeId: 7,
    context: encodeAddress("mgr-7:4242"),
    id: 1,
  });
  const bytes = encodeMessage(
    message({
      type: MessageType.App,
      from: 1,
      to: 2,
      term: 3,
      entries: [
        { term: 3, index: 10, type: EntryType.Normal, data: new Uint8Array([5, 6, 7]) },
        { term: 3, index: 11, type: EntryType.ConfChange, data: conf },
      ],
    }),
  );

  test("own their data on shared memory, apart from the message's bytes", () => {
    const received = new Uint8Array(bytes);
    const m = decodeMessage(received);
    received.fill(0);
    expect([...m.entries[0]!.data]).toEqual([5, 6, 7]);
    expect(m.entries[0]!.data.buffer instanceof SharedArrayBuffer).toBe(true);
  });

  test("a conf change among them still names its member's address", () => {
    const entry = decodeMessage(bytes).entries[1]!;
    const membership = new Membership();
    const cc = decodeConfChangeEntry(entry);
    membership.apply(cc, {
      voters: [7],
      learners: [],
      votersOutgoing: [],
      learnersNext: [],
      autoLeave: false,
    });
    expect(membership.address(7)).toBe("mgr-7:4242");
  });
});
