// A fault-injecting memory-level for tests and simulation. It remembers what is durable (as
// of the last synced write) apart from what is merely visible, so that crash() can model a
// power cut: every synced batch survives, and of the unsynced batches after it an ordered
// prefix survives (LevelDB appends batches to one log, whole or not at all). It can also
// lose the last synced batches (a torn or truncated LevelDB log: the disk lied about a sync),
// fail the next writes (EIO, or ENOSPC for a full disk) and flip a byte of a stored value.
import { MemoryLevel } from "memory-level";

type Op = { type: "put"; key: string; value: Uint8Array } | { type: "del"; key: string };
type BatchFn = (this: MemoryLevel<string, Uint8Array>, ops: Op[], options: object) => Promise<void>;
type PutFn = (
  this: MemoryLevel<string, Uint8Array>,
  key: string,
  value: Uint8Array,
  options: object,
) => Promise<void>;
/** What a synced batch overwrote, so that losing it can put the older values back. */
type Undo = { key: string; value: Uint8Array | undefined }[];

/** How many synced batches can be lost at a crash at the most. */
export const losableSyncedBatchesMax = 64;

/** How an injected write failure shows: an I/O error, or a full disk. */
export type WriteFault = "EIO" | "ENOSPC";

type DelFn = (this: MemoryLevel<string, Uint8Array>, key: string, options: object) => Promise<void>;

// memory-level's storage hooks are not in its type declarations; reach them once, here.
const base = MemoryLevel.prototype as unknown as { _batch: BatchFn; _put: PutFn; _del: DelFn };

function apply(state: Map<string, Uint8Array>, ops: readonly Op[]): void {
  for (const op of ops) {
    if (op.type === "put") state.set(op.key, op.value);
    else state.delete(op.key);
  }
}

function keyText(key: string | Uint8Array): string {
  return typeof key === "string"
    ? key
    : Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString("utf8");
}

export class FaultLevel extends MemoryLevel<string, Uint8Array> {
  readonly #durable: Map<string, Uint8Array>;
  #unsynced: Op[][] = [];
  /** Undo records of the last synced batches, oldest first (at most losableSyncedBatchesMax). */
  #syncedUndo: Undo[] = [];
  /** Set while the fault layer itself writes (set-up, flips): such writes are not recorded. */
  #raw = false;
  #failWrites = 0;
  #failAfter = 0;
  #failCode: WriteFault = "EIO";
  #gate: Promise<void> | null = null;
  /** Writes started (including those waiting at a held gate): a test can see what is in flight. */
  writesStarted = 0;
  /** Synced writes so far: a test can check that one Ready costs one sync. */
  syncCount = 0;
  writeCount = 0;

  constructor(durable: Map<string, Uint8Array> = new Map()) {
    super({ keyEncoding: "utf8", valueEncoding: "view" });
    this.#durable = new Map(durable);
  }

  /** create opens a FaultLevel holding `durable` as both visible and durable state. */
  static async create(durable: Map<string, Uint8Array> = new Map()): Promise<FaultLevel> {
    const db = new FaultLevel(durable);
    await db.open();
    await db.#rawBatch([...durable].map(([key, value]): Op => ({ type: "put", key, value })));
    return db;
  }

