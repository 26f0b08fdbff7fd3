// `keel leave` on three managers and a worker: a worker leaves and stops; a manager only with
// force, refused with QUORUM_AT_RISK (nothing changed) when the managers left could not make a
// quorum; a follower and then the leader leave with force and stop, their nodes gone.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { keelapi } from "../../src/gen/api.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import type { Manager } from "../../src/manager/manager.js";
import { runNode } from "../../src/manager/open.js";
import type { Worker } from "../../src/manager/worker.js";
import { wireFailure } from "../../src/manager/control-socket.js";
import { CapturedLog, TempDirs, joinAs, threeManagers, tuning, waitFor } from "./helpers.js";

const dirs = new TempDirs();
const log = new CapturedLog("leave");
let init: Initialized;
const managers: Manager[] = [];
/** Stopped or removed, to stop again at the end (stop is idempotent). */
const retired: (Manager | Worker)[] = [];

function leave(node: Manager | Worker, force: boolean): Promise<Uint8Array> {
  return node.call("keel.api.NodeLeave", keelapi.NodeLeaveRequest.encode({ force }).finish());
}

/** The code a leave fails with, as the keel command sees it: a forwarded one is the leader's own. */
async function leaveCode(node: Manager | Worker, force: boolean): Promise<string> {
  return wireFailure(
    await leave(node, force).then(
      () => null,
      (error: unknown) => error,
    ),
  ).code;
}

function leader(): Manager {
  const found = managers.find((m) => m.node.isLeader);
  if (found === undefined) throw new Error("no leader");
  return found;
}

async function nodeIds(): Promise<string[]> {
  const body = await leader().call("keel.api.NodeList", new Uint8Array(0));
  return keelapi.NodeListResponse.decode(body).nodes.map((n) => n.id ?? "");
}

function voters(m: Manager): number {
  return m.node.status().members.filter((x) => x.suffrage === "voter").length;
}

beforeAll(async () => {
  const started = await threeManagers({ dirs, log, tuning });
  init = started.init;
  managers.push(...started.managers);
}, 30_000);

afterAll(async () => {
  for (const m of managers) await m.stop({ transferLeadership: false });
  for (const node of retired) await node.stop();
  await dirs.cleanup();
});

describe("keel leave", () => {
  test("a worker leaves: it is removed from the cluster and stops", async () => {
    const worker = (await joinAs(
      { dirs, log, tuning },
      init.address,
      init.joinTokens.worker,
      "w1",
    )) as Worker;
    retired.push(worker);
    expect(await nodeIds()).toContain(worker.identity.nodeId);
    await leave(worker, false);
    expect(await worker.done).toBe("removed");
    await worker.stop();
    expect(await nodeIds()).not.toContain(worker.identity.nodeId);
  });

  test("a manager leaves only with force: FAILED_PRECONDITION without, and it stays", async () => {
    const follower = managers.find((m) => !m.node.isLeader) as Manager;
    expect(await leaveCode(follower, false)).toBe("FAILED_PRECONDITION");
    expect(await nodeIds()).toContain(follower.identity.nodeId);
    expect(voters(leader())).toBe(3);
  });

  test("a leave that costs the quorum is QUORUM_AT_RISK and changes nothing", async () => {
    const [stopped, asking] = managers.filter((m) => !m.node.isLeader) as [Manager, Manager];
    await stopped.stop({ transferLeadership: false });
    await waitFor(
      () =>
        leader()
          .node.status()
          .members.some((x) => x.id === stopped.node.id && !x.reachable),
      "the stopped manager unreachable",
    );
    expect(await leaveCode(asking, true)).toBe("QUORUM_AT_RISK");
    expect(voters(leader())).toBe(3);
    expect(await nodeIds()).toContain(asking.identity.nodeId);
    // Back to three reachable managers.
    const index = managers.indexOf(stopped);
    managers[index] = (await runNode(
      { dataDir: stopped.dir.path },
      { log: log.logger.with({ n: "restarted" }), tuning },
    )) as Manager;
    await waitFor(
      () =>
        leader()
          .node.status()
          .members.every((x) => x.reachable || x.id === leader().node.id),
      "every manager reachable again",
    );
    // The restarted manager forwards a leave to the leader: it must know who leads first, or the
    // next test's call is NO_LEADER (seen in CI under load).
    await waitFor(
      () => managers.every((m) => m.node.status().leader === leader().node.id),
      "every manager knows the leader",
    );
  });

  test("a follower leaves with force: out of Raft, its node gone, and it stops", async () => {
    const follower = managers.find((m) => !m.node.isLeader) as Manager;
    await leave(follower, true);
    expect(await follower.done).toBe("removed");
    await follower.stop({ transferLeadership: false });
    managers.splice(managers.indexOf(follower), 1);
    retired.push(follower);
    expect(voters(leader())).toBe(2);
    expect(await nodeIds()).not.toContain(follower.identity.nodeId);
  });

  test("the leader leaves with force: it hands leadership over first, then stops", async () => {
    const old = leader();
    await leave(old, true);
    expect(await old.done).toBe("removed");
    await old.stop({ transferLeadership: false });
    managers.splice(managers.indexOf(old), 1);
    retired.push(old);
    const [last] = managers as [Manager];
    await waitFor(() => last.node.isLeader && voters(last) === 1, "the last manager leads alone");
    expect(await nodeIds()).toEqual([last.identity.nodeId]);
    // The last manager cannot leave: no quorum would be left.
    expect(await leaveCode(last, true)).toBe("QUORUM_AT_RISK");
    expect(await nodeIds()).toEqual([last.identity.nodeId]);
  });
});
