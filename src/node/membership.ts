// Who the members are, where they listen, and which ids are gone for good. It changes only by
// applying committed conf changes or restoring a snapshot, so it is the same on every manager.
import { decodeConfChange, decodeConfChangeV2 } from "../raft/codec.js";
import type { ConfChange, ConfChangeSingle, ConfChangeV2, ConfState, Entry, NodeId } from "../raft/types.js";
import { ConfChangeType, EntryType } from "../raft/types.js";
import type { MemberAddress } from "./snapshot-data.js";

/** The context of our conf changes: the member's address, as UTF-8. */
export function encodeAddress(address: string): Uint8Array {
  return new TextEncoder().encode(address);
}

function decodeAddress(context: Uint8Array): string {
  return new TextDecoder().decode(context);
}

export function decodeConfChangeEntry(e: Entry): ConfChange | ConfChangeV2 {
  return e.type === EntryType.ConfChange ? decodeConfChange(e.data) : decodeConfChangeV2(e.data);
}

function changesOf(cc: ConfChange | ConfChangeV2): readonly ConfChangeSingle[] {
  return "nodeId" in cc ? [{ type: cc.type, nodeId: cc.nodeId }] : cc.changes;
}

function inConf(conf: ConfState, id: NodeId): boolean {
  return conf.voters.includes(id) || conf.learners.includes(id) || conf.votersOutgoing.includes(id);
}

export class Membership {
  /** Invariant: no removed id has an address. */
  private readonly addresses = new Map<NodeId, string>();
  private readonly removedIds = new Set<NodeId>();

  constructor(members: readonly MemberAddress[] = [], removed: readonly NodeId[] = []) {
    this.reset(members, removed);
  }

  reset(members: readonly MemberAddress[], removed: readonly NodeId[]): void {
    this.addresses.clear();
    this.removedIds.clear();
    for (const id of removed) this.removedIds.add(id);
    for (const m of members) if (!this.removedIds.has(m.id)) this.addresses.set(m.id, m.address);
  }

  /**
   * Records the effect of a committed conf change, given the configuration Raft now has. A
   * change Raft refused leaves `conf` unchanged, and so changes nothing here either.
   */
  apply(cc: ConfChange | ConfChangeV2, conf: ConfState): void {
    for (const change of changesOf(cc)) {
      const id = change.nodeId;
      if (change.type === ConfChangeType.RemoveNode) {
        if (!inConf(conf, id)) {
          this.removedIds.add(id);
          this.addresses.delete(id);
        }
      } else if (inConf(conf, id) && !this.removedIds.has(id)) {
        const address = decodeAddress(cc.context);
        // A promotion carries no address when the proposer did not know it: keep the old one.
        if (address.length > 0 || !this.addresses.has(id)) this.addresses.set(id, address);
      }
    }
  }

  isRemoved(id: NodeId): boolean {
    return this.removedIds.has(id);
  }

  address(id: NodeId): string | undefined {
    return this.addresses.get(id);
  }

  members(): MemberAddress[] {
    return [...this.addresses].map(([id, address]) => ({ id, address })).sort((a, b) => a.id - b.id);
  }

  removed(): NodeId[] {
    return [...this.removedIds].sort((a, b) => a - b);
  }
}
