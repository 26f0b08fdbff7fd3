// A watcher is a queue of store events that its owner drains with take(). The store pushes
// events synchronously after each commit, so a watcher never misses or repeats a change.
import { StoreError } from "./errors.js";
import type { StoreEvent } from "./events.js";
import { watcherEventsDefault } from "./limits.js";
import type { ObjectKind } from "./objects.js";

export interface WatchOptions {
  /** Only events for these kinds (commit events are always delivered). Default: all. */
  readonly kinds?: readonly ObjectKind[];
  /** Replay committed changes with a version above this one before live events. */
  readonly fromVersion?: number;
  /** Queued events beyond which the watcher is closed with WATCH_OVERFLOW. */
  readonly eventsMax?: number;
}

export class Watcher {
  private queue: StoreEvent[] = [];
  private state: "open" | "closed" | "overflowed" = "open";
  private readonly kinds: ReadonlySet<ObjectKind> | null;
  private readonly eventsMax: number;

  /** @internal Created by Store.watch; `detach` unregisters it from the store. */
  constructor(
    options: WatchOptions,
    private readonly detach: (watcher: Watcher) => void,
  ) {
    this.kinds = options.kinds === undefined ? null : new Set(options.kinds);
    this.eventsMax = options.eventsMax ?? watcherEventsDefault;
  }

  get closed(): boolean {
    return this.state !== "open";
  }

  /** take drains the queued events, oldest first. */
  take(): StoreEvent[] {
    if (this.state === "overflowed") {
      throw new StoreError({ code: "WATCH_OVERFLOW", eventsMax: this.eventsMax });
    }
    if (this.state === "closed") throw new StoreError({ code: "WATCH_CLOSED" });
    const events = this.queue;
    this.queue = [];
    return events;
  }

  close(): void {
    if (this.state === "open") this.detach(this);
    if (this.state !== "overflowed") this.state = "closed";
    this.queue = [];
  }

  /** @internal Called by the store with the events of one commit. */
  deliver(events: readonly StoreEvent[]): void {
    if (this.state !== "open") return;
    for (const event of events) {
      if (event.type !== "commit" && this.kinds !== null && !this.kinds.has(event.kind)) continue;
      this.queue.push(event);
    }
    if (this.queue.length > this.eventsMax) {
      // A slow consumer must resync (watch from its last version) rather than grow without bound.
      this.detach(this);
      this.state = "overflowed";
      this.queue = [];
    }
  }
}
