// The two channels sharing a listener, told apart by ALPN during the TLS handshake: raft (manager
// to manager, certificates required) and client (the API; anonymous callers allowed).
import type { ChannelPolicy } from "./authenticate.js";

export type Channel = "raft" | "client";

/** channelProtocols are the ALPN protocol ids; the version suffix changes with the wire format. */
export const channelProtocols: Readonly<Record<Channel, string>> = {
  raft: "keel-raft/1",
  client: "keel-client/1",
};

/** channelPolicies: raft traffic only from managers of our cluster; clients may be anyone. */
export const channelPolicies: Readonly<Record<Channel, ChannelPolicy>> = {
  raft: { allowAnonymous: false, roles: ["manager"], requireNodeId: true },
  client: { allowAnonymous: true, roles: ["manager", "worker"], requireNodeId: false },
};

/** channelOf maps a negotiated ALPN protocol back to its channel. */
export function channelOf(protocol: string | false | null | undefined): Channel | null {
  if (protocol === channelProtocols.raft) return "raft";
  if (protocol === channelProtocols.client) return "client";
  return null;
}
