// The records a DEK rotation deletes when it ends: every record in the database as the rotation
// began, less those written over since under the new DEK.
//
// The listing is read beside the WAL's queue, not in it. Its iterator is made in the queue, once
// every write before the rotation has landed, and LevelDB's iterators read the database as of
// their creation: writes made while it is read (sealed under the new DEK) are not listed. Read
// in the queue, listing the 10,000 keys of a 100,000-secret store took 170-210 ms, and every
// entry save waited behind it.

export class OldKeyRecords {
  readonly #keys = new Set<string>();
  /** Keys written over while the listing is read: a later-read key must not bring one back. */
  #overwritten: Set<string> | null = new Set();
  readonly #listed: Promise<void>;

  /**
   * Starts reading `keys`, an iterator made at the rotation's start, keeping those `listed`
   * accepts (the records that are always re-sealed are not the rotation's to delete).
   */
  constructor(keys: AsyncIterable<string>, listed: (key: string) => boolean) {
    this.#listed = this.#read(keys, listed);
    // all() reports a failure; until someone asks, it is not an unhandled rejection.
    this.#listed.catch(() => undefined);
  }

  async #read(keys: AsyncIterable<string>, listed: (key: string) => boolean): Promise<void> {
    for await (const key of keys) if (listed(key)) this.#keys.add(key);
    for (const key of this.#overwritten ?? []) this.#keys.delete(key);
    this.#overwritten = null;
  }

  /** A record written over under the new DEK: no longer the old key's. */
  forget(key: string): void {
    this.#keys.delete(key);
    this.#overwritten?.add(key);
  }

  /** Every old-key record, once the listing has been read; rejects with its read failure. */
  async all(): Promise<ReadonlySet<string>> {
    await this.#listed;
    return this.#keys;
  }

  /** Resolves once the listing is no longer read, however it ended (close waits for it). */
  async settled(): Promise<void> {
    await this.#listed.catch(() => undefined);
  }
}
