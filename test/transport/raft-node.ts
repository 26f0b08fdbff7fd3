// A test manager: a listener and a TlsRaftTransport with recording handlers.
import { SystemClock } from "../../src/node/clock.js";
import type { SnapshotStatus } from "../../src/raft/raw-node.js";
import { Prng } from "../../src/raft/prng.js";
import type { Message, NodeId } from "../../src/raft/types.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import type { ConnectionLimits } from "../../src/transport/listener.js";
import { TlsListener } from "../../src/transport/listener.js";
import type { RaftTransportLimits } from "../../src/transport/raft-transport.js";
import { TlsRaftTransport } from "../../src/transport/raft-transport.js";
import type { Pki } from "./fixtures.js";

export interface TestManager {
  readonly id: NodeId;
  readonly credentials: TlsCredentials;
  readonly listener: TlsListener;
  readonly transport: TlsRaftTransport;
  readonly received: Message[];
  readonly unreachable: NodeId[];
  readonly snapshotStatus: { peer: NodeId; status: SnapshotStatus }[];
  close(): Promise<void>;
}

/** Fast reconnection for tests. */
export const testRaftLimits: Partial<RaftTransportLimits> = { backoffBaseMs: 10, backoffMaxMs: 50 };

export async function startManager(
  pki: Pki,
  id: NodeId,
  options: {
    port?: number;
    limits?: Partial<RaftTransportLimits>;
    connection?: Partial<ConnectionLimits>;
  } = {},
): Promise<TestManager> {
  const credentials = await pki.credentials({ nodeId: nodeIdOf(id), role: "manager" });
  const listener = await TlsListener.open({
    host: "127.0.0.1",
    port: options.port ?? 0,
    credentials,
    ...(options.connection === undefined ? {} : { limits: options.connection }),
  });
  const transport = new TlsRaftTransport(
    { listener, credentials, limits: { ...testRaftLimits, ...options.limits } },
    { clock: new SystemClock(), prng: Prng.fromSeed(id) },
  );
  const manager: TestManager = {
    id,
    credentials,
    listener,
    transport,
    received: [],
    unreachable: [],
    snapshotStatus: [],
    async close() {
      await transport.close();
      await transport.close();
      await listener.close();
      credentials.close();
    },
  };
  await transport.start({
    onMessage: (m) => manager.received.push(m),
    onUnreachable: (peer) => manager.unreachable.push(peer),
    onSnapshotStatus: (peer, status) => manager.snapshotStatus.push({ peer, status }),
  });
  return manager;
}
