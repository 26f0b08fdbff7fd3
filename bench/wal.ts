// `npm run bench -- wal [rounds]`: the encrypted WAL on classic-level with sync on, against
// the same WAL writing plaintext envelopes. Appends/s and MB/s for 256 B and 64 KiB entries,
// one entry per batch and 64 per batch; then a DEK rotation that must re-write a 50 MB
// snapshot, with its time and peak memory. Fixed seeds; the two WALs are written in
// alternating segments of a few batches, and figures are medians over rounds.
// Both WALs keep up to two saves in flight (Wal.save pipelines: the next batch is sealed
// while the one before is written and synced on classic-level's worker thread), as a Raft
// driver can; the same case one save at a time is reported too, for comparison.
// Each save's entries are one sealed run record (src/wal/run-starts.ts), in both WALs, so the
// ratio is the cost of encryption alone: one AEAD per save, not per entry.
// Ends with `wal encrypted/plain=R` (256 B entries, 64 per batch, two saves in flight).
import { randomFillSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ClassicLevel } from "classic-level";
import { seededEntropy, systemEntropy } from "../src/entropy.js";
import { Prng } from "../src/raft/prng.js";
import type { Entry } from "../src/raft/types.js";
import type { SaveBatch } from "../src/wal/wal.js";
import { EMPTY_CONF_STATE, EntryType } from "../src/raft/types.js";
import { FileKeyStore } from "../src/wal/key-store.js";
import { createKeyFile } from "../src/wal/keys.js";
import { Wal } from "../src/wal/wal.js";
import { walDbOptions } from "../src/manager/storage.js";

interface Case {
  /** The case whose ratio is the target: more batches and rounds, as rounds vary by ±10 % here. */
  readonly headline?: boolean;
  readonly entryBytes: number;
  readonly perBatch: number;
  readonly batches: number;
  /** How many saves each WAL keeps in flight. */
  readonly depth: number;
}

/** Batches per segment: each WAL writes this many, then the other. */
const segmentBatches = 10;

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
  const db = new ClassicLevel<string, Uint8Array>(join(dir, "db"), walDbOptions);
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

/** Saves `batches` in order, keeping up to `depth` saves in flight; resolves when all are durable. */
async function saveAll(wal: Wal, batches: readonly SaveBatch[], depth: number): Promise<void> {
  const inFlight: Array<Promise<void>> = [];
  for (const batch of batches) {
    if (inFlight.length >= depth) await inFlight.shift();
    inFlight.push(wal.save(batch));
  }
  await Promise.all(inFlight);
}

/**
 * Appends `c.batches` batches of `c.perBatch` entries (plus a hard state each) to an
 * encrypted and a plaintext WAL side by side, alternating segment by segment (and which
 * goes first), so load swings on a shared machine hit both alike. Both get the same
 * batches and the same pipeline depth. Returns entries/s for each.
 */
async function appendRun(c: Case): Promise<{ encrypted: number; plain: number }> {
  // A distinct random payload per entry, as real entries (secrets, keys, ids) mostly are: one
  // payload repeated would let LevelDB's block compression shrink the plaintext store alone.
  const payloads = seededEntropy(Prng.fromSeed(c.entryBytes));
  return withWal(true, (encrypted) =>
    withWal(false, async (plain) => {
      const wals = [encrypted, plain] as const;
      const elapsed = [0, 0];
      let index = 0;
      for (let segment = 0; segment * segmentBatches < c.batches; segment++) {
        const batches: SaveBatch[] = [];
        for (let b = segment * segmentBatches; b < Math.min(c.batches, (segment + 1) * segmentBatches); b++) {
          const entries: Entry[] = [];
          for (let i = 0; i < c.perBatch; i++) {
            const data = new Uint8Array(c.entryBytes);
            payloads.fill(data);
            entries.push({ index: index + 1 + i, term: 1, type: EntryType.Normal, data });
          }
          index += c.perBatch;
          batches.push({ entries, hardState: { term: 1, vote: 1, commit: index } });
        }
        for (const which of segment % 2 === 0 ? [0, 1] : [1, 0]) {
          const start = performance.now();
          await saveAll(wals[which]!, batches, c.depth);
          elapsed[which]! += performance.now() - start;
        }
      }
      const rate = (ms: number) => (c.batches * c.perBatch) / (ms / 1000);
      return { encrypted: rate(elapsed[0]!), plain: rate(elapsed[1]!) };
    }),
  );
}

