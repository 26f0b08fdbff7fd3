// What a manager follows after each applied batch — the cluster object and the nodes: its key
// file's KEK, the roots it trusts, its network keys, the snapshot settings, and the leader's
// controllers (join tokens, unlock key, network keys, root rotation, certificates) — changes
// only with those objects. Most entries are secrets, and following them after every batch was a
// fixed cost of each write (a store read, the controllers' round of proposals-to-be).
import type { ObjectKind, Store, Watcher } from "../fsm/index.js";
import { StoreError } from "../fsm/index.js";

/** The kinds whose objects the manager's followers and controllers read. */
const followedKinds: readonly ObjectKind[] = ["cluster", "node"];

export class FollowedChanges {
  #watcher: Watcher;

  constructor(private readonly store: Store) {
    this.#watcher = store.watch({ kinds: followedKinds });
  }

  /** changed drains what was applied since the last call: true when a followed object changed. */
  changed(): boolean {
    let events;
    try {
      events = this.#watcher.take();
    } catch (e) {
      if (!(e instanceof StoreError) || e.code !== "WATCH_OVERFLOW") throw e;
      // Too much unread to tell: changed, and watched afresh from here.
      this.#watcher = this.store.watch({ kinds: followedKinds });
      return true;
    }
    return events.some((event) => event.type !== "commit");
  }

  /** close stops watching. Idempotent. */
  close(): void {
    this.#watcher.close();
  }
}
