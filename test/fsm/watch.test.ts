// Watch: an event per action then a commit event; watch from a version replays committed
// changes (SwarmKit's WatchFrom / ChangesBetween, swarmkit.md §7 #45 and #58).
import { describe, expect, test } from "vitest";
import { Store, StoreError, newNode } from "../../src/fsm/index.js";
import { bytesOf, create, propose, secret } from "./helpers.js";

function summary(events: ReturnType<ReturnType<Store["watch"]>["take"]>): string[] {
  return events.map((e) =>
    e.type === "commit" ? `commit@${e.version}` : `${e.type} ${e.kind} ${e.object.id}@${e.version}`,
  );
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  return "no error";
}

describe("live events", () => {
  test("one event per action, then a commit event with the entry index", () => {
    const store = new Store();
    const watcher = store.watch();
    propose(store, 3, [secret("a"), secret("b")]);
    propose(store, 4, [create("node", newNode({ id: "n", role: "worker", csr: bytesOf("c") }))]);
    expect(summary(watcher.take())).toEqual([
      "create secret a@3",
      "create secret b@3",
      "commit@3",
      "create node n@4",
      "commit@4",
    ]);
    expect(watcher.take()).toEqual([]);
  });

  test("a rejected proposal, a skipped entry and an empty proposal emit nothing", () => {
    const store = new Store();
    propose(store, 1, [secret("a")]);
    const watcher = store.watch();
    propose(store, 2, [secret("a")]);
    store.passOver(3);
    propose(store, 4, []);
    expect(watcher.take()).toEqual([]);
  });

  test("a kind filter drops other kinds but keeps commit events", () => {
    const store = new Store();
    const watcher = store.watch({ kinds: ["node"] });
    propose(store, 1, [secret("a"), create("node", newNode({ id: "n", role: "worker", csr: bytesOf("c") }))]);
    expect(summary(watcher.take())).toEqual(["create node n@1", "commit@1"]);
  });

  test("a removal event carries the object as it was stored", () => {
    const store = new Store();
    propose(store, 1, [secret("a")]);
    const a = store.get("secret", "a");
    if (a === undefined) throw new Error("missing");
    const watcher = store.watch();
    propose(store, 2, [{ action: "remove", kind: "secret", object: a }]);
    const [event] = watcher.take();
    expect(event).toMatchObject({
      type: "remove",
      kind: "secret",
      version: 2,
      object: { meta: { version: 1 } },
    });
  });

  test("close stops delivery; take after close is WATCH_CLOSED", () => {
    const store = new Store();
    const watcher = store.watch();
    watcher.close();
    propose(store, 1, [secret("a")]);
    expect(watcher.closed).toBe(true);
    expect(codeOf(() => watcher.take())).toBe("WATCH_CLOSED");
  });

  test("a watcher that falls too far behind is closed with WATCH_OVERFLOW; others continue", () => {
    const store = new Store();
    const slow = store.watch({ eventsMax: 3 });
    const fast = store.watch();
    propose(store, 1, [secret("a")]);
    propose(store, 2, [secret("b")]);
    expect(codeOf(() => slow.take())).toBe("WATCH_OVERFLOW");
    expect(slow.closed).toBe(true);
    expect(fast.take()).toHaveLength(4);
  });
});

describe("watch from a version", () => {
  test("replays committed changes after the version, then continues live, without duplicates", () => {
    const store = new Store();
    propose(store, 1, [secret("a")]);
    propose(store, 2, [secret("b")]);
    store.passOver(3);
    propose(store, 4, [secret("c")]);
    const watcher = store.watch({ fromVersion: 1 });
    propose(store, 5, [secret("d")]);
    expect(summary(watcher.take())).toEqual([
      "create secret b@2",
      "commit@2",
      "create secret c@4",
      "commit@4",
      "create secret d@5",
      "commit@5",
    ]);
  });

  test("from the current version replays nothing; from a future version is FUTURE_VERSION", () => {
    const store = new Store();
    propose(store, 1, [secret("a")]);
    expect(store.watch({ fromVersion: 1 }).take()).toEqual([]);
    expect(codeOf(() => store.watch({ fromVersion: 2 }))).toBe("FUTURE_VERSION");
  });

  test("versions dropped from the bounded history are COMPACTED", () => {
    const store = new Store({ historyProposalsMax: 2 });
    for (let i = 1; i <= 4; i++) propose(store, i, [secret(`s${i}`)]);
    expect(store.oldestWatchableVersion).toBe(2);
    expect(codeOf(() => store.watch({ fromVersion: 1 }))).toBe("COMPACTED");
    expect(summary(store.watch({ fromVersion: 2 }).take())).toEqual([
      "create secret s3@3",
      "commit@3",
      "create secret s4@4",
      "commit@4",
    ]);
  });

  test("a store restored from a snapshot cannot replay what came before it", () => {
    const source = new Store();
    propose(source, 1, [secret("a")]);
    propose(source, 2, [secret("b")]);
    const store = Store.fromSnapshot(source.snapshot());
    expect(codeOf(() => store.watch({ fromVersion: 1 }))).toBe("COMPACTED");
    expect(store.watch({ fromVersion: 2 }).take()).toEqual([]);
  });
});

describe("restore in place", () => {
  test("watchers receive the difference, then a commit at the snapshot version", () => {
    const leader = new Store();
    propose(leader, 1, [secret("keep"), secret("change"), secret("drop")]);
    const change = leader.get("secret", "change");
    const drop = leader.get("secret", "drop");
    if (change === undefined || drop === undefined) throw new Error("missing");
    propose(leader, 2, [
      {
        action: "update",
        kind: "secret",
        object: { ...change, spec: { ...change.spec, labels: { v: "2" } } },
      },
      { action: "remove", kind: "secret", object: drop },
      secret("new"),
    ]);

    const follower = new Store();
    propose(follower, 1, [secret("keep"), secret("change"), secret("drop")]);
    const watcher = follower.watch();
    follower.restore(leader.snapshot());
    expect(summary(watcher.take())).toEqual([
      "remove secret drop@2",
      "update secret change@2",
      "create secret new@2",
      "commit@2",
    ]);
    expect(follower.snapshot()).toEqual(leader.snapshot());
  });
});
