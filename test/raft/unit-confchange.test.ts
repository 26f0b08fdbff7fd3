// Membership-change algebra: simple changes, entering and leaving joint configurations,
// learners_next demotion, invalid changes, and restoring a configuration from a ConfState.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ChangeResult } from "../../src/raft/confchange.js";
import {
  ConfChangeError,
  Changer,
  configProblem,
  enterJoint,
  isLeaveJoint,
  restoreConfig,
} from "../../src/raft/confchange.js";
import { configToConfState, describeConfig, emptyConfig } from "../../src/raft/tracker.js";
import type { ConfChangeSingle, ConfState } from "../../src/raft/types.js";
import { ConfChangeTransition, ConfChangeType } from "../../src/raft/types.js";

const opts = { lastIndex: 10, maxInflightMessages: 4, maxInflightBytes: 0 };
const add = (nodeId: number): ConfChangeSingle => ({ type: ConfChangeType.AddNode, nodeId });
const learner = (nodeId: number): ConfChangeSingle => ({ type: ConfChangeType.AddLearnerNode, nodeId });
const remove = (nodeId: number): ConfChangeSingle => ({ type: ConfChangeType.RemoveNode, nodeId });

function changer(r: ChangeResult): Changer {
  return new Changer(r.config, r.progress, opts);
}
function start(voters: number[], learners: number[] = []): ChangeResult {
  return restoreConfig({ voters, learners, votersOutgoing: [], learnersNext: [], autoLeave: false }, opts);
}
const show = (r: ChangeResult): string => describeConfig(r.config);

describe("simple changes", () => {
  test("add voters one at a time, add and remove learners", () => {
    let r = start([1]);
    r = changer(r).simple([add(2)]);
    r = changer(r).simple([learner(3)]);
    expect(show(r)).toBe("voters=(1 2) learners=(3)");
    expect(r.progress.get(3)?.isLearner).toBe(true);
    expect(r.progress.get(2)?.next).toBe(10);
    // Promote the learner.
    r = changer(r).simple([add(3)]);
    expect(show(r)).toBe("voters=(1 2 3)");
    expect(r.progress.get(3)?.isLearner).toBe(false);
    // Demote a voter directly (allowed outside a joint configuration).
    r = changer(r).simple([learner(2)]);
    expect(show(r)).toBe("voters=(1 3) learners=(2)");
    r = changer(r).simple([remove(2)]);
    expect(show(r)).toBe("voters=(1 3)");
    expect(r.progress.has(2)).toBe(false);
    // Removing an unknown node and updating a node change nothing.
    r = changer(r).simple([remove(42)]);
    r = changer(r).simple([{ type: ConfChangeType.UpdateNode, nodeId: 1 }]);
    expect(show(r)).toBe("voters=(1 3)");
  });

  test("a zeroed change is a no-op", () => {
    const r = changer(start([1, 2])).simple([add(0)]);
    expect(show(r)).toBe("voters=(1 2)");
  });

  test("invalid simple changes throw ConfChangeError and leave the input untouched", () => {
    const base = start([1, 2], [3]);
    const before = show(base);
    expect(() => changer(base).simple([add(4), add(5)])).toThrow(ConfChangeError);
    expect(() => changer(base).simple([remove(1), remove(2)])).toThrow(ConfChangeError);
    expect(() => changer(start([1])).simple([remove(1)])).toThrow(ConfChangeError);
    expect(() => changer(base).simple([add(3), remove(1)])).toThrow(/more than one voter/);
    expect(show(base)).toBe(before);
    expect(base.progress.get(3)?.isLearner).toBe(true);
  });
});

