import { describe, expect, test } from "vitest";
import type { AgentKeyErrorCode, NodeSecurity, SaOp } from "../../../src/fsm/agent/index.js";
import {
  AgentKeyError,
  addPeer,
  applyKeyUpdate,
  computeKeyUpdate,
  createNodeSecurity,
  deriveSpi,
  planKeyUpdate,
  receivePacket,
  removePeer,
  sendPacket,
  spiReservedMax,
  subsystemGossip,
  subsystemIpsec,
  updateKeyring,
} from "../../../src/fsm/agent/index.js";
import { keyOf, ringAfter, times } from "./fixtures.js";

function codeOf(run: () => unknown): AgentKeyErrorCode | "no error" {
  try {
    run();
  } catch (error) {
    if (error instanceof AgentKeyError) return error.code;
    throw error;
  }
  return "no error";
}

function node(local: string, rotations: number, peers: string[]): NodeSecurity {
  return createNodeSecurity({ local, subsystem: subsystemIpsec, keys: ringAfter(rotations), peers });
}

describe("deriveSpi", () => {
  test("is deterministic, direction-sensitive, and depends on the key tag", () => {
    const flow = { source: "10.0.0.1", destination: "10.0.0.2", keyTag: 7 };
    expect(deriveSpi(flow)).toBe(deriveSpi({ ...flow }));
    expect(deriveSpi(flow)).not.toBe(deriveSpi({ ...flow, source: "10.0.0.2", destination: "10.0.0.1" }));
    expect(deriveSpi(flow)).not.toBe(deriveSpi({ ...flow, keyTag: 8 }));
    // Tags beyond 32 bits are not truncated (libnetwork's would collide here).
    expect(deriveSpi(flow)).not.toBe(deriveSpi({ ...flow, keyTag: 7 + 2 ** 32 }));
    expect(deriveSpi({ source: "a", destination: "bc", keyTag: 1 })).not.toBe(
      deriveSpi({ source: "ab", destination: "c", keyTag: 1 }),
    );
  });

  test("never yields a reserved SPI", () => {
    for (let tag = 0; tag < 2000; tag++) {
      expect(deriveSpi({ source: "n1", destination: "n2", keyTag: tag })).toBeGreaterThan(spiReservedMax);
    }
  });
});

describe("a node's security associations", () => {
  test("inbound SA for every key, outbound SA and policy for the primary only", () => {
    const a = node("a", 0, ["b", "c"]);
    const b = a.peers.get("b");
    expect(b?.inbound.map((sa) => sa.keyTag)).toEqual([100, 101, 102]);
    expect(b?.inbound.every((sa) => sa.source === "b" && sa.destination === "a")).toBe(true);
    expect(b?.outbound.map((sa) => sa.keyTag)).toEqual([101]);
    expect(b?.policySpi).toBe(deriveSpi({ source: "a", destination: "b", keyTag: 101 }));
    expect(a.primaryTag).toBe(101);
  });

  test("both ends derive the same SPI, so a packet is accepted and sealed with the primary", () => {
    const a = node("a", 0, ["b"]);
    const b = node("b", 0, ["a"]);
    const packet = sendPacket(a, "b");
    expect(receivePacket(b, packet)).toEqual({ accepted: true, keyTag: 101 });
  });

  test("a dropped packet always says why", () => {
    const a = node("a", 0, ["b"]);
    const b = node("b", 0, ["a"]);
    const packet = sendPacket(a, "b");
    expect(receivePacket(a, packet)).toEqual({ accepted: false, reason: "not-for-us" });
    expect(receivePacket(removePeer(b, "a"), packet)).toEqual({ accepted: false, reason: "unknown-peer" });
    expect(receivePacket(b, { ...packet, spi: packet.spi + 1 })).toEqual({
      accepted: false,
      reason: "unknown-spi",
    });
    expect(receivePacket(b, { ...packet, sealedWith: new Uint8Array(16) })).toEqual({
      accepted: false,
      reason: "key-mismatch",
    });
  });

  test("peers are added once, removed when known, and never the node itself", () => {
    const a = node("a", 0, ["b"]);
    expect(codeOf(() => addPeer(a, "b"))).toBe("PEER_EXISTS");
    expect(codeOf(() => addPeer(a, "a"))).toBe("INVALID_PEER");
    expect(codeOf(() => addPeer(a, ""))).toBe("INVALID_PEER");
    expect(codeOf(() => addPeer(a, "x".repeat(257)))).toBe("INVALID_PEER");
    expect(codeOf(() => removePeer(a, "z"))).toBe("PEER_UNKNOWN");
    expect(codeOf(() => sendPacket(a, "z"))).toBe("PEER_UNKNOWN");
    expect(
      codeOf(() => createNodeSecurity({ local: "", subsystem: subsystemIpsec, keys: ringAfter(0) })),
    ).toBe("INVALID_PEER");
    expect(codeOf(() => createNodeSecurity({ local: "a", subsystem: subsystemIpsec, keys: [] }))).toBe(
      "EMPTY_KEYRING",
    );
  });
});

