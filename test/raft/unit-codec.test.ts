// The protobuf codec: every type round-trips, and malformed bytes become RaftError MALFORMED
// (never an assertion, never a silently wrong value).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decodeConfChange,
  decodeConfChangeV2,
  decodeConfState,
  decodeEntry,
  decodeHardState,
  decodeMessage,
  decodeSnapshot,
  decodeSnapshotMetadata,
  encodeConfChange,
  encodeConfChangeV2,
  encodeConfState,
  encodeEntry,
  encodeHardState,
  encodeMessage,
  encodeSnapshot,
  encodeSnapshotMetadata,
} from "../../src/raft/codec.js";
import { RaftError } from "../../src/raft/errors.js";
import type {
  ConfChange,
  ConfChangeType,
  ConfChangeV2,
  ConfState,
  Entry,
  EntryType,
  HardState,
  Message,
  MessageType,
  Snapshot,
} from "../../src/raft/types.js";

/** Deep copy with every byte array as a plain number array, so Buffer and Uint8Array compare equal. */
function plain(x: unknown): unknown {
  if (x instanceof Uint8Array) return Array.from(x);
  if (Array.isArray(x)) return x.map(plain);
  if (x !== null && typeof x === "object") {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  }
  return x;
}

const u64 = fc.maxSafeNat();
const id = fc.nat({ max: 0xffff_ffff });
const bytes = fc.uint8Array({ maxLength: 40 });
const ids = fc.array(id, { maxLength: 6 });
const entryArb: fc.Arbitrary<Entry> = fc.record({
  term: u64,
  index: u64,
  type: fc.constantFrom<EntryType>(0, 1, 2),
  data: bytes,
});
const confStateArb: fc.Arbitrary<ConfState> = fc.record({
  voters: ids,
  learners: ids,
  votersOutgoing: ids,
  learnersNext: ids,
  autoLeave: fc.boolean(),
});
const snapshotArb: fc.Arbitrary<Snapshot> = fc.record({
  data: bytes,
  metadata: fc.record({ confState: confStateArb, index: u64, term: u64 }),
});
const messageArb: fc.Arbitrary<Message> = fc.record({
  type: fc.integer({ min: 0, max: 19 }).map((t) => t as MessageType),
  to: id,
  from: id,
  term: u64,
  logTerm: u64,
  index: u64,
  entries: fc.array(entryArb, { maxLength: 4 }),
  commit: u64,
  snapshot: fc.option(snapshotArb, { nil: null }),
  reject: fc.boolean(),
  rejectHint: u64,
  context: bytes,
  recovering: fc.boolean(),
  commitOnly: fc.boolean(),
});
const ccType = fc.constantFrom<ConfChangeType>(0, 1, 2, 3);
const confChangeArb: fc.Arbitrary<ConfChange> = fc.record({
  type: ccType,
  nodeId: id,
  context: bytes,
  id: u64,
});
const confChangeV2Arb: fc.Arbitrary<ConfChangeV2> = fc.record({
  transition: fc.constantFrom(0, 1, 2) as fc.Arbitrary<ConfChangeV2["transition"]>,
  changes: fc.array(fc.record({ type: ccType, nodeId: id }), { maxLength: 5 }),
  context: bytes,
});
const hardStateArb: fc.Arbitrary<HardState> = fc.record({ term: u64, vote: id, commit: u64 });

describe("round trips", () => {
  const cases: [string, fc.Arbitrary<unknown>, (v: never) => Uint8Array, (b: Uint8Array) => unknown][] = [
    ["entry", entryArb, encodeEntry, decodeEntry],
    ["hard state", hardStateArb, encodeHardState, decodeHardState],
    ["conf state", confStateArb, encodeConfState, decodeConfState],
    ["snapshot", snapshotArb, encodeSnapshot, decodeSnapshot],
    ["snapshot metadata", snapshotArb.map((s) => s.metadata), encodeSnapshotMetadata, decodeSnapshotMetadata],
    ["message", messageArb, encodeMessage, decodeMessage],
    ["conf change", confChangeArb, encodeConfChange, decodeConfChange],
    ["conf change v2", confChangeV2Arb, encodeConfChangeV2, decodeConfChangeV2],
  ];
  test.each(cases)("%s", (_name, arb, encode, decode) => {
    fc.assert(
      fc.property(arb, (value) => {
        expect(plain(decode(encode(value as never)))).toEqual(plain(value));
      }),
      { numRuns: 300 },
    );
  });
});

/** A protobuf varint of any size (for values past 2^53). */
function varint(n: bigint): number[] {
  const out: number[] = [];
  let v = n;
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}
const field = (no: number, wire: number): number => (no << 3) | wire;

