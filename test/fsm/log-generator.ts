// A generator of committed Raft logs for the store's property tests. Abstract operations are
// turned into proposals against a "leader" store as the log grows, the way a real proposer
// reads, then proposes; stale reads, name clashes, missing objects and garbage entries make
// sure rejections are part of every log.
import fc from "fast-check";
import type { ObjectKind, StoreAction } from "../../src/fsm/index.js";
import { Store, encodeProposal, newNode, newSecret } from "../../src/fsm/index.js";

export interface AbstractOp {
  readonly kind: "secret" | "node";
  /** "natural" creates a missing object and updates or removes a present one. */
  readonly action: "natural" | "create" | "update" | "remove";
  readonly slot: number;
  readonly name: number;
  /** Propose with a version other than the one just read. */
  readonly stale: boolean;
}

export type AbstractEntry =
  | { readonly type: "proposal"; readonly ops: readonly AbstractOp[] }
  | { readonly type: "skip" }
  | { readonly type: "garbage"; readonly bytes: Uint8Array };

export type LogEntry =
  | { readonly index: number; readonly type: "proposal" | "garbage"; readonly data: Uint8Array }
  | { readonly index: number; readonly type: "skip" };

const opArb: fc.Arbitrary<AbstractOp> = fc.record({
  kind: fc.constantFrom("secret" as const, "node" as const),
  action: fc.oneof(
    { weight: 6, arbitrary: fc.constant("natural" as const) },
    { weight: 1, arbitrary: fc.constantFrom("create" as const, "update" as const, "remove" as const) },
  ),
  slot: fc.integer({ min: 0, max: 5 }),
  name: fc.integer({ min: 0, max: 5 }),
  // One read in four is stale, enough for conflicts without drowning the successes.
  stale: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});

export const entryArb: fc.Arbitrary<AbstractEntry> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(opArb, { minLength: 0, maxLength: 3 })
      .map((ops) => ({ type: "proposal" as const, ops })),
  },
  { weight: 1, arbitrary: fc.constant({ type: "skip" as const }) },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 12 }).map((bytes) => ({ type: "garbage" as const, bytes })),
  },
);

export const logArb: fc.Arbitrary<readonly AbstractEntry[]> = fc.array(entryArb, { maxLength: 40 });

function chooseAction(present: boolean, op: AbstractOp): StoreAction["action"] {
  if (op.action !== "natural") return op.action;
  if (!present) return "create";
  return op.name % 3 === 0 ? "remove" : "update";
}

function actionFor(leader: Store, op: AbstractOp, index: number): StoreAction {
  const id = `${op.kind}-${op.slot}`;
  const action = chooseAction(leader.get(op.kind, id) !== undefined, op);
  const name = `name-${op.name}`;
  const labels = { at: String(index) };
  if (op.kind === "secret") {
    const current = leader.get("secret", id);
    const base = current ?? newSecret({ id, name, data: new TextEncoder().encode(`data-${index}`) });
    const version = op.stale ? base.meta.version + 1 : base.meta.version;
    const object = { ...base, meta: { ...base.meta, version }, spec: { ...base.spec, name, labels } };
    return { action, kind: "secret", object };
  }
  const current = leader.get("node", id);
  const base =
    current ??
    newNode({ id, role: op.slot % 2 === 0 ? "manager" : "worker", csr: new Uint8Array([op.slot]) });
  const version = op.stale ? base.meta.version + 1 : base.meta.version;
  const object = { ...base, meta: { ...base.meta, version }, spec: { ...base.spec, name, labels } };
  return { action, kind: "node", object };
}

/**
 * materialize turns abstract entries into a committed log, proposing each against a leader
 * store that has applied every earlier entry. Indexes start at `firstIndex`.
 */
export function materialize(entries: readonly AbstractEntry[], firstIndex = 1): LogEntry[] {
  const leader = new Store();
  return entries.map((entry, i) => {
    const index = firstIndex + i;
    let log: LogEntry;
    if (entry.type === "skip") log = { index, type: "skip" };
    else if (entry.type === "garbage") log = { index, type: "garbage", data: entry.bytes };
    else {
      const actions = entry.ops.map((op) => actionFor(leader, op, index));
      log = {
        index,
        type: "proposal",
        data: encodeProposal({ id: index * 7, timestampMs: index * 10, actions }),
      };
    }
    replay(leader, [log]);
    return log;
  });
}

/** replay applies log entries in order and returns a comparable summary of each result. */
export function replay(store: Store, log: readonly LogEntry[]): string[] {
  return log.map((entry) => {
    if (entry.type === "skip") {
      store.passOver(entry.index);
      return `${entry.index} skip`;
    }
    const result = store.apply(entry.index, entry.data);
    return result.status === "applied"
      ? `${entry.index} applied ${result.proposalId} ${result.events.length}`
      : `${entry.index} rejected ${result.proposalId} ${JSON.stringify(result.error.type)}`;
  });
}

/** contents renders every object of a store for equality checks in failure messages. */
export function contents(store: Store): Record<ObjectKind, unknown[]> {
  return { cluster: store.list("cluster"), node: store.list("node"), secret: store.list("secret") };
}
