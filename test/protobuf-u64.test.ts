// The process-wide uint64 reader: a short varint decodes to a number with no Long made, a long
// one as protobufjs decodes it; either way exactU64 gives the exact value or refuses it.
import fc from "fast-check";
import Long from "long";
import $protobuf from "protobufjs/minimal.js";
import { describe, expect, test } from "vitest";
import type { DecodedU64 } from "../src/protobuf-u64.js";
import { decodeShortU64AsNumbers, exactU64 } from "../src/protobuf-u64.js";

decodeShortU64AsNumbers();

/** The varints of `values`, one after another, as protobufjs writes them. */
function varints(values: readonly bigint[]): Uint8Array {
  const writer = $protobuf.Writer.create();
  for (const v of values) writer.uint64(Long.fromString(v.toString(), true));
  return writer.finish();
}

/** A uint64 as the decoders see it (protobufjs types it as its own Long). */
const readU64 = (reader: $protobuf.Reader): DecodedU64 => reader.uint64() as unknown as DecodedU64;

const u64 = fc.oneof(
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
  fc.bigInt({ min: 0n, max: 2n ** 49n }),
  fc.bigInt({ min: 2n ** 53n - 4n, max: 2n ** 53n + 4n }),
);

describe("uint64 decoding", () => {
  test("a value below 2^49 is a number, read to its end", () => {
    const reader = $protobuf.Reader.create(varints([0n, 127n, 128n, 2n ** 49n - 1n, 5n]));
    const read = [0, 1, 2, 3, 4].map(() => reader.uint64() as unknown);
    expect(read).toEqual([0, 127, 128, 2 ** 49 - 1, 5]);
    expect(reader.pos).toBe(reader.len);
  });

  test("every value decodes exactly, or is refused past 2^53 - 1, and the next one follows it", () => {
    fc.assert(
      fc.property(u64, u64, (a, b) => {
        const reader = $protobuf.Reader.create(varints([a, b]));
        for (const v of [a, b]) {
          const want = v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
          expect(exactU64(readU64(reader))).toBe(want);
        }
        expect(reader.pos).toBe(reader.len);
      }),
      { numRuns: 500 },
    );
  });

  test("a varint longer than it need be decodes to its value", () => {
    // 5 as ten bytes: 0x85, eight 0x80, 0x00.
    const padded = Uint8Array.from([0x85, ...Array<number>(8).fill(0x80), 0x00]);
    expect(exactU64(readU64($protobuf.Reader.create(padded)))).toBe(5);
  });

  test("a truncated varint throws as protobufjs does, a RangeError", () => {
    for (const bytes of [[0x80], [0xff, 0xff, 0xff], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]]) {
      expect(() => $protobuf.Reader.create(Uint8Array.from(bytes)).uint64()).toThrow(RangeError);
    }
  });
});
