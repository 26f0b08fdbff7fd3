// The core's internal invariants, checked after every step and advance in tests and in the
// simulator. Each returns a description of what is wrong; an empty list means sound.
import { configProblem } from "./confchange.js";
import type { Raft } from "./raft.js";
import { StateType } from "./raft.js";
import { NONE } from "./types.js";

export function checkInvariants(r: Raft): string[] {
  const problems: string[] = [];
  const log = r.raftLog;
  const lastIndex = log.lastIndex();
  if (log.applied > log.committed) problems.push(`applied ${log.applied} > committed ${log.committed}`);
  if (log.applying < log.applied) problems.push(`applying ${log.applying} < applied ${log.applied}`);
  if (log.committed > lastIndex) problems.push(`committed ${log.committed} > last index ${lastIndex}`);
  if (log.firstIndex() > lastIndex + 1) problems.push(`first index ${log.firstIndex()} > last index + 1`);
  let prevTerm = -1;
  for (const e of log.unstable.entries) {
    if (e.term > r.term)
      problems.push(`unstable entry ${e.index} has term ${e.term} > current term ${r.term}`);
    if (e.term < prevTerm) problems.push(`unstable entry ${e.index} term decreases`);
    prevTerm = e.term;
  }
  const config = configProblem(r.trk.config, r.trk.progress);
  if (config !== null) problems.push(`configuration: ${config}`);
  switch (r.state) {
    case StateType.Leader: {
      if (r.lead !== r.id) problems.push(`leader's lead is ${r.lead}`);
      if (r.vote !== r.id && r.vote !== NONE && r.term > 0) {
        // A leader elected by a transfer or an election voted for itself in its term.
        problems.push(`leader voted for ${r.vote} in its own term`);
      }
      r.trk.visit((id, pr) => {
        if (pr.match > lastIndex)
          problems.push(`progress of ${id}: match ${pr.match} > last index ${lastIndex}`);
        if (pr.next <= pr.match && id !== r.id)
          problems.push(`progress of ${id}: next ${pr.next} <= match ${pr.match}`);
      });
      break;
    }
    case StateType.Candidate:
      if (r.vote !== r.id) problems.push(`candidate voted for ${r.vote}`);
      if (r.lead !== NONE) problems.push(`candidate has lead ${r.lead}`);
      break;
    case StateType.PreCandidate:
      if (r.lead !== NONE) problems.push(`pre-candidate has lead ${r.lead}`);
      break;
    case StateType.Follower:
      if (r.leadTransferee !== NONE) problems.push(`follower has a lead transferee`);
      break;
  }
  return problems;
}
