// What an operator does to the simulated cluster: notices failed and removed members, restarts
// what is due (trying unlock keys as a person would), wipes and re-joins a member damaged beyond
// repair, joins and removes managers, and follows the cluster's keys.
import { SecretKey } from "../../crypto/keys.js";
import { managerUnlockKey, soleCluster } from "../../fsm/index.js";
import type { RaftNode } from "../../node/raft-node.js";
import type { NodeId } from "../../raft/types.js";
import { inspectWal } from "../../wal/inspect.js";
import type { Member } from "./cluster.js";
import { ELECTION_MS } from "./cluster.js";
import type { World } from "./node-sim.js";
import { codeOf, equalBytes } from "./util.js";

/** The unlock key in force now (read from a running store), or null without autolock. */
export function currentUnlockKey(w: World): { key: Uint8Array; version: number } | null {
  const leader = w.cluster.leader() ?? w.cluster.live()[0];
  const c = leader === undefined ? undefined : soleCluster(leader.store);
  const key = c === undefined ? undefined : managerUnlockKey(c);
  return c === undefined || key === undefined ? null : { key: key.key, version: c.meta.version };
}

/** A new manager joins with an empty disk, its key file sealed under the current unlock key. */
export async function join(w: World): Promise<void> {
  // An operator joins through a leader: a joiner no leader adds waits for ever, unreachable
  // (it knows no member until the first snapshot arrives), and the cluster never converges.
  if ((await awaitLeader(w)) === null) {
    w.note("no leader: the join waits for another time");
    return;
  }
  const current = currentUnlockKey(w);
  const kek = current === null ? null : SecretKey.fromBytes(current.key, "unlock key");
  const m = await w.cluster.addMember(kek, current?.version ?? 1);
  const peers = w.cluster.live().map((n) => ({ id: n.id, address: w.cluster.member(n.id).address }));
  await w.cluster.startNode(m.id, { kind: "join", peers }, {}, kek);
  kek?.wipe();
  w.startManager(m);
  // As `keel join` retries its AddManager call: the leader may change while it is pending.
  for (let attempt = 0; attempt < 3; attempt++) {
    const leader = await awaitLeader(w);
    if (leader === null) break;
    try {
      await w.cluster.resolve(leader.addLearner(m.id, m.address), 5 * ELECTION_MS);
      w.marks.hit("learners added");
      return;
    } catch (error) {
      if (codeOf(error) === "ALREADY_MEMBER") return;
      w.note(`add learner ${m.id.toString(36)} failed: ${codeOf(error)}`);
    }
  }
  // Never added (or not known to be): the joiner gives up and its operator removes it.
  w.dropManager(m.id);
  await w.cluster.forget(m.id);
}

/** The leader, waiting up to ten election timeouts for one to be elected; null if none is. */
export async function awaitLeader(w: World): Promise<RaftNode | null> {
  await w.cluster.until(() => w.cluster.leader() !== null, 10 * ELECTION_MS).catch(() => 0);
  return w.cluster.leader();
}

/** What an operator does each step: restart what is due, notice failures, follow keys. */
export async function tend(w: World): Promise<void> {
  const now = w.cluster.clock.monotonicMs();
  await stopFailed(w);
  for (const m of [...w.cluster.members.values()]) {
    if (m.node?.lifecycle === "removed") {
      w.dropManager(m.id);
      await w.cluster.forget(m.id);
      w.note(`forgot removed ${m.id.toString(36)}`);
    }
  }
  if (w.partitionUntilMs !== null && now >= w.partitionUntilMs) {
    w.cluster.network.heal();
    w.partitionUntilMs = null;
    w.note("network healed");
  }
  for (const [id, down] of [...w.down]) if (now >= down.untilMs) await bringBack(w, id);
  followKeys(w);
  checkRotations(w);
}

export function followKeys(w: World): void {
  const leader = w.cluster.leader();
  const c = leader === null ? undefined : soleCluster(leader.store);
  if (c === undefined) return;
  const key = managerUnlockKey(c)?.key;
  if (key !== undefined) learnUnlockKey(w, key);
  if (c.encryptionKeyLamportClock > w.lamport) {
    if (w.lamport >= 0) w.marks.hit("network-key rotations");
    w.lamport = c.encryptionKeyLamportClock;
  }
}

/**
 * The operator keeps every unlock key it is given, newest last: one a rotation's answer
 * printed (`keel unlock-key --rotate`), or one read from the cluster (followKeys).
 */