  async #rawBatch(ops: Op[]): Promise<void> {
    if (ops.length === 0) return;
    this.#raw = true;
    try {
      await this.batch(ops);
    } finally {
      this.#raw = false;
    }
  }

  /** The writes that are not yet durable, as batches in order. */
  get unsyncedBatches(): number {
    return this.#unsynced.length;
  }

  /**
   * failNextWrites lets `after` writes through, then makes `count` writes throw without
   * changing anything, as an I/O error (EIO) or a full disk (ENOSPC) would.
   */
  failNextWrites(count: number, after = 0, fault: WriteFault = "EIO"): void {
    this.#failWrites = count;
    this.#failAfter = after;
    this.#failCode = fault;
  }

  /**
   * holdWrites makes every write wait (as a slow disk would) until the returned function is
   * called; writes then proceed in the order they were made.
   */
  holdWrites(): () => void {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#gate = gate;
    return () => {
      if (this.#gate === gate) this.#gate = null;
      release();
    };
  }

  async #wait(): Promise<void> {
    if (this.#raw) return;
    this.writesStarted++;
    if (this.#gate !== null) await this.#gate;
  }

  /** How many of the last synced batches a crash can still lose. */
  get losableSyncedBatches(): number {
    return this.#syncedUndo.length;
  }

  /**
   * crash models a power cut: it closes this handle and returns a new one holding the
   * durable state plus the first `keepUnsynced` unsynced batches (clamped). With
   * `loseSynced` it also loses the last that many synced batches (clamped to
   * losableSyncedBatches), as a torn or truncated LevelDB log would: the state is then the
   * one after the batch before them, and no unsynced batch survives.
   */
  async crash(keepUnsynced = 0, options: { loseSynced?: number } = {}): Promise<FaultLevel> {
    const lose = Math.min(Math.max(0, options.loseSynced ?? 0), this.#syncedUndo.length);
    const state = new Map(this.#durable);
    if (lose > 0) {
      for (const undo of this.#syncedUndo.slice(-lose).reverse()) {
        for (const { key, value } of [...undo].reverse()) {
          if (value === undefined) state.delete(key);
          else state.set(key, value);
        }
      }
    } else {
      for (const ops of this.#unsynced.slice(0, Math.max(0, keepUnsynced))) apply(state, ops);
    }
    await this.close();
    return FaultLevel.create(state);
  }

  /** durableEntries copies the state a crash keeping no unsynced batch would leave. */
  durableEntries(): Map<string, Uint8Array> {
    return new Map(this.#durable);
  }

  /** flipByte flips bits of one byte of a stored value, durably; returns false if no such key. */
  async flipByte(key: string, offset: number, mask = 0x01): Promise<boolean> {
    const value = this.#durable.get(key) ?? (await this.get(key));
    if (value === undefined || value.length === 0) return false;
    const flipped = Uint8Array.from(value);
    const at = offset % flipped.length;
    flipped[at] = flipped[at]! ^ (mask & 0xff || 1);
    if (this.#durable.has(key)) this.#durable.set(key, flipped);
    await this.#rawBatch([{ type: "put", key, value: flipped }]);
    return true;
  }

  /** replace stores raw bytes under a key, durably, bypassing faults (for tampering tests). */
  async replace(key: string, value: Uint8Array | undefined): Promise<void> {
    const op: Op =
      value === undefined ? { type: "del", key } : { type: "put", key, value: Uint8Array.from(value) };
    apply(this.#durable, [op]);
    await this.#rawBatch([op]);
  }

  #record(ops: Op[], options: object): void {
    if (this.#raw) return;
    if (this.#failWrites > 0 && this.#failAfter > 0) {
      this.#failAfter--;
    } else if (this.#failWrites > 0) {
      this.#failWrites--;
      const message = this.#failCode === "ENOSPC" ? "no space left on device" : "input/output error";
      throw Object.assign(new Error(`injected write failure: ${message}`), {
        code: "LEVEL_IO_ERROR",
        errno: this.#failCode,
      });
    }
    this.writeCount++;
    // Values are copied: the caller may reuse its buffers, and a flip must not reach them.
    // memory-level hands its hooks keys and values in its storage encoding (Buffers).
    const copy = ops.map((op): Op =>
      op.type === "put"
        ? { type: "put", key: keyText(op.key), value: Uint8Array.from(op.value) }
        : { type: "del", key: keyText(op.key) },
    );
    this.#unsynced.push(copy);
    if ((options as { sync?: boolean }).sync === true) {
      // A sync makes every earlier write durable too: they precede it in the same log. What
      // it overwrote is kept for a while, so that a crash can lose it again (loseSynced).
      const undo: Undo = [];
      for (const batch of this.#unsynced) {
        for (const op of batch) undo.push({ key: op.key, value: this.#durable.get(op.key) });
        apply(this.#durable, batch);
      }
      this.#syncedUndo.push(undo);
      if (this.#syncedUndo.length > losableSyncedBatchesMax) this.#syncedUndo.shift();
      this.#unsynced = [];
      this.syncCount++;
    }
  }

  async _batch(ops: Op[], options: object): Promise<void> {
    await this.#wait();
    this.#record(ops, options);
    await base._batch.call(this, ops, options);
  }

  async _put(key: string, value: Uint8Array, options: object): Promise<void> {
    await this.#wait();
    this.#record([{ type: "put", key, value }], options);
    await base._put.call(this, key, value, options);
  }

  async _del(key: string, options: object): Promise<void> {
    await this.#wait();
    this.#record([{ type: "del", key }], options);
    await base._del.call(this, key, options);
  }
}
