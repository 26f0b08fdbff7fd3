// Judging the log that recovery read against what was durable with it: a hole or a damaged
// entry record cuts the log before it, a commit index past the last entry and a log behind
// the durable mark say that acknowledged entries were lost. Each is a repair row: the log is
// kept as far as it is whole, the commit index is lowered to it, and the finding (LostEntries)
// tells the node to repair from its peers before it votes or campaigns again.
import type { HardState } from "../raft/types.js";
import { NONE } from "../raft/types.js";
import type { DurableMark } from "./durable-mark.js";
import { isBehind } from "./durable-mark.js";
import { entryKey } from "./layout.js";
import { note } from "./recovery.js";
import type { LostCause, LostEntries, RecoveryNote } from "./recovery.js";
import type { ScannedEntry } from "./scan.js";

/** What a scan read of the log, before judging it. */
export interface ReadLog {
  /** Entries after the snapshot, in index order (a damaged run's entries are missing). */
  readonly live: readonly ScannedEntry[];
  readonly snapshotIndex: number;
  readonly snapshotTerm: number;
  readonly hardState: HardState | null;
  /** First indexes of entry records that were damaged (not parseable, or failing authentication). */
  readonly damagedStarts: readonly number[];
  /** The highest index the entry records on disk claim (a damaged record counts by its first index). */
  readonly claimedLast: number;
  /** The durable mark, if one of this store was read. */
  readonly mark: DurableMark | null;
}

export interface JudgedLog {
  /** The whole prefix of the live log. */
  readonly live: readonly ScannedEntry[];
  readonly hardState: HardState | null;
  readonly lost: LostEntries | null;
  readonly notes: readonly RecoveryNote[];
}

/** The index of the first missing entry in the live log, or null when it runs contiguously. */
function firstGap(live: readonly ScannedEntry[], snapshotIndex: number): number | null {
  const at = live.findIndex((e, i) => e.entry.index !== snapshotIndex + 1 + i);
  return at === -1 ? null : snapshotIndex + 1 + at;
}

export function judgeLog(log: ReadLog): JudgedLog {
  const notes: RecoveryNote[] = [];
  const gap = firstGap(log.live, log.snapshotIndex);
  const live = gap === null ? log.live : log.live.filter((e) => e.entry.index < gap);
  const lastIndex = live.at(-1)?.entry.index ?? log.snapshotIndex;
  const lastTerm = live.at(-1)?.entry.term ?? log.snapshotTerm;
  for (const start of log.damagedStarts) {
    const ref = { kind: "entry" as const, index: start, key: entryKey(start) };
    notes.push(note("entry-damaged", ref, `entry record at ${start} is damaged; kept until overwritten`));
  }
  // The first entry the log lacks, and why: a hole or damage inside it, or a tail that the
  // commit index or the durable mark says was there.
  let cause: LostCause | null = null;
  const damagedLive = log.damagedStarts.filter((s) => s > log.snapshotIndex);
  if (gap !== null || damagedLive.some((s) => s > lastIndex)) {
    const missing = gap ?? lastIndex + 1;
    cause = log.damagedStarts.includes(missing) ? "entry-damaged" : "entry-gap";
    if (cause === "entry-gap") {
      const ref = { kind: "entry" as const, index: missing, key: entryKey(missing) };
      notes.push(note("entry-gap", ref, `the log jumps past ${missing}: cut at ${lastIndex}`));
    }
  }
  const commit = log.hardState?.commit ?? 0;
  if (cause === null && commit > lastIndex) {
    cause = "commit-beyond-log";
    notes.push(note("commit-beyond-log", null, `commit ${commit} lowered to the last index ${lastIndex}`));
  }
  const mark = log.mark;
  if (cause === null && mark !== null && isBehind({ lastIndex, lastTerm }, mark)) {
    cause = "log-behind-mark";
    notes.push(
      note(
        "log-behind-mark",
        null,
        `the log ends at ${lastIndex} (term ${lastTerm}); ${mark.lastIndex} (term ${mark.lastTerm}) was durable`,
      ),
    );
  }
  const recoverTo = Math.max(log.claimedLast, commit, mark?.lastIndex ?? 0);
  const lost = cause === null ? null : { cause, lastIndex, recoverTo: Math.max(recoverTo, lastIndex) };
  return { live, hardState: adoptMark(clampCommit(log.hardState, lastIndex), mark), lost, notes };
}

function clampCommit(hardState: HardState | null, lastIndex: number): HardState | null {
  if (hardState === null || hardState.commit <= lastIndex) return hardState;
  return { ...hardState, commit: lastIndex };
}

/**
 * The mark's term and vote where they are newer than the hard state's: a vote lost with the
 * log's tail must not be given again to someone else in the same term.
 */
function adoptMark(hardState: HardState | null, mark: DurableMark | null): HardState | null {
  if (mark === null || mark.term === 0) return hardState;
  const term = hardState?.term ?? 0;
  const vote = hardState?.vote ?? NONE;
  if (mark.term > term || (mark.term === term && vote === NONE && mark.vote !== NONE)) {
    return { term: mark.term, vote: mark.vote, commit: hardState?.commit ?? 0 };
  }
  return hardState;
}
