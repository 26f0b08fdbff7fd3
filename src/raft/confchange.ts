// The algebra of membership changes: simple changes, entering and leaving joint configurations.
// Each returns new copies; nothing is changed unless the whole change is valid.
import { Inflights } from "./inflights.js";
import { Progress } from "./progress.js";
import type { ProgressMap, TrackerConfig } from "./tracker.js";
import { cloneConfig, emptyConfig, isJoint } from "./tracker.js";
import type { ConfChange, ConfChangeSingle, ConfChangeV2, ConfState, NodeId } from "./types.js";
import { ConfChangeTransition, ConfChangeType } from "./types.js";

export class ConfChangeError extends Error {
  constructor(readonly reason: string) {
    super(`invalid configuration change: ${reason}`);
    this.name = "ConfChangeError";
  }
}

export interface ChangeResult {
  readonly config: TrackerConfig;
  readonly progress: ProgressMap;
}

export interface ChangerOptions {
  readonly lastIndex: number;
  readonly maxInflightMessages: number;
  readonly maxInflightBytes: number;
}

export function confChangeToV2(cc: ConfChange): ConfChangeV2 {
  return {
    transition: ConfChangeTransition.Auto,
    changes: [{ type: cc.type, nodeId: cc.nodeId }],
    context: cc.context,
  };
}

/** Whether the change must go through a joint configuration, and whether it leaves it by itself. */
export function enterJoint(cc: ConfChangeV2): { joint: boolean; autoLeave: boolean } {
  if (cc.transition !== ConfChangeTransition.Auto || cc.changes.length > 1) {
    return { joint: true, autoLeave: cc.transition !== ConfChangeTransition.JointExplicit };
  }
  return { joint: false, autoLeave: false };
}

/** An empty V2 change (any context) is the request to leave a joint configuration. */
export function isLeaveJoint(cc: ConfChangeV2): boolean {
  return cc.transition === ConfChangeTransition.Auto && cc.changes.length === 0;
}

export class Changer {
  constructor(
    private readonly config: TrackerConfig,
    private readonly progress: ProgressMap,
    private readonly options: ChangerOptions,
  ) {}

  enterJoint(autoLeave: boolean, changes: readonly ConfChangeSingle[]): ChangeResult {
    const { config, progress } = this.copy();
    if (isJoint(config)) throw new ConfChangeError("configuration is already joint");
    if (config.incoming.size === 0) throw new ConfChangeError("cannot make a zero-voter configuration joint");
    for (const id of config.incoming) config.outgoing.add(id);
    this.apply(config, progress, changes);
    config.autoLeave = autoLeave;
    return checked(config, progress);
  }

  leaveJoint(): ChangeResult {
    const { config, progress } = this.copy();
    if (!isJoint(config)) throw new ConfChangeError("configuration is not joint");
    for (const id of config.learnersNext) {
      config.learners.add(id);
      const pr = progress.get(id);
      if (pr !== undefined) pr.isLearner = true;
    }
    config.learnersNext.clear();
    for (const id of config.outgoing) {
      if (!config.incoming.has(id) && !config.learners.has(id)) progress.delete(id);
    }
    config.outgoing.clear();
    config.autoLeave = false;
    return checked(config, progress);
  }

  simple(changes: readonly ConfChangeSingle[]): ChangeResult {
    const { config, progress } = this.copy();
    if (isJoint(config)) throw new ConfChangeError("cannot apply a simple change in a joint configuration");
    this.apply(config, progress, changes);
    if (symmetricDifference(this.config.incoming, config.incoming) > 1) {
      throw new ConfChangeError("more than one voter changed without entering a joint configuration");
    }
    return checked(config, progress);
  }

  private copy(): { config: TrackerConfig; progress: ProgressMap } {
    const progress: ProgressMap = new Map();
    for (const [id, pr] of this.progress) progress.set(id, pr.clone());
    return { config: cloneConfig(this.config), progress };
  }

  private apply(config: TrackerConfig, progress: ProgressMap, changes: readonly ConfChangeSingle[]): void {
    for (const cc of changes) {
      if (cc.nodeId === 0) continue; // A zeroed change is how an application cancels one.
      switch (cc.type) {
        case ConfChangeType.AddNode:
          this.makeVoter(config, progress, cc.nodeId);
          break;
        case ConfChangeType.AddLearnerNode:
          this.makeLearner(config, progress, cc.nodeId);
          break;
        case ConfChangeType.RemoveNode:
          remove(config, progress, cc.nodeId);
          break;
        case ConfChangeType.UpdateNode:
          break;
      }
    }
    if (config.incoming.size === 0) throw new ConfChangeError("removed all voters");
  }

  private makeVoter(config: TrackerConfig, progress: ProgressMap, id: NodeId): void {
    const pr = progress.get(id);
    if (pr === undefined) {
      this.initProgress(config, progress, id, false);
      return;
    }
    pr.isLearner = false;
    config.learners.delete(id);
    config.learnersNext.delete(id);
    config.incoming.add(id);
  }

