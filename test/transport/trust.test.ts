// A root rotation's trust changes on TlsCredentials: setTrust and replace accept a certificate
// that chains to a trusted root through the cross-signed intermediate, and refuse (changing
// nothing) a pool that would shut the node out.
import { describe, expect, test } from "vitest";
import type { RootCa } from "../../src/ca/index.js";
import {
  chainPem,
  createNodeKey,
  createRootCa,
  crossSignRoot,
  issueNodeCertificate,
} from "../../src/ca/index.js";
import { TlsCredentials } from "../../src/transport/credentials.js";
import { seededEntropy } from "../ca/fixtures.js";
import { errorOf } from "./fixtures.js";

const entropy = seededEntropy(19);
const identity = { nodeId: "node1", role: "manager" as const, clusterId: "cluster1" };

async function issued(root: RootCa): Promise<{ certificatePem: string; privateKey: CryptoKey }> {
  const key = await createNodeKey();
  const cert = await issueNodeCertificate(root, { csr: key.csrPem, identity, now: new Date() }, { entropy });
  return { certificatePem: cert.certificatePem, privateKey: key.keys.privateKey };
}

describe("trust during a root rotation", () => {
  test("a node on the old root takes a new-root certificate with its intermediate, then the new root alone", async () => {
    const now = new Date();
    const old = await createRootCa({ now }, { entropy });
    const next = await createRootCa({ now }, { entropy });
    const cross = await crossSignRoot(old, next, { entropy });
    const credentials = await TlsCredentials.create({
      rootCaPem: old.certificatePem,
      ...(await issued(old)),
    });
    try {
      const bare = await issued(next);
      // Without the intermediate the new key means nothing to a node that trusts only the old root.
      expect((await errorOf(credentials.replace(bare))).code).toBe("CONFIG_INVALID");
      // The new root alone would shut out the old certificate still presented: refused, unchanged.
      expect((await errorOf(credentials.setTrust([next.certificatePem]))).code).toBe("CONFIG_INVALID");
      expect(credentials.trustPems).toEqual([old.certificatePem]);
      const renewed = await issued(next);
      await credentials.replace({ ...renewed, certificatePem: chainPem(renewed.certificatePem, [cross]) });
      await credentials.setTrust([old.certificatePem, next.certificatePem]);
      await credentials.setTrust([next.certificatePem]);
      expect(credentials.trustPems).toEqual([next.certificatePem]);
      expect(credentials.serverOptions().ca).toEqual([next.certificatePem]);
      expect((await errorOf(credentials.setTrust([]))).code).toBe("CONFIG_INVALID");
      expect((await errorOf(credentials.setTrust(["not a certificate"]))).code).toBe("CONFIG_INVALID");
    } finally {
      credentials.close();
    }
  });

  test("a root file holding both roots (written mid-rotation) trusts both", async () => {
    const now = new Date();
    const old = await createRootCa({ now }, { entropy });
    const next = await createRootCa({ now }, { entropy });
    const cross = await crossSignRoot(old, next, { entropy });
    const during = await issued(next);
    const credentials = await TlsCredentials.create({
      rootCaPem: chainPem(old.certificatePem, [next.certificatePem]),
      ...during,
      certificatePem: chainPem(during.certificatePem, [cross]),
    });
    try {
      // Issued after the rotation finished: the new root's alone, without the intermediate.
      await credentials.replace(await issued(next));
      await credentials.replace(await issued(old));
    } finally {
      credentials.close();
    }
  });
});
