// The node-lifecycle and settings commands against a fake node: exactly what each sends and how
// it shows the answer — node ls page by page, node update's labels, cluster update's settings
// and durations, join-token without rotating, leave.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { UsageError } from "../../src/cli/args.js";
import { clusterCommand } from "../../src/cli/commands/cluster.js";
import { joinTokenCommand } from "../../src/cli/commands/join-token.js";
import { leaveCommand } from "../../src/cli/commands/leave.js";
import { nodeCommand } from "../../src/cli/commands/nodes.js";
import { formatDurationMs, parseDurationMs } from "../../src/cli/duration.js";
import { keelapi } from "../../src/gen/api.js";
import { methods } from "../../src/manager/index.js";
import { fakeNode, recordingIo } from "./fake-node.js";
import type { FakeNode } from "./fake-node.js";

let root = "";
let node: FakeNode;

/** Three nodes served two to a page, as a manager pages them. */
const views: keelapi.NodeView.$Properties[] = [
  {
    id: "aaa",
    name: "m1",
    role: "manager",
    desiredRole: "manager",
    state: "ready",
    availability: "active",
    managerStatus: "Leader",
  },
  {
    id: "bbb",
    name: "m2",
    role: "manager",
    desiredRole: "manager",
    state: "down",
    availability: "active",
    managerStatus: "Unreachable",
  },
  {
    id: "ccc",
    name: "w1",
    role: "worker",
    desiredRole: "worker",
    state: "ready",
    availability: "drain",
    managerStatus: "",
  },
];

function nodePage(body: Uint8Array): Uint8Array {
  const request = keelapi.ListRequest.decode(body);
  const start = request.pageToken === "" ? 0 : views.findIndex((v) => v.id === request.pageToken) + 1;
  const page = views.slice(start, start + 2);
  const last = start + 2 >= views.length;
  return keelapi.NodeListResponse.encode({
    nodes: page,
    nextPageToken: last ? "" : (page[1]?.id ?? ""),
  }).finish();
}

const cluster: keelapi.ClusterView.$Properties = {
  id: "c1",
  settings: {
    certExpiryMs: 90 * 24 * 3600_000,
    snapshotInterval: 100,
    heartbeatTick: 1,
    electionTick: 20,
    networkKeyRotationMs: 12 * 3600_000,
  },
  pendingRestart: ["election_tick"],
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-cli-lifecycle-"));
  node = await fakeNode(root, (method, body) => {
    switch (method) {
      case methods.nodeList:
        return Promise.resolve(nodePage(body));
      case methods.nodeGet:
      case methods.nodeUpdate:
      case methods.nodeLeave:
        return Promise.resolve(keelapi.NodeResponse.encode({ node: views[2] ?? null }).finish());
      case "local.Status":
        return Promise.resolve(
          keelapi.StatusResponse.encode({
            nodeId: "aaa",
            members: [{ address: "10.0.0.1:4242" }, { address: "10.0.0.2:4242" }],
          }).finish(),
        );
      case methods.clusterGet:
        return Promise.resolve(keelapi.ClusterView.encode(cluster).finish());
      case methods.clusterUpdate:
        return Promise.resolve(keelapi.ClusterUpdateResponse.encode({ cluster }).finish());
      case methods.joinTokens:
      case methods.rotateJoinToken:
        return Promise.resolve(
          keelapi.JoinTokensResponse.encode({ worker: "WTOKEN", manager: "MTOKEN" }).finish(),
        );
      default:
        return Promise.reject(new Error(`unexpected ${method}`));
    }
  });
});

afterAll(async () => {
  await node.close();
  await rm(root, { recursive: true, force: true });
});

function sent(method: string): Uint8Array[] {
  return node.calls.filter((c) => c.method === method).map((c) => c.body);
}

describe("keel node", () => {
  test("ls reads every page and shows NAME, STATUS, AVAILABILITY, MANAGER STATUS, this node starred", async () => {
    node.calls.length = 0;
    const io = recordingIo();
    expect(await nodeCommand(["ls", "--data-dir", node.dir], io)).toBe(0);
    expect(sent(methods.nodeList)).toHaveLength(2);
    expect(io.stdout[0]).toMatch(/^ID\s+NAME\s+STATUS\s+AVAILABILITY\s+MANAGER STATUS\s+PENDING$/);
    expect(io.stdout.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ["aaa *", "m1", "ready", "active", "Leader"],
      ["bbb", "m2", "down", "active", "Unreachable"],
      ["ccc", "w1", "ready", "drain"],
    ]);
    const quiet = recordingIo();
    await nodeCommand(["ls", "--quiet", "--data-dir", node.dir], quiet);
    expect(quiet.stdout).toEqual(["aaa", "bbb", "ccc"]);
    const json = recordingIo();
    await nodeCommand(["ls", "--json", "--data-dir", node.dir], json);
    expect((JSON.parse(json.stdout.join("")) as { name: string }[]).map((n) => n.name)).toEqual([
      "m1",
      "m2",
      "w1",
    ]);
  });

  test("update sends availability, labels added (K=V, or K alone) and removed", async () => {
    node.calls.length = 0;
    const args = ["update", "w1", "--availability", "drain", "--label-add", "zone=a=b", "--label-add", "ssd"];
    await nodeCommand([...args, "--label-rm", "old", "--data-dir", node.dir], recordingIo());
    const [body] = sent(methods.nodeUpdate);
    expect(
      keelapi.NodeUpdateRequest.toObject(keelapi.NodeUpdateRequest.decode(body ?? new Uint8Array()), {
        defaults: true,
      }),
    ).toEqual({
      ref: "w1",
      availability: "drain",
      labelAdd: [
        { key: "zone", value: "a=b" },
        { key: "ssd", value: "" },
      ],
      labelRm: ["old"],
    });
  });

  test("update with nothing to change, or a label without a key, is a usage error and sends nothing", async () => {
    node.calls.length = 0;
    for (const args of [["update", "w1"], ["update", "w1", "--label-add", "=x"], ["inspect"]]) {
      const error = await nodeCommand([...args, "--data-dir", node.dir], recordingIo()).catch(
        (e: unknown) => e,
      );
      expect(error, args.join(" ")).toBeInstanceOf(UsageError);
    }
    expect(node.calls).toEqual([]);
  });
});

