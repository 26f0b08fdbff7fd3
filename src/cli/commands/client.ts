// Commands that talk to a running node through its data dir's control socket (as the docker
// CLI talks to its daemon): the node answers as itself, with its own credentials, forwarding
// to the leader or (on a worker) to a manager where needed.
import { readFile } from "node:fs/promises";
import { keelapi } from "../../gen/api.js";
import { ManagerError, controlCall, dataDir, localMethods, methods } from "../../manager/index.js";
import { UsageError, defaultDataDir, isSet, parseArgs, valueOf, valuesOf } from "../args.js";
import type { Parsed } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { table, when } from "../render.js";
import { looseU64 } from "../../protobuf-u64.js";

const EMPTY = new Uint8Array(0);

function socketOf(parsed: Parsed): string {
  return dataDir(valueOf(parsed, "data-dir", defaultDataDir)).controlSocket;
}

function call(parsed: Parsed, method: string, body: Uint8Array = EMPTY): Promise<Uint8Array> {
  return controlCall(socketOf(parsed), method, body);
}

const num = looseU64;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long `keel unlock` waits for the node to open with the key. */
const unlockTimeoutMs = 10 * 60_000;

export async function unlockCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"] });
  const key = await io.readSecret("Unlock key: ");
  if (key.length === 0) throw new UsageError("no unlock key given (stdin or the prompt)");
  // Answered once the node opened its WAL with the key (or failed to, with the failure's code),
  // which on a large WAL takes longer than other calls.
  await controlCall(socketOf(parsed), localMethods.unlock, keelapi.UnlockRequest.encode({ key }).finish(), {
    timeoutMs: unlockTimeoutMs,
  });
  io.out("unlocked");
  return exitCodes.ok;
}

export async function unlockKeyCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["rotate", "quiet"] });
  const rotate = isSet(parsed, "rotate");
  const response = keelapi.UnlockKeyResponse.decode(
    await call(parsed, rotate ? methods.rotateUnlockKey : methods.unlockKey),
  );
  if (response.text === "") {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "this cluster is not autolocked: there is no unlock key (keel cluster update --autolock=true)",
    });
  }
  if (isSet(parsed, "quiet")) {
    io.out(response.text);
    return exitCodes.ok;
  }
  io.out(`unlock-key: ${response.text}`);
  io.out("# To unlock a restarted manager, run `keel unlock` and give it this key.");
  if (rotate) for (const line of rotationHint(num(response.version))) io.out(line);
  return exitCodes.ok;
}

/**
 * rotationHint tells what a manager that was down needs: its key file stays sealed under the key
 * in force when it went down until it has caught up (kek-sync.ts), so after two rotations that
 * is not the previous key but an older one.
 */
export function rotationHint(version: number): string[] {
  return [
    "# A manager that was down during this rotation still needs the key that was in force when it went",
    "# down (after two or more rotations, an older one than the previous key); it re-seals its key file",
    `# under the new key once it has caught up. Keep each old key with its version (this one: ${version})`,
    "# until then: a locked manager's `keel status` shows its KEK version, opened by the newest key at or below it.",
  ];
}

export async function statusCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["json"] });
  const status = keelapi.StatusResponse.decode(await call(parsed, localMethods.status));
  if (isSet(parsed, "json")) {
    io.out(JSON.stringify(keelapi.StatusResponse.toObject(status, { longs: Number, defaults: true })));
    return exitCodes.ok;
  }
  const rows: [string, string][] = [
    ["node", `${status.nodeId} (${status.role})`],
    ["cluster", status.clusterId],
    ["state", status.state],
  ];
  if (status.role === "manager" && status.state !== "locked") {
    rows.push(
      ["address", status.address],
      ["leader", status.leaderId === "" ? "none" : `${status.leaderId} at ${status.leaderAddress}`],
      [
        "raft",
        `${status.raftState}, term ${num(status.term)}, commit ${num(status.commit)}, applied ${num(status.applied)}`,
      ],
      [
        "dek",
        `${status.dekState}, current ${status.dekCurrent}${status.dekPending === "" ? "" : `, pending ${status.dekPending}`}`,
      ],
      ["kek", `version ${num(status.kekVersion)}, autolock ${status.autolock ? "on" : "off"}`],
    );
  } else if (status.role === "worker") {
    rows.push(["manager", status.leaderAddress === "" ? "none yet" : status.leaderAddress]);
  }
  if (status.state !== "locked")
    rows.push(["certificate", `expires ${when(num(status.certificateNotAfterMs))}`]);
  for (const k of status.networkKeys) {
    rows.push([`key ${k.subsystem ?? ""}`, `primary tag ${num(k.primaryTag)} (${num(k.keyCount)} keys)`]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) io.out(`${k.padEnd(width)}  ${v}`);
  if (status.members.length > 0) {
    io.out("");
    const memberRows = status.members.map((m) => [
      m.nodeId ?? "",
      m.address ?? "",
      m.suffrage ?? "",
      m.leader === true ? "leader" : "",
      m.reachable === true ? "yes" : "?",
      String(num(m.match)),
    ]);
    for (const line of table(["MEMBER", "ADDRESS", "SUFFRAGE", "LEADER", "REACHABLE", "MATCH"], memberRows))
      io.out(line);
  }
  return exitCodes.ok;
}

