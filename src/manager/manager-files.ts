// What a new manager is made of (by init, and by restore): the root CA's certificate, its own
// certificate, and the key file holding its TLS key (sealed under the unlock key when
// autolocked), written before anything opens them; and its node object in the store.
import type { EntropySource } from "../entropy.js";
import type { Node } from "../fsm/index.js";
import { newNode } from "../fsm/index.js";
import type { SecretKey } from "../crypto/keys.js";
import { TlsCredentials } from "../transport/index.js";
import { FileKeyStore, createKeyFile } from "../wal/index.js";
import type { DataDir } from "./data-dir.js";
import { writeAtomic } from "./data-dir.js";

export interface ManagerFiles {
  readonly rootCaPem: string;
  readonly certificatePem: string;
  /** The TLS private key, PKCS#8 PEM. */
  readonly keyPem: string;
  /** The unlock key the key file is sealed under (autolock), else null. Not wiped here. */
  readonly kek: SecretKey | null;
}

/** writeManagerFiles writes a new manager's files and returns the TLS credentials they make. */
export async function writeManagerFiles(
  dir: DataDir,
  files: ManagerFiles,
  entropy: EntropySource,
): Promise<TlsCredentials> {
  await writeAtomic(dir.rootCa, files.rootCaPem);
  await writeAtomic(dir.certificate, files.certificatePem);
  const tlsKey = new Uint8Array(Buffer.from(files.keyPem, "utf8"));
  try {
    await createKeyFile(new FileKeyStore(dir.keyFile), { tlsKey, kek: files.kek, kekVersion: 0 }, entropy);
  } finally {
    tlsKey.fill(0);
  }
  return TlsCredentials.create({
    rootCaPem: files.rootCaPem,
    certificatePem: files.certificatePem,
    privateKey: files.keyPem,
  });
}

/** newManagerNode is the node object of a manager made here: ready, at `address`, its certificate issued. */
export function newManagerNode(fields: {
  readonly nodeId: string;
  readonly csrPem: string;
  readonly certificatePem: string;
  readonly name: string;
  readonly address: string;
}): Node {
  const node = newNode({
    id: fields.nodeId,
    role: "manager",
    csr: new Uint8Array(Buffer.from(fields.csrPem, "utf8")),
    name: fields.name,
  });
  return {
    ...node,
    status: { state: "ready", message: "", addr: fields.address },
    certificate: {
      ...node.certificate,
      certificate: new Uint8Array(Buffer.from(fields.certificatePem, "utf8")),
      state: "issued",
    },
  };
}
