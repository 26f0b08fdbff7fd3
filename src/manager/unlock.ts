// A locked manager: its key file is sealed under the unlock key and none was given. It serves
// only `local.Unlock` and `local.Status` on the control socket and waits. An offered key is
// checked by reading the key file (which writes nothing): a malformed key is reported as such
// (UNLOCK_KEY_INVALID), a wrong one as WRONG_UNLOCK_KEY, and the node keeps waiting. With the
// right key the node opens, and the unlock is answered with the outcome: a node that cannot
// open (a damaged key file or WAL) reports why to `keel unlock` and stops with that error, as
// etcd and a SwarmKit manager stop on state they cannot read, instead of waiting, locked, for
// a key that cannot help.
import { inspectKeyFile } from "../crypto/key-file.js";
import type { KeyFileInfo } from "../crypto/key-file.js";
import { wipeKeyMaterial } from "../crypto/key-file.js";
import type { SecretKey } from "../crypto/keys.js";
import { parseUnlockKey } from "../crypto/unlock-key.js";
import { cryptoReady } from "../crypto/sodium.js";
import { keelapi } from "../gen/api.js";
import { FileKeyStore, readKeyFile, readKeys } from "../wal/index.js";
import { localMethods } from "./api/methods.js";
import { decode } from "./api/context.js";
import { ControlServer } from "./control-socket.js";
import { keyFileDamage } from "./damaged-file.js";
import type { DataDir, NodeFile } from "./data-dir.js";
import { ManagerError, codeOf } from "./errors.js";
import type { Logger } from "./log.js";

/** keyFileInfo reads what the key file says without a key: locked or not, and its KEK version. */
export async function keyFileInfo(dir: DataDir): Promise<KeyFileInfo> {
  await cryptoReady();
  const bytes = await readKeyFile(new FileKeyStore(dir.keyFile));
  if (bytes === null)
    throw new ManagerError({
      code: "DATA_DIR_INVALID",
      path: dir.keyFile,
      reason: "the key file is missing",
    });
  try {
    return inspectKeyFile(bytes);
  } catch (error) {
    throw keyFileDamage(dir, error);
  }
}

/** checkUnlockKey parses `text` and opens the key file with it; the key on success. Writes nothing. */
export async function checkUnlockKey(dir: DataDir, text: string): Promise<SecretKey> {
  const kek = parseUnlockKey(text);
  try {
    wipeKeyMaterial(await readKeys(new FileKeyStore(dir.keyFile), kek));
    return kek;
  } catch (error) {
    kek.wipe();
    throw keyFileDamage(dir, error);
  }
}

/** A refused key leaves the node waiting for another; any other failure ends the wait. */
function isRefusal(error: unknown): boolean {
  const code = codeOf(error);
  return code === "WRONG_UNLOCK_KEY" || code === "UNLOCK_KEY_INVALID";
}

/** How a locked node opens once it has its key, and how it lets go of what opened when unwanted. */
export interface UnlockOpener<T> {
  /** open opens the node with `kek` (and wipes it); its failure is the unlock's answer. */
  open(kek: SecretKey): Promise<T>;
  /** release closes an opened node nobody will run (the wait was aborted meanwhile). */
  release(opened: T): Promise<void>;
}

/**
 * waitForUnlock serves the control socket of a locked node until an offered key is right, opens
 * the node with it, and resolves with what opened; the unlock is answered only then, with the
 * opening's outcome. A refused key keeps it waiting; any other failure (a damaged key file, a
 * WAL that does not open) is the unlock's answer and rejects the wait. `abort` ends the wait
 * (the node is shutting down): resolves null.
 */
export async function waitForUnlock<T>(
  dir: DataDir,
  node: NodeFile,
  info: KeyFileInfo,
  log: Logger,
  abort: Promise<void>,
  opener: UnlockOpener<T>,
): Promise<T | null> {
  let settled = false;
  let settle: (outcome: { opened: T | null } | { error: unknown }) => void = () => undefined;
  const outcome = new Promise<{ opened: T | null } | { error: unknown }>((resolve) => (settle = resolve));
  const finish = (result: { opened: T | null } | { error: unknown }): void => {
    if (settled) {
      if ("opened" in result && result.opened !== null) void opener.release(result.opened);
      return;
    }
    settled = true;
    settle(result);
  };
  /** The one opening under way: a second right key waits for it and answers as it does. */
  let opening: Promise<void> | null = null;
  const unlock = async (key: string): Promise<void> => {
    let kek: SecretKey;
    try {
      kek = await checkUnlockKey(dir, key);
    } catch (error) {
      if (isRefusal(error)) {
        log.warn("unlock-refused", { code: codeOf(error) });
      } else {
        log.error("unlock-failed", { code: codeOf(error), error });
        finish({ error });
      }
      throw error;
    }
    if (opening !== null) {
      kek.wipe();
      return opening;
    }
    log.info("unlocked", { kekVersion: info.kekVersion });
    opening = opener.open(kek).then(
      (opened) => finish({ opened }),
      (error: unknown) => {
        log.error("unlock-failed", { code: codeOf(error), error });
        finish({ error });
        throw error;
      },
    );
    return opening;
  };
  const control = await ControlServer.listen(dir.controlSocket, async (method, body) => {
    switch (method) {
      case localMethods.unlock:
        await unlock(decode(keelapi.UnlockRequest, body, "unlock request").key);
        return keelapi.Empty.encode({}).finish();
      case localMethods.status:
        return keelapi.StatusResponse.encode({
          nodeId: node.nodeId,
          role: node.role,
          clusterId: node.clusterId,
          state: "locked",
          address: node.address,
          kekVersion: info.kekVersion,
          autolock: true,
        }).finish();
      default:
        throw new ManagerError({ code: "LOCKED", kekVersion: info.kekVersion });
    }
  });
  log.warn("locked", { kekVersion: info.kekVersion, control: dir.controlSocket, hint: 'run "keel unlock"' });
  // An abort while a node opens waits for the opening, then releases what opened.
  void abort.then(async () => {
    await opening?.catch(() => undefined);
    finish({ opened: null });
  });
  let result: { opened: T | null } | { error: unknown };
  try {
    result = await outcome;
  } finally {
    await control.close();
  }
  if ("error" in result) throw result.error;
  return result.opened;
}
