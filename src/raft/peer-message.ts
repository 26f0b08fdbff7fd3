// What a message from a peer must be before the state machine sees it. etcd's raft panics on
// most of these (its senders are trusted code); here a buggy or hostile peer's message is
// refused as MALFORMED (the driver drops it), never an assertion or a corrupted log.
import { RaftError } from "./errors.js";
import type { Message, NodeId } from "./types.js";
import { MessageType, messageTypeName } from "./types.js";

/** checkPeerMessage throws MALFORMED for a message no correct peer sends to `self`. */
export function checkPeerMessage(m: Message, self: NodeId): void {
  const bad = (reason: string): RaftError =>
    new RaftError({ code: "MALFORMED", what: `${messageTypeName(m.type)} from ${m.from}`, reason });
  if (m.from === self) throw bad("sent by this node itself");
  // A term must leave room for term + 1: at 2^53 it would stop rising, and a vote repeat.
  if (!Number.isSafeInteger(m.term) || m.term < 0 || m.term >= Number.MAX_SAFE_INTEGER) {
    throw bad(`term ${m.term}`);
  }
  // Forwarded proposals and reads carry no term; everything else from a peer does.
  const forwarded = m.type === MessageType.Prop || m.type === MessageType.ReadIndex;
  if (forwarded && m.term !== 0) throw bad(`term ${m.term} on a forwarded request`);
  if (!forwarded && m.term === 0) throw bad("term 0 (only local messages have none)");
  if (m.type === MessageType.Prop && m.entries.length === 0) throw bad("a proposal without entries");
  // Only this node's own API forgets its leader (refused under lease-based reads).
  if (m.type === MessageType.ForgetLeader) throw bad("a peer cannot make this node forget its leader");
  if (m.type === MessageType.App) checkEntries(m, bad);
}

/** An append's entries follow its previous index, one by one, with terms from its log term to its own. */
function checkEntries(m: Message, bad: (reason: string) => RaftError): void {
  let termBefore = m.logTerm;
  m.entries.forEach((e, i) => {
    const index = m.index + 1 + i;
    if (e.index !== index) throw bad(`entry ${i} has index ${e.index}, not ${index}`);
    if (e.term < Math.max(termBefore, 1) || e.term > m.term) {
      throw bad(`entry ${index} has term ${e.term} (after term ${termBefore}, in a term ${m.term} append)`);
    }
    termBefore = e.term;
  });
}
