// The store and the agent-side keys against hostile or unlucky input: each test failed on the
// code before its fix (an adversarial review of src/fsm), and pins the fix.
import { describe, expect, test } from "vitest";
import {
  AgentKeyError,
  applyKeyUpdate,
  createNodeSecurity,
  subsystemIpsec,
} from "../../src/fsm/agent/index.js";
import { encodeProposal, Store, StoreError } from "../../src/fsm/index.js";
import { keyOf, ringAfter } from "./agent/fixtures.js";
import { propose, secret } from "./helpers.js";

function watcherCount(store: Store): number {
  return (store as unknown as { watchers: Set<unknown> }).watchers.size;
}

describe("watch", () => {
  test("a watcher whose replay overflows is not left registered with the store", () => {
    const store = new Store();
    for (let i = 1; i <= 5; i++) propose(store, i, [secret(`s${i}`)]);
    // The replay of 5 proposals (10 events) overflows eventsMax 3 inside watch(): deliver()
    // detaches the watcher (a no-op: it is not added yet), then watch() adds it anyway.
    const watcher = store.watch({ fromVersion: 0, eventsMax: 3 });
    expect(() => watcher.take()).toThrow(StoreError);
    watcher.close(); // state "overflowed": close() does not detach either
    // Expected: no watcher left. Before the fix: the dead watcher stays in store.watchers for good,
    // and every later commit iterates it (one leaked entry per such watch call).
    expect(watcherCount(store)).toBe(0);
  });
});

describe("agent key updates from the dispatcher", () => {
  test("an update listing a pruned key twice is a typed AgentKeyError, not an assertion", () => {
    const ring = ringAfter(0); // Lamport times 100, 101, 102; primary 101
    const state = createNodeSecurity({ local: "a", subsystem: subsystemIpsec, keys: ring, peers: ["b"] });
    const oldest = keyOf(100);
    const update = {
      subsystem: subsystemIpsec,
      added: [keyOf(103)],
      primary: keyOf(102),
      pruned: [oldest, oldest],
      rotations: 1,
    };
    // checkUpdate refuses duplicate *added* keys (DUPLICATE_LAMPORT_TIME) but not duplicate
    // pruned ones; the plan then removes the same inbound SA twice and removeSa asserts.
    let thrown: unknown = null;
    try {
      applyKeyUpdate(state, update);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AgentKeyError);
  });
});

describe("proposal bytes", () => {
  test("an encoded proposal owns its bytes: a log entry pins no shared 8 KiB buffer pool slab", () => {
    const bytes = encodeProposal({ id: 1, timestampMs: 0, actions: [secret("a")] });
    expect(bytes.byteLength).toBeLessThan(1024);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
});
