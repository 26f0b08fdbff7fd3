// KeelClient: the typed client of a keel node, as the `keel` command, the launcher and the
// harness use it, and as an embedding program would. Over the control socket of a data dir
// (KeelClient.local) or a manager's API over mutual TLS (KeelClient.connect, see ./tls.ts).
// Errors are ClientErrors carrying the node's code unchanged.
import { keelapi } from "../gen/api.js";
import { localMethods, methods } from "../manager/api/methods.js";
import { wireFailure } from "../manager/control-socket.js";
import { dataDir } from "../manager/data-dir.js";
import { readAllPages } from "./pages.js";
import type { ClientChannel } from "./channel.js";
import type { TlsClientOptions } from "./tls.js";
import { controlChannel } from "./channel.js";
import { secretDataBytesMax } from "../fsm/limits.js";
import { ClientError, secretTooLarge } from "./errors.js";
import { dekStateMethod, inUserWords, operationOf } from "./operations.js";

const EMPTY = new Uint8Array(0);

export interface Label {
  readonly key: string;
  readonly value: string;
}

export type SecretView = keelapi.SecretView.$Properties;
export type NodeView = keelapi.NodeView.$Properties;

export interface ClientOptions {
  /** Deadline of one call (default 60 s: a leader-only request may wait for an election). */
  readonly timeoutMs?: number;
}

export class KeelClient {
  readonly #channel: ClientChannel;
  readonly #timeoutMs: number;

