// An interaction environment: RawNodes over MemoryStorage, driven one script command at a time.
// Every command returns deterministic text (see format.ts); the runner compares it to a golden
// transcript. Nothing is delivered, ticked or processed unless a command says so.
//
// Commands (ids are node ids; nodes are numbered 1, 2, ... in the order add-nodes creates them):
//   add-nodes N [voters=(1 2 3)] [learners=(4)] [index=1] [prevote=true] [checkquorum=true]
//             [step-down-on-removal=true] [max-inflight=256] [max-size-per-msg=1048576]
//       Without voters= or learners= the new nodes start with empty storage (waiting to be added
//       by a conf change and caught up by a snapshot). With them, storage holds that configuration
//       in a snapshot at index= (default 1), term 1. Election timeout 3 ticks, heartbeat 1 tick.
//   campaign ID | tick-election ID | tick-heartbeat ID | set-randomized-election-timeout ID timeout=N
//   propose ID DATA | propose-conf-change ID [v1=true] [transition=auto|implicit|explicit] CHANGES
//       CHANGES: v2 (add voter 2), l4 (add learner 4), r1 (remove 1), u3 (update 3); none = leave joint.
//   transfer-leadership from=ID to=ID | forget-leader ID | read-index ID CTX
//   process-ready [ID...]          take, print, persist, send and apply each node's Ready, then advance
//   deliver-msgs [ID...] [drop=true] [type=MsgApp]   deliver (or drop) queued messages to the ids
//   stabilize [ID...]              process readies and deliver until nothing is left, printing it all
//   report-unreachable ID to=ID | report-snapshot ID to=ID [status=finish|failure]
//   compact ID INDEX               snapshot the node at INDEX (<= applied) and compact its storage
//       (Applying a conf change also refreshes the stored snapshot, without compacting, so that a
//       node it adds can be caught up by a snapshot that includes it.)
//   raft-log ID | raft-state | status ID
//
// State changes (role, term or leader) of a node caused by a command are printed as
// `INFO 2 is StateFollower Term:2 Lead:1`, right after the message or action that caused them.
import { decodeConfChange, decodeConfChangeV2 } from "../../../src/raft/codec.js";
import { RaftError } from "../../../src/raft/errors.js";
import { Prng } from "../../../src/raft/prng.js";
import { RawNode, SnapshotStatus } from "../../../src/raft/raw-node.js";
import type { Ready } from "../../../src/raft/raw-node.js";
import { MemoryStorage } from "../../../src/raft/storage.js";
import type {
  ConfChange,
  ConfChangeSingle,
  ConfChangeV2,
  ConfState,
  Message,
  NodeId,
} from "../../../src/raft/types.js";
import {
  ConfChangeTransition,
  ConfChangeType,
  EMPTY_CONF_STATE,
  EntryType,
  MessageType,
  messageTypeName,
} from "../../../src/raft/types.js";
import { Command, ScriptError, toInt } from "./args.js";
import {
  describeConfState,
  describeEntry,
  describeHardState,
  describeMessage,
  describeProgress,
  describeReady,
  quote,
  stateName,
} from "./format.js";

const ELECTION_TICKS = 3;
const HEARTBEAT_TICKS = 1;
/** Each round of stabilize processes one Ready per node and delivers once; more means a livelock. */
const MAX_STABILIZE_ROUNDS = 1000;

interface EnvNode {
  readonly id: NodeId;
  readonly raw: RawNode;
  readonly storage: MemoryStorage;
  /** The configuration in force from each index on (for snapshots at any applied index). */
  confHistory: { index: number; confState: ConfState }[];
}

interface Observed {
  readonly state: string;
  readonly term: number;
  readonly lead: NodeId;
}

export class InteractionEnv {
  private readonly nodes = new Map<NodeId, EnvNode>();
  /** Messages sent by processed Readies and not yet delivered or dropped, in send order. */
  private queue: Message[] = [];
  /** Read ids handed out by read-index, keyed `node:readId`, shown as r1, r2, ... */
  private readonly readLabels = new Map<string, string>();

