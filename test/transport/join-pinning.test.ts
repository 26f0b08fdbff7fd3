// A joining node pins the root CA by the token's digest over an unauthenticated connection:
// a man in the middle must not get the token however it dresses up the root it serves.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createJoinTokens } from "../../src/ca/index.js";
import { SystemClock } from "../../src/node/clock.js";
import type { TlsCredentials } from "../../src/transport/credentials.js";
import { nodeIdOf } from "../../src/transport/identity.js";
import { connectForJoin, fetchRootCa, serveRootCa } from "../../src/transport/join.js";
import { TlsListener } from "../../src/transport/listener.js";
import { RpcServer } from "../../src/transport/rpc-server.js";
import { seededEntropy } from "../ca/fixtures.js";
import type { Pki } from "./fixtures.js";
import { makePki } from "./fixtures.js";

const clock = new SystemClock();
let pki: Pki;
let rogue: Pki;
let impostorCredentials: TlsCredentials;

beforeAll(async () => {
  [pki, rogue] = await Promise.all([
    makePki({ clusterId: "pinning", seed: 801 }),
    makePki({ clusterId: "pinning", seed: 802 }),
  ]);
  // The impostor holds a manager certificate, of a rogue CA.
  impostorCredentials = await rogue.credentials({ nodeId: nodeIdOf(8009), role: "manager" });
});

afterAll(() => {
  impostorCredentials.close();
});

describe("joining through a man in the middle", () => {
  test("the real root with the impostor's CA appended: refused, and the token never sent", async () => {
    const tokens = createJoinTokens(pki.root.digest, seededEntropy(803));
    const impostor = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: impostorCredentials });
    const rpc = new RpcServer({ listener: impostor });
    // The real root first, so that its digest matches the token's.
    serveRootCa(rpc, () => `${pki.root.certificatePem}\n${rogue.root.certificatePem}`);
    const stolen: string[] = [];
    rpc.handle(
      "keel.join",
      (body) => (stolen.push(Buffer.from(body).toString()), Promise.resolve(new Uint8Array(0))),
      { access: "public" },
    );
    rpc.start();
    try {
      const joining = (async () => {
        const { client } = await connectForJoin(
          { address: impostor.address, token: tokens.manager, now: new Date() },
          { clock },
        );
        // What a joiner does next: send its token to the pinned manager.
        await client.call("keel.join", new Uint8Array(Buffer.from(tokens.manager)));
        await client.close();
      })();
      await expect(joining).rejects.toMatchObject({ code: "INVALID_ROOT_CA" });
      expect(stolen).toEqual([]);
    } finally {
      await rpc.close();
      await impostor.close();
    }
  });

  test("the pinned root is the checked certificate, re-encoded: not the text served", async () => {
    const tokens = createJoinTokens(pki.root.digest, seededEntropy(804));
    const listener = await TlsListener.open({ host: "127.0.0.1", port: 0, credentials: impostorCredentials });
    const rpc = new RpcServer({ listener });
    serveRootCa(rpc, () => `\n\n${pki.root.certificatePem.replace(/\n/g, "\r\n")}\n\n`);
    rpc.start();
    try {
      const root = await fetchRootCa(
        { address: listener.address, token: tokens.manager, now: new Date() },
        { clock },
      );
      expect(root.digest).toBe(pki.root.digest);
      expect(root.rootCaPem).toBe(root.certificate.toString("pem"));
    } finally {
      await rpc.close();
      await listener.close();
    }
  });
});
