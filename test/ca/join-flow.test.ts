// The whole join, both sides: a cluster is initialised, a node joins with a token, the CA issues
// its certificate, and the node checks what it got before trusting it.
import { beforeAll, describe, expect, test } from "vitest";
import type { JoinTokens, RootCa } from "../../src/ca/index.js";
import {
  acceptRootCa,
  authorizeJoin,
  createJoinTokens,
  createNodeKey,
  createRootCa,
  issueNodeCertificate,
  parseJoinToken,
  rotateJoinToken,
  verifyNodeCertificate,
} from "../../src/ca/index.js";
import { after, caCodeOf, seededEntropy, t0 } from "./fixtures.js";

const entropy = seededEntropy(21);
const clusterId = "c7u5t3r";
let root: RootCa;
let tokens: JoinTokens;

beforeAll(async () => {
  root = await createRootCa({ now: t0 }, { entropy });
  tokens = createJoinTokens(root.digest, entropy);
});

/** join runs both sides of a join and returns the verified identity the node ends up with. */
async function join(token: string, nodeId: string, now: Date): Promise<unknown> {
  // Node: read the token, download the root, check it against the token, make a key.
  const parsed = parseJoinToken(token);
  const trusted = await acceptRootCa(root.certificatePem, { now, token });
  const nodeKey = await createNodeKey();
  // CA: the token decides the role; the CA writes the identity.
  const role = authorizeJoin(token, { rootDigest: root.digest, tokens }, { requestedRole: parsed.role });
  const issued = await issueNodeCertificate(
    root,
    { csr: nodeKey.csrPem, identity: { nodeId, role, clusterId }, now },
    { entropy },
  );
  // Node: check the chain against the root it trusts before overwriting anything.
  return verifyNodeCertificate(trusted.certificate, issued.certificatePem, { now, clusterId });
}

describe("joining a cluster", () => {
  test("a worker and a manager join with their tokens and get their identities", async () => {
    expect(await join(tokens.worker, "w1", after(1000))).toEqual({ nodeId: "w1", role: "worker", clusterId });
    expect(await join(tokens.manager, "m1", after(2000))).toEqual({
      nodeId: "m1",
      role: "manager",
      clusterId,
    });
  });

  test("after a token rotation the old token admits nobody and the new one works", async () => {
    const old = tokens.worker;
    tokens = rotateJoinToken(tokens, "worker", root.digest, entropy);
    expect(await caCodeOf(() => join(old, "w2", after(3000)))).toBe("TOKEN_NOT_CURRENT");
    expect(await join(tokens.worker, "w2", after(3000))).toMatchObject({ role: "worker" });
  });

  test("a token of another cluster is refused before any certificate is issued", async () => {
    const foreign = await createRootCa({ now: t0 }, { entropy });
    const foreignToken = createJoinTokens(foreign.digest, entropy).worker;
    // The node itself notices: the root it downloads does not match the token.
    expect(await caCodeOf(() => join(foreignToken, "w3", after(4000)))).toBe("ROOT_DIGEST_MISMATCH");
    // And the CA refuses it too, should a node skip that check.
    expect(await caCodeOf(async () => authorizeJoin(foreignToken, { rootDigest: root.digest, tokens }))).toBe(
      "TOKEN_WRONG_CLUSTER",
    );
  });
});
