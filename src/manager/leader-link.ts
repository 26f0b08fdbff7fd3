// A manager's connection to the current leader, for leader-only requests a follower forwards
// (membership changes). Mutual TLS with the manager's own certificate; one client per leader.
import type { Clock, RaftNode } from "../node/index.js";
import type { TlsCredentials } from "../transport/index.js";
import { RpcClient, nodeIdOf } from "../transport/index.js";
import { ManagerError } from "./errors.js";

export class LeaderLink {
  #client: { address: string; client: Promise<RpcClient> } | null = null;

  constructor(
    private readonly node: RaftNode,
    private readonly credentials: TlsCredentials,
    private readonly clock: Clock,
  ) {}

  async call(method: string, body: Uint8Array): Promise<Uint8Array> {
    const status = this.node.status();
    const leader = status.members.find((m) => m.id === status.leader);
    if (leader === undefined || leader.id === this.node.id)
      throw new ManagerError({ code: "NO_LEADER", operation: method });
    if (this.#client?.address !== leader.address) {
      void this.#close();
      const client = RpcClient.connect(
        {
          address: leader.address,
          trust: { kind: "node", credentials: this.credentials },
          expectedNodeId: nodeIdOf(leader.id),
        },
        { clock: this.clock },
      );
      const entry = { address: leader.address, client };
      // A failed connect is not kept: the next call dials again.
      client.catch(() => {
        if (this.#client === entry) this.#client = null;
      });
      this.#client = entry;
    }
    const client = await this.#client.client;
    if (!client.isOpen) {
      this.#client = null;
      throw new ManagerError({ code: "NO_LEADER", operation: method });
    }
    return client.call(method, body);
  }

  async #close(): Promise<void> {
    const current = this.#client;
    this.#client = null;
    if (current !== null) await current.client.then((c) => c.close()).catch(() => undefined);
  }

  close(): Promise<void> {
    return this.#close();
  }
}
