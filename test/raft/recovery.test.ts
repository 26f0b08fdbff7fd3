// Protocol-aware recovery in the core (Alagappan et al., FAST'18; TigerBeetle's recovering_head):
// a node whose log came back shorter than what it acknowledged (config.recoverTo) neither votes
// nor campaigns until a leader has brought its log back to that index, and says so in its
// append and heartbeat responses, so that the leader re-probes it instead of treating its
// rejections as stale. Each rule is pinned here; each test fails with the rule taken out.
import { describe, expect, test } from "vitest";
import { StateType } from "../../src/raft/raft.js";
import type { Message } from "../../src/raft/types.js";
import { MessageType, message } from "../../src/raft/types.js";
import { ET, PAPER, ent, leaderWithCommittedNoop, local, out, unit } from "./helpers-a.js";
import type { Unit } from "./helpers-a.js";

/** Node 2 of 1,2,3 at term 2 holding entries 2..3, which had acknowledged up to `recoverTo`. */
function recovering(recoverTo: number, raft = PAPER): Unit {
  return unit(2, [1, 2, 3], {
    entries: [ent(2, 1), ent(3, 1)],
    hardState: { term: 2, vote: 0, commit: 2 },
    raft: { ...raft, recoverTo },
  });
}

function only(messages: readonly Message[], type: MessageType): Message {
  const found = messages.filter((m) => m.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("a node that may have lost acknowledged entries", () => {
  test("grants no vote, even to a candidate whose log is up to date", () => {
    for (const recoverTo of [0, 5]) {
      const u = recovering(recoverTo);
      u.raw.step(message({ type: MessageType.Vote, from: 3, to: 2, term: 3, index: 3, logTerm: 1 }));
      const resp = only(out(u), MessageType.VoteResp);
      expect(resp.reject).toBe(recoverTo > 0);
      expect(u.r.vote).toBe(recoverTo > 0 ? 0 : 3);
    }
  });

  test("grants no pre-vote", () => {
    for (const recoverTo of [0, 5]) {
      const u = recovering(recoverTo, { preVote: true, checkQuorum: false });
      u.raw.step(message({ type: MessageType.PreVote, from: 3, to: 2, term: 3, index: 3, logTerm: 1 }));
      expect(only(out(u), MessageType.PreVoteResp).reject).toBe(recoverTo > 0);
    }
  });

  test("does not campaign on an election timeout, on Hup, or when a leader hands over (TimeoutNow)", () => {
    const u = recovering(5);
    for (let i = 0; i < 2 * ET; i++) u.raw.tick();
    local(u, MessageType.Hup);
    u.raw.step(message({ type: MessageType.TimeoutNow, from: 1, to: 2, term: 2 }));
    expect(u.r.state).toBe(StateType.Follower);
    expect(u.r.term).toBe(2);
    expect(out(u).filter((m) => m.type === MessageType.Vote)).toEqual([]);
    // The same node with nothing lost campaigns.
    const healthy = recovering(0);
    local(healthy, MessageType.Hup);
    expect(healthy.r.state).toBe(StateType.Candidate);
  });

  test("says it is recovering when it rejects an append and when it answers a heartbeat", () => {
    const u = recovering(5);
    u.raw.step(message({ type: MessageType.App, from: 1, to: 2, term: 2, index: 5, logTerm: 2, commit: 5 }));
    const resp = only(out(u), MessageType.AppResp);
    expect(resp).toMatchObject({ reject: true, rejectHint: 3, recovering: true });
    u.raw.step(message({ type: MessageType.Heartbeat, from: 1, to: 2, term: 2, commit: 3 }));
    expect(only(out(u), MessageType.HeartbeatResp).recovering).toBe(true);
    const healthy = recovering(0);
    healthy.raw.step(message({ type: MessageType.App, from: 1, to: 2, term: 2, index: 5, logTerm: 2 }));
    expect(only(out(healthy), MessageType.AppResp).recovering).toBe(false);
  });

  test("recovers once a leader's appends reach the index it lost, and then votes again", () => {
    const u = recovering(5);
    u.raw.step(
      message({ type: MessageType.App, from: 1, to: 2, term: 2, index: 3, logTerm: 1, entries: [ent(4, 2)] }),
    );
    out(u);
    expect(u.r.recoverTo).toBe(5); // index 4 is not yet 5
    u.raw.step(
      message({ type: MessageType.App, from: 1, to: 2, term: 2, index: 4, logTerm: 2, entries: [ent(5, 2)] }),
    );
    out(u);
    expect(u.r.recoverTo).toBe(0);
    expect(u.raw.takeEvents()).toContainEqual({ kind: "recovered", index: 5 });
    u.raw.step(message({ type: MessageType.Vote, from: 3, to: 2, term: 3, index: 5, logTerm: 2 }));
    expect(only(out(u), MessageType.VoteResp).reject).toBe(false);
  });
});

describe("a leader whose follower's log went backwards", () => {
  /** Leader 1 of 1,2,3 whose followers acknowledged its whole log (entries 2..4, noop at 5). */
  function leader(): Unit {
    const u = unit(1, [1, 2, 3], {
      entries: [ent(2, 1), ent(3, 1), ent(4, 1)],
      hardState: { term: 1, vote: 1, commit: 4 },
    });
    leaderWithCommittedNoop(u);
    expect(u.r.trk.progress.get(2)!.match).toBe(5);
    return u;
  }

  test("treats a plain rejection below the match as stale, but re-probes a recovering one", () => {
    const stale = leader();
    const rejection = {
      type: MessageType.AppResp,
      from: 2,
      to: 1,
      term: 2,
      index: 5,
      reject: true,
      rejectHint: 3,
    };
    stale.raw.step(message(rejection));
    expect(out(stale).filter((m) => m.to === 2)).toEqual([]);
    expect(stale.r.trk.progress.get(2)!.match).toBe(5);

    const u = leader();
    u.raw.step(message({ ...rejection, recovering: true }));
    expect(u.r.trk.progress.get(2)!.match).toBe(3);
    const probe = only(
      out(u).filter((m) => m.to === 2),
      MessageType.App,
    );
    expect(probe).toMatchObject({ index: 3, logTerm: 1 });
    expect(probe.entries.map((e) => e.index)).toEqual([4, 5]);
    // The commit index never goes down with a match.
    expect(u.r.raftLog.committed).toBe(5);
  });

  test("probes a follower whose heartbeat response says it is recovering", () => {
    for (const isRecovering of [false, true]) {
      const u = leader();
      u.raw.step(
        message({ type: MessageType.HeartbeatResp, from: 2, to: 1, term: 2, recovering: isRecovering }),
      );
      expect(out(u).filter((m) => m.to === 2 && m.type === MessageType.App)).toHaveLength(
        isRecovering ? 1 : 0,
      );
    }
  });
});
