// How many rotations apart two keyrings are, and which peers are too far apart to talk.
//
// Every rotation adds one key newer than all others and drops the oldest. So the newer of two
// rings is ahead by the number of its keys newer than the other ring's newest key. With the
// primary being the second-newest key, nodes one rotation apart still share both primaries;
// two apart, each one's primary is missing from the other's ring and their packets are dropped.

/** rotationSkewMax is the largest gap at which every packet is still accepted. */
export const rotationSkewMax = 1;

/**
 * rotationGap counts the rotations between two rings of Lamport times (0 when level). It saturates
 * at the size of the newer ring: rings with no key in common are at least that far apart. Only the
 * order of times matters, not their spacing (one Lamport clock serves every subsystem).
 */
export function rotationGap(ringA: readonly number[], ringB: readonly number[]): number {
  const newestA = newest(ringA);
  const newestB = newest(ringB);
  if (newestA === newestB) return 0;
  const [behindNewest, ahead] = newestA < newestB ? [newestA, ringB] : [newestB, ringA];
  return ahead.filter((time) => time > behindNewest).length;
}

function newest(ring: readonly number[]): number {
  return ring.reduce((max, time) => Math.max(max, time), -1);
}

/** PeerSkew reports two nodes too many rotations apart to exchange packets. */
export interface PeerSkew {
  readonly behind: string;
  readonly ahead: string;
  readonly rotations: number;
}

/**
 * findSkewedPeers lists every pair of nodes more than rotationSkewMax rotations apart, given each
 * node's ring of Lamport times. Sorted by node name, so the report is deterministic.
 */
export function findSkewedPeers(rings: ReadonlyMap<string, readonly number[]>): PeerSkew[] {
  const nodes = [...rings.keys()].sort();
  const skews: PeerSkew[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i] as string;
      const b = nodes[j] as string;
      const ringA = rings.get(a) ?? [];
      const ringB = rings.get(b) ?? [];
      const rotations = rotationGap(ringA, ringB);
      if (rotations <= rotationSkewMax) continue;
      const aBehind = newest(ringA) < newest(ringB);
      skews.push({ behind: aBehind ? a : b, ahead: aBehind ? b : a, rotations });
    }
  }
  return skews;
}
