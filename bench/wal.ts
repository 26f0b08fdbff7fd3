// `npm run bench -- wal [rounds]`: the encrypted WAL on classic-level with sync on, against
// the same WAL writing plaintext envelopes. Appends/s and MB/s for 256 B and 64 KiB entries,
// one entry per batch and 64 per batch; then a DEK rotation that must re-write a 50 MB
// snapshot, with its time and peak memory. Fixed seeds; medians of interleaved rounds.
// Ends with `wal encrypted/plain=R` (256 B entries, 64 per batch).
import { randomFillSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ClassicLevel } from "classic-level";
import { seededEntropy, systemEntropy } from "../src/crypto/entropy.js";
import { Prng } from "../src/raft/prng.js";
import type { Entry } from "../src/raft/types.js";
import { EMPTY_CONF_STATE, EntryType } from "../src/raft/types.js";
import { FileKeyStore } from "../src/wal/key-store.js";
import { createKeyFile } from "../src/wal/keys.js";
import { Wal } from "../src/wal/wal.js";

interface Case {
  readonly entryBytes: number;
  readonly perBatch: number;
  readonly batches: number;
}

const MB = 1e6;

// A full GC before each memory reading, so garbage from earlier work does not count. The
// flag can be set at run time; `gc` then exists in contexts created afterwards.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function withWal<T>(encrypted: boolean, fn: (wal: Wal) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "keel-bench-wal-"));
  const db = new ClassicLevel<string, Uint8Array>(join(dir, "db"), { valueEncoding: "view" });
  const keyStore = new FileKeyStore(join(dir, "keys"));
  // The key material is from the OS, as in production; the payloads are seeded.
  await createKeyFile(keyStore, { tlsKey: new Uint8Array(32), kek: null, kekVersion: 1 }, systemEntropy);
  const { wal } = await Wal.open({ db, keyStore, kek: null, entropy: systemEntropy, encrypted });
  try {
    return await fn(wal);
  } finally {
    await wal.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Appends `c.batches` batches of `c.perBatch` entries (plus a hard state each); returns entries/s. */
async function appendRun(c: Case, encrypted: boolean): Promise<number> {
  const payload = new Uint8Array(c.entryBytes);
  seededEntropy(Prng.fromSeed(c.entryBytes)).fill(payload);
  return withWal(encrypted, async (wal) => {
    let index = 0;
    const start = performance.now();
    for (let b = 0; b < c.batches; b++) {
      const entries: Entry[] = [];
      for (let i = 0; i < c.perBatch; i++)
        entries.push({ index: ++index, term: 1, type: EntryType.Normal, data: payload });
      await wal.save({ entries, hardState: { term: 1, vote: 1, commit: index } });
    }
    const seconds = (performance.now() - start) / 1000;
    return (c.batches * c.perBatch) / seconds;
  });
}

async function rotationRun(
  snapshotBytes: number,
): Promise<{ seconds: number; peakBytes: number; baseBytes: number }> {
  return withWal(true, async (wal) => {
    // The baseline is taken before the snapshot exists, so the peak counts the snapshot
    // itself (as a driver holding it would) plus everything the rotation adds.
    collectGarbage();
    const baseBytes = process.memoryUsage().rss;
    const data = new Uint8Array(snapshotBytes);
    for (let at = 0; at < data.length; at += 65536) randomFillSync(data.subarray(at, at + 65536));
    const metadata = { index: 1000, term: 1, confState: { ...EMPTY_CONF_STATE, voters: [1, 2, 3] } };
    const entries: Entry[] = [];
    for (let i = 1; i <= 1000; i++)
      entries.push({ index: i, term: 1, type: EntryType.Normal, data: data.subarray(i, i + 256) });
    await wal.save({ entries, hardState: { term: 1, vote: 1, commit: 1000 } });
    await wal.save({ snapshot: { data, metadata } });
    collectGarbage();
    let peakBytes = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakBytes = Math.max(peakBytes, process.memoryUsage().rss);
    }, 5);
    const start = performance.now();
    // The rotation: pending DEK, the rotation snapshot under it (re-sealing 50 MB), then
    // delete everything under the old DEK and compact it away.
    await wal.requestRotation();
    await wal.save({ snapshot: { data, metadata } });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peakBytes = Math.max(peakBytes, process.memoryUsage().rss);
    if (wal.rotation().state !== "idle") throw new Error("rotation did not finish");
    return { seconds, peakBytes, baseBytes };
  });
}

export async function main(args: string[]): Promise<void> {
  const rounds = Math.max(1, Number(args[0] ?? 7));
  const cases: Case[] = [
    { entryBytes: 256, perBatch: 64, batches: 100 },
    { entryBytes: 256, perBatch: 1, batches: 300 },
    { entryBytes: 65536, perBatch: 64, batches: 4 },
    { entryBytes: 65536, perBatch: 1, batches: 100 },
  ];
  console.log(`wal bench: classic-level, sync on, ${rounds} interleaved rounds, medians`);
  // First, while the process is small, so its RSS says what the rotation costs.
  const snapshotBytes = 50 * MB;
  const rotation = await rotationRun(snapshotBytes);
  const extra = rotation.peakBytes - rotation.baseBytes;
  console.log(
    `wal DEK rotation with a 50 MB snapshot: ${rotation.seconds.toFixed(2)} s; peak RSS +${(extra / MB).toFixed(0)} MB ` +
      `(${(extra / snapshotBytes).toFixed(2)}x the snapshot, the snapshot itself included) over ` +
      `${(rotation.baseBytes / MB).toFixed(0)} MB before it`,
  );
  let ratio = 0;
  for (const c of cases) {
    const enc: number[] = [];
    const plain: number[] = [];
    const ratios: number[] = [];
    // Warm-up, then pairs run back to back in alternating order, and the ratio is the median
    // of the pairs' ratios: on a shared machine, load drifts between rounds but less within one.
    await appendRun({ ...c, batches: Math.max(1, Math.ceil(c.batches / 10)) }, true);
    for (let r = 0; r < rounds; r++) {
      const first = r % 2 === 0;
      const a = await appendRun(c, first);
      const b = await appendRun(c, !first);
      const [e, p] = first ? [a, b] : [b, a];
      enc.push(e);
      plain.push(p);
      ratios.push(e / p);
    }
    const e = median(enc);
    const p = median(plain);
    const mbs = (rate: number) => ((rate * c.entryBytes) / MB).toFixed(1);
    const size = c.entryBytes >= 1024 ? `${c.entryBytes / 1024} KiB` : `${c.entryBytes} B`;
    console.log(
      `wal append ${size} x${c.perBatch}/batch: encrypted ${e.toFixed(0)}/s ${mbs(e)} MB/s, ` +
        `plain ${p.toFixed(0)}/s ${mbs(p)} MB/s, ratio ${median(ratios).toFixed(2)}`,
    );
    if (c.entryBytes === 256 && c.perBatch === 64) ratio = median(ratios);
  }
  console.log(`wal encrypted/plain=${ratio.toFixed(2)}`);
}
