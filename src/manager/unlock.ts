// A locked manager: its key file is sealed under the unlock key and none was given. It serves
// only `local.Unlock` and `local.Status` on the control socket and waits. An offered key is
// checked by reading the key file (which writes nothing): a malformed key is reported as such
// (UNLOCK_KEY_INVALID), a wrong one as WRONG_UNLOCK_KEY, and the node keeps waiting.
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
  return inspectKeyFile(bytes);
}

/** checkUnlockKey parses `text` and opens the key file with it; the key on success. Writes nothing. */
export async function checkUnlockKey(dir: DataDir, text: string): Promise<SecretKey> {
  const kek = parseUnlockKey(text);
  try {
    wipeKeyMaterial(await readKeys(new FileKeyStore(dir.keyFile), kek));
    return kek;
  } catch (error) {
    kek.wipe();
    throw error;
  }
}

/**
 * waitForUnlock serves the control socket of a locked node until a right key arrives, and
 * resolves with it. `abort` ends the wait (the node is shutting down): resolves null.
 */
export async function waitForUnlock(
  dir: DataDir,
  node: NodeFile,
  info: KeyFileInfo,
  log: Logger,
  abort: Promise<void>,
): Promise<SecretKey | null> {
  let resolveKey: (kek: SecretKey | null) => void = () => undefined;
  const unlocked = new Promise<SecretKey | null>((resolve) => (resolveKey = resolve));
  const control = await ControlServer.listen(dir.controlSocket, async (method, body) => {
    switch (method) {
      case localMethods.unlock: {
        const request = decode(keelapi.UnlockRequest, body, "unlock request");
        try {
          const kek = await checkUnlockKey(dir, request.key);
          log.info("unlocked", { kekVersion: info.kekVersion });
          resolveKey(kek);
          return keelapi.Empty.encode({}).finish();
        } catch (error) {
          log.warn("unlock-refused", { code: codeOf(error) });
          throw error;
        }
      }
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
  void abort.then(() => resolveKey(null));
  try {
    return await unlocked;
  } finally {
    await control.close();
  }
}
