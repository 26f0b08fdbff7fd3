// The simulated network: in-order delivery per link, seeded loss and duplication, partitions,
// unreachable and snapshot reports, no delivery to unknown or closed peers.
import { describe, expect, test } from "vitest";
import { SimClock } from "../../src/node/clock.js";
import type { RaftTransportHandlers } from "../../src/node/seams.js";
import { Prng } from "../../src/raft/prng.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { EMPTY_CONF_STATE, MessageType, message } from "../../src/raft/types.js";
import type { SimNetworkOptions, SimTransport } from "../../src/transport/sim.js";
import { SimNetwork } from "../../src/transport/sim.js";

interface Recorder {
  readonly received: Message[];
  readonly unreachable: NodeId[];
  readonly snapshots: string[];
  readonly handlers: RaftTransportHandlers;
}

function recorder(): Recorder {
  const r: Recorder = {
    received: [],
    unreachable: [],
    snapshots: [],
    handlers: {
      onMessage: (m) => r.received.push(m),
      onUnreachable: (peer) => r.unreachable.push(peer),
      onSnapshotStatus: (peer, status) => r.snapshots.push(`${peer}:${status}`),
    },
  };
  return r;
}

async function pair(options: Partial<SimNetworkOptions> = {}): Promise<{
  clock: SimClock;
  net: SimNetwork;
  a: SimTransport;
  b: SimTransport;
  ra: Recorder;
  rb: Recorder;
}> {
  const clock = new SimClock();
  const net = new SimNetwork({ clock, prng: Prng.fromSeed(1), ...options });
  const a = net.endpoint(1, "a");
  const b = net.endpoint(2, "b");
  const ra = recorder();
  const rb = recorder();
  await a.start(ra.handlers);
  await b.start(rb.handlers);
  a.addPeer(2, "b");
  b.addPeer(1, "a");
  return { clock, net, a, b, ra, rb };
}

const app = (index: number): Message => message({ type: MessageType.App, from: 1, to: 2, index, term: 1 });

describe("SimNetwork", () => {
  test("messages on one link arrive in order, after a delay, decoded into fresh objects", async () => {
    const { clock, a, rb } = await pair({ delayMs: { min: 1, max: 50 } });
    const sent = [1, 2, 3, 4, 5, 6, 7, 8].map(app);
    for (const m of sent) a.send([m]);
    expect(rb.received).toHaveLength(0);
    clock.advance(50);
    expect(rb.received.map((m) => m.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rb.received[0]).not.toBe(sent[0]);
    const { type, from, to, index, term, entries } = rb.received[0]!;
    expect({ type, from, to, index, term, entries }).toEqual({
      type: MessageType.App,
      from: 1,
      to: 2,
      index: 1,
      term: 1,
      entries: [],
    });
  });

  test("a cut link drops and reports the peer unreachable; heal restores it; one-way cuts are one way", async () => {
    const { clock, net, a, b, ra, rb } = await pair();
    net.cut(1, 2, { oneWay: true });
    a.send([app(1)]);
    b.send([message({ type: MessageType.AppResp, from: 2, to: 1, index: 1 })]);
    clock.advance(10);
    expect(rb.received).toHaveLength(0);
    expect(ra.unreachable).toEqual([2]);
    expect(ra.received).toHaveLength(1);
    net.heal();
    a.send([app(2)]);
    clock.advance(10);
    expect(rb.received.map((m) => m.index)).toEqual([2]);
  });

  test("a snapshot reports finish when delivered and failure when it cannot be", async () => {
    const { clock, net, a, ra } = await pair();
    const snap = message({
      type: MessageType.Snap,
      from: 1,
      to: 2,
      snapshot: { data: new Uint8Array([1]), metadata: { confState: EMPTY_CONF_STATE, index: 5, term: 1 } },
    });
    a.send([snap]);
    clock.advance(10);
    expect(ra.snapshots).toEqual(["2:finish"]);
    net.cut(1, 2);
    a.send([snap]);
    clock.advance(10);
    expect(ra.snapshots).toEqual(["2:finish", "2:failure"]);
  });

  test("nothing reaches an unknown peer or a closed endpoint", async () => {
    const { clock, a, b, ra, rb } = await pair();
    a.send([message({ type: MessageType.App, from: 1, to: 3 })]);
    await b.close();
    a.send([app(1)]);
    clock.advance(10);
    expect(rb.received).toHaveLength(0);
    expect(ra.unreachable).toEqual([3, 2]);
    a.removePeer(2);
    expect(a.peers().size).toBe(0);
  });

  test("loss and duplication follow the seed", async () => {
    const run = async (seed: number): Promise<number[]> => {
      const clock = new SimClock();
      const net = new SimNetwork({
        clock,
        prng: Prng.fromSeed(seed),
        loss: { numerator: 1, denominator: 4 },
        duplication: { numerator: 1, denominator: 4 },
      });
      const a = net.endpoint(1, "a");
      const b = net.endpoint(2, "b");
      const rb = recorder();
      await a.start(recorder().handlers);
      await b.start(rb.handlers);
      a.addPeer(2, "b");
      for (let i = 1; i <= 200; i++) a.send([app(i)]);
      clock.advance(100);
      return rb.received.map((m) => m.index);
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(await run(8)).not.toEqual(first);
    const unique = new Set(first);
    expect(unique.size).toBeLessThan(200);
    expect(first.length).toBeGreaterThan(unique.size);
    // In order, even with duplicates.
    expect([...first].sort((x, y) => x - y)).toEqual(first);
  });
});