export function learnUnlockKey(w: World, key: Uint8Array): void {
  if (!w.unlockKeys.some((known) => equalBytes(known, key))) w.unlockKeys.push(Uint8Array.from(key));
}

/** A DEK rotation that completed leaves no record under the old key in that node's level. */
export function checkRotations(w: World): void {
  for (const [id, oldKeyId] of [...w.rotations]) {
    const m = w.cluster.members.get(id);
    if (m === undefined) {
      w.rotations.delete(id);
      continue;
    }
    const wal = m.wal;
    if (wal === null || wal.status !== "open" || m.node?.lifecycle !== "running") continue;
    if (wal.rotation().state !== "idle" || wal.keyIds.current === oldKeyId) continue;
    w.rotations.delete(id);
    w.marks.hit("DEK rotations completed");
    const db = m.db;
    void inspectWal({ db }).then((report) => {
      const left = report.records.filter((r) => r.keyId === oldKeyId);
      if (left.length > 0)
        w.checks.violation(
          `DEK rotation on ${id.toString(36)} completed but ${left.length} records remain under key ${oldKeyId} (first ${left[0]?.key})`,
        );
    });
  }
}

/** Judges each node that stopped on a failure (see judgeFailure) and powers it off, to restart. */
export async function stopFailed(w: World): Promise<void> {
  for (const [id, operation] of [...w.failed]) {
    judgeFailure(w, id);
    if (w.cluster.members.has(id)) await powerOff(w, id, `failed (${operation})`);
  }
}

/** A node stopped by a failure: an armed disk fault must explain it. */
export function judgeFailure(w: World, id: NodeId): void {
  const operation = w.failed.get(id);
  if (operation === undefined) return;
  w.failed.delete(id);
  const armed = w.armed.get(id);
  w.armed.delete(id);
  if (armed === undefined)
    w.checks.violation(`node ${id.toString(36)} failed with no fault to explain it: ${operation}`);
  else w.marks.hit(armed === "ENOSPC" ? "disk ENOSPC stops" : "disk EIO stops");
}

export async function powerOff(w: World, id: NodeId, reason: string): Promise<void> {
  // A failure not yet noticed is judged before the cut forgets the fault that explains it.
  judgeFailure(w, id);
  const m = w.cluster.member(id);
  w.dropManager(id);
  // The key file stops changing at the cut: a re-seal still in flight does not land.
  m.keyStore.failWrites = Number.MAX_SAFE_INTEGER;
  const unsynced = m.db.unsyncedBatches;
  // A commit-only hard state the WAL holds back for its next write is lost at the cut as well.
  const heldBack = m.wal?.holdsUnwrittenHardState === true;
  const keep = w.prng.below(unsynced + 1);
  await w.cluster.crash(id, keep);
  w.marks.hit("crashes");
  if (unsynced > keep || heldBack) w.marks.hit("unsynced writes lost");
  // Rarer since commit-only saves are held back (37 in 1,000 seeds): reported, not promised.
  if (unsynced > keep) w.marks.hit("unsynced batches lost");
  w.armed.delete(id);
  w.down.set(id, { untilMs: w.later(), reason });
  w.note(`${id.toString(36)} ${reason} (kept ${keep} of ${unsynced} unsynced batches)`);
}

/**
 * Restarts a member that was down. An autolocked one is unlocked as an operator would: the
 * newest key first, then older ones (a manager down across rotations needs the key in force
 * when it went down); sometimes a wrong key or the oldest key is tried first. Every key that
 * does not open it must be refused with WRONG_UNLOCK_KEY and change nothing on disk.
 */
export async function bringBack(w: World, id: NodeId): Promise<void> {
  const m = w.cluster.members.get(id);
  w.down.delete(id);
  if (m === undefined) return;
  m.keyStore.failWrites = 0;
  const keys: (Uint8Array | null)[] = w.mix.autolock ? [...w.unlockKeys].reverse() : [null];
  if (w.mix.autolock) {
    w.marks.hit("restarts locked");
    if (w.prng.chance(1, 3)) keys.unshift(SecretKey.generate(w.cluster.entropy()).bytes);
    else if (keys.length > 1 && w.prng.chance(1, 2)) keys.unshift(keys[keys.length - 1] ?? null);
  }
  let lastError: unknown = null;
  for (const bytes of keys) {
    const outcome = await tryStart(w, m, bytes === null ? null : SecretKey.fromBytes(bytes, "unlock key"));
    if (outcome === "started") {
      await wipeIfPeerless(w, id);
      return;
    }
    lastError = outcome;
    if (codeOf(outcome) !== "WRONG_UNLOCK_KEY") break;
  }
  const code = codeOf(lastError);
  // NOT_INITIALIZED: a joiner cut off before anything of it was durable has nothing to resume.
  // Damage to the log never explains a refused unlock key: the key file is not in the level.
  const explained = w.damaged.has(id) && code !== "uncoded" && code !== "WRONG_UNLOCK_KEY";
  if (explained || code === "NOT_INITIALIZED") {
    w.note(`${id.toString(36)} refuses to start (${code}): wiped, re-joins as a new member`);
    await wipe(w, id);
    return;
  }
  w.checks.violation(`node ${id.toString(36)} cannot restart: ${code} ${String(lastError)}`);
  w.down.set(id, { untilMs: w.later(), reason: "restart failed" });
}

