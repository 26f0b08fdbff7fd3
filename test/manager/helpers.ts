// Shared set-up for manager tests: temp data dirs, a captured JSON log, typed API calls, waits.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keelapi } from "../../src/gen/api.js";
import { initCluster } from "../../src/manager/bootstrap.js";
import type { Initialized } from "../../src/manager/bootstrap.js";
import type { Logger } from "../../src/manager/log.js";
import { jsonLogger } from "../../src/manager/log.js";
import { joinCluster } from "../../src/manager/join.js";
import type { Manager } from "../../src/manager/manager.js";
import type { ManagerTuning } from "../../src/manager/manager.js";
import type { Worker } from "../../src/manager/worker.js";

export const tuning = { tickMs: 50, electionTicks: 10, controllerIntervalMs: 200 };

/** TempDirs makes data dirs under one temp root and removes them all. */
export class TempDirs {
  private root: string | null = null;

  async make(name: string): Promise<string> {
    this.root ??= await mkdtemp(join(tmpdir(), "keel-mgr-"));
    return join(this.root, name);
  }

  async cleanup(): Promise<void> {
    if (this.root !== null) await rm(this.root, { recursive: true, force: true });
    this.root = null;
  }
}

/** CapturedLog keeps every JSON line a node logs; set KEEL_TEST_LOG=1 to see them. */
export class CapturedLog {
  readonly lines: Record<string, unknown>[] = [];
  readonly logger: Logger;

  constructor(name: string) {
    this.logger = jsonLogger({
      level: "debug",
      fields: { test: name },
      write: (line) => {
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
        if (process.env["KEEL_TEST_LOG"] === "1") process.stderr.write(line + "\n");
      },
    });
  }

  events(event: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l["event"] === event);
  }
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** codeOf is the `code` a promise fails with. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
  throw new Error("expected a failure");
}

type Node = Manager | Worker;

/** joinAs joins a node named `name` (its data dir too) through `via`, listening on loopback. */
export async function joinAs(
  setup: { dirs: TempDirs; log: CapturedLog; tuning: ManagerTuning },
  via: string,
  token: string,
  name: string,
): Promise<Node> {
  return joinCluster(
    { dataDir: await setup.dirs.make(name), token, join: via, listen: "127.0.0.1:0", name },
    { log: setup.log.logger.with({ n: name }), tuning: setup.tuning },
  );
}

/**
 * threeManagers starts m1 with init and joins m2 and m3 as managers (each named, with its own data
 * dir); resolves once every one of them sees three voters.
 */
export async function threeManagers(setup: {
  dirs: TempDirs;
  log: CapturedLog;
  tuning: ManagerTuning;
}): Promise<{ init: Initialized; managers: Manager[] }> {
  const init = await initCluster(
    { dataDir: await setup.dirs.make("m1"), listen: "127.0.0.1:0", autolock: false, name: "m1" },
    { log: setup.log.logger.with({ n: "m1" }), tuning: setup.tuning },
  );
  const managers: Manager[] = [init.manager];
  for (const name of ["m2", "m3"]) {
    managers.push((await joinAs(setup, init.address, init.joinTokens.manager, name)) as Manager);
  }
  await waitFor(
    () => managers.every((m) => m.node.status().members.filter((x) => x.suffrage === "voter").length === 3),
    "three voters",
  );
  return { init, managers };
}

export const api = {
  async secretCreate(node: Node, name: string, data: string): Promise<keelapi.SecretView> {
    const body = keelapi.SecretCreateRequest.encode({
      name,
      data: new Uint8Array(Buffer.from(data)),
    }).finish();
    const response = keelapi.SecretResponse.decode(await node.call("keel.api.SecretCreate", body));
    return keelapi.SecretView.fromObject(response.secret ?? {});
  },
  async secretList(node: Node): Promise<keelapi.SecretView.$Properties[]> {
    return keelapi.SecretListResponse.decode(await node.call("keel.api.SecretList", new Uint8Array(0)))
      .secrets;
  },
  async secretGet(node: Node, ref: string): Promise<keelapi.SecretView.$Properties> {
    const body = keelapi.ObjectRef.encode({ ref }).finish();
    return keelapi.SecretResponse.decode(await node.call("keel.api.SecretGet", body)).secret ?? {};
  },
  async secretRemove(node: Node, ref: string): Promise<void> {
    await node.call("keel.api.SecretRemove", keelapi.ObjectRef.encode({ ref }).finish());
  },
  async status(node: Node): Promise<keelapi.StatusResponse> {
    return keelapi.StatusResponse.decode(await node.call("local.Status", new Uint8Array(0)));
  },
  async unlockKey(node: Node): Promise<keelapi.UnlockKeyResponse> {
    return keelapi.UnlockKeyResponse.decode(await node.call("keel.api.UnlockKey", new Uint8Array(0)));
  },
  async rotateUnlockKey(node: Node): Promise<keelapi.UnlockKeyResponse> {
    return keelapi.UnlockKeyResponse.decode(await node.call("keel.api.RotateUnlockKey", new Uint8Array(0)));
  },
  async clusterUpdate(node: Node, autolock: boolean): Promise<keelapi.ClusterUpdateResponse> {
    const body = keelapi.ClusterUpdateRequest.encode({ autolock }).finish();
    return keelapi.ClusterUpdateResponse.decode(await node.call("keel.api.ClusterUpdate", body));
  },
  async nodeList(node: Node): Promise<keelapi.NodeView.$Properties[]> {
    return keelapi.NodeListResponse.decode(await node.call("keel.api.NodeList", new Uint8Array(0))).nodes;
  },
};

/** stoppedManager inits an autolocked one-manager cluster in `dataDir`, stops it, and returns its unlock key. */
export async function stoppedManager(dataDir: string, log: Logger): Promise<string> {
  const init = await initCluster({ dataDir, listen: "127.0.0.1:0", autolock: true }, { log, tuning });
  await init.manager.stop();
  return init.unlockKey ?? "";
}