export async function nodeCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const parsed = parseArgs(rest, {
    values: ["data-dir"],
    ...(sub === "ls" ? { booleans: ["json"] } : { booleans: sub === "rm" ? ["force"] : [] }),
    positionals: { max: sub === "ls" ? 0 : 1 },
  });
  const ref = parsed.positionals[0] ?? "";
  const needRef = (): string => {
    if (ref === "") throw new UsageError(`keel node ${sub ?? ""} needs a node id`);
    return ref;
  };
  switch (sub) {
    case "ls": {
      const nodes = keelapi.NodeListResponse.decode(await call(parsed, methods.nodeList)).nodes;
      if (isSet(parsed, "json")) {
        io.out(
          JSON.stringify(
            nodes.map((n) => keelapi.NodeView.toObject(keelapi.NodeView.fromObject(n), { longs: Number })),
          ),
        );
        return exitCodes.ok;
      }
      const rows = nodes.map((n) => [
        n.id ?? "",
        n.role ?? "",
        n.raftSuffrage === "" ? "-" : `${n.raftSuffrage ?? ""}${n.leader === true ? " (leader)" : ""}`,
        n.address === "" ? "-" : (n.address ?? ""),
        n.certificateState ?? "",
        n.desiredRole !== n.role ? `-> ${n.desiredRole ?? ""}` : "",
      ]);
      for (const line of table(["ID", "ROLE", "RAFT", "ADDRESS", "CERTIFICATE", "PENDING"], rows))
        io.out(line);
      return exitCodes.ok;
    }
    case "rm": {
      const body = keelapi.NodeRemoveRequest.encode({
        ref: needRef(),
        force: isSet(parsed, "force"),
      }).finish();
      const node = keelapi.NodeResponse.decode(await call(parsed, methods.nodeRemove, body)).node;
      io.out(node?.id ?? ref);
      return exitCodes.ok;
    }
    case "promote":
    case "demote": {
      const role = sub === "promote" ? "manager" : "worker";
      const body = keelapi.NodeRoleRequest.encode({ ref: needRef(), role }).finish();
      const node = keelapi.NodeResponse.decode(await call(parsed, methods.nodeRole, body)).node;
      io.out(`${node?.id ?? ref}: desired role ${role}`);
      if (role === "worker")
        io.out("# The demoted manager left Raft and stops; join it again with a worker token.");
      else
        io.out(
          "# The worker hears its new desired role and becomes a manager in place (its log says `promoted`; see keel node ls).",
        );
      return exitCodes.ok;
    }
    default:
      throw new UsageError("keel node ls | rm ID [--force] | promote ID | demote ID");
  }
}

/** How many arguments each `keel secret` subcommand takes. */
const secretPositionals: Readonly<Record<string, { min?: number; max: number }>> = {
  create: { max: 2 },
  ls: { max: 0 },
  inspect: { max: 1 },
  rm: { max: Infinity },
};

function secretRow(s: keelapi.SecretView.$Properties): string[] {
  return [
    s.id ?? "",
    s.name ?? "",
    String(num(s.dataBytes)),
    new Date(num(s.meta?.createdAtMs)).toISOString(),
  ];
}

