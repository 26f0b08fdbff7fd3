// Adapters that put SimTransport and TlsRaftTransport behind one shape, so the RaftTransport
// contract suite (contract.test.ts) runs the same checks against both. Each adapter builds two
// started endpoints that know each other, and says how to let time pass: the simulation advances
// its SimClock, the TLS pair waits on the real clock.
import { SimClock, SystemClock } from "../../src/node/clock.js";
import type { RaftTransport, RaftTransportHandlers } from "../../src/node/seams.js";
import type { SnapshotStatus } from "../../src/raft/raw-node.js";
import { Prng } from "../../src/raft/prng.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import { message, MessageType } from "../../src/raft/types.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { TlsListener } from "../../src/transport/listener.js";
import { TlsRaftTransport } from "../../src/transport/raft-transport.js";
import { SimNetwork } from "../../src/transport/sim.js";
import type { Pki } from "./fixtures.js";
import { makePki } from "./fixtures.js";
import { longLivedBytes } from "../../src/bytes.js";

/** HandlerCall is one call a transport made to its handlers, in the order made. */
export type HandlerCall =
  | { readonly kind: "message"; readonly message: Message }
  | { readonly kind: "unreachable"; readonly peer: NodeId }
  | { readonly kind: "snapshotStatus"; readonly peer: NodeId; readonly status: SnapshotStatus };

/** Recorder keeps every handler call of one endpoint, and views of them by kind. */
export class Recorder {
  readonly calls: HandlerCall[] = [];
  readonly handlers: RaftTransportHandlers = {
    onMessage: (m) => this.calls.push({ kind: "message", message: m }),
    onUnreachable: (peer) => this.calls.push({ kind: "unreachable", peer }),
    onSnapshotStatus: (peer, status) => this.calls.push({ kind: "snapshotStatus", peer, status }),
  };

  get received(): Message[] {
    return this.calls.flatMap((c) => (c.kind === "message" ? [c.message] : []));
  }

  get unreachable(): NodeId[] {
    return this.calls.flatMap((c) => (c.kind === "unreachable" ? [c.peer] : []));
  }

  get snapshotStatus(): { peer: NodeId; status: SnapshotStatus }[] {
    return this.calls.flatMap((c) =>
      c.kind === "snapshotStatus" ? [{ peer: c.peer, status: c.status }] : [],
    );
  }
}

/** Endpoint is one started transport, where it listens, and what its handlers were told. */
export interface Endpoint {
  readonly id: NodeId;
  readonly address: string;
  readonly transport: RaftTransport;
  readonly recorder: Recorder;
}

/** TransportPair is two started endpoints, each added as the other's peer. */
export interface TransportPair {
  readonly a: Endpoint;
  readonly b: Endpoint;
  /** settle lets time pass until `predicate` holds; fails naming `what` after `timeoutMs`. */
  settle(what: string, predicate: () => boolean, timeoutMs?: number): Promise<void>;
  /** idle lets `ms` pass, for traffic that must not arrive to have had its chance to. */
  idle(ms: number): Promise<void>;
  /** close closes both transports and whatever the pair holds beyond them. */
  close(): Promise<void>;
}

/** TransportUnderTest is one RaftTransport implementation, as the contract suite drives it. */
export interface TransportUnderTest {
  readonly name: string;
  makePair(): Promise<TransportPair>;
  /** makeUnstarted is one endpoint not yet started, and what closes everything it holds. */
  makeUnstarted(): Promise<{ transport: RaftTransport; close(): Promise<void> }>;
}

/** The Raft ids of the two endpoints, and of a peer never added to either. */
export const idA: NodeId = 1001;
export const idB: NodeId = 1002;
export const idUnknown: NodeId = 4242;

const settleTimeoutMsDefault = 2_000;