describe("joint configurations", () => {
  test("enter joint, then leave: outgoing voters removed, learners_next become learners", () => {
    let r = start([1, 2, 3], [4]);
    // Swap 3 out (demoted) and 4 in.
    r = changer(r).enterJoint(true, [add(4), learner(3)]);
    expect(show(r)).toBe("voters=(1 2 4)&&(1 2 3) learners_next=(3) autoleave");
    expect(r.progress.get(3)?.isLearner).toBe(false); // still votes in the outgoing half
    expect(configProblem(r.config, r.progress)).toBeNull();
    r = changer(r).leaveJoint();
    expect(show(r)).toBe("voters=(1 2 4) learners=(3)");
    expect(r.progress.get(3)?.isLearner).toBe(true);

    // Remove a voter through a joint configuration: its progress goes when the joint one is left.
    r = changer(r).enterJoint(false, [remove(2)]);
    expect(show(r)).toBe("voters=(1 4)&&(1 2 4) learners=(3)");
    expect(r.progress.has(2)).toBe(true);
    r = changer(r).leaveJoint();
    expect(show(r)).toBe("voters=(1 4) learners=(3)");
    expect(r.progress.has(2)).toBe(false);
  });

  test("re-adding a learners_next node as a voter clears the demotion", () => {
    let r = changer(start([1, 2, 3])).enterJoint(false, [learner(3)]);
    expect(r.config.learnersNext.has(3)).toBe(true);
    r = changer(start([1, 2, 3])).enterJoint(false, [learner(3), add(3)]);
    expect(show(r)).toBe("voters=(1 2 3)&&(1 2 3)");
  });

  test("invalid joint transitions throw", () => {
    const joint = changer(start([1, 2, 3])).enterJoint(false, [add(4)]);
    expect(() => changer(joint).enterJoint(false, [add(5)])).toThrow(ConfChangeError);
    expect(() => changer(joint).simple([add(5)])).toThrow(ConfChangeError);
    expect(() => changer(start([1, 2])).leaveJoint()).toThrow(ConfChangeError);
    expect(() => changer({ config: emptyConfig(), progress: new Map() }).enterJoint(false, [add(1)])).toThrow(
      /zero-voter/,
    );
    expect(() => changer(start([1, 2])).enterJoint(false, [remove(1), remove(2)])).toThrow(
      /removed all voters/,
    );
  });

  test("which V2 changes go through a joint configuration, and which leave one", () => {
    const v2 = (transition: ConfChangeTransition, changes: ConfChangeSingle[]) => ({
      transition,
      changes,
      context: new Uint8Array(0),
    });
    expect(enterJoint(v2(ConfChangeTransition.Auto, [add(1)]))).toEqual({ joint: false, autoLeave: false });
    expect(enterJoint(v2(ConfChangeTransition.Auto, [add(1), add(2)]))).toEqual({
      joint: true,
      autoLeave: true,
    });
    expect(enterJoint(v2(ConfChangeTransition.JointImplicit, [add(1)]))).toEqual({
      joint: true,
      autoLeave: true,
    });
    expect(enterJoint(v2(ConfChangeTransition.JointExplicit, [add(1)]))).toEqual({
      joint: true,
      autoLeave: false,
    });
    expect(isLeaveJoint(v2(ConfChangeTransition.Auto, []))).toBe(true);
    expect(isLeaveJoint(v2(ConfChangeTransition.JointExplicit, []))).toBe(false);
  });
});

describe("restoreConfig", () => {
  test("rejects joint-only fields outside a joint configuration", () => {
    expect(() =>
      restoreConfig(
        { voters: [1], learners: [], votersOutgoing: [], learnersNext: [2], autoLeave: false },
        opts,
      ),
    ).toThrow(ConfChangeError);
    expect(() =>
      restoreConfig(
        { voters: [1], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: true },
        opts,
      ),
    ).toThrow(ConfChangeError);
  });

  const ids = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 10 });
  /** Valid ConfStates: voters, learners disjoint from all voters, learners_next among outgoing-only voters. */
  const confStateArb: fc.Arbitrary<ConfState> = fc
    .tuple(ids, ids, ids, fc.boolean(), fc.nat())
    .map(([a, b, c, autoLeave, pickSeed]) => {
      const voters = a.slice(0, 5);
      if (voters.length === 0) voters.push(1);
      const outgoing = b.slice(0, 5);
      const joint = outgoing.length > 0;
      const outgoingOnly = outgoing.filter((id) => !voters.includes(id));
      const learnersNext = joint ? outgoingOnly.filter((_, i) => (pickSeed >> i) & 1) : [];
      const learners = c.filter((id) => !voters.includes(id) && !outgoing.includes(id));
      return {
        voters: [...voters].sort((x, y) => x - y),
        learners: learners.sort((x, y) => x - y),
        votersOutgoing: [...outgoing].sort((x, y) => x - y),
        learnersNext: learnersNext.sort((x, y) => x - y),
        autoLeave: joint && autoLeave,
      };
    });

  test("round-trips configToConfState for every valid ConfState", () => {
    fc.assert(
      fc.property(confStateArb, (cs) => {
        const r = restoreConfig(cs, opts);
        expect(configToConfState(r.config)).toEqual(cs);
        expect(configProblem(r.config, r.progress)).toBeNull();
        // Every member has a progress, learners marked as such; nothing else is tracked.
        const members = new Set([...cs.voters, ...cs.learners, ...cs.votersOutgoing, ...cs.learnersNext]);
        expect(new Set(r.progress.keys())).toEqual(members);
        for (const id of cs.learners) expect(r.progress.get(id)?.isLearner).toBe(true);
        // Restoring what restore produced gives the same again.
        expect(configToConfState(restoreConfig(configToConfState(r.config), opts).config)).toEqual(cs);
      }),
      { numRuns: 1000 },
    );
  });

  test("simple and joint paths to one target agree once the joint configuration is left", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
        (from, to) => {
          const base = start(from);
          const changes = [...from.filter((id) => !to.includes(id)).map(remove), ...to.map(add)];
          const viaJoint = changer(changer(base).enterJoint(false, changes)).leaveJoint();
          // The same target, one change at a time (add first, so no step empties the voters).
          let viaSimple = base;
          for (const cc of [...to.map(add), ...from.filter((id) => !to.includes(id)).map(remove)]) {
            viaSimple = changer(viaSimple).simple([cc]);
          }
          expect(configToConfState(viaJoint.config)).toEqual(configToConfState(viaSimple.config));
          expect(new Set(viaJoint.progress.keys())).toEqual(new Set(viaSimple.progress.keys()));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
