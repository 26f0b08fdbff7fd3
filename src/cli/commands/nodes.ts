// `keel node`: list, inspect, update, remove, promote and demote the cluster's nodes. IDs may be
// prefixes or names. Lists are read page by page (KeelClient), so they fit any cluster.
import { keelapi } from "../../gen/api.js";
import type { NodeView } from "../../client/client.js";
import { UsageError, isSet, parseArgs, valueOf, valuesOf } from "../args.js";
import type { Parsed } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { table } from "../render.js";
import { clientOf } from "./local-client.js";

const nodeUsage =
  "keel node ls [--json|--quiet] | inspect ID... | update ID [--availability A] [--label-add K=V]... [--label-rm K]... | rm ID [--force] | promote ID | demote ID";

/** The flags and arguments of each `keel node` subcommand besides --data-dir. */
const nodeSpecs: Readonly<
  Record<string, { booleans?: string[]; values?: string[]; repeated?: string[]; min: number; max: number }>
> = {
  ls: { booleans: ["json", "quiet"], min: 0, max: 0 },
  inspect: { min: 1, max: Infinity },
  update: { values: ["availability"], repeated: ["label-add", "label-rm"], min: 1, max: 1 },
  rm: { booleans: ["force"], min: 1, max: 1 },
  promote: { min: 1, max: 1 },
  demote: { min: 1, max: 1 },
};

export async function nodeCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub = "", ...rest] = argv;
  const spec = nodeSpecs[sub];
  if (spec === undefined) throw new UsageError(nodeUsage);
  const parsed = parseArgs(rest, {
    values: ["data-dir", ...(spec.values ?? [])],
    booleans: spec.booleans ?? [],
    repeated: spec.repeated ?? [],
    positionals: { min: spec.min, max: spec.max },
  });
  const ref = parsed.positionals[0] ?? "";
  switch (sub) {
    case "ls":
      return listNodes(parsed, io);
    case "inspect": {
      const client = clientOf(parsed);
      const views: NodeView[] = [];
      for (const r of parsed.positionals) views.push(await client.nodes.get(r));
      io.out(JSON.stringify(views.map(asJson), null, 2));
      return exitCodes.ok;
    }
    case "update":
      return updateNode(parsed, ref, io);
    case "rm": {
      const node = await clientOf(parsed).nodes.remove(ref, { force: isSet(parsed, "force") });
      io.out(node.id ?? ref);
      return exitCodes.ok;
    }
    default: {
      const role = sub === "promote" ? "manager" : "worker";
      const node = await clientOf(parsed).nodes.setRole(ref, role);
      io.out(`${node.id ?? ref}: desired role ${role}`);
      if (role === "worker")
        io.out("# The demoted manager left Raft and stops; join it again with a worker token.");
      else
        io.out(
          "# The worker hears its new desired role and becomes a manager in place (its log says `promoted`; see keel node ls).",
        );
      return exitCodes.ok;
    }
  }
}

function asJson(view: NodeView): Record<string, unknown> {
  return keelapi.NodeView.toObject(keelapi.NodeView.fromObject(view), { longs: Number });
}

/**
 * listNodes prints what `docker node ls` does: ID (the node asked marked `*`), NAME, STATUS,
 * AVAILABILITY, MANAGER STATUS (Leader, Reachable or Unreachable; empty for a worker).
 */
async function listNodes(parsed: Parsed, io: Io): Promise<number> {
  const client = clientOf(parsed);
  const nodes = await client.nodes.list();
  if (isSet(parsed, "json")) {
    io.out(JSON.stringify(nodes.map(asJson)));
    return exitCodes.ok;
  }
  if (isSet(parsed, "quiet")) {
    for (const n of nodes) io.out(n.id ?? "");
    return exitCodes.ok;
  }
  const self = (await client.status()).nodeId;
  const rows = nodes.map((n) => [
    `${n.id ?? ""}${n.id === self ? " *" : ""}`,
    n.name ?? "",
    n.state ?? "",
    n.availability ?? "",
    n.managerStatus ?? "",
    n.desiredRole !== n.role ? `-> ${n.desiredRole ?? ""}` : "",
  ]);
  for (const line of table(["ID", "NAME", "STATUS", "AVAILABILITY", "MANAGER STATUS", "PENDING"], rows))
    io.out(line);
  return exitCodes.ok;
}

/** updateNode sets availability and labels: `--label-add K=V` (or `K`, an empty value), `--label-rm K`. */
async function updateNode(parsed: Parsed, ref: string, io: Io): Promise<number> {
  const availability = valueOf(parsed, "availability");
  const labelAdd = valuesOf(parsed, "label-add").map((pair) => {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key === "") throw new UsageError(`--label-add ${JSON.stringify(pair)}: K=V with a key`);
    return { key, value: eq < 0 ? "" : pair.slice(eq + 1) };
  });
  const labelRm = valuesOf(parsed, "label-rm");
  if (availability === undefined && labelAdd.length === 0 && labelRm.length === 0)
    throw new UsageError("keel node update needs --availability, --label-add or --label-rm");
  const node = await clientOf(parsed).nodes.update(ref, {
    ...(availability === undefined ? {} : { availability }),
    labelAdd,
    labelRm,
  });
  io.out(node.id ?? ref);
  return exitCodes.ok;
}
