// Commands that talk to a running node through its data dir's control socket (as the docker
// CLI talks to its daemon): the node answers as itself, with its own credentials, forwarding
// to the leader or (on a worker) to a manager where needed.
import { keelapi } from "../../gen/api.js";
import { ManagerError } from "../../manager/errors.js";
import { UsageError, isSet, parseArgs, valuesOf } from "../args.js";
import type { Parsed } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { table, when } from "../render.js";
import { clientOf, num } from "./local-client.js";
import { secretData } from "./secret-data.js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long `keel unlock` waits for the node to open with the key. */
const unlockTimeoutMs = 10 * 60_000;

export async function unlockCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"] });
  const key = await io.readSecret("Unlock key: ");
  if (key.length === 0) throw new UsageError("no unlock key given (stdin or the prompt)");
  // Answered once the node opened its WAL with the key (or failed to, with the failure's code),
  // which on a large WAL takes longer than other calls.
  await clientOf(parsed).unlock(key, unlockTimeoutMs);
  io.out("unlocked");
  return exitCodes.ok;
}

export async function unlockKeyCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["rotate", "quiet"] });
  const rotate = isSet(parsed, "rotate");
  const client = clientOf(parsed);
  const response = rotate ? await client.rotateUnlockKeyResponse() : null;
  const text = response?.text ?? (await client.unlockKey());
  if (text === "") {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: "this cluster is not autolocked: there is no unlock key (keel cluster update --autolock=true)",
    });
  }
  if (isSet(parsed, "quiet")) {
    io.out(text);
    return exitCodes.ok;
  }
  io.out(`unlock-key: ${text}`);
  io.out("# To unlock a restarted manager, run `keel unlock` and give it this key.");
  if (response !== null) for (const line of rotationHint(num(response.version))) io.out(line);
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
  const status = await clientOf(parsed).status();
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

/** How many arguments each `keel secret` subcommand takes. */
const secretPositionals: Readonly<Record<string, { min?: number; max: number }>> = {
  create: { min: 1, max: 2 },
  ls: { max: 0 },
  inspect: { min: 1, max: Infinity },
  rm: { min: 1, max: Infinity },
};

/** The flags each `keel secret` subcommand takes besides --data-dir. */
const secretFlags: Readonly<Record<string, { repeated?: string[]; booleans?: string[] }>> = {
  create: { repeated: ["label"] },
  ls: { booleans: ["json", "quiet"] },
};

function secretRow(s: keelapi.SecretView.$Properties): string[] {
  return [
    s.id ?? "",
    s.name ?? "",
    String(num(s.dataBytes)),
    new Date(num(s.meta?.createdAtMs)).toISOString(),
  ];
}

function secretJson(s: keelapi.SecretView.$Properties): unknown {
  return keelapi.SecretView.toObject(keelapi.SecretView.fromObject(s), { longs: Number, defaults: true });
}

export async function secretCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const parsed = parseArgs(rest, {
    values: ["data-dir"],
    ...secretFlags[sub ?? ""],
    positionals: secretPositionals[sub ?? ""] ?? { max: 0 },
  });
  const refs = parsed.positionals;
  const client = clientOf(parsed);
  switch (sub) {
    case "create": {
      const [name = "", file] = refs;
      const data = await secretData(name, file, io);
      const labels = valuesOf(parsed, "label").map((l) => {
        const eq = l.indexOf("=");
        return eq < 0 ? { key: l, value: "" } : { key: l.slice(0, eq), value: l.slice(eq + 1) };
      });
      try {
        io.out((await client.secrets.create(name, data, labels)).id ?? "");
      } finally {
        data.fill(0);
      }
      return exitCodes.ok;
    }
    case "ls": {
      if (isSet(parsed, "json") && isSet(parsed, "quiet"))
        throw new UsageError("--json or --quiet, not both");
      const secrets = await client.secrets.list();
      if (isSet(parsed, "json")) io.out(JSON.stringify(secrets.map(secretJson)));
      else if (isSet(parsed, "quiet")) for (const s of secrets) io.out(s.id ?? "");
      else for (const line of table(["ID", "NAME", "BYTES", "CREATED"], secrets.map(secretRow))) io.out(line);
      return exitCodes.ok;
    }
    case "inspect": {
      // Like docker: one reference prints an object, several an array; all or nothing.
      const secrets = [];
      for (const ref of refs) secrets.push(secretJson(await client.secrets.get(ref)));
      io.out(JSON.stringify(secrets.length === 1 ? secrets[0] : secrets, null, 2));
      return exitCodes.ok;
    }
    case "rm": {
      for (const ref of refs) {
        await client.secrets.remove(ref);
        io.out(ref);
      }
      return exitCodes.ok;
    }
    default:
      throw new UsageError("keel secret create | ls | inspect | rm");
  }
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
      const tokens = await clientOf(parsed).cluster.rotateJoinTokens({
        worker: isSet(parsed, "worker"),
        manager: isSet(parsed, "manager"),
      });
      io.out(`manager-token: ${tokens.manager}`);
      io.out(`worker-token: ${tokens.worker}`);
      return exitCodes.ok;
    }
    case "network-keys": {
      const keys = (await clientOf(parsed).cluster.rotateNetworkKeys()).keys;
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
  const client = clientOf(parsed);
  const started = await client.rotateDek();
  io.err(`dek rotation: pending (new key ${started.pendingKeyId}); waiting for a snapshot under the new key`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const state = await client.dekState();
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
