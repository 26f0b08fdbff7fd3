// Deterministic text forms of the core's values, for the interaction transcripts.
// Every function here returns lines without trailing whitespace and never an empty line.
import { decodeConfChange, decodeConfChangeV2 } from "../../../src/raft/codec.js";
import type { ProgressState } from "../../../src/raft/progress.js";
import type { Progress } from "../../../src/raft/progress.js";
import type { StateType } from "../../../src/raft/raft.js";
import type { Ready } from "../../../src/raft/raw-node.js";
import type {
  ConfChangeSingle,
  ConfChangeTransition,
  ConfState,
  Entry,
  HardState,
  Message,
  Snapshot,
} from "../../../src/raft/types.js";
import {
  ConfChangeTransition as Transition,
  ConfChangeType,
  EntryType,
  messageTypeName,
} from "../../../src/raft/types.js";

/** How a message context or read context is shown; the environment knows the read ids. */
export type ContextFormatter = (context: Uint8Array) => string;

const STATE_NAMES: Record<StateType, string> = {
  follower: "StateFollower",
  candidate: "StateCandidate",
  leader: "StateLeader",
  "pre-candidate": "StatePreCandidate",
};

const PROGRESS_NAMES: Record<ProgressState, string> = {
  probe: "StateProbe",
  replicate: "StateReplicate",
  snapshot: "StateSnapshot",
};

export function stateName(s: StateType): string {
  return STATE_NAMES[s];
}

/** Bytes as a double-quoted string: printable ASCII as is, anything else as \xNN. */
export function quote(data: Uint8Array): string {
  let s = '"';
  for (const b of data) {
    if (b >= 0x20 && b <= 0x7e && b !== 0x22 && b !== 0x5c) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, "0")}`;
  }
  return `${s}"`;
}

const CHANGE_LETTERS: Record<ConfChangeType, string> = {
  [ConfChangeType.AddNode]: "v",
  [ConfChangeType.RemoveNode]: "r",
  [ConfChangeType.UpdateNode]: "u",
  [ConfChangeType.AddLearnerNode]: "l",
};

/** `v2 v3 r1 l4`: the same notation propose-conf-change takes. */
export function describeChanges(changes: readonly ConfChangeSingle[]): string {
  return changes.map((c) => `${CHANGE_LETTERS[c.type]}${c.nodeId}`).join(" ");
}

const TRANSITION_NAMES: Record<ConfChangeTransition, string> = {
  [Transition.Auto]: "auto",
  [Transition.JointImplicit]: "implicit",
  [Transition.JointExplicit]: "explicit",
};

function describeEntryData(e: Entry): string {
  switch (e.type) {
    case EntryType.Normal:
      return `EntryNormal ${quote(e.data)}`;
    case EntryType.ConfChange: {
      try {
        const cc = decodeConfChange(e.data);
        return `EntryConfChange ${describeChanges([{ type: cc.type, nodeId: cc.nodeId }])}`;
      } catch {
        return `EntryConfChange <undecodable ${quote(e.data)}>`;
      }
    }
    case EntryType.ConfChangeV2: {
      try {
        const cc = decodeConfChangeV2(e.data);
        if (cc.changes.length === 0 && cc.transition === Transition.Auto) {
          return "EntryConfChangeV2 (leave joint)";
        }
        const transition =
          cc.transition === Transition.Auto ? "" : ` transition=${TRANSITION_NAMES[cc.transition]}`;
        return `EntryConfChangeV2 ${describeChanges(cc.changes)}${transition}`;
      } catch {
        return `EntryConfChangeV2 <undecodable ${quote(e.data)}>`;
      }
    }
  }
}

/** `term/index Type data`, as in `1/4 EntryNormal "data"`. */
export function describeEntry(e: Entry): string {
  return `${e.term}/${e.index} ${describeEntryData(e)}`;
}

const ids = (xs: readonly number[]): string => xs.join(" ");