/** Starts the member under `kek`; a refused key must leave its key file and level as they were. */
export async function tryStart(w: World, m: Member, kek: SecretKey | null): Promise<"started" | unknown> {
  const keyFile = m.keyStore.bytes === null ? null : Uint8Array.from(m.keyStore.bytes);
  const writes = m.db.writeCount;
  try {
    await w.cluster.restart(m.id, {}, kek);
    w.startManager(m);
    w.damaged.delete(m.id);
    w.note(`${m.id.toString(36)} restarted`);
    return "started";
  } catch (error) {
    if (codeOf(error) === "WRONG_UNLOCK_KEY") {
      const known = kek !== null && w.unlockKeys.some((k) => equalBytes(k, kek.bytes));
      w.marks.hit(known ? "unlock keys of another version refused" : "wrong unlock keys refused");
      const after = m.keyStore.bytes;
      const same = keyFile === null ? after === null : after !== null && equalBytes(keyFile, after);
      if (m.db.writeCount !== writes || !same)
        w.checks.violation(`a refused unlock key changed node ${m.id.toString(36)}'s disk`);
    }
    return error;
  } finally {
    kek?.wipe();
  }
}

/**
 * A joiner stopped before its first snapshot knows only the managers it joined through; when
 * those are gone (removed or wiped since), it knows no peer to answer, and no leader can
 * repair it. keel refuses such a node only when it lost acknowledged entries
 * (MEMBERS_UNKNOWN); here the operator sees a manager that never catches up and re-joins it.
 */
export async function wipeIfPeerless(w: World, id: NodeId): Promise<void> {
  const node = w.cluster.members.get(id)?.node;
  if (node === null || node === undefined || w.cluster.members.size < 2) return;
  const reachable = node.status().members.filter((m) => m.id !== id && w.cluster.members.has(m.id));
  if (reachable.length > 0) return;
  w.note(`${id.toString(36)} knows no live peer: wiped, re-joins as a new member`);
  w.dropManager(id);
  await wipe(w, id);
}

/** The operator's remedy for a disk damaged beyond repair: remove the member, wipe, re-join. */
export async function wipe(w: World, id: NodeId): Promise<void> {
  w.damaged.delete(id);
  await w.cluster.forget(id);
  // The damaged member may have led: its removal waits for the next leader.
  const leader = await awaitLeader(w);
  if (leader !== null) {
    try {
      await w.cluster.resolve(leader.removeMember(id), 5 * ELECTION_MS);
    } catch (error) {
      w.note(`remove of wiped ${id.toString(36)} failed: ${codeOf(error)}`);
    }
  }
  w.marks.hit("damaged nodes wiped and re-joined");
  await join(w);
}

export async function removeMember(w: World): Promise<void> {
  const leader = w.cluster.leader();
  if (leader === null || w.cluster.members.size <= 3 || w.down.size > 0) return;
  const others = [...w.cluster.members.keys()].filter((id) => id !== leader.id);
  const id = w.prng.pick(others);
  try {
    await w.cluster.resolve(leader.removeMember(id), 5 * ELECTION_MS);
    w.marks.hit("members removed");
    w.note(`removed ${id.toString(36)}; the operator shuts it down`);
    // A member that missed its own removal would campaign for ever, its messages dropped by
    // the others (it is never told): the operator decommissions it, as after `keel node rm`.
    w.dropManager(id);
    w.down.delete(id);
    if (w.cluster.members.has(id)) await w.cluster.forget(id);
  } catch (error) {
    w.note(`remove ${id.toString(36)} failed: ${codeOf(error)}`);
  }
}
