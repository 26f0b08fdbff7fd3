// A certified manager entering Raft: after a join (join.ts) or a promotion (worker.ts) alike.
// Its own file so that neither of those imports the other.
import type { NodeIdentity } from "../ca/index.js";
import { SecretKey } from "../crypto/keys.js";
import { keelapi } from "../gen/api.js";
import type { MemberAddress } from "../node/index.js";
import type { RpcClient, TlsCredentials } from "../transport/index.js";
import { RpcClient as Client, TlsListener } from "../transport/index.js";
import { FileKeyStore, createKeyFile } from "../wal/index.js";
import { methods } from "./api/methods.js";
import type { DataDir } from "./data-dir.js";
import { exists } from "./data-dir.js";
import type { Advertised } from "./advertise.js";
import { addressOf } from "./advertise.js";
import { u64 } from "./ids.js";
import { Manager } from "./manager.js";
import type { ResolvedDeps } from "./options.js";
import { openStorage } from "./storage.js";

/** What a certified manager needs to enter Raft: its identity, certificate, key and where to listen. */
export interface JoiningManager {
  readonly dir: DataDir;
  readonly identity: NodeIdentity;
  readonly rootCaPem: string;
  readonly certificatePem: string;
  readonly keyPem: string;
  /** Credentials made of the manager certificate and key; owned by the manager from here on. */
  readonly credentials: TlsCredentials;
  readonly listen: { readonly host: string; readonly port: number };
  /** What it advertises to peers (advertise.ts); the listen address when absent. */
  readonly advertised?: Advertised;
  /** A manager to fetch the unlock key from and ask for the addition (it forwards to the leader). */
  readonly via: string;
  /** The Raft members and where they listen, as the manager that certified it saw them. */
  readonly peers: readonly MemberAddress[];
}

/** peersOf reads the Raft members of a join or renewal response. */
export function peersOf(managers: readonly keelapi.IMember[]): MemberAddress[] {
  return managers.map((m) => ({ id: u64(m.raftId), address: m.address ?? "" }));
}

/**
 * startJoinedManager turns a manager certificate into a Raft member: it fetches the unlock key
 * over mutual TLS, creates the key file sealed under it, listens, opens the WAL, starts Raft
 * waiting to be added, and asks the leader to add it as a learner. `commit` then records the
 * node (node.json) with its advertised address, the managers, and where it listens. On a failure
 * everything it opened is closed again (the credentials too) and the key file and WAL it made are
 * left for the caller.
 */
export async function startJoinedManager(
  joining: JoiningManager,
  deps: ResolvedDeps,
  commit: (address: string, managers: string[], listen: string) => Promise<void>,
): Promise<Manager> {
  const { dir, identity, credentials, listen } = joining;
  const { clock, entropy, log } = deps;
  let managerClient: RpcClient | null = null;
  let listener: TlsListener | null = null;
  let manager: Manager | null = null;
  let storage: Awaited<ReturnType<typeof openStorage>> | null = null;
  try {
    managerClient = await Client.connect(
      { address: joining.via, trust: { kind: "node", credentials } },
      { clock },
    );
    const unlock = keelapi.UnlockKeyResponse.decode(
      await managerClient.call(methods.unlockKey, new Uint8Array(0)),
    );
    const kek = unlock.key.length === 0 ? null : SecretKey.fromBytes(unlock.key, "unlock key");
    unlock.key.fill(0);
    const tlsKey = new Uint8Array(Buffer.from(joining.keyPem, "utf8"));
    const keyStore = new FileKeyStore(dir.keyFile);
    try {
      // A key file left by an interrupted promotion: resume on it and its WAL (clearPromotion).
      const resuming = await exists(dir.keyFile);
      if (!resuming) await createKeyFile(keyStore, { tlsKey, kek, kekVersion: u64(unlock.version) }, entropy);
      listener = await TlsListener.open({ host: listen.host, port: listen.port, credentials });
      log.info("listening", { address: addressOf({ host: listen.host, port: null }, listener.port) });
      storage = await openStorage(dir, kek, entropy, deps.observer);
      if (resuming) {
        await storage.wal.replaceTlsKey(tlsKey);
        log.info("promotion-resumed", { entries: storage.recovered.entries.length });
      }
    } finally {
      tlsKey.fill(0);
      kek?.wipe();
    }
    const listenAddress = addressOf({ host: listen.host, port: null }, listener.port);
    const address = addressOf(joining.advertised ?? { host: listen.host, port: null }, listener.port);
    const opened = storage;
    storage = null; // owned by the manager from here on
    manager = await Manager.start({
      dir,
      identity,
      address,
      rootCaPem: joining.rootCaPem,
      certificatePem: joining.certificatePem,
      credentials,
      listener,
      ...opened,
      initial: { kind: "join", peers: joining.peers },
      clock,
      entropy,
      log,
      tuning: deps.tuning,
      observer: deps.observer,
    });
    const added = await addSelf(managerClient, identity.nodeId, address);
    await commit(
      address,
      added.managers.map((m) => m.address ?? ""),
      listenAddress,
    );
    log.info("joined", { address });
    return manager;
  } catch (error) {
    if (manager !== null) await manager.stop({ transferLeadership: false }).catch(() => undefined);
    else {
      if (storage !== null) {
        await storage.wal.close().catch(() => undefined);
        await storage.db.close().catch(() => undefined);
      }
      await listener?.close();
      credentials.close();
    }
    throw error;
  } finally {
    await managerClient?.close();
  }
}

async function addSelf(
  client: RpcClient,
  nodeId: string,
  address: string,
): Promise<keelapi.AddManagerResponse> {
  const body = keelapi.AddManagerRequest.encode({ nodeId, address }).finish();
  return keelapi.AddManagerResponse.decode(await client.call(methods.addManager, body));
}
