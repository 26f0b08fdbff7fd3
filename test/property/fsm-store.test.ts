// Properties of the replicated store: determinism across replicas, snapshot + tail equals full
// replay, identical rejections, and watchers that see every committed change once, in order.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { ObjectKind, StoreEvent, StoreObject } from "../../src/fsm/index.js";
import { Store } from "../../src/fsm/index.js";
import { contents, logArb, materialize, replay } from "../fsm/log-generator.js";

const runs = { numRuns: 150 };

test.prop([logArb], runs)(
  "replicas applying the same log reach identical stores and snapshot bytes",
  (abstract) => {
    const log = materialize(abstract);
    const replicas = [new Store({ debugChecks: true }), new Store(), new Store({ historyProposalsMax: 1 })];
    const results = replicas.map((r) => replay(r, log));
    for (const r of replicas.slice(1)) expect(contents(r)).toEqual(contents(replicas[0] as Store));
    const snapshots = replicas.map((r) => Buffer.from(r.snapshot()).toString("hex"));
    expect(new Set(snapshots).size).toBe(1);
    // Rejections (version conflicts, name clashes, garbage) carry the same reason everywhere.
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  },
);

test.prop([logArb, fc.nat()], runs)(
  "restoring a snapshot and replaying the tail equals replaying everything",
  (abstract, cutSeed) => {
    const log = materialize(abstract);
    const cut = log.length === 0 ? 0 : cutSeed % (log.length + 1);
    const full = new Store();
    const fullResults = replay(full, log);

    const head = new Store();
    replay(head, log.slice(0, cut));
    const restored = Store.fromSnapshot(head.snapshot(), { debugChecks: true });
    const tailResults = replay(restored, log.slice(cut));

    expect(tailResults).toEqual(fullResults.slice(cut));
    expect(contents(restored)).toEqual(contents(full));
    expect(restored.snapshot()).toEqual(full.snapshot());
    expect(restored.appliedIndex).toBe(full.appliedIndex);
  },
);

test.prop([logArb], runs)("a rejected proposal changes nothing but the applied index", (abstract) => {
  const log = materialize(abstract);
  const store = new Store();
  for (const entry of log) {
    const before = contents(store);
    const summary = replay(store, [entry])[0] ?? "";
    if (summary.includes(" rejected ") || summary.endsWith(" skip")) expect(contents(store)).toEqual(before);
    expect(store.appliedIndex).toBe(entry.index);
  }
});

/** fold rebuilds table contents from events, failing on any change seen twice or out of order. */
function fold(events: readonly StoreEvent[]): Record<ObjectKind, Map<string, StoreObject>> {
  const tables: Record<ObjectKind, Map<string, StoreObject>> = {
    cluster: new Map(),
    node: new Map(),
    secret: new Map(),
  };
  let lastCommit = 0;
  let pending: number | null = null;
  for (const event of events) {
    if (event.type === "commit") {
      expect(event.version).toBeGreaterThan(lastCommit);
      if (pending !== null) expect(event.version).toBe(pending);
      lastCommit = event.version;
      pending = null;
      continue;
    }
    expect(event.version).toBeGreaterThan(lastCommit);
    pending = event.version;
    const table = tables[event.kind];
    if (event.type === "create") expect(table.has(event.object.id)).toBe(false);
    else expect(table.has(event.object.id)).toBe(true);
    if (event.type === "remove") table.delete(event.object.id);
    else table.set(event.object.id, event.object);
  }
  expect(pending).toBeNull();
  return tables;
}

test.prop([logArb, fc.nat()], runs)(
  "a watcher sees every committed change exactly once, in order",
  (abstract, fromSeed) => {
    const log = materialize(abstract);
    const store = new Store();
    const live = store.watch();
    const middle = Math.floor(log.length / 2);
    replay(store, log.slice(0, middle));
    // A second watcher joins halfway, replaying from some earlier version.
    const from = store.appliedIndex === 0 ? 0 : fromSeed % (store.appliedIndex + 1);
    const late = store.watch({ fromVersion: from });
    replay(store, log.slice(middle));

    const liveEvents = live.take();
    const tables = fold(liveEvents);
    for (const kind of ["cluster", "node", "secret"] as const) {
      expect([...tables[kind].values()].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(store.list(kind));
    }
    // The late watcher's stream is exactly the live stream after `from`.
    expect(late.take()).toEqual(liveEvents.filter((e) => e.version > from));
  },
);