  constructor(channel: ClientChannel, options: ClientOptions = {}) {
    this.#channel = channel;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** local is a client of the node that serves the data dir `dir` (its control socket). */
  static local(dir: string, options: ClientOptions = {}): KeelClient {
    return new KeelClient(controlChannel(dataDir(dir).controlSocket), options);
  }

  /**
   * connect is a client of a manager's API over mutual TLS, presenting a node certificate of
   * the cluster. NOT_A_KEEL_MANAGER when the address answers as something else.
   */
  static async connect(options: TlsClientOptions, clientOptions: ClientOptions = {}): Promise<KeelClient> {
    const { tlsChannel } = await import("./tls.js");
    return new KeelClient(await tlsChannel(options), clientOptions);
  }

  /** Where this client goes: a control socket path or HOST:PORT. */
  get target(): string {
    return this.#channel.target;
  }

  /** call sends one method with a raw body; the typed methods below are built on it. */
  async call(method: string, body: Uint8Array = EMPTY, timeoutMs = this.#timeoutMs): Promise<Uint8Array> {
    const operation = operationOf(method);
    try {
      return await this.#channel.call(method, body, timeoutMs);
    } catch (error) {
      const failure = asClientError(error, operation, this.#channel.target, timeoutMs);
      const noLeader = failure.code === "NOT_LEADER" || failure.code === "NO_LEADER";
      if (!noLeader || method === localMethods.status) throw failure;
      throw (await this.#quorumLost(failure)) ?? failure;
    }
  }

  /**
   * quorumLost says what a lost quorum means, when the node knows no leader: "no leader: N of M
   * managers reachable, quorum is Q" (the node's code kept); null when a leader is known.
   */
  async #quorumLost(failure: ClientError): Promise<ClientError | null> {
    if (this.#channel.kind !== "control") return null;
    const status = await this.status(2_000).catch(() => null);
    if (status === null || status.leaderId !== "") return null;
    const voters = status.members.filter((m) => m.suffrage === "voter");
    const reachable = voters.filter((m) => m.nodeId === status.nodeId || m.reachable === true).length;
    const quorum = Math.floor(voters.length / 2) + 1;
    return new ClientError(
      failure.code,
      `no leader: ${reachable} of ${voters.length} managers reachable, quorum is ${quorum}`,
      failure.operation,
      { cause: failure },
    );
  }

  close(): Promise<void> {
    return this.#channel.close();
  }

  /** status of the node this client talks to (the control socket) or of the manager (mTLS). */
  async status(timeoutMs?: number): Promise<keelapi.StatusResponse> {
    const method = this.#channel.kind === "control" ? localMethods.status : methods.status;
    return keelapi.StatusResponse.decode(await this.call(method, EMPTY, timeoutMs));
  }

  /** unlock gives a locked manager its unlock key (control socket only). */
  async unlock(key: string, timeoutMs?: number): Promise<void> {
    await this.call(localMethods.unlock, keelapi.UnlockRequest.encode({ key }).finish(), timeoutMs);
  }

  /** unlockKey is the cluster's unlock key as text ("" when not autolocked). */
  async unlockKey(): Promise<string> {
    return keelapi.UnlockKeyResponse.decode(await this.call(methods.unlockKey)).text;
  }

  async rotateUnlockKey(): Promise<string> {
    return (await this.rotateUnlockKeyResponse()).text;
  }

  /** rotateUnlockKeyResponse is rotateUnlockKey with the new key's version (its KEK version). */
  async rotateUnlockKeyResponse(): Promise<keelapi.UnlockKeyResponse> {
    return keelapi.UnlockKeyResponse.decode(await this.call(methods.rotateUnlockKey));
  }

  /** rotateDek starts a rotation of this node's DEK (control socket only). */
  async rotateDek(): Promise<keelapi.DekRotationResponse> {
    return keelapi.DekRotationResponse.decode(await this.call(localMethods.rotateDek));
  }

  async dekState(): Promise<keelapi.DekRotationResponse> {
    return keelapi.DekRotationResponse.decode(await this.call(dekStateMethod));
  }

  readonly secrets = {
    /** create stores a secret; SECRET_TOO_LARGE over secretDataBytesMax, before anything is sent. */
    create: async (name: string, data: Uint8Array, labels: readonly Label[] = []): Promise<SecretView> => {
      if (data.length > secretDataBytesMax) throw secretTooLarge(name, data.length, secretDataBytesMax);
      const body = keelapi.SecretCreateRequest.encode({ name, data, labels: [...labels] }).finish();
      return required(keelapi.SecretResponse.decode(await this.call(methods.secretCreate, body)).secret);
    },
    /** list reads every page (SecretList pages: no answer outgrows a frame). */
    list: async (): Promise<SecretView[]> =>
      readAllPages(
        (body) => this.call(methods.secretList, body),
        (body) => {
          const page = keelapi.SecretListResponse.decode(body);
          return { items: page.secrets, nextPageToken: page.nextPageToken };
        },
      ),
    /** get takes an id, an id prefix or a name. */
    get: async (ref: string): Promise<SecretView> => {
      const body = keelapi.ObjectRef.encode({ ref }).finish();
      return required(keelapi.SecretResponse.decode(await this.call(methods.secretGet, body)).secret);
    },
    remove: async (ref: string): Promise<void> => {
      await this.call(methods.secretRemove, keelapi.ObjectRef.encode({ ref }).finish());
    },
  };

  readonly nodes = {
    /** list reads every page. */
    list: async (): Promise<NodeView[]> =>
      readAllPages(
        (body) => this.call(methods.nodeList, body),
        (body) => {
          const page = keelapi.NodeListResponse.decode(body);
          return { items: page.nodes, nextPageToken: page.nextPageToken };
        },
      ),
    /** get takes an id, an id prefix or a name. */
    get: async (ref: string): Promise<NodeView> => {
      const body = keelapi.ObjectRef.encode({ ref }).finish();
      return required(keelapi.NodeResponse.decode(await this.call(methods.nodeGet, body)).node);
    },
    /** update sets availability ("" keeps it) and labels (added or changed, then removed). */
    update: async (
      ref: string,
      change: { availability?: string; labelAdd?: readonly Label[]; labelRm?: readonly string[] },
    ): Promise<NodeView> => {
      const body = keelapi.NodeUpdateRequest.encode({
        ref,
        availability: change.availability ?? "",
        labelAdd: [...(change.labelAdd ?? [])],
        labelRm: [...(change.labelRm ?? [])],
      }).finish();
      return required(keelapi.NodeResponse.decode(await this.call(methods.nodeUpdate, body)).node);
    },
    /**
     * leave takes the node this client talks to out of the cluster (control socket): a worker,
     * or a manager with force. The node stops once it has answered.
     */
    leave: async (options: { force?: boolean } = {}): Promise<NodeView> => {
      const body = keelapi.NodeLeaveRequest.encode({ force: options.force ?? false }).finish();
      return required(keelapi.NodeResponse.decode(await this.call(methods.nodeLeave, body)).node);
    },
    remove: async (ref: string, options: { force?: boolean } = {}): Promise<NodeView> => {
      const body = keelapi.NodeRemoveRequest.encode({ ref, force: options.force ?? false }).finish();
      return required(keelapi.NodeResponse.decode(await this.call(methods.nodeRemove, body)).node);
    },
    /** setRole records a node's desired role: promote ("manager") or demote ("worker"). */
    setRole: async (ref: string, role: "manager" | "worker"): Promise<NodeView> => {
      const body = keelapi.NodeRoleRequest.encode({ ref, role }).finish();
      return required(keelapi.NodeResponse.decode(await this.call(methods.nodeRole, body)).node);
    },
  };

  readonly cluster = {
    /** update changes cluster settings; turning autolock on returns the new unlock key. */
    update: async (
      change: keelapi.ClusterUpdateRequest.$Properties,
    ): Promise<keelapi.ClusterUpdateResponse> => {
      const body = keelapi.ClusterUpdateRequest.encode(change).finish();
      return keelapi.ClusterUpdateResponse.decode(await this.call(methods.clusterUpdate, body));
    },
    /** get is the cluster: its settings, which are pending a restart of the manager answering. */
    get: async (): Promise<keelapi.ClusterView> =>
      keelapi.ClusterView.decode(await this.call(methods.clusterGet)),
    joinTokens: async (timeoutMs?: number): Promise<keelapi.JoinTokensResponse> =>
      keelapi.JoinTokensResponse.decode(await this.call(methods.joinTokens, EMPTY, timeoutMs)),
    rotateJoinTokens: async (which: {
      worker?: boolean;
      manager?: boolean;
    }): Promise<keelapi.JoinTokensResponse> => {
      const body = keelapi.RotateJoinTokenRequest.encode(which).finish();
      return keelapi.JoinTokensResponse.decode(await this.call(methods.rotateJoinToken, body));
    },
    rotateNetworkKeys: async (): Promise<keelapi.NetworkKeysResponse> =>
      keelapi.NetworkKeysResponse.decode(await this.call(methods.rotateNetworkKeys)),
  };
}

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined)
    throw new ClientError("BAD_RESPONSE", "the node's answer is missing its object", "decode");
  return value;
}

/** asClientError keeps the node's code and says what failed in the user's words. */
function asClientError(error: unknown, operation: string, target: string, timeoutMs: number): ClientError {
  if (error instanceof ClientError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "NOT_RUNNING":
      return new ClientError(
        "NOT_RUNNING",
        `no keel node answers on ${target}: start it with "keel run"`,
        operation,
      );
    case "TIMEOUT":
      return new ClientError("TIMEOUT", `${operation}: no answer within ${timeoutMs} ms`, operation);
    case "FRAME_TOO_LARGE":
      return new ClientError("BAD_RESPONSE", `${operation}: the answer is too large`, operation);
    case "CONNECTION_CLOSED":
      return new ClientError("CONNECTION_CLOSED", `${operation}: the node closed the connection`, operation);
    default: {
      if (typeof code !== "string") return new ClientError("INTERNAL", message, operation, { cause: error });
      // Over mutual TLS a failure arrives as RPC_FAILED around the manager's own code.
      const remote = wireFailure(error);
      return new ClientError(remote.code, inUserWords(remote.message), operation, { cause: error });
    }
  }
}
