// The pure pieces of the transport: ids, peer identities, frames, backoff, addresses, limits.
import type { PeerCertificate } from "node:tls";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AssertionError } from "../../src/assert.js";
import { Prng } from "../../src/raft/prng.js";
import { authenticate } from "../../src/transport/authenticate.js";
import { parseAddress } from "../../src/transport/address.js";
import { Backoff } from "../../src/transport/backoff.js";
import { channelPolicies } from "../../src/transport/channel.js";
import { Counters } from "../../src/transport/counters.js";
import { TransportError } from "../../src/transport/errors.js";
import { decodeFrame, encodeFrame, FrameReader } from "../../src/transport/frame.js";
import { identityFromPeerCertificate, isNodeId, nodeIdOf, raftIdOf } from "../../src/transport/identity.js";
import { keeltransport } from "../../src/gen/transport.js";
import { SnapshotAssembler } from "../../src/transport/snapshot-assembler.js";

function thrown(run: () => unknown): TransportError {
  try {
    run();
  } catch (error) {
    if (error instanceof TransportError) return error;
    throw error;
  }
  throw new Error("expected a TransportError");
}

function peer(subject: Record<string, string | string[]>): PeerCertificate {
  return { subject } as unknown as PeerCertificate;
}

describe("node ids and raft ids", () => {
  test("round trip through base 36, up to 2^53 - 1", () => {
    for (const raftId of [1, 35, 36, 1_000_003, Number.MAX_SAFE_INTEGER]) {
      expect(raftIdOf(nodeIdOf(raftId))).toBe(raftId);
    }
    expect(nodeIdOf(36)).toBe("10");
  });

  test("anything but canonical base 36 of a positive safe integer is INVALID_NODE_ID", () => {
    for (const bad of ["", "0", "00a", "ABC", "a-b", "2gosa7pa2gw", "zzzzzzzzzzzz", "1 "]) {
      expect(thrown(() => raftIdOf(bad)).type).toEqual({ code: "INVALID_NODE_ID", value: bad });
      expect(isNodeId(bad)).toBe(false);
    }
    expect(() => nodeIdOf(0)).toThrow(AssertionError);
  });
});

describe("peer identities", () => {
  test("CN, OU and O may come as strings or one-element arrays", () => {
    expect(identityFromPeerCertificate(peer({ CN: "abc", OU: ["keel-manager"], O: "c1" }))).toEqual({
      nodeId: "abc",
      role: "manager",
      clusterId: "c1",
    });
    expect(identityFromPeerCertificate(peer({ CN: ["w1"], OU: "keel-worker", O: ["c1"] }))?.role).toBe(
      "worker",
    );
  });

  test("several OUs, an unknown OU or a missing field is no identity", () => {
    expect(
      identityFromPeerCertificate(peer({ CN: "a", OU: ["keel-manager", "keel-worker"], O: "c" })),
    ).toBeNull();
    expect(identityFromPeerCertificate(peer({ CN: "a", OU: "admins", O: "c" }))).toBeNull();
    expect(identityFromPeerCertificate(peer({ CN: "a", OU: "keel-manager" }))).toBeNull();
  });

  test("authenticate maps OpenSSL's verdicts and keel's rules to refusal reasons", () => {
    const cert = peer({ CN: "abc", OU: "keel-manager", O: "c1" });
    const raft = channelPolicies.raft;
    const verdict = (authorized: boolean, error: string | null, certificate: PeerCertificate | null) =>
      authenticate({ authorized, authorizationError: error, certificate }, "c1", raft);
    expect(verdict(true, null, cert)).toEqual({
      ok: true,
      caller: { nodeId: "abc", role: "manager", clusterId: "c1" },
    });
    expect(verdict(false, "CERT_NOT_YET_VALID", cert)).toMatchObject({ ok: false, reason: "not-yet-valid" });
    expect(verdict(false, "SELF_SIGNED_CERT_IN_CHAIN", cert)).toMatchObject({
      ok: false,
      reason: "untrusted",
    });
    expect(verdict(false, null, {} as PeerCertificate)).toMatchObject({
      ok: false,
      reason: "no-certificate",
    });
    expect(verdict(true, null, peer({ CN: "abc", OU: ["a", "b"], O: "c1" }))).toMatchObject({
      reason: "bad-identity",
    });
  });
});

