// Shared helpers for the store tests: build and apply proposals without repeating the codec.
import { expect } from "vitest";
import type {
  ApplyResult,
  Cluster,
  ProposalDraft,
  Store,
  StoreAction,
  StoreErrorCode,
  StoreObject,
} from "../../src/fsm/index.js";
import { encodeProposal, newSecret } from "../../src/fsm/index.js";

export function propose(
  store: Store,
  index: number,
  actions: readonly StoreAction[],
  proposal: { id?: number; timestampMs?: number } = {},
): ApplyResult {
  const bytes = encodeProposal({
    id: proposal.id ?? index,
    timestampMs: proposal.timestampMs ?? 1000,
    actions,
  });
  return store.apply(index, bytes);
}

export function expectApplied(result: ApplyResult): void {
  if (result.status === "rejected") throw new Error(`expected applied, got ${result.error.message}`);
}

export function expectRejected(result: ApplyResult, code: StoreErrorCode): void {
  expect(result.status).toBe("rejected");
  if (result.status === "rejected") expect(result.error.code).toBe(code);
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function create<T extends StoreAction["kind"]>(kind: T, object: StoreObject): StoreAction {
  return { action: "create", kind, object } as StoreAction;
}

export function update<T extends StoreAction["kind"]>(kind: T, object: StoreObject): StoreAction {
  return { action: "update", kind, object } as StoreAction;
}

export function remove<T extends StoreAction["kind"]>(kind: T, object: StoreObject): StoreAction {
  return { action: "remove", kind, object } as StoreAction;
}

export function secret(id: string, name = id, data = "s3cret"): StoreAction {
  return create("secret", newSecret({ id, name, data: bytesOf(data) }));
}

/** clusterIn is the store's cluster `id`; a test that lost it fails here. */
export function clusterIn(store: Store, id = "c"): Cluster {
  const c = store.get("cluster", id);
  if (c === undefined) throw new Error(`missing cluster ${id}`);
  return c;
}

/** commit applies a controller's decision, which must be one, at the next index. */
export function commit(store: Store, draft: ProposalDraft | null): void {
  if (draft === null) throw new Error("expected a proposal");
  expectApplied(propose(store, store.appliedIndex + 1, draft.actions));
}
