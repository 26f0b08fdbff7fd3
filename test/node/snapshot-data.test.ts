// A node snapshot's data is written with its store copied once, in pieces or whole, and the
// bytes are exactly protobufjs's encoding of the same NodeSnapshot (readers need nothing new).
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { keel } from "../../src/gen/disk.js";
import { SnapshotDataWriter, decodeSnapshotData, encodeSnapshotData } from "../../src/node/snapshot-data.js";

const members = [
  { id: 7, address: "10.0.0.7:4242" },
  { id: 2 ** 40, address: "m2" },
];

function protobufjsBytes(store: Uint8Array): Uint8Array {
  return keel.disk.NodeSnapshot.encode({ formatVersion: 1, members, removed: [9, 2 ** 35], store }).finish();
}

describe("encodeSnapshotData", () => {
  // Sizes around the varint boundaries of the store's length (127/128, 16383/16384) and a large one.
  test.each([0, 1, 127, 128, 16_383, 16_384, 300_000])("a %i-byte store, whole or in pieces", (bytes) => {
    const store = Uint8Array.from({ length: bytes }, (_, i) => (i * 31 + 7) & 0xff);
    const pieces = [
      store.subarray(0, bytes >> 2),
      store.subarray(bytes >> 2, bytes >> 1),
      store.subarray(bytes >> 1),
    ];
    const want = protobufjsBytes(store);
    const whole = encodeSnapshotData({ store, members, removed: [9, 2 ** 35] });
    const pieced = encodeSnapshotData({ store: pieces, members, removed: [9, 2 ** 35] });
    expect(Buffer.from(whole).equals(Buffer.from(want))).toBe(true);
    expect(Buffer.from(pieced).equals(Buffer.from(want))).toBe(true);
    expect(decodeSnapshotData(pieced)).toEqual({ store, members, removed: [9, 2 ** 35] });
  });
});

describe("SnapshotDataWriter", () => {
  // Any pieces (empty ones too), copied any number of bytes at a time, give the same bytes.
  fcTest.prop([
    fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }),
    fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 20 }),
  ])("copies a slice at a time into exactly protobufjs's bytes", (pieces, budgets) => {
    const store = Uint8Array.from(pieces.flatMap((p) => [...p]));
    const writer = new SnapshotDataWriter({ store: pieces, members, removed: [9, 2 ** 35] });
    let turns = 0;
    while (!writer.copy(budgets[turns % budgets.length]!)) {
      turns++;
      expect(turns).toBeLessThanOrEqual(store.length + pieces.length);
    }
    expect(Buffer.from(writer.bytes).equals(Buffer.from(protobufjsBytes(store)))).toBe(true);
    // Done stays done.
    expect(writer.copy(1)).toBe(true);
  });

  test("the data lies on a SharedArrayBuffer, which V8 leaves out of its full-GC trigger", () => {
    const writer = new SnapshotDataWriter({ store: [new Uint8Array([1, 2, 3])], members, removed: [] });
    expect(writer.bytes.buffer instanceof SharedArrayBuffer).toBe(true);
  });
});