describe("frames", () => {
  const frame = { kind: "rpcRequest", callId: 7, method: "m", body: new Uint8Array([1, 2, 3]) } as const;

  test("a frame split at every byte boundary is read back whole", () => {
    const encoded = Buffer.concat([encodeFrame(frame), encodeFrame({ kind: "accept" })]);
    for (let cut = 0; cut <= encoded.length; cut++) {
      const reader = new FrameReader(1024);
      const bodies = [...reader.push(encoded.subarray(0, cut)), ...reader.push(encoded.subarray(cut))];
      expect(Buffer.concat(bodies.map((body) => encodeFrame(decodeFrame(body))))).toEqual(encoded);
      expect(bodies.map((body) => decodeFrame(body).kind)).toEqual(["rpcRequest", "accept"]);
    }
  });

  test("a length over the limit is FRAME_TOO_LARGE, and the reader stays failed", () => {
    const reader = new FrameReader(16);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(17);
    expect(thrown(() => reader.push(header)).type).toEqual({
      code: "FRAME_TOO_LARGE",
      bytes: 17,
      bytesMax: 16,
    });
    expect(reader.push(Buffer.from(encodeFrame({ kind: "accept" })))).toEqual([]);
  });

  test("bytes that are no frame, an empty frame, and ids past 2^53 are FRAME_MALFORMED", () => {
    expect(thrown(() => decodeFrame(new Uint8Array([0xff, 0xff, 0xff]))).code).toBe("FRAME_MALFORMED");
    expect(thrown(() => decodeFrame(new Uint8Array(0))).code).toBe("FRAME_MALFORMED");
    const huge = keeltransport.Frame.encode({ rpcRequest: { callId: 2 ** 60, method: "m" } }).finish();
    expect(thrown(() => decodeFrame(huge)).type).toMatchObject({ code: "FRAME_MALFORMED" });
  });

  test("a frame is its big-endian length, then what protobufjs encodes, at any size and between other encodes", () => {
    const sizes = fc.array(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(sizes, (batches) => {
        for (const [i, lengths] of batches.entries()) {
          const messages = lengths.map((n) => new Uint8Array(n).fill(i + 1));
          const body = keeltransport.Frame.encode({ raftBatch: { messages } }).finish();
          const framed = Buffer.from(encodeFrame({ kind: "raftBatch", messages }));
          expect(framed.readUInt32BE(0)).toBe(body.length);
          expect(framed.subarray(4).equals(body)).toBe(true);
          // A control-socket frame encoded in between shares the writer.
          encodeFrame({ kind: "refuse", reason: "r", detail: "d".repeat(i * 100) });
        }
      }),
      { numRuns: 30 },
    );
  });

  test("every kind round-trips", () => {
    const frames = [
      { kind: "refuse", reason: "wrong-role", detail: "d" },
      { kind: "raftBatch", messages: [new Uint8Array([8, 1])] },
      {
        kind: "snapshotChunk",
        snapshotId: 3,
        message: new Uint8Array([1]),
        totalBytes: 9,
        offset: 0,
        data: new Uint8Array([2]),
      },
      { kind: "snapshotAck", snapshotId: 3, ok: true, reason: "" },
      {
        kind: "rpcResponse",
        callId: 4,
        ok: false,
        error: { code: "X", message: "y", requiredAccess: "" },
        body: new Uint8Array(0),
      },
    ] as const;
    for (const f of frames) {
      const [body] = new FrameReader(1024).push(Buffer.from(encodeFrame(f)));
      const decoded = decodeFrame(body ?? new Uint8Array(0));
      expect(decoded.kind).toBe(f.kind);
      expect(encodeFrame(decoded)).toEqual(encodeFrame(f));
    }
  });
});

