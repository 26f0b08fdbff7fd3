// `keel ca`: the cluster's root CA (subject, digest, expiry) and any rotation in progress; and
// `keel ca rotate`, which starts a root rotation (SwarmKit's `docker swarm ca --rotate`) and waits
// for it, printing `N of M nodes` as they move to the new root, unless --detach.
import { KeelClient } from "../../client/client.js";
import { keelapi } from "../../gen/api.js";
import { methods } from "../../manager/api/methods.js";
import { looseU64 } from "../../protobuf-u64.js";
import { ManagerError } from "../../manager/errors.js";
import { defaultDataDir, isSet, parseArgs, valueOf } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { when } from "../render.js";

/** How often `ca rotate` looks at the rotation's progress. */
const pollMs = 500;
/** How long `ca rotate` keeps asking through failures (an election, a manager restarting). */
const failuresForMs = 60_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function inspect(client: KeelClient): Promise<keelapi.CaView> {
  return keelapi.CaView.decode(await client.call(methods.caInspect));
}

function progressOf(view: keelapi.CaView): string {
  return `${looseU64(view.nodesConverged)} of ${looseU64(view.nodesTotal)} nodes`;
}

function describe(view: keelapi.CaView): string[] {
  const root = view.root;
  const lines = [
    `root: ${root?.subject ?? ""}`,
    `digest: ${root?.digest ?? ""}`,
    `expires: ${when(looseU64(root?.notAfterMs))}`,
  ];
  const rotation = view.rotation;
  if (rotation == null) lines.push("rotation: none");
  else lines.push(`rotation: to ${rotation.digest ?? ""}, ${progressOf(view)} on the new root`);
  return lines;
}

export async function caCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "rotate") return rotate(rest, io);
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["json"] });
  const view = await inspect(KeelClient.local(valueOf(parsed, "data-dir", defaultDataDir)));
  if (isSet(parsed, "json")) {
    io.out(JSON.stringify(keelapi.CaView.toObject(view, { longs: Number, defaults: true })));
    return exitCodes.ok;
  }
  for (const line of describe(view)) io.out(line);
  return exitCodes.ok;
}

async function rotate(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["detach"] });
  const client = KeelClient.local(valueOf(parsed, "data-dir", defaultDataDir));
  const started = keelapi.CaView.decode(await client.call(methods.caRotate));
  const target = started.rotation?.digest ?? "";
  if (target === "") {
    throw new ManagerError({ code: "FAILED_PRECONDITION", reason: "the node answered without a rotation" });
  }
  io.out(`rotation: started, new root ${target}`);
  if (isSet(parsed, "detach")) {
    io.out("# keel ca shows its progress; join tokens change when it finishes.");
    return exitCodes.ok;
  }
  io.out("# A node that is down keeps the rotation waiting until it is back (or removed).");
  let shown = progressOf(started);
  io.out(`progress: ${shown}`);
  let failingSinceMs: number | null = null;
  for (;;) {
    let view: keelapi.CaView;
    try {
      view = await inspect(client);
      failingSinceMs = null;
    } catch (error) {
      failingSinceMs ??= Date.now();
      if (Date.now() - failingSinceMs > failuresForMs) throw error;
      await sleep(pollMs);
      continue;
    }
    if (view.rotation == null) {
      if (view.root?.digest !== target) {
        throw new ManagerError({
          code: "FAILED_PRECONDITION",
          reason: `the rotation to ${target} was replaced; keel ca shows the root now`,
        });
      }
      io.out(`rotation: done, root ${target}`);
      io.out("# The join tokens changed with the root: the old ones are refused.");
      return exitCodes.ok;
    }
    const progress = progressOf(view);
    if (progress !== shown) io.out(`progress: ${progress}`);
    shown = progress;
    await sleep(pollMs);
  }
}