export async function secretCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const parsed = parseArgs(rest, {
    values: ["data-dir"],
    ...(sub === "create" ? { repeated: ["label"] } : {}),
    positionals: secretPositionals[sub ?? ""] ?? { max: 0 },
  });
  const [first, second] = parsed.positionals;
  switch (sub) {
    case "create": {
      if (first === undefined) throw new UsageError("keel secret create NAME [FILE|-] [--label K=V ...]");
      const data =
        second === undefined || second === "-" ? await io.readAll() : new Uint8Array(await readFile(second));
      const labels = valuesOf(parsed, "label").map((l) => {
        const eq = l.indexOf("=");
        return eq < 0 ? { key: l, value: "" } : { key: l.slice(0, eq), value: l.slice(eq + 1) };
      });
      const body = keelapi.SecretCreateRequest.encode({ name: first, data, labels }).finish();
      data.fill(0);
      const secret = keelapi.SecretResponse.decode(await call(parsed, methods.secretCreate, body)).secret;
      io.out(secret?.id ?? "");
      return exitCodes.ok;
    }
    case "ls": {
      const secrets = keelapi.SecretListResponse.decode(await call(parsed, methods.secretList)).secrets;
      for (const line of table(["ID", "NAME", "BYTES", "CREATED"], secrets.map(secretRow))) io.out(line);
      return exitCodes.ok;
    }
    case "inspect": {
      if (first === undefined) throw new UsageError("keel secret inspect ID|NAME");
      const body = keelapi.ObjectRef.encode({ ref: first }).finish();
      const secret = keelapi.SecretResponse.decode(await call(parsed, methods.secretGet, body)).secret ?? {};
      io.out(
        JSON.stringify(
          keelapi.SecretView.toObject(keelapi.SecretView.fromObject(secret), {
            longs: Number,
            defaults: true,
          }),
          null,
          2,
        ),
      );
      return exitCodes.ok;
    }
    case "rm": {
      if (parsed.positionals.length === 0) throw new UsageError("keel secret rm ID|NAME ...");
      for (const ref of parsed.positionals) {
        await call(parsed, methods.secretRemove, keelapi.ObjectRef.encode({ ref }).finish());
        io.out(ref);
      }
      return exitCodes.ok;
    }
    default:
      throw new UsageError("keel secret create | ls | inspect | rm");
  }
}

export async function clusterCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const parsed = parseArgs(rest, { values: ["data-dir", "autolock"] });
  if (sub !== "update") throw new UsageError("keel cluster update --autolock=true|false");
  const autolock = valueOf(parsed, "autolock");
  if (autolock !== "true" && autolock !== "false")
    throw new UsageError("--autolock=true or --autolock=false");
  const body = keelapi.ClusterUpdateRequest.encode({ autolock: autolock === "true" }).finish();
  const response = keelapi.ClusterUpdateResponse.decode(await call(parsed, methods.clusterUpdate, body));
  io.out(`autolock: ${response.cluster?.autolock === true ? "on" : "off"}`);
  if (response.unlockKey !== "") {
    io.out(`unlock-key: ${response.unlockKey}`);
    io.out("# Keep the unlock key safe: a restarted manager needs it (keel unlock).");
  }
  return exitCodes.ok;
}

export async function rotateCommand(argv: readonly string[], io: Io): Promise<number> {
  const [what, ...rest] = argv;
  if (what === "unlock-key") return unlockKeyCommand(["--rotate", ...rest], io);
  // Only join-token takes flags of its own (which token).
  const parsed = parseArgs(rest, {
    values: ["data-dir"],
    booleans: what === "join-token" ? ["worker", "manager"] : [],
  });
  switch (what) {
    case "join-token": {
      const body = keelapi.RotateJoinTokenRequest.encode({
        worker: isSet(parsed, "worker"),
        manager: isSet(parsed, "manager"),
      }).finish();
      const tokens = keelapi.JoinTokensResponse.decode(await call(parsed, methods.rotateJoinToken, body));
      io.out(`manager-token: ${tokens.manager}`);
      io.out(`worker-token: ${tokens.worker}`);
      return exitCodes.ok;
    }
    case "network-keys": {
      const keys = keelapi.NetworkKeysResponse.decode(await call(parsed, methods.rotateNetworkKeys)).keys;
      for (const line of table(
        ["SUBSYSTEM", "TAG"],
        keys.map((k) => [k.subsystem ?? "", String(num(k.lamportTime))]),
      ))
        io.out(line);
      return exitCodes.ok;
    }
    case "dek":
      return rotateDek(parsed, io);
    default:
      throw new UsageError("keel rotate unlock-key | dek | join-token [--worker|--manager] | network-keys");
  }
}

/** rotateDek starts a rotation of the node's DEK and shows its progress until it completes. */
async function rotateDek(parsed: Parsed, io: Io): Promise<number> {
  const started = keelapi.DekRotationResponse.decode(await call(parsed, localMethods.rotateDek));
  io.err(`dek rotation: pending (new key ${started.pendingKeyId}); waiting for a snapshot under the new key`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const state = keelapi.DekRotationResponse.decode(await call(parsed, "local.DekState"));
    if (state.state === "idle") {
      io.out(`dek: ${state.currentKeyId}`);
      return exitCodes.ok;
    }
    if (Date.now() > deadline) {
      // Not an error of the rotation: it completes with the next snapshot.
      throw new ManagerError({
        code: "TIMEOUT",
        operation: "waiting for the DEK rotation",
        timeoutMs: 120_000,
      });
    }
    io.err("dek rotation: still pending ...");
    await sleep(500);
  }
}