describe("backoff", () => {
  test("doubles to the cap with equal jitter, replays from a seed, and resets", () => {
    const delays = (seed: number): number[] => {
      const backoff = new Backoff({ baseMs: 100, maxMs: 1000 }, Prng.fromSeed(seed));
      return Array.from({ length: 6 }, () => backoff.next());
    };
    const first = delays(5);
    expect(first).toEqual(delays(5));
    const caps = [100, 200, 400, 800, 1000, 1000];
    first.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual((caps[i] ?? 0) / 2);
      expect(delay).toBeLessThan(caps[i] ?? 0);
    });
    const backoff = new Backoff({ baseMs: 100, maxMs: 1000 }, { float: () => 0 });
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(50);
  });
});

describe("addresses and counters", () => {
  test("host:port, [v6]:port, and anything else is CONFIG_INVALID", () => {
    expect(parseAddress("127.0.0.1:7946")).toEqual({ host: "127.0.0.1", port: 7946 });
    expect(parseAddress("[::1]:80")).toEqual({ host: "::1", port: 80 });
    for (const bad of ["127.0.0.1", "h:0", "h:70000", ":80", "a:b:80"]) {
      expect(thrown(() => parseAddress(bad)).code).toBe("CONFIG_INVALID");
    }
  });

  test("counters count drops by reason and show each to the observer", () => {
    const seen: string[] = [];
    const counters = new Counters((error) => seen.push(error.code));
    counters.drop(new TransportError({ code: "FRAME_MALFORMED", reason: "x" }));
    counters.drop(new TransportError({ code: "FRAME_MALFORMED", reason: "y" }));
    counters.unsent(new TransportError({ code: "QUEUE_FULL", peer: 2, queueMax: 1 }));
    counters.refuse("wrong-role");
    expect(counters.snapshot()).toMatchObject({
      dropped: { "frame-malformed": 2 },
      refused: { "wrong-role": 1 },
      unsent: 1,
    });
    expect(seen).toEqual(["FRAME_MALFORMED", "FRAME_MALFORMED", "QUEUE_FULL"]);
  });
});

describe("snapshot assembly", () => {
  const chunk = (offset: number, data: Uint8Array, totalBytes: number) => ({
    kind: "snapshotChunk" as const,
    snapshotId: 7,
    offset,
    totalBytes,
    message: offset === 0 ? Uint8Array.of(1) : new Uint8Array(0),
    data,
  });

  test("holds what has arrived, not what the first chunk announces, and completes exactly", () => {
    const assembler = new SnapshotAssembler(1 << 30);
    // Half a gigabyte announced, one byte sent: a megabyte is held.
    expect(assembler.add(chunk(0, Uint8Array.of(1), 512 << 20)).kind).toBe("partial");
    expect(assembler.bytesHeld).toBe(1 << 20);
    // A new snapshot supersedes it, and its buffer grows as its chunks arrive.
    const totalBytes = 3 << 20;
    expect(assembler.add(chunk(0, Uint8Array.of(1, 2, 3), totalBytes)).kind).toBe("partial");
    const rest = new Uint8Array(totalBytes - 3).fill(9);
    let offset = 3;
    for (const piece of [rest.subarray(0, 1 << 20), rest.subarray(1 << 20)]) {
      const step = assembler.add(chunk(offset, piece, totalBytes));
      offset += piece.length;
      if (offset < totalBytes) expect(step.kind).toBe("partial");
      else {
        expect(step.kind).toBe("complete");
        const data = (step as { data: Uint8Array }).data;
        expect(data.length).toBe(totalBytes);
        expect([...data.subarray(0, 4)]).toEqual([1, 2, 3, 9]);
        expect(data[totalBytes - 1]).toBe(9);
      }
    }
    expect(assembler.bytesHeld).toBe(0);
    // Past the announced size: refused.
    assembler.add(chunk(0, Uint8Array.of(1), 2));
    expect(assembler.add(chunk(1, Uint8Array.of(2, 3), 2)).kind).toBe("invalid");
  });
});