  /** Runs one command line and returns its output (never empty: "ok" when there is nothing to say). */
  handle(text: string): string {
    const cmd = new Command(text);
    const out = this.dispatch(cmd);
    cmd.checkAllUsed();
    const lines = out.length === 0 ? ["ok"] : out;
    for (const l of lines) {
      if (l.trim() === "") throw new Error(`${cmd.name} produced an empty output line`);
    }
    return lines.join("\n");
  }

  private dispatch(cmd: Command): string[] {
    switch (cmd.name) {
      case "add-nodes":
        return this.addNodes(cmd);
      case "campaign":
        return this.onNode(cmd, (n) => n.raw.campaign());
      case "tick-election":
        return this.tick(cmd, ELECTION_TICKS);
      case "tick-heartbeat":
        return this.tick(cmd, HEARTBEAT_TICKS);
      case "set-randomized-election-timeout": {
        const timeout = cmd.int("timeout");
        if (timeout === undefined)
          throw new ScriptError("set-randomized-election-timeout: timeout= is required");
        return this.onNode(cmd, (n) => n.raw.raftForTesting.setRandomizedElectionTimeout(timeout));
      }
      case "propose": {
        const data = cmd.positional[1];
        if (data === undefined || cmd.positional.length > 2) throw new ScriptError("propose ID DATA");
        return this.onNode(cmd, (n) => n.raw.propose(new TextEncoder().encode(data)));
      }
      case "propose-conf-change":
        return this.proposeConfChange(cmd);
      case "transfer-leadership": {
        const from = this.requiredId(cmd, "from");
        const to = this.requiredId(cmd, "to");
        return this.watch(from, () => this.node(from).raw.transferLeader(to));
      }
      case "forget-leader":
        return this.onNode(cmd, (n) => n.raw.forgetLeader());
      case "read-index": {
        const ctx = cmd.positional[1] ?? "";
        return this.onNode(cmd, (n) => {
          const readId = n.raw.readIndex(new TextEncoder().encode(ctx));
          this.readLabels.set(`${n.id}:${readId}`, `r${this.readLabels.size + 1}`);
        });
      }
      case "process-ready":
        return this.targets(cmd).flatMap((id) => this.processReady(id, true));
      case "deliver-msgs":
        return this.deliverMsgs(cmd);
      case "stabilize":
        return this.stabilize(this.targets(cmd));
      case "report-unreachable": {
        const to = this.peerArg(cmd);
        return this.onNode(cmd, (n) => n.raw.reportUnreachable(to));
      }
      case "report-snapshot": {
        const to = this.peerArg(cmd);
        const status = cmd.string("status") ?? "finish";
        if (status !== "finish" && status !== "failure")
          throw new ScriptError("status= must be finish or failure");
        const s = status === "finish" ? SnapshotStatus.Finish : SnapshotStatus.Failure;
        return this.onNode(cmd, (n) => n.raw.reportSnapshot(to, s));
      }
      case "compact":
        return this.compact(cmd);
      case "raft-log":
        return this.raftLog(this.node(cmd.posInt(0, "node id")));
      case "raft-state":
        return [...this.nodes.values()].map((n) => this.stateLine(n));
      case "status":
        return this.status(this.node(cmd.posInt(0, "node id")));
      default:
        throw new ScriptError(`unknown command ${JSON.stringify(cmd.name)}`);
    }
  }

  // ------------------------------------------------------------------ nodes

