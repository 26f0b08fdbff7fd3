// Certificate signer decisions: SwarmKit's issuance scenarios (swarmkit.md §5.2, §7 #51).
import { describe, expect, test } from "vitest";
import type { CertificateRequest, Node, ProposalDraft, SignOutcome, Store } from "../../src/fsm/index.js";
import {
  Store as StoreClass,
  certificateDecision,
  certificatesToSign,
  newNode,
  signCertificates,
} from "../../src/fsm/index.js";
import { bytesOf, create, expectApplied, propose } from "./helpers.js";

function storeWith(...nodes: Node[]): Store {
  const store = new StoreClass({ debugChecks: true });
  expectApplied(
    propose(
      store,
      1,
      nodes.map((n) => create("node", n)),
    ),
  );
  return store;
}

function commitAll(store: Store, drafts: readonly ProposalDraft[]): void {
  for (const draft of drafts) expectApplied(propose(store, store.appliedIndex + 1, draft.actions));
}

function node(
  id: string,
  fields: Partial<Node["certificate"]> = {},
  membership: "pending" | "accepted" = "accepted",
): Node {
  const base = newNode({ id, role: "worker", csr: bytesOf(`csr-${id}`) });
  return { ...base, spec: { ...base.spec, membership }, certificate: { ...base.certificate, ...fields } };
}

const issueAll = (request: CertificateRequest): SignOutcome => ({
  status: "issued",
  certificate: bytesOf(`cert-for-${request.nodeId}-${request.role}`),
});

describe("which nodes wait for the signer", () => {
  test("accepted pending nodes and renewals wait; issued, failed, rotate and unaccepted do not", () => {
    const store = storeWith(
      node("a-pending"),
      node("b-renew", { state: "renew" }),
      node("c-issued", { state: "issued" }),
      node("d-failed", { state: "failed", reason: "bad" }),
      node("e-rotate", { state: "rotate" }),
      node("f-unaccepted", {}, "pending"),
      node("g-renew-unaccepted", { state: "renew" }, "pending"),
    );
    expect(certificatesToSign(store).map((r) => `${r.nodeId}:${r.reason}`)).toEqual([
      "a-pending:new",
      "b-renew:renew",
      "g-renew-unaccepted:renew",
    ]);
  });
});

describe("decisions", () => {
  test("pending → issued and renew → issued, with the certificate and no reason", () => {
    const store = storeWith(node("a"), node("b", { state: "renew", reason: "old" }));
    commitAll(store, signCertificates(store, issueAll));
    for (const id of ["a", "b"]) {
      const cert = store.get("node", id)?.certificate;
      expect(cert?.state).toBe("issued");
      expect(cert?.reason).toBe("");
      expect(new TextDecoder().decode(cert?.certificate)).toBe(`cert-for-${id}-worker`);
    }
    expect(certificatesToSign(store)).toEqual([]);
  });

  test("an invalid CSR ends FAILED with the CA's reason; an empty CSR fails without asking the CA", () => {
    const store = storeWith(node("bad"), node("empty", { csr: new Uint8Array(0) }));
    const asked: string[] = [];
    const drafts = signCertificates(store, (request) => {
      asked.push(request.nodeId);
      return { status: "failed", reason: "invalid CSR: bad signature" };
    });
    commitAll(store, drafts);
    expect(asked).toEqual(["bad"]);
    expect(store.get("node", "bad")?.certificate).toMatchObject({
      state: "failed",
      reason: "invalid CSR: bad signature",
    });
    expect(store.get("node", "empty")?.certificate.state).toBe("failed");
  });

  test("a flaky CA leaves the node pending, and a later round issues it", () => {
    const store = storeWith(node("a"));
    expect(signCertificates(store, () => ({ status: "retry", reason: "no signer yet" }))).toEqual([]);
    expect(store.get("node", "a")?.certificate.state).toBe("pending");
    commitAll(store, signCertificates(store, issueAll));
    expect(store.get("node", "a")?.certificate.state).toBe("issued");
  });

  test("setting ROTATE on an issued certificate does not re-issue it", () => {
    const store = storeWith(node("a", { state: "rotate", certificate: bytesOf("old") }));
    expect(signCertificates(store, issueAll)).toEqual([]);
  });

  test("one proposal per node, so a conflict on one does not hold back the others", () => {
    const store = storeWith(node("a"), node("b"));
    const drafts = signCertificates(store, issueAll);
    expect(drafts).toHaveLength(2);
  });

  test("an outcome for a node that changed since the request was read proposes nothing", () => {
    const store = storeWith(node("a"));
    const [request] = certificatesToSign(store);
    if (request === undefined) throw new Error("no request");
    const current = store.get("node", "a");
    if (current === undefined) throw new Error("missing");
    // The node renews again (a new CSR) while the CA works on the old one.
    const renewed = {
      ...current,
      certificate: { ...current.certificate, csr: bytesOf("new-csr"), state: "renew" as const },
    };
    expectApplied(propose(store, 2, [{ action: "update", kind: "node", object: renewed }]));
    expect(certificateDecision(store, request, issueAll(request))).toBeNull();
    expect(certificateDecision(new StoreClass(), request, issueAll(request))).toBeNull();
  });

  test("asynchronous signing: request, sign outside the core, then decide", () => {
    const store = storeWith(node("a", { state: "renew" }));
    const outcomes = certificatesToSign(store).map((request) => ({ request, outcome: issueAll(request) }));
    const drafts = outcomes.flatMap(
      ({ request, outcome }) => certificateDecision(store, request, outcome) ?? [],
    );
    commitAll(store, drafts);
    expect(store.get("node", "a")?.certificate.state).toBe("issued");
  });
});