  private makeLearner(config: TrackerConfig, progress: ProgressMap, id: NodeId): void {
    const pr = progress.get(id);
    if (pr === undefined) {
      this.initProgress(config, progress, id, true);
      return;
    }
    if (pr.isLearner) return;
    remove(config, progress, id);
    progress.set(id, pr);
    // A voter of the outgoing half stays a voter until the joint configuration is left.
    if (config.outgoing.has(id)) {
      config.learnersNext.add(id);
    } else {
      pr.isLearner = true;
      config.learners.add(id);
    }
  }

  private initProgress(config: TrackerConfig, progress: ProgressMap, id: NodeId, isLearner: boolean): void {
    if (isLearner) config.learners.add(id);
    else config.incoming.add(id);
    const pr = new Progress(
      Math.max(this.options.lastIndex, 1),
      new Inflights(this.options.maxInflightMessages, this.options.maxInflightBytes),
      isLearner,
    );
    // A new member counts as active so that CheckQuorum does not depose the leader before it
    // has had a chance to hear from it.
    pr.recentActive = true;
    progress.set(id, pr);
  }
}

function remove(config: TrackerConfig, progress: ProgressMap, id: NodeId): void {
  if (!progress.has(id)) return;
  config.incoming.delete(id);
  config.learners.delete(id);
  config.learnersNext.delete(id);
  // Still needed by the outgoing half of a joint configuration.
  if (!config.outgoing.has(id)) progress.delete(id);
}

function symmetricDifference(a: ReadonlySet<NodeId>, b: ReadonlySet<NodeId>): number {
  let n = 0;
  for (const id of a) if (!b.has(id)) n++;
  for (const id of b) if (!a.has(id)) n++;
  return n;
}

function checked(config: TrackerConfig, progress: ProgressMap): ChangeResult {
  const problem = configProblem(config, progress);
  if (problem !== null) throw new ConfChangeError(problem);
  return { config, progress };
}

/** The first inconsistency of a configuration with its progress map, or null. */
export function configProblem(config: TrackerConfig, progress: ProgressMap): string | null {
  for (const ids of [config.incoming, config.outgoing, config.learners, config.learnersNext]) {
    for (const id of ids) if (!progress.has(id)) return `no progress for member ${id}`;
  }
  for (const id of config.learnersNext) {
    if (!config.outgoing.has(id)) return `${id} is in learners_next but not an outgoing voter`;
    if (progress.get(id)?.isLearner) return `${id} is in learners_next but already marked a learner`;
  }
  for (const id of config.learners) {
    if (config.incoming.has(id) || config.outgoing.has(id)) return `${id} is both a learner and a voter`;
    if (!progress.get(id)?.isLearner) return `${id} is a learner but its progress is not marked so`;
  }
  if (!isJoint(config)) {
    if (config.learnersNext.size > 0) return "learners_next is set outside a joint configuration";
    if (config.autoLeave) return "auto_leave is set outside a joint configuration";
  }
  return null;
}

/** Builds the configuration a ConfState describes, as when a snapshot is restored. */
export function restoreConfig(cs: ConfState, options: ChangerOptions): ChangeResult {
  let changer = new Changer(emptyConfig(), new Map(), options);
  let result: ChangeResult = { config: emptyConfig(), progress: new Map() };
  const step = (fn: (c: Changer) => ChangeResult) => {
    result = fn(changer);
    changer = new Changer(result.config, result.progress, options);
  };
  const add = (type: ConfChangeType, ids: readonly NodeId[]) => ids.map((nodeId) => ({ type, nodeId }));
  if (cs.votersOutgoing.length === 0) {
    // Not joint: one simple change per member.
    const changes = [
      ...add(ConfChangeType.AddNode, cs.voters),
      ...add(ConfChangeType.AddLearnerNode, cs.learners),
    ];
    for (const cc of changes) step((c) => c.simple([cc]));
    if (cs.learnersNext.length > 0 || cs.autoLeave) {
      throw new ConfChangeError("conf state sets joint-only fields outside a joint configuration");
    }
    return result;
  }
  // Joint: build the outgoing configuration, then enter joint with the incoming one.
  for (const cc of add(ConfChangeType.AddNode, cs.votersOutgoing)) step((c) => c.simple([cc]));
  const incoming = [
    ...add(ConfChangeType.RemoveNode, cs.votersOutgoing),
    ...add(ConfChangeType.AddNode, cs.voters),
    ...add(ConfChangeType.AddLearnerNode, cs.learners),
    ...add(ConfChangeType.AddLearnerNode, cs.learnersNext),
  ];
  step((c) => c.enterJoint(cs.autoLeave, incoming));
  return result;
}
