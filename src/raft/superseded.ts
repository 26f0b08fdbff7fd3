// Messages a later message in the same batch makes redundant, dropped before they are sent.
//
// A driver that steps several messages before it takes a Ready gets Readies whose messages
// repeat themselves: a follower that took in several appends acknowledges each, and a leader
// tells a follower its commit index in an empty append, then sends it entries carrying the same
// commit index or a later one. The earlier message says nothing the later one does not: an
// acknowledgement up to index i is implied by one up to j >= i in the same term (the leader only
// moves a follower's match forward, and frees its in-flight appends up to the index), and a
// commit-only append by any later append in the same term at or past its index with a commit at
// least as high (the follower commits min(commit, the last index the append matched)).
//
// Dropping is always safe: Raft tolerates the loss of any message. The point is only that a
// dropped message is never missed, so nothing waits for a retry.
import type { Message, NodeId } from "./types.js";
import { MessageType } from "./types.js";

/**
 * withoutSuperseded returns `messages` (in order) less each one that a later message to the same
 * peer implies. It returns the same array when nothing is dropped.
 */
export function withoutSuperseded(messages: readonly Message[]): readonly Message[] {
  if (messages.length < 2) return messages;
  // Walking back from the end, the nearest later acknowledgement and append to each peer.
  const laterAck = new Map<NodeId, Message>();
  const laterAppend = new Map<NodeId, Message>();
  let dropped: boolean[] | null = null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as Message;
    const implied =
      m.type === MessageType.AppResp
        ? !m.reject && impliedBy(laterAck, m, impliesAck)
        : m.type === MessageType.App && impliedBy(laterAppend, m, impliesCommitNotice);
    if (implied) {
      dropped ??= new Array<boolean>(messages.length).fill(false);
      dropped[i] = true;
    }
  }
  if (dropped === null) return messages;
  const kept: Message[] = [];
  for (let i = 0; i < messages.length; i++) if (!dropped[i]) kept.push(messages[i] as Message);
  return kept;
}

/**
 * Whether the nearest later message to m's peer (in `later`) implies m; when it does not, m
 * becomes the nearest later one for the messages before it.
 */
function impliedBy(
  later: Map<NodeId, Message>,
  m: Message,
  implies: (later: Message, earlier: Message) => boolean,
): boolean {
  const next = later.get(m.to);
  if (next !== undefined && implies(next, m)) return true;
  later.set(m.to, m);
  return false;
}

/** An accepting append response implies an earlier one of the same term and kind up to no further. */
function impliesAck(later: Message, earlier: Message): boolean {
  return (
    later.term === earlier.term && later.index >= earlier.index && later.recovering === earlier.recovering
  );
}

/** An append implies an earlier commit-only one of the same term that it reaches and commits as far as. */
function impliesCommitNotice(later: Message, earlier: Message): boolean {
  return (
    earlier.commitOnly &&
    earlier.entries.length === 0 &&
    later.term === earlier.term &&
    later.index >= earlier.index &&
    later.commit >= earlier.commit
  );
}
