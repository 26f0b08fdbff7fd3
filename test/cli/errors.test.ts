// What a failure says: a forwarded call's failure keeps the remote code, method names become
// operations in the user's words, and a lost quorum says how many managers are reachable.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runKeel } from "../../src/cli/run.js";
import { ClientError, KeelClient } from "../../src/client/index.js";
import { keelapi } from "../../src/gen/api.js";
import { ManagerError, localMethods, methods } from "../../src/manager/index.js";
import { TransportError } from "../../src/transport/index.js";
import { fakeNode, recordingIo } from "./fake-node.js";
import type { FakeNode } from "./fake-node.js";

let root = "";
let node: FakeNode;
let leaderId = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "keel-cli-errors-"));
  node = await fakeNode(root, (method) => {
    switch (method) {
      case localMethods.status:
        return Promise.resolve(
          keelapi.StatusResponse.encode({
            nodeId: "n1",
            role: "manager",
            state: "running",
            leaderId,
            members: [
              { nodeId: "n1", suffrage: "voter", reachable: false },
              { nodeId: "n2", suffrage: "voter", reachable: false },
              { nodeId: "n3", suffrage: "voter", reachable: true },
              { nodeId: "n4", suffrage: "voter", reachable: false },
              { nodeId: "n5", suffrage: "voter", reachable: false },
              { nodeId: "n6", suffrage: "learner", reachable: true },
            ],
          }).finish(),
        );
      case methods.secretCreate:
        return Promise.reject(
          new TransportError({
            code: "RPC_FAILED",
            method: "keel.api.SecretCreate",
            remoteCode: "NAME_CONFLICT",
            remoteMessage: "a secret named x exists",
          }),
        );
      case methods.nodeRole:
        return Promise.reject(new ManagerError({ code: "NOT_A_MANAGER", method: "fwd.keel.api.NodeRole" }));
      case methods.secretRemove:
        return Promise.reject(
          Object.assign(new Error("propose: not the leader (leader unknown)"), { code: "NOT_LEADER" }),
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

test("a forwarded call's failure crosses the control socket with the remote code and message", async () => {
  const error = await KeelClient.local(node.dir)
    .secrets.create("x", new Uint8Array([1]))
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ClientError);
  expect((error as ClientError).code).toBe("NAME_CONFLICT");
  expect((error as ClientError).message).toBe("a secret named x exists");
  const io = recordingIo({ all: new Uint8Array([1]) });
  expect(await runKeel(["secret", "create", "x", "--data-dir", node.dir], io)).toBe(1);
  expect(io.stderr).toEqual(["keel secret: a secret named x exists [NAME_CONFLICT]"]);
});

test("messages name the operation, not the method", async () => {
  const io = recordingIo();
  expect(await runKeel(["node", "promote", "abc", "--data-dir", node.dir], io)).toBe(6);
  expect(io.stderr.join("\n")).toContain("change a node's role: this node is a worker");
  expect(io.stderr.join("\n")).not.toMatch(/keel\.api|fwd\.|local\./);
});

test("a lost quorum says how many managers are reachable and what the quorum is; the code is kept", async () => {
  leaderId = "";
  const io = recordingIo();
  expect(await runKeel(["secret", "rm", "x", "--data-dir", node.dir], io)).toBe(1);
  expect(io.stderr).toEqual(["keel secret: no leader: 2 of 5 managers reachable, quorum is 3 [NOT_LEADER]"]);
  // With a leader known, the node's own message stands.
  leaderId = "n3";
  const error = (await KeelClient.local(node.dir)
    .secrets.remove("x")
    .catch((e: unknown) => e)) as ClientError;
  expect(error.code).toBe("NOT_LEADER");
  expect(error.message).toContain("not the leader");
});
