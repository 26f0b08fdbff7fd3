// Properties of the agent-side network keys across a cluster of nodes receiving rotations in any
// interleaving. fast-check prints the seed and path of a failure; pass them back as
// `{ seed, path }` in the fc.assert options to replay it.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { AgentKey, NodeSecurity, SaOp } from "../../src/fsm/agent/index.js";
import {
  applySaOp,
  computeKeyUpdate,
  createNodeSecurity,
  findSkewedPeers,
  planKeyUpdate,
  receivePacket,
  rotationGap,
  sendPacket,
  subsystemGossip,
  subsystemIpsec,
  updateKeyring,
} from "../../src/fsm/agent/index.js";
import { keyOf } from "../fsm/agent/fixtures.js";

const levelMax = 12;

/**
 * The keyring after `level` rotations, as the dispatcher sends it: shuffled, with gossip keys mixed
 * in. Like SwarmKit's key manager, one Lamport clock serves both subsystems, so each subsystem's
 * times advance by two per rotation.
 */
function keyringAt(first: number, level: number, shuffle: number): AgentKey[] {
  const ipsec = [0, 1, 2].map((i) => keyOf(first + 2 * (level + i)));
  const gossip = [0, 1, 2].map((i) => keyOf(first + 2 * (level + i) + 1, subsystemGossip));
  const all = [...ipsec, ...gossip];
  const rotate = shuffle % all.length;
  return shuffle % 2 === 0 ? [...all.slice(rotate), ...all.slice(0, rotate)] : [...all].reverse();
}

interface SimNode {
  name: string;
  state: NodeSecurity;
  /** The last level whose update is fully applied. */
  level: number;
  /** Deltas of an update in progress; other nodes act between any two of them. */
  pending: SaOp[];
}

function startCluster(nodeCount: number, first: number): SimNode[] {
  const names = Array.from({ length: nodeCount }, (_, i) => `10.0.0.${i + 1}`);
  return names.map((name) => ({
    name,
    state: createNodeSecurity({
      local: name,
      subsystem: subsystemIpsec,
      keys: keyringAt(first, 0, 0),
      peers: names.filter((n) => n !== name),
    }),
    level: 0,
    pending: [],
  }));
}

function everyPacketAccepted(nodes: readonly SimNode[]): void {
  for (const sender of nodes) {
    for (const receiver of nodes) {
      if (sender === receiver) continue;
      const reception = receivePacket(receiver.state, sendPacket(sender.state, receiver.name));
      expect(reception.accepted, `${sender.name} -> ${receiver.name}`).toBe(true);
    }
  }
}

const step = fc.record({ node: fc.nat(), jump: fc.boolean(), shuffle: fc.nat() });

describe("agent keys across a cluster", () => {
  test("while no two nodes are more than one rotation apart, every packet sent with a primary is accepted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.array(step, { maxLength: 120 }),
        (nodeCount, first, steps) => {
          const nodes = startCluster(nodeCount, first);
          for (const { node, jump, shuffle } of steps) {
            const n = nodes[node % nodes.length] as SimNode;
            const next = n.pending.shift();
            if (next !== undefined) {
              // One delta of an update in flight: the cluster is checked between any two deltas.
              n.state = applySaOp(n.state, next);
              if (n.pending.length === 0) n.level = (n.state.keys[0]!.lamportTime - first) / 2;
            } else {
              // Advance by one rotation or, having missed one, by two, if that keeps everybody
              // within one rotation of this node's target (levels of nodes mid-update count as
              // the level they are leaving).
              const target = n.level + (jump ? 2 : 1);
              const lowest = Math.min(...nodes.filter((o) => o !== n).map((o) => o.level));
              if (target > levelMax || target - lowest > 1) continue;
              const update = computeKeyUpdate(
                n.state.keys,
                keyringAt(first, target, shuffle),
                subsystemIpsec,
              );
              n.pending = planKeyUpdate(n.state, update);
            }
            everyPacketAccepted(nodes);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("two rotations apart is detected and reported: a packet is dropped exactly when the pair is reported", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.array(step, { maxLength: 30 }),
        (nodeCount, first, steps) => {
          const nodes = startCluster(nodeCount, first);
          for (const { node, jump, shuffle } of steps) {
            const n = nodes[node % nodes.length] as SimNode;
            const target = Math.min(levelMax, n.level + (jump ? 2 : 1));
            const { update, state } = updateKeyring(n.state, keyringAt(first, target, shuffle));
            expect(update.rotations).toBe(target - n.level);
            n.state = state;
            n.level = target;
            const rings = new Map(nodes.map((o) => [o.name, o.state.keys.map((k) => k.lamportTime)]));
            const skews = findSkewedPeers(rings);
            for (const sender of nodes) {
              for (const receiver of nodes) {
                if (sender === receiver) continue;
                const reception = receivePacket(receiver.state, sendPacket(sender.state, receiver.name));
                const gap = rotationGap(rings.get(sender.name)!, rings.get(receiver.name)!);
                const reported = skews.some(
                  (s) =>
                    (s.behind === sender.name && s.ahead === receiver.name) ||
                    (s.ahead === sender.name && s.behind === receiver.name),
                );
                // The gap saturates at the ring's size: rings with no key in common are that far apart at least.
                expect(gap).toBe(Math.min(3, Math.abs(sender.level - receiver.level)));
                expect(reported).toBe(gap > 1);
                expect(reception).toEqual(gap > 1 ? { accepted: false, reason: "unknown-spi" } : reception);
                expect(reception.accepted).toBe(gap <= 1);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