describe("applying a rotation", () => {
  test("deltas come in the safe order: new inbound, then outbound and policy, then prune", () => {
    const a = node("a", 0, ["b"]);
    const ops = planKeyUpdate(a, computeKeyUpdate(a.keys, ringAfter(1), subsystemIpsec));
    const describeOp = (op: SaOp): string => {
      switch (op.kind) {
        case "add-key":
        case "remove-key":
        case "set-primary":
          return op.kind;
        case "add-inbound":
        case "add-outbound":
          return `${op.kind} ${op.sa.keyTag}`;
        case "set-policy":
        case "remove-outbound":
        case "remove-inbound":
          return op.kind;
      }
    };
    expect(ops.map(describeOp)).toEqual([
      "add-key",
      "add-inbound 103",
      "add-outbound 102",
      "set-policy",
      "remove-outbound",
      "set-primary",
      "remove-inbound",
      "remove-key",
    ]);
  });

  test("the state after a rotation equals the state built from the new keyring", () => {
    const rotated = updateKeyring(node("a", 0, ["b", "c"]), ringAfter(1)).state;
    expect(rotated).toEqual(node("a", 1, ["b", "c"]));
    expect(times(rotated.keys)).toEqual([101, 102, 103]);
  });

  test("a gossip update cannot be applied to ipsec keys", () => {
    const a = node("a", 0, ["b"]);
    const gossip = computeKeyUpdate([], ringAfter(0, 100, subsystemGossip), subsystemGossip);
    expect(codeOf(() => applyKeyUpdate(a, gossip))).toBe("WRONG_SUBSYSTEM");
    const smuggled = {
      ...computeKeyUpdate(a.keys, ringAfter(1), subsystemIpsec),
      added: [keyOf(103, subsystemGossip)],
    };
    expect(codeOf(() => applyKeyUpdate(a, smuggled))).toBe("WRONG_SUBSYSTEM");
  });

  test("an update naming an unknown key is refused and changes nothing", () => {
    const a = node("a", 0, ["b", "c"]);
    const before = structuredClone(a);
    const good = computeKeyUpdate(a.keys, ringAfter(1), subsystemIpsec);
    const cases: Array<[string, typeof good, AgentKeyErrorCode]> = [
      ["unknown pruned key", { ...good, pruned: [keyOf(42)] }, "KEY_NOT_FOUND"],
      ["unknown primary", { ...good, primary: keyOf(42) }, "KEY_NOT_FOUND"],
      ["primary pruned", { ...good, primary: keyOf(100), pruned: [keyOf(100)] }, "PRIMARY_PRUNED"],
      ["added twice", { ...good, added: [keyOf(101)] }, "KEY_ALREADY_PRESENT"],
      ["added duplicate", { ...good, added: [keyOf(103), keyOf(103)] }, "DUPLICATE_LAMPORT_TIME"],
      ["changed bytes", { ...good, pruned: [{ ...keyOf(100), key: new Uint8Array(16) }] }, "KEY_CHANGED"],
      ["invalid key", { ...good, added: [{ ...keyOf(103), lamportTime: -3 }] }, "INVALID_KEY"],
    ];
    for (const [name, update, code] of cases) {
      expect([name, codeOf(() => applyKeyUpdate(a, update))]).toEqual([name, code]);
      expect(a).toEqual(before);
    }
    const error = (() => {
      try {
        applyKeyUpdate(a, { ...good, pruned: [keyOf(42)] });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AgentKeyError);
    expect((error as AgentKeyError).type).toEqual({
      code: "KEY_NOT_FOUND",
      subsystem: subsystemIpsec,
      role: "pruned",
      lamportTime: 42,
    });
    expect((error as AgentKeyError).message).toContain("cannot find proper key indices");
  });
});
