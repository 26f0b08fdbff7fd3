// `keel join-token worker|manager`: shows a join token and the command that joins with it, or
// with --rotate replaces that token first (the other stays valid).
import { UsageError, isSet, parseArgs } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { clientOf } from "./local-client.js";

export async function joinTokenCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, {
    values: ["data-dir"],
    booleans: ["quiet", "rotate"],
    positionals: { min: 1, max: 1 },
  });
  const role = parsed.positionals[0];
  if (role !== "worker" && role !== "manager") throw new UsageError("keel join-token worker|manager");
  const client = clientOf(parsed);
  const tokens = isSet(parsed, "rotate")
    ? await client.cluster.rotateJoinTokens({ [role]: true })
    : await client.cluster.joinTokens();
  const token = tokens[role];
  if (isSet(parsed, "quiet")) {
    io.out(token);
    return exitCodes.ok;
  }
  const status = await client.status();
  const managers = status.members.map((m) => m.address ?? "").filter((a) => a !== "");
  const join = managers.length > 0 ? managers.join(",") : status.leaderAddress;
  io.out(`${role}-token: ${token}`);
  const listen = role === "manager" ? " --listen HOST:PORT" : "";
  io.out(`# Join a ${role}: keel join --token ${token} --join ${join} --data-dir DIR${listen}`);
  return exitCodes.ok;
}
