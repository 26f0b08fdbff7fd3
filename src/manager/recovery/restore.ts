// `keel restore FILE`: a new one-manager cluster from a backup, in a fresh data dir. The
// cluster keeps its id, objects, secrets, root CA, join tokens and unlock key; this node is
// its only manager, with a new node id and a certificate from the backed-up root, and every
// manager of the backup is recorded as removed (their node objects go). The backup is opened
// and checked before the dir is touched; a failure after that leaves the dir as it was found.
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { createNodeKey, issueNodeCertificate, loadRootCa } from "../../ca/index.js";
import { SecretKey } from "../../crypto/keys.js";
import { CryptoError } from "../../crypto/errors.js";
import { cryptoReady } from "../../crypto/sodium.js";
import { parseUnlockKey } from "../../crypto/unlock-key.js";
import type { Cluster } from "../../fsm/index.js";
import { Store, StoreError, managerUnlockKey, soleCluster } from "../../fsm/index.js";
import { TlsListener } from "../../transport/index.js";
import { dataDir, nodeFileFormat, writeNodeFile } from "../data-dir.js";
import type { NodeFile } from "../data-dir.js";
import { claimFreshDir, undoneOnFailure } from "../fresh-dir.js";
import { newNodeId } from "../ids.js";
import { checkListenable } from "../listen-check.js";
import { Manager } from "../manager.js";
import { newManagerNode, writeManagerFiles } from "../manager-files.js";
import type { NodeDeps } from "../options.js";
import { resolveDeps } from "../options.js";
import { openStorage, pkcs8Pem, splitAddress } from "../storage.js";
import { openBackup, parseBackup } from "./backup-file.js";
import type { BackupHeader } from "./backup-file.js";
import { RecoveryError } from "./errors.js";
import { reform } from "./reform.js";

export interface RestoreOptions {
  /** The backup file (`keel backup --out`). */
  readonly file: string;
  /** The backup key text `keel backup` printed. */
  readonly backupKey: string;
  readonly dataDir: string;
  /** host:port to listen on; port 0 picks a free port. */
  readonly listen: string;
  readonly name?: string;
}

export interface Restored {
  readonly manager: Manager;
  readonly node: NodeFile;
  readonly backup: BackupHeader;
  readonly joinTokens: { readonly worker: string; readonly manager: string };
  /** The backup's managers, no longer members. */
  readonly removedNodes: readonly string[];
}

/** readBackup opens a backup file with its key: the store it holds and its header. Writes nothing. */
export async function readBackup(
  path: string,
  keyText: string,
): Promise<{ header: BackupHeader; store: Store; cluster: Cluster }> {
  await cryptoReady();
  let key: SecretKey;
  try {
    key = parseUnlockKey(keyText);
  } catch (cause) {
    if (!(cause instanceof CryptoError)) throw cause;
    throw new RecoveryError({ code: "BACKUP_KEY_INVALID", reason: cause.message }, { cause });
  }
  let plain: Uint8Array;
  let header: BackupHeader;
  try {
    const parsed = parseBackup(new Uint8Array(await readFile(path)), path);
    header = parsed.header;
    plain = openBackup(parsed, key, path);
  } finally {
    key.wipe();
  }
  const malformed = (reason: string, cause?: unknown): RecoveryError =>
    new RecoveryError({ code: "BACKUP_MALFORMED", path, reason }, { cause });
  let store: Store;
  try {
    store = Store.fromSnapshot(plain);
  } catch (cause) {
    if (!(cause instanceof StoreError)) throw cause;
    throw malformed(`its store does not decode: ${cause.message}`, cause);
  } finally {
    plain.fill(0);
  }
  const cluster = soleCluster(store);
  if (store.appliedIndex !== header.index)
    throw malformed(`store at ${store.appliedIndex}, header says ${header.index}`);
  if (cluster === undefined || cluster.id !== header.clusterId)
    throw malformed("no cluster object of its cluster id");
  return { header, store, cluster };
}

export async function restoreCluster(options: RestoreOptions, deps: NodeDeps = {}): Promise<Restored> {
  const { header, store, cluster } = await readBackup(options.file, options.backupKey);
  const dir = dataDir(options.dataDir);
  const listen = splitAddress(options.listen);
  const fresh = await claimFreshDir(dir);
  const { clock, entropy, log: baseLog, tuning, observer } = resolveDeps(deps);
  return undoneOnFailure(fresh, async ({ release }) => {
    await checkListenable(listen);
    const now = new Date(clock.realtimeMs());
    const root = await loadRootCa({
      certificatePem: Buffer.from(cluster.rootCa.caCertPem).toString("utf8"),
      privateKeyPem: Buffer.from(cluster.rootCa.caKeyPem).toString("utf8"),
    });
    const nodeId = newNodeId(entropy);
    const log = baseLog.with({ node: nodeId });
    const identity = { nodeId, role: "manager" as const, clusterId: cluster.id };
    const key = await createNodeKey();
    const issued = await issueNodeCertificate(
      root,
      { csr: key.csrPem, identity, now, validityMs: cluster.spec.ca.nodeCertExpiryMs },
      { entropy },
    );
    const keyPem = await pkcs8Pem(key.keys.privateKey);
    const unlock = managerUnlockKey(cluster);
    const kek = unlock === undefined ? null : SecretKey.fromBytes(unlock.key, "unlock key");
    // Wiped once the WAL has its own copy, or here when the restore fails before that.
    release(() => Promise.resolve(kek?.wipe()));
    const credentials = await writeManagerFiles(
      dir,
      { rootCaPem: root.certificatePem, certificatePem: issued.certificatePem, keyPem, kek },
      entropy,
    );
    release(() => Promise.resolve(credentials.close()));
    const listener = await TlsListener.open({ host: listen.host, port: listen.port, credentials });
    release(() => listener.close());
    const address = `${listen.host}:${listener.port}`;
    const storage = await openStorage(dir, kek, entropy, observer);
    kek?.wipe();
    release(async () => {
      await storage.wal.close();
      await storage.db.close();
    });
    const reformed = reform({
      store,
      index: header.index + 1,
      term: 1,
      self: { nodeId, address },
      removed: [],
      actions: [
        {
          action: "create",
          kind: "node",
          object: newManagerNode({
            nodeId,
            csrPem: key.csrPem,
            certificatePem: issued.certificatePem,
            name: options.name ?? hostname(),
            address,
          }),
        },
      ],
      timestampMs: clock.realtimeMs(),
    });
    await storage.wal.save({ snapshot: reformed.snapshot, hardState: reformed.hardState });
    const manager = await Manager.start({
      dir,
      identity,
      address,
      rootCaPem: root.certificatePem,
      certificatePem: issued.certificatePem,
      credentials,
      listener,
      db: storage.db,
      wal: storage.wal,
      // What the WAL now holds: the reformed snapshot alone.
      recovered: {
        hardState: reformed.hardState,
        snapshot: reformed.snapshot,
        entries: [],
        notes: [],
        lost: null,
      },
      clock,
      entropy,
      log,
      tuning,
      observer,
    });
    release(() => manager.stop({ transferLeadership: false }));
    const node: NodeFile = {
      format: nodeFileFormat,
      nodeId,
      clusterId: cluster.id,
      role: "manager",
      address,
      managers: [address],
    };
    await writeNodeFile(dir, node);
    log.info("restored", { cluster: cluster.id, index: header.index, backupCreatedAt: header.createdAt });
    return {
      manager,
      node,
      backup: header,
      joinTokens: cluster.rootCa.joinTokens,
      removedNodes: reformed.removedNodes,
    };
  });
}
