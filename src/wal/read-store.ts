// The reading half of recovery, shared by Wal.open and inspectWal so that `keel run` and
// `keel inspect-wal` apply the same checks to the same disk: the store metadata, every record
// by the decision table, the durable mark. Reads only; Wal.open then repairs and resumes.
import type { SecretKey } from "../crypto/keys.js";
import { decodeMark } from "./durable-mark.js";
import type { DurableMark, MarkStore } from "./durable-mark.js";
import type { LevelHandle } from "./level.js";
import { note } from "./recovery.js";
import type { RecoveryNote } from "./recovery.js";
import { Scanner, equalBytes } from "./scan.js";
import type { ScanResult } from "./scan.js";

export interface StoreReading {
  /** Null for an empty store (no records at all). */
  readonly storeId: Uint8Array | null;
  readonly scan: ScanResult | null;
  /** The durable mark of this store, if one was read (damaged or foreign ones are noted, not used). */
  readonly mark: DurableMark | null;
  /** Notes about the mark; the scan's own notes are in scan.notes. */
  readonly notes: readonly RecoveryNote[];
}

export async function readStore(options: {
  readonly db: LevelHandle;
  readonly encrypted: boolean;
  readonly keyFor: (keyId: string) => SecretKey | undefined;
  readonly mark: MarkStore | null;
  readonly onTornTail: "repair" | "fail";
}): Promise<StoreReading> {
  const scanner = new Scanner(options.db, options.encrypted, options.keyFor);
  const storeId = await scanner.readStoreMeta();
  if (storeId === null) return { storeId: null, scan: null, mark: null, notes: [] };
  const { mark, notes } = await readMark(options.mark, storeId);
  const scan = await scanner.scanRecords(options.onTornTail, mark);
  return { storeId, scan, mark, notes };
}

/** Reads the durable mark of this store; a damaged or foreign one is reported and ignored. */
async function readMark(
  store: MarkStore | null,
  storeId: Uint8Array,
): Promise<{ mark: DurableMark | null; notes: RecoveryNote[] }> {
  const bytes = await store?.read();
  if (bytes === undefined || bytes === null) return { mark: null, notes: [] };
  const mark = decodeMark(bytes);
  if (mark !== null && equalBytes(mark.storeId, storeId)) return { mark, notes: [] };
  const why = mark === null ? "damaged" : "of another store";
  return { mark: null, notes: [note("mark-unreadable", null, `the durable mark is ${why}; ignored`)] };
}
