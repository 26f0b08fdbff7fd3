// A joiner keeps the root it pinned by the token's digest. A manager that passes the pin (it
// holds a certificate of that root) but names another root in its join response is refused,
// and no root, certificate or key is written.
import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createJoinTokens, issueNodeCertificate } from "../../src/ca/index.js";
import { keelapi } from "../../src/gen/api.js";
import { methods } from "../../src/manager/api/methods.js";
import { joinCluster } from "../../src/manager/join.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { serveRootCa } from "../../src/transport/join.js";
import { TlsListener } from "../../src/transport/listener.js";
import { RpcServer } from "../../src/transport/rpc-server.js";
import { seededEntropy } from "../ca/fixtures.js";
import type { Pki } from "../transport/fixtures.js";
import { makePki } from "../transport/fixtures.js";
import { CapturedLog, TempDirs } from "./helpers.js";

const dirs = new TempDirs();
let pki: Pki;
let rogue: Pki;
let credentials: TlsCredentials;
let listener: TlsListener;
let rpc: RpcServer;

beforeAll(async () => {
  [pki, rogue] = await Promise.all([
    makePki({ clusterId: "root-check", seed: 61 }),
    makePki({ clusterId: "root-check", seed: 62 }),
  ]);
  credentials = await pki.credentials({ nodeId: nodeIdOf(6001), role: "manager" });
  listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials });
  rpc = new RpcServer({ listener });
  serveRootCa(rpc, () => pki.root.certificatePem);
  // Issues a genuine certificate, and names the rogue root beside it.
  rpc.handle(
    methods.join,
    async (body) => {
      const request = keelapi.JoinRequest.decode(body);
      const nodeId = nodeIdOf(6002);
      const issued = await issueNodeCertificate(
        pki.root,
        {
          csr: request.csrPem,
          identity: { nodeId, role: "worker", clusterId: "root-check" },
          now: new Date(),
        },
        { entropy: seededEntropy(63) },
      );
      return keelapi.JoinResponse.encode({
        nodeId,
        certificatePem: issued.certificatePem,
        rootCaPem: rogue.root.certificatePem,
        managers: [],
      }).finish();
    },
    { access: "public" },
  );
  rpc.start();
});

afterAll(async () => {
  await rpc.close();
  await listener.close();
  credentials.close();
  await dirs.cleanup();
});

describe("joining keeps the pinned root", () => {
  test("a join response naming another root is FAILED_PRECONDITION, and nothing is written", async () => {
    const tokens = createJoinTokens(pki.root.digest, seededEntropy(64));
    const dataDir = await dirs.make("w1");
    const joining = joinCluster(
      { dataDir, token: tokens.worker, join: listener.address, listen: "127.0.0.1:0" },
      { log: new CapturedLog("join-root").logger },
    );
    await expect(joining).rejects.toMatchObject({ code: "FAILED_PRECONDITION" });
    const written = await readdir(dataDir).catch(() => []);
    expect(written.filter((name) => name.endsWith(".pem"))).toEqual([]);
  });
});
