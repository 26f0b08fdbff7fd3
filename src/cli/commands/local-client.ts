// The client of the node that serves --data-dir: what every command that talks to a running node
// starts from (as the docker CLI talks to its daemon).
import { KeelClient } from "../../client/client.js";
import { looseU64 } from "../../protobuf-u64.js";
import { defaultDataDir, valueOf } from "../args.js";
import type { Parsed } from "../args.js";

/** clientOf is a client of the node that serves --data-dir. */
export function clientOf(parsed: Parsed): KeelClient {
  return KeelClient.local(valueOf(parsed, "data-dir", defaultDataDir));
}

/** num reads a decoded protobuf u64 (a number or a Long) as a number. */
export const num = looseU64;
