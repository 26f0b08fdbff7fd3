// `local.Backup`, served on a running manager's control socket: a consistent snapshot of the
// store, sealed under a fresh backup key and written atomically to the path asked for. It is
// taken after a linearizable read, so it holds every write acknowledged (by any manager)
// before the backup began; it is the store as applied at one index. The key
// is returned once, in the unlock-key format, and kept nowhere.
import { isAbsolute } from "node:path";
import { writeFileAtomic } from "../../atomic-file.js";
import { SecretKey } from "../../crypto/keys.js";
import { formatUnlockKey } from "../../crypto/unlock-key.js";
import { keelapi } from "../../gen/api.js";
import type { ApiContext } from "../api/context.js";
import { decode, requireCluster, sleep } from "../api/context.js";
import { ManagerError } from "../errors.js";
import { sealBackup } from "./backup-file.js";

/** Objects encoded between two turns of the event loop. */
const sliceObjects = 4096;

export async function backup(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.BackupRequest, body, "backup request");
  if (!isAbsolute(request.path))
    throw new ManagerError({ code: "INVALID_ARGUMENT", field: "path", reason: "not an absolute path" });
  await ctx.node.linearizableRead();
  const cluster = requireCluster(ctx);
  // The store frozen at one applied index, encoded a slice at a time so that the node keeps
  // serving Raft meanwhile (as its own snapshots are).
  const encoder = ctx.node.store.snapshotEncoder();
  while (!encoder.step(sliceObjects)) await sleep(ctx, 1);
  const index = encoder.version;
  const snapshot = encoder.bytes();
  const createdAt = new Date(ctx.clock.realtimeMs()).toISOString();
  const key = SecretKey.generate(ctx.entropy);
  let file: Uint8Array;
  let text: string;
  try {
    file = sealBackup({ clusterId: cluster.id, index, createdAt }, snapshot, key, ctx.entropy);
    text = formatUnlockKey(key);
  } finally {
    key.wipe();
    snapshot.fill(0);
  }
  await writeFileAtomic(request.path, file, 0o600);
  ctx.log.info("backup", { path: request.path, index, bytes: file.length });
  return keelapi.BackupResponse.encode({
    key: text,
    index,
    clusterId: cluster.id,
    bytes: file.length,
    createdAt,
  }).finish();
}
