// `keel leave`: the node serving --data-dir leaves the cluster and stops. A worker is removed; a
// manager only with --force, which takes it out of Raft first and is refused (QUORUM_AT_RISK)
// when the managers left could not make a quorum.
import { isSet, parseArgs } from "../args.js";
import { exitCodes } from "../exit-codes.js";
import type { Io } from "../io.js";
import { clientOf } from "./local-client.js";

export async function leaveCommand(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { values: ["data-dir"], booleans: ["force"] });
  const node = await clientOf(parsed).nodes.leave({ force: isSet(parsed, "force") });
  io.out(`left: ${node.id ?? ""}`);
  io.out("# The node stops. Its data dir holds the old identity: remove it before joining again.");
  return exitCodes.ok;
}