describe("keel cluster", () => {
  test("update sends each setting given (durations in ms), nothing else", async () => {
    node.calls.length = 0;
    const io = recordingIo();
    const args = [
      "update",
      "--snapshot-interval",
      "100",
      "--cert-expiry",
      "2160h",
      "--network-key-rotation",
      "1h30m",
    ];
    await clusterCommand([...args, "--election-tick", "20", "--data-dir", node.dir], io);
    const [body] = sent(methods.clusterUpdate);
    expect(
      keelapi.ClusterUpdateRequest.toObject(keelapi.ClusterUpdateRequest.decode(body ?? new Uint8Array()), {
        longs: Number,
      }),
    ).toEqual({
      snapshotInterval: 100,
      certExpiryMs: 2160 * 3600_000,
      networkKeyRotationMs: 90 * 60_000,
      electionTick: 20,
    });
    expect(io.stdout).toContain("election-tick                   20 (pending a restart of this manager)");
    expect(io.stdout.find((l) => l.startsWith("heartbeat-tick"))).not.toMatch(/pending/);
    expect(io.stdout.find((l) => l.startsWith("cert-expiry"))).toMatch(/\s90d$/);
  });

  test("a value that is not a number or a duration, or no setting at all, is a usage error and sends nothing", async () => {
    node.calls.length = 0;
    for (const args of [
      ["update"],
      ["update", "--snapshot-interval", "-5"],
      ["update", "--snapshot-interval", "1e3"],
      ["update", "--cert-expiry", "90"],
      ["update", "--cert-expiry", "1y"],
      ["update", "--autolock=maybe"],
      ["rotate"],
    ]) {
      const error = await clusterCommand([...args, "--data-dir", node.dir], recordingIo()).catch(
        (e: unknown) => e,
      );
      expect(error, args.join(" ")).toBeInstanceOf(UsageError);
    }
    expect(node.calls).toEqual([]);
  });

  test("durations: whole units run together, shown in the largest unit that divides them", () => {
    expect(parseDurationMs("x", "90d")).toBe(90 * 24 * 3600_000);
    expect(parseDurationMs("x", "1h30m15s500ms")).toBe(5_415_500);
    expect(formatDurationMs(5_400_000)).toBe("90m");
    expect(formatDurationMs(7 * 24 * 3600_000)).toBe("7d");
    expect(formatDurationMs(1500)).toBe("1500ms");
  });
});

describe("keel join-token and keel leave", () => {
  test("join-token shows a token without rotating it, with the managers to join through", async () => {
    node.calls.length = 0;
    const io = recordingIo();
    await joinTokenCommand(["worker", "--data-dir", node.dir], io);
    expect(sent(methods.rotateJoinToken)).toEqual([]);
    expect(io.stdout[0]).toBe("worker-token: WTOKEN");
    expect(io.stdout[1]).toMatch(/--token WTOKEN --join 10\.0\.0\.1:4242,10\.0\.0\.2:4242/);
    const quiet = recordingIo();
    await joinTokenCommand(["manager", "--quiet", "--data-dir", node.dir], quiet);
    expect(quiet.stdout).toEqual(["MTOKEN"]);
  });

  test("join-token --rotate rotates only that role's token", async () => {
    node.calls.length = 0;
    await joinTokenCommand(["manager", "--rotate", "--quiet", "--data-dir", node.dir], recordingIo());
    const [body] = sent(methods.rotateJoinToken);
    expect(keelapi.RotateJoinTokenRequest.decode(body ?? new Uint8Array())).toMatchObject({
      manager: true,
      worker: false,
    });
    const error = await joinTokenCommand(["admin", "--data-dir", node.dir], recordingIo()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
  });

  test("leave sends force only when given", async () => {
    node.calls.length = 0;
    await leaveCommand(["--data-dir", node.dir], recordingIo());
    await leaveCommand(["--force", "--data-dir", node.dir], recordingIo());
    expect(sent(methods.nodeLeave).map((b) => keelapi.NodeLeaveRequest.decode(b).force)).toEqual([
      false,
      true,
    ]);
  });
});