function settleTimeout(what: string, timeoutMs: number): Error {
  return new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** simTransport: two endpoints on one SimNetwork; time is the SimClock, advanced 1 ms a step. */
export const simTransport: TransportUnderTest = {
  name: "SimTransport",
  async makePair() {
    const clock = new SimClock();
    const network = new SimNetwork({ clock, prng: Prng.fromSeed(7) });
    const endpoint = async (id: NodeId, address: string): Promise<Endpoint> => {
      const transport = network.endpoint(id, address);
      const recorder = new Recorder();
      await transport.start(recorder.handlers);
      return { id, address, transport, recorder };
    };
    const a = await endpoint(idA, "sim-a");
    const b = await endpoint(idB, "sim-b");
    a.transport.addPeer(b.id, b.address);
    b.transport.addPeer(a.id, a.address);
    return {
      a,
      b,
      async settle(what, predicate, timeoutMs = settleTimeoutMsDefault) {
        // Timers due now (the reports sent "later") fire before time moves.
        clock.advance(0);
        for (let elapsedMs = 0; !predicate(); elapsedMs++) {
          if (elapsedMs >= timeoutMs) throw settleTimeout(what, timeoutMs);
          clock.advance(1);
        }
        await Promise.resolve();
      },
      async idle(ms) {
        clock.advance(ms);
        await Promise.resolve();
      },
      async close() {
        await Promise.all([a.transport.close(), b.transport.close()]);
      },
    };
  },
  async makeUnstarted() {
    const network = new SimNetwork({ clock: new SimClock(), prng: Prng.fromSeed(7) });
    const transport = network.endpoint(idA, "sim-a");
    return { transport, close: () => transport.close() };
  },
};

let pkiOnce: Promise<Pki> | null = null;

/** tlsTransport: two managers with their own listeners on loopback; time is the real clock. */
export const tlsTransport: TransportUnderTest = {
  name: "TlsRaftTransport",
  async makePair() {
    const closers: (() => Promise<void>)[] = [];
    const endpoint = async (id: NodeId): Promise<Endpoint> => {
      const { transport, address, close } = await tlsEndpoint(id);
      closers.push(close);
      const recorder = new Recorder();
      await transport.start(recorder.handlers);
      return { id, address, transport, recorder };
    };
    const a = await endpoint(idA);
    const b = await endpoint(idB);
    a.transport.addPeer(b.id, b.address);
    b.transport.addPeer(a.id, a.address);
    return {
      a,
      b,
      async settle(what, predicate, timeoutMs = settleTimeoutMsDefault) {
        const deadlineMs = Date.now() + timeoutMs;
        while (!predicate()) {
          if (Date.now() > deadlineMs) throw settleTimeout(what, timeoutMs);
          await sleep(2);
        }
      },
      idle: sleep,
      async close() {
        await Promise.all(closers.map((close) => close()));
      },
    };
  },
  makeUnstarted: () => tlsEndpoint(idA),
};

/** tlsEndpoint is a TlsRaftTransport on its own loopback listener, not started. */
async function tlsEndpoint(
  id: NodeId,
): Promise<{ transport: TlsRaftTransport; address: string; close(): Promise<void> }> {
  pkiOnce ??= makePki({ clusterId: "contract", seed: 23 });
  const pki = await pkiOnce;
  const credentials = await pki.credentials({ nodeId: nodeIdOf(id), role: "manager" });
  const listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials });
  const transport = new TlsRaftTransport(
    { listener, credentials, limits: { backoffBaseMs: 10, backoffMaxMs: 50 } },
    { clock: new SystemClock(), prng: Prng.fromSeed(id) },
  );
  return {
    transport,
    address: listener.address,
    async close() {
      await transport.close();
      await listener.close();
      credentials.close();
    },
  };
}

/**
 * plainMessage copies every byte field of a decoded message into a plain Uint8Array: protobufjs
 * decodes bytes as Buffers on Node, which deep equality tells apart from the arrays sent.
 */
export function plainMessage(m: Message): Message {
  return {
    ...m,
    entries: m.entries.map((e) => ({ ...e, data: new Uint8Array(e.data) })),
    snapshot: m.snapshot === null ? null : { ...m.snapshot, data: new Uint8Array(m.snapshot.data) },
    context: new Uint8Array(m.context),
  };
}

/** plainCall is a handler call with its message, if any, made plain. */
export function plainCall(call: HandlerCall): HandlerCall {
  return call.kind === "message" ? { kind: "message", message: plainMessage(call.message) } : call;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** app is an append with every field set to something other than its zero value. */
export function app(options: { from: NodeId; to: NodeId; index: number }): Message {
  const { from, to, index } = options;
  return message({
    type: MessageType.App,
    from,
    to,
    term: 3,
    logTerm: 2,
    index,
    commit: index,
    entries: [
      { term: 3, index: index + 1, type: 0, data: new Uint8Array([index & 0xff, 7, 0, 255]) },
      { term: 3, index: index + 2, type: 1, data: new Uint8Array([9]) },
    ],
    context: new Uint8Array([0xc0, 0xde]),
  });
}

/** snap is a MsgSnap whose data spans `dataBytes` bytes of a recognisable pattern. */
export function snap(options: { from: NodeId; to: NodeId; dataBytes: number; shared?: boolean }): Message {
  const { from, to, dataBytes } = options;
  // A node's own snapshots lie on a SharedArrayBuffer (longLivedBytes).
  const data = options.shared === true ? longLivedBytes(dataBytes) : new Uint8Array(dataBytes);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >>> 10)) & 0xff;
  return message({
    type: MessageType.Snap,
    from,
    to,
    term: 4,
    snapshot: {
      data,
      metadata: {
        index: 900,
        term: 4,
        confState: {
          voters: [from, to],
          learners: [],
          votersOutgoing: [],
          learnersNext: [],
          autoLeave: false,
        },
      },
    },
  });
}
