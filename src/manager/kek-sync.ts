// Keeps a manager's key file sealed under the cluster's current unlock key (SwarmKit's
// manager.updateKEK): after each applied entry the candidate KEK is the cluster's manager
// unlock key (or none without autolock) at the cluster's version, and the WAL re-seals its key
// file when it differs. A stale or equal version changes nothing, so a manager that was down
// while the key rotated still opens with the old key, then re-seals once it has caught up. With
// the same key the key file only takes the newer version.
import { SecretKey } from "../crypto/keys.js";
import { managerUnlockKey, soleCluster } from "../fsm/index.js";
import type { RaftNode } from "../node/index.js";
import type { Wal } from "../wal/index.js";
import type { Logger } from "./log.js";

export class KekSync {
  #synced: { version: number; keyId: string | null } | null = null;
  #chain: Promise<void> = Promise.resolve();
  /** The cluster object of the last check: while synced, the same object needs no key derived again. */
  #checked: object | null = null;

  constructor(
    private readonly node: RaftNode,
    private readonly wal: Wal,
    private readonly log: Logger,
  ) {}

  /** check compares the cluster's unlock key with the key file's, and re-seals when it changed. */
  check(): void {
    const cluster = soleCluster(this.node.store);
    if (cluster === undefined) return;
    // Called after every applied batch; objects are never changed in place, so an unchanged
    // cluster object cannot hold a new key (a failed re-seal clears #synced and is retried).
    if (this.#synced !== null && cluster === this.#checked) return;
    this.#checked = cluster;
    const key = managerUnlockKey(cluster)?.key ?? null;
    const version = cluster.meta.version;
    const kek = key === null ? null : SecretKey.fromBytes(key, "unlock key");
    const keyId = kek?.id ?? null;
    if (this.#synced !== null && this.#synced.keyId === keyId && this.#synced.version >= version) {
      kek?.wipe();
      return;
    }
    this.#synced = { version, keyId };
    this.#chain = this.#chain.then(async () => {
      try {
        if (this.wal.status !== "open") return;
        const result = await this.wal.changeKek(kek, version);
        if (result === "changed") this.log.info("kek-changed", { kekVersion: version, locked: kek !== null });
        // Same key, newer cluster: the key file takes the cluster's version, so every manager
        // (the init one, whose key file predates the cluster, too) shows the same KEK version.
        if (result === "unchanged" && (await this.wal.adoptKekVersion(version)) === "changed")
          this.log.debug("kek-version", { kekVersion: version });
      } catch (error) {
        this.log.error("kek-change-failed", { kekVersion: version, error });
        // Not synced after all: the next check (the next applied entry) tries again, so the
        // key file does not stay sealed under a key the cluster rotated away.
        if (this.#synced?.version === version && this.#synced.keyId === keyId) this.#synced = null;
      } finally {
        kek?.wipe();
      }
    });
  }

  /** idle resolves once every re-seal started so far is done. */
  idle(): Promise<void> {
    return this.#chain;
  }
}
