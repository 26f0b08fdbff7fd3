// The reused protobufjs writer: what it encodes equals what a writer of its own encodes, after
// an encode that threw part way, after a large message, and with other encodes in between.
import fc from "fast-check";
import Long from "long";
import $protobuf from "protobufjs/minimal.js";
import { describe, expect, test } from "vitest";
import { keel } from "../src/gen/raft.js";
import { keelstore } from "../src/gen/objects.js";
import { decodeProposal, encodeProposal, newSecret } from "../src/fsm/index.js";
import { ownedBytes, pooledBytes, reusedWriter } from "../src/protobuf-writer.js";
import { encodeMessage } from "../src/raft/codec.js";
import { MessageType, message } from "../src/raft/types.js";

const entry = (index: number, bytes: number) => ({
  term: 3,
  index,
  type: 0 as const,
  data: new Uint8Array(bytes).fill(index & 0xff),
});
const append = (entries: ReturnType<typeof entry>[]) =>
  message({ type: MessageType.App, to: 2, from: 1, term: 3, logTerm: 3, index: 9, commit: 8, entries });
/** What protobufjs encodes with a writer of its own. */
const fresh = (m: ReturnType<typeof append>) =>
  keel.raft.Message.encode(m as keel.raft.Message.$Properties).finish();

describe("the reused writer", () => {
  test("an encode that threw part way leaves nothing behind for the next", () => {
    const writer = reusedWriter();
    // A nested message that is not one: protobufjs throws inside it, a length still open.
    expect(() => keelstore.Proposal.encode({ id: 1, actions: [null as never] }, writer)).toThrow();
    const m = append([entry(10, 40), entry(11, 200)]);
    expect(Buffer.from(encodeMessage(m)).equals(Buffer.from(fresh(m)))).toBe(true);
  });

  test("messages of any size, one after another, each encode as with a writer of their own", () => {
    const sizes = fc.array(fc.integer({ min: 0, max: 150_000 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(sizes, (lengths) => {
        for (const [i, bytes] of lengths.entries()) {
          const m = append([entry(i + 1, bytes), entry(i + 2, 3)]);
          expect(Buffer.from(encodeMessage(m)).equals(Buffer.from(fresh(m)))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  test("owned bytes are exactly sized and survive later encodes; pooled bytes are copies too", () => {
    const secret = (name: string) =>
      newSecret({ id: `id-${name}`, name, data: new Uint8Array(300).fill(7), labels: {} });
    const first = encodeProposal({
      id: 1,
      timestampMs: 5,
      actions: [{ action: "create", kind: "secret", object: secret("a") }],
    });
    expect(first.buffer.byteLength).toBe(first.byteLength);
    const before = Buffer.from(first);
    encodeProposal({
      id: 2,
      timestampMs: 6,
      actions: [{ action: "create", kind: "secret", object: secret("bbbb") }],
    });
    const pooled = pooledBytes(reusedWriter().uint32(7));
    reusedWriter().uint32(9);
    expect(Buffer.from(first).equals(before)).toBe(true);
    expect(decodeProposal(first).actions[0]?.object.id).toBe("id-a");
    expect([...pooled]).toEqual([7]);
    expect([...ownedBytes(reusedWriter().uint32(300))]).toEqual([0xac, 0x02]);
  });

  test("a uint64 encodes as with a writer of its own, at every width and around 2^32", () => {
    const around = [0, 1, 127, 128, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1];
    const values = fc.oneof(fc.constantFrom(...around), fc.maxSafeNat(), fc.nat({ max: 2 ** 32 + 5 }));
    const check = (v: number | Long): void => {
      const mine = pooledBytes(reusedWriter().uint64(v));
      expect(Buffer.from(mine).equals(Buffer.from($protobuf.Writer.create().uint64(v).finish()))).toBe(true);
    };
    fc.assert(fc.property(values, check), { numRuns: 3000 });
    for (const v of around) check(Long.fromNumber(v, true));
    check(Long.MAX_UNSIGNED_VALUE);
  });
});