/** `voters=(1 2 3)&&(1) learners=(4) learners_next=(5) autoleave`, like the core's describeConfig. */
export function describeConfState(cs: ConfState): string {
  let s = `voters=(${ids(cs.voters)})`;
  if (cs.votersOutgoing.length > 0) s += `&&(${ids(cs.votersOutgoing)})`;
  if (cs.learners.length > 0) s += ` learners=(${ids(cs.learners)})`;
  if (cs.learnersNext.length > 0) s += ` learners_next=(${ids(cs.learnersNext)})`;
  if (cs.autoLeave) s += " autoleave";
  return s;
}

export function describeSnapshot(s: Snapshot): string {
  return `Index:${s.metadata.index} Term:${s.metadata.term} ConfState:${describeConfState(s.metadata.confState)}`;
}

export function describeHardState(hs: HardState): string {
  return `HardState Term:${hs.term} Vote:${hs.vote} Commit:${hs.commit}`;
}

/** `1->2 MsgApp Term:1 Log:1/3 Commit:3 Entries:[1/4 EntryNormal "data"]`. */
export function describeMessage(m: Message, ctx: ContextFormatter): string {
  let s = `${m.from}->${m.to} ${messageTypeName(m.type)} Term:${m.term} Log:${m.logTerm}/${m.index}`;
  if (m.reject) s += ` Rejected (Hint: ${m.rejectHint})`;
  if (m.commit !== 0) s += ` Commit:${m.commit}`;
  if (m.commitOnly) s += " CommitOnly";
  if (m.entries.length > 0) s += ` Entries:[${m.entries.map(describeEntry).join(", ")}]`;
  if (m.context.length > 0) s += ` Context:${ctx(m.context)}`;
  if (m.snapshot !== null) s += ` Snapshot:[${describeSnapshot(m.snapshot)}]`;
  return s;
}

/** The sections of a Ready that are not empty, one item a line. */
export function describeReady(
  rd: Ready,
  ctx: ContextFormatter,
  readLabel: (readId: number) => string,
): string[] {
  const out = [`Ready MustSync=${rd.mustSync}:`];
  if (rd.softState !== null) out.push(`State:${stateName(rd.softState.raftState)} Lead:${rd.softState.lead}`);
  if (rd.hardState !== null) out.push(describeHardState(rd.hardState));
  if (rd.readStates.length > 0) {
    out.push("ReadStates:");
    for (const rs of rd.readStates) {
      out.push(`Index:${rs.index} Context:${quote(rs.requestCtx)} Read:${readLabel(rs.readId)}`);
    }
  }
  if (rd.entries.length > 0) {
    out.push("Entries:");
    for (const e of rd.entries) out.push(describeEntry(e));
  }
  if (rd.snapshot !== null) out.push(`Snapshot ${describeSnapshot(rd.snapshot)}`);
  if (rd.committedEntries.length > 0) {
    out.push("CommittedEntries:");
    for (const e of rd.committedEntries) out.push(describeEntry(e));
  }
  if (rd.messages.length > 0) {
    out.push("Messages:");
    for (const m of rd.messages) out.push(describeMessage(m, ctx));
  }
  if (rd.messagesAfterDurable.length > 0) {
    out.push("MessagesAfterDurable:");
    for (const m of rd.messagesAfterDurable) out.push(describeMessage(m, ctx));
  }
  return out;
}

/** `StateReplicate match=3 next=4 inflight=2[full]`, with the flags that are set. */
export function describeProgress(pr: Progress): string {
  let s = `${PROGRESS_NAMES[pr.state]} match=${pr.match} next=${pr.next}`;
  if (pr.isLearner) s += " learner";
  if (pr.isPaused()) s += " paused";
  if (pr.pendingSnapshot > 0) s += ` pendingSnap=${pr.pendingSnapshot}`;
  if (!pr.recentActive) s += " inactive";
  const inflight = pr.inflights.count;
  if (inflight > 0) s += ` inflight=${inflight}${pr.inflights.full() ? "[full]" : ""}`;
  return s;
}