  private addNodes(cmd: Command): string[] {
    const n = cmd.posInt(0, "number of nodes");
    const voters = cmd.ids("voters");
    const learners = cmd.ids("learners");
    const index = cmd.int("index") ?? 1;
    const options = {
      electionTicks: ELECTION_TICKS,
      heartbeatTicks: HEARTBEAT_TICKS,
      ...optional("preVote", cmd.bool("prevote")),
      ...optional("checkQuorum", cmd.bool("checkquorum")),
      ...optional("stepDownOnRemoval", cmd.bool("step-down-on-removal")),
      ...optional("maxInflightMsgs", cmd.int("max-inflight")),
      ...optional("maxSizePerMsg", cmd.int("max-size-per-msg")),
    };
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = this.nodes.size + 1;
      const storage = new MemoryStorage();
      let confHistory: EnvNode["confHistory"] = [{ index: 0, confState: EMPTY_CONF_STATE }];
      if (voters !== undefined || learners !== undefined) {
        const confState = { ...EMPTY_CONF_STATE, voters: voters ?? [], learners: learners ?? [] };
        storage.applySnapshot({ data: new Uint8Array(0), metadata: { confState, index, term: 1 } });
        confHistory = [{ index, confState }];
      }
      const raw = new RawNode({ ...options, id, storage, prng: Prng.fromSeed(id), checkInvariants: true });
      this.nodes.set(id, { id, raw, storage, confHistory });
      const st = raw.status();
      out.push(
        `INFO ${id} starts with ${raw.raftForTesting.describeConfig()}` +
          ` Term:${st.hardState.term} Commit:${st.hardState.commit} Applied:${st.applied} LastIndex:${st.lastIndex}`,
      );
    }
    return out;
  }

  private node(id: NodeId): EnvNode {
    const n = this.nodes.get(id);
    if (n === undefined) throw new ScriptError(`no node ${id}`);
    return n;
  }

  /** The ids named as positional arguments, or every node. */
  private targets(cmd: Command): NodeId[] {
    if (cmd.positional.length === 0) return [...this.nodes.keys()].sort((a, b) => a - b);
    return cmd.positional.map((p) => this.node(toInt(p, "node id")).id);
  }

  private requiredId(cmd: Command, key: string): NodeId {
    const v = cmd.int(key);
    if (v === undefined) throw new ScriptError(`${cmd.name}: ${key}= is required`);
    return v;
  }

  /** `report-unreachable 1 to=2` or `report-unreachable 1 2`. */
  private peerArg(cmd: Command): NodeId {
    const to = cmd.int("to") ?? (cmd.positional[1] !== undefined ? cmd.posInt(1, "peer id") : undefined);
    if (to === undefined) throw new ScriptError(`${cmd.name}: to= is required`);
    return to;
  }

  /** Runs fn on the node named by the first positional argument, printing what it changed. */
  private onNode(cmd: Command, fn: (n: EnvNode) => void): string[] {
    const n = this.node(cmd.posInt(0, "node id"));
    return this.watch(n.id, () => fn(n));
  }

  private tick(cmd: Command, times: number): string[] {
    const n = this.node(cmd.posInt(0, "node id"));
    const out: string[] = [];
    for (let i = 0; i < times; i++) out.push(...this.watch(n.id, () => n.raw.tick()));
    return out;
  }

  private observe(id: NodeId): Observed {
    const st = this.node(id).raw.status();
    return { state: stateName(st.softState.raftState), term: st.hardState.term, lead: st.softState.lead };
  }

  /**
   * Runs fn against node id; prints the node's role/term/leader if fn changed it, the core's
   * events, and a RaftError as `error: ...` (any other exception is a bug and fails the test).
   */
  private watch(id: NodeId, fn: () => void): string[] {
    const before = this.observe(id);
    const out: string[] = [];
    try {
      fn();
    } catch (e) {
      if (!(e instanceof RaftError)) throw e;
      out.push(`error: ${e.message}`);
    }
    const after = this.observe(id);
    if (after.state !== before.state || after.term !== before.term || after.lead !== before.lead) {
      out.push(`INFO ${id} is ${after.state} Term:${after.term} Lead:${after.lead}`);
    }
    for (const ev of this.node(id).raw.takeEvents()) {
      const at = ev.kind === "conf-change-refused" ? "" : ` at index ${ev.index}`;
      out.push(`INFO ${id} ${ev.kind}${at}${"reason" in ev ? `: ${ev.reason}` : ""}`);
    }
    return out;
  }

  // ------------------------------------------------------------------ client operations

  private proposeConfChange(cmd: Command): string[] {
    const v1 = cmd.bool("v1") ?? false;
    const transitionName = cmd.string("transition") ?? "auto";
    const transitions: Record<string, ConfChangeTransition> = {
      auto: ConfChangeTransition.Auto,
      implicit: ConfChangeTransition.JointImplicit,
      explicit: ConfChangeTransition.JointExplicit,
    };
    const transition = transitions[transitionName];
    if (transition === undefined) throw new ScriptError(`unknown transition ${transitionName}`);
    const changes = cmd.positional.slice(1).map(parseChange);
    let cc: ConfChange | ConfChangeV2;
    if (v1) {
      const [only] = changes;
      if (only === undefined || changes.length !== 1 || cmd.has("transition")) {
        throw new ScriptError("a v1 conf change is exactly one change, without transition=");
      }
      cc = { type: only.type, nodeId: only.nodeId, context: new Uint8Array(0), id: 0 };
    } else {
      cc = { transition, changes, context: new Uint8Array(0) };
    }
    return this.onNode(cmd, (n) => n.raw.proposeConfChange(cc));
  }

  // ------------------------------------------------------------------ readies and messages

  /** Handles one Ready of node id: print it, persist it, queue its messages, apply it, advance. */
  private processReady(id: NodeId, printEmpty: boolean): string[] {
    const n = this.node(id);
    const out = [`> ${id} handling Ready`];
    if (!n.raw.hasReady()) {
      return printEmpty ? [...out, "  <empty Ready>"] : [];
    }
    const rd = n.raw.ready();
    out.push(...describeReady(rd, this.ctx, (readId) => this.readLabel(id, readId)).map(indent));
    this.persist(n, rd);
    this.queue.push(...rd.messages, ...rd.messagesAfterDurable);
    const applied: string[] = [];
    for (const e of rd.committedEntries) {
      if (e.type === EntryType.Normal) continue;
      const cc = e.type === EntryType.ConfChange ? decodeConfChange(e.data) : decodeConfChangeV2(e.data);
      applied.push(
        ...this.watch(id, () => {
          const confState = n.raw.applyConfChange(cc);
          n.confHistory.push({ index: e.index, confState });
        }),
      );
      applied.push(`INFO ${id} switched to configuration ${n.raw.raftForTesting.describeConfig()}`);
    }
    const last = rd.committedEntries[rd.committedEntries.length - 1];
    if (rd.committedEntries.some((e) => e.type !== EntryType.Normal) && last !== undefined) {
      // Keep the stored snapshot at the configuration in force, so that a node this change added
      // is sent a snapshot that includes it (the log itself is not compacted).
      n.storage.createSnapshot(last.index, this.confStateAt(n, last.index), new Uint8Array(0));
    }
    applied.push(...this.watch(id, () => n.raw.advance()));
    return [...out, ...applied.map(indent)];
  }

  private persist(n: EnvNode, rd: Ready): void {
    if (rd.snapshot !== null) {
      n.storage.applySnapshot(rd.snapshot);
      n.confHistory = [{ index: rd.snapshot.metadata.index, confState: rd.snapshot.metadata.confState }];
    }
    n.storage.append(rd.entries);
    if (rd.hardState !== null) n.storage.setHardState(rd.hardState);
  }

  private deliverMsgs(cmd: Command): string[] {
    const drop = cmd.bool("drop") ?? false;
    const type = cmd.string("type");
    const filter = (m: Message): boolean => type === undefined || messageTypeName(m.type) === type;
    if (type !== undefined && !Object.keys(MessageType).some((k) => `Msg${k}` === type)) {
      throw new ScriptError(`unknown message type ${type}`);
    }
    let recipients: NodeId[];
    if (cmd.positional.length > 0) {
      recipients = cmd.positional.map((p) => toInt(p, "node id"));
    } else {
      recipients = [...new Set(this.queue.filter(filter).map((m) => m.to))].sort((a, b) => a - b);
    }
    return recipients.flatMap((id) => this.deliverTo(id, drop, filter));
  }

  /** Delivers (or drops) every queued message to `to` that passes filter, in send order. */
  private deliverTo(to: NodeId, drop: boolean, filter: (m: Message) => boolean): string[] {
    const mine = this.queue.filter((m) => m.to === to && filter(m));
    if (mine.length === 0) return [];
    this.queue = this.queue.filter((m) => !(m.to === to && filter(m)));
    const target = this.nodes.get(to);
    if (drop || target === undefined) {
      const why = drop ? "dropping messages" : "does not exist: dropping messages";
      return [`> ${to} ${why}`, ...mine.map((m) => indent(describeMessage(m, this.ctx)))];
    }
    const out = [`> ${to} receiving messages`];
    for (const m of mine) {
      out.push(indent(describeMessage(m, this.ctx)));
      out.push(...this.watch(to, () => target.raw.step(m)).map(indent));
    }
    return out;
  }

  private stabilize(ids: readonly NodeId[]): string[] {
    const out: string[] = [];
    for (let round = 0; round < MAX_STABILIZE_ROUNDS; round++) {
      let done = true;
      for (const id of ids) {
        const lines = this.processReady(id, false);
        if (lines.length > 0) done = false;
        out.push(...lines);
      }
      for (const id of ids) {
        const lines = this.deliverTo(id, false, () => true);
        if (lines.length > 0) done = false;
        out.push(...lines);
      }
      if (done) return out;
    }
    throw new Error(`stabilize did not settle within ${MAX_STABILIZE_ROUNDS} rounds`);
  }

  // ------------------------------------------------------------------ storage and inspection

  private compact(cmd: Command): string[] {
    const n = this.node(cmd.posInt(0, "node id"));
    const index = cmd.posInt(1, "index");
    const applied = n.raw.status().applied;
    if (index > applied)
      return [`error: cannot compact to ${index}: node ${n.id} has applied only ${applied}`];
    const confState = this.confStateAt(n, index);
    try {
      if (index > n.storage.snapshot().metadata.index) {
        n.storage.createSnapshot(index, confState, new Uint8Array(0));
      }
      n.storage.compact(index);
    } catch (e) {
      if (!(e instanceof RaftError)) throw e;
      return [`error: ${e.message}`];
    }
    return this.raftLog(n);
  }

  private confStateAt(n: EnvNode, index: number): ConfState {
    let confState = EMPTY_CONF_STATE;
    for (const h of n.confHistory) if (h.index <= index) confState = h.confState;
    return confState;
  }

  private raftLog(n: EnvNode): string[] {
    const first = n.storage.firstIndex();
    const last = n.storage.lastIndex();
    if (last < first) return [`log is empty: first index=${first}, last index=${last}`];
    return n.storage.entries(first, last + 1, Number.MAX_SAFE_INTEGER).map(describeEntry);
  }

  private stateLine(n: EnvNode): string {
    const st = n.raw.status();
    const voter = n.raw.raftForTesting.trk.isVoter(n.id) ? "Voter" : "Non-Voter";
    return `${n.id}: ${stateName(st.softState.raftState)} (${voter}) Term:${st.hardState.term} Lead:${st.softState.lead}`;
  }

  private status(n: EnvNode): string[] {
    const st = n.raw.status();
    const r = n.raw.raftForTesting;
    const out = [
      this.stateLine(n),
      `${describeHardState(st.hardState)} Applied:${st.applied} LastIndex:${st.lastIndex}`,
      `Config ${describeConfState(st.config)}`,
    ];
    if (st.leadTransferee !== 0) out.push(`LeadTransferee:${st.leadTransferee}`);
    if (st.progress.size > 0) {
      out.push("Progress:");
      r.trk.visit((id, pr) => out.push(`${id}: ${describeProgress(pr)}`));
    }
    return out;
  }

  // ------------------------------------------------------------------ contexts

  private readLabel(node: NodeId, readId: number): string {
    return this.readLabels.get(`${node}:${readId}`) ?? `#${readId}`;
  }

  /** A read-index context (node id, read id, then the caller's bytes) is shown as r1:"ctx". */
  private readonly ctx = (context: Uint8Array): string => {
    if (context.length >= 8) {
      const view = new DataView(context.buffer, context.byteOffset, context.byteLength);
      const label = this.readLabels.get(`${view.getUint32(0)}:${view.getUint32(4)}`);
      if (label !== undefined) return `${label}:${quote(context.subarray(8))}`;
    }
    return quote(context);
  };
}

function indent(line: string): string {
  return `  ${line}`;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

const CHANGE_TYPES: Record<string, ConfChangeType> = {
  v: ConfChangeType.AddNode,
  r: ConfChangeType.RemoveNode,
  u: ConfChangeType.UpdateNode,
  l: ConfChangeType.AddLearnerNode,
};

/** `v2` (add voter 2), `l4` (add learner 4), `r1` (remove 1), `u3` (update 3). */
function parseChange(token: string): ConfChangeSingle {
  const type = CHANGE_TYPES[token.slice(0, 1)];
  if (type === undefined)
    throw new ScriptError(`bad conf change ${JSON.stringify(token)} (want v2, l4, r1 or u3)`);
  return { type, nodeId: toInt(token.slice(1), `conf change ${token}`) };
}