interface RotationResult {
  readonly seconds: number;
  /** RSS before the snapshot existed; with it stored and in memory (after a full GC); the peak during the rotation. */
  readonly baseBytes: number;
  readonly readyBytes: number;
  readonly peakBytes: number;
}

async function rotationRun(snapshotBytes: number): Promise<RotationResult> {
  return withWal(true, async (wal) => {
    // Baselines: before the snapshot exists, and once it is stored and held in memory (as a
    // driver holding it would); the rotation's own cost is the peak over the second.
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
    const readyBytes = process.memoryUsage().rss;
    let peakBytes = readyBytes;
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
    return { seconds, baseBytes, readyBytes, peakBytes };
  });
}

export async function main(args: string[]): Promise<void> {
  const rounds = Math.max(1, Number(args[0] ?? 7));
  const headlineRounds = 2 * rounds + 1;
  const cases: Case[] = [
    { headline: true, entryBytes: 256, perBatch: 64, batches: 1000, depth: 2 },
    { entryBytes: 256, perBatch: 1, batches: 300, depth: 2 },
    { entryBytes: 65536, perBatch: 64, batches: 4, depth: 2 },
    { entryBytes: 65536, perBatch: 1, batches: 100, depth: 2 },
    { entryBytes: 256, perBatch: 64, batches: 100, depth: 1 },
  ];
  console.log(
    `wal bench: classic-level, sync on, encrypted and plaintext interleaved per ${segmentBatches} batches, ` +
      `medians of ${rounds} rounds (${headlineRounds} for the first case)`,
  );
  // First, while the process is small, so its RSS says what the rotation costs.
  const snapshotBytes = 50 * MB;
  const rotation = await rotationRun(snapshotBytes);
  const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  const added = rotation.peakBytes - rotation.readyBytes;
  // NB: RSS also keeps what glibc retains after the first save's native copies (tens of MB),
  // so the peak over the pre-snapshot baseline overstates what the rotation needs.
  console.log(
    `wal DEK rotation with a 50 MB snapshot: ${rotation.seconds.toFixed(2)} s; RSS ${mb(rotation.baseBytes)} before the ` +
      `snapshot, ${mb(rotation.readyBytes)} with it stored, peak ${mb(rotation.peakBytes)} during the rotation: ` +
      `+${mb(added)}, so snapshot + rotation = ${((snapshotBytes + added) / snapshotBytes).toFixed(2)}x the snapshot ` +
      `(peak over the pre-snapshot baseline: ${((rotation.peakBytes - rotation.baseBytes) / snapshotBytes).toFixed(2)}x)`,
  );
  let ratio = 0;
  for (const c of cases) {
    const enc: number[] = [];
    const plain: number[] = [];
    const ratios: number[] = [];
    await appendRun({ ...c, batches: Math.max(2, Math.ceil(c.batches / 10)) });
    for (let r = 0; r < (c.headline === true ? headlineRounds : rounds); r++) {
      const run = await appendRun(c);
      enc.push(run.encrypted);
      plain.push(run.plain);
      ratios.push(run.encrypted / run.plain);
    }
    const e = median(enc);
    const p = median(plain);
    const mbs = (rate: number) => ((rate * c.entryBytes) / MB).toFixed(1);
    const size = c.entryBytes >= 1024 ? `${c.entryBytes / 1024} KiB` : `${c.entryBytes} B`;
    const depth = c.depth === 1 ? "one save at a time" : `${c.depth} saves in flight`;
    console.log(
      `wal append ${size} x${c.perBatch}/batch, ${depth}: encrypted ${e.toFixed(0)}/s ${mbs(e)} MB/s, ` +
        `plain ${p.toFixed(0)}/s ${mbs(p)} MB/s, ratio ${median(ratios).toFixed(2)} ` +
        `(rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    );
    if (c.headline === true) ratio = median(ratios);
  }
  console.log(`wal encrypted/plain=${ratio.toFixed(2)}`);
}