function malformed(fn: () => unknown): { what: string; reason: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RaftError);
    const err = e as RaftError;
    if (err.type.code !== "MALFORMED")
      throw new Error(`expected MALFORMED, got ${err.type.code}`, { cause: e });
    return { what: err.type.what, reason: err.type.reason };
  }
  throw new Error("expected a MALFORMED error, decoding succeeded");
}

describe("malformed bytes", () => {
  test("truncated length-delimited fields", () => {
    const truncated = new Uint8Array([field(4, 2), 10, 1, 2]);
    expect(malformed(() => decodeEntry(truncated)).what).toBe("entry");
    expect(malformed(() => decodeMessage(new Uint8Array([field(12, 2), 5, 1]))).what).toBe("message");
    expect(malformed(() => decodeSnapshot(new Uint8Array([field(1, 2), 9]))).what).toBe("snapshot");
    expect(malformed(() => decodeConfChangeV2(new Uint8Array([field(3, 2), 3]))).what).toBe("conf change v2");
  });

  test("truncated varints", () => {
    expect(malformed(() => decodeHardState(new Uint8Array([field(1, 0), 0x80]))).what).toBe("hard state");
    expect(malformed(() => decodeConfState(new Uint8Array([field(1, 0), 0xff]))).what).toBe("conf state");
  });

  test("unknown enum values", () => {
    expect(malformed(() => decodeMessage(new Uint8Array([field(1, 0), 20]))).reason).toMatch(
      /message type 20/,
    );
    expect(malformed(() => decodeEntry(new Uint8Array([field(3, 0), 3]))).reason).toMatch(/entry type 3/);
    expect(malformed(() => decodeConfChange(new Uint8Array([field(1, 0), 4]))).what).toBe("conf change");
    expect(malformed(() => decodeConfChangeV2(new Uint8Array([field(1, 0), 3]))).reason).toMatch(
      /transition 3/,
    );
    // A change inside a V2 change: field 2, one ConfChangeSingle with type 9.
    const bad = new Uint8Array([field(2, 2), 2, field(1, 0), 9]);
    expect(malformed(() => decodeConfChangeV2(bad)).reason).toMatch(/change type 9/);
  });

  test("integers past 2^53 are refused rather than rounded", () => {
    const big = varint(2n ** 60n);
    expect(malformed(() => decodeHardState(new Uint8Array([field(1, 0), ...big]))).what).toBe("hard state");
    expect(malformed(() => decodeEntry(new Uint8Array([field(2, 0), ...big]))).what).toBe("entry");
    expect(malformed(() => decodeMessage(new Uint8Array([field(6, 0), ...big]))).what).toBe("message");
    // (Metadata errors are reported as the snapshot's: decodeSnapshotMetadata reuses its decoder.)
    expect(malformed(() => decodeSnapshotMetadata(new Uint8Array([field(2, 0), ...big]))).what).toMatch(
      /snapshot/,
    );
    // 2^53 - 1 itself is fine.
    const max = varint(2n ** 53n - 1n);
    expect(decodeHardState(new Uint8Array([field(3, 0), ...max])).commit).toBe(Number.MAX_SAFE_INTEGER);
  });

  test("every uint64 decodes exactly or is refused, around 2^53 and up to 2^64 - 1", () => {
    const edge = fc.oneof(
      fc.bigInt({ min: 2n ** 53n - 4096n, max: 2n ** 53n + 4096n }),
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      fc.constantFrom(2n ** 53n, 2n ** 53n + 1n, 2n ** 64n - 1n, 2n ** 32n - 1n, 2n ** 32n),
    );
    fc.assert(
      fc.property(edge, (n) => {
        const bytes = new Uint8Array([field(3, 0), ...varint(n)]);
        if (n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(BigInt(decodeHardState(bytes).commit)).toBe(n);
        else expect(malformed(() => decodeHardState(bytes)).what).toBe("hard state");
      }),
    );
  });

  test("random garbage never escapes as anything but MALFORMED", () => {
    const decoders = [
      decodeEntry,
      decodeHardState,
      decodeConfState,
      decodeSnapshot,
      decodeSnapshotMetadata,
      decodeMessage,
      decodeConfChange,
      decodeConfChangeV2,
    ];
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.nat({ max: decoders.length - 1 }),
        (garbage, which) => {
          const decode = decoders[which] as (b: Uint8Array) => unknown;
          try {
            decode(garbage);
          } catch (e) {
            expect(e).toBeInstanceOf(RaftError);
            expect((e as RaftError).code).toBe("MALFORMED");
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
