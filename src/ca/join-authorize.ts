// The CA's side of a join: which role, if any, a presented token admits.
import { CaError } from "./errors.js";
import type { NodeRole } from "./identity.js";
import type { JoinTokens } from "./join-token.js";
import { parseJoinToken } from "./join-token.js";
import { constantTimeEqual } from "./text-codec.js";

/**
 * authorizeJoin returns the role `presented` admits to the cluster whose root CA digest is
 * `rootDigest` and whose current tokens are `tokens`. Like SwarmKit, the whole token is compared
 * (in constant time) against both current tokens, and the role is whichever matched; a joiner
 * asking for another role gets TOKEN_WRONG_ROLE. Typos are BAD_TOKEN, tokens of another root CA
 * TOKEN_WRONG_CLUSTER, and rotated or forged ones TOKEN_NOT_CURRENT.
 */
export function authorizeJoin(
  presented: string,
  cluster: { rootDigest: string; tokens: JoinTokens },
  options: { requestedRole?: NodeRole } = {},
): NodeRole {
  const token = parseJoinToken(presented);
  if (!constantTimeEqual(token.rootDigest, cluster.rootDigest))
    throw new CaError({ code: "TOKEN_WRONG_CLUSTER" });
  // Both comparisons always run, so timing does not tell which role's token was nearly right.
  const isManager = constantTimeEqual(presented, cluster.tokens.manager);
  const isWorker = constantTimeEqual(presented, cluster.tokens.worker);
  const granted: NodeRole | null = isManager ? "manager" : isWorker ? "worker" : null;
  if (granted === null) throw new CaError({ code: "TOKEN_NOT_CURRENT", role: token.role });
  const requested = options.requestedRole;
  if (requested !== undefined && requested !== granted) {
    throw new CaError({ code: "TOKEN_WRONG_ROLE", requested, granted });
  }
  return granted;
}
