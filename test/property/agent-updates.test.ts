// Properties of one node's key updates: any sequence of updates lands on the state built fresh
// from the latest keyring, and a bad update is refused without a trace. fast-check prints the
// seed and path of a failure; pass them back as `{ seed, path }` in the fc.assert options to replay.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { AgentKey, KeyUpdate, NodeSecurity } from "../../src/fsm/agent/index.js";
import {
  AgentKeyError,
  addPeer,
  applyKeyUpdate,
  computeKeyUpdate,
  createNodeSecurity,
  removePeer,
  subsystemGossip,
  subsystemIpsec,
  updateKeyring,
} from "../../src/fsm/agent/index.js";
import { keyOf } from "../fsm/agent/fixtures.js";

/** Any keyring: 1–4 distinct Lamport times, in any order, possibly with gossip keys mixed in. */
const keyring = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 24 }), { maxLength: 2 }),
  )
  .map(([ipsec, gossip]): AgentKey[] => [
    ...ipsec.map((t) => keyOf(t)),
    ...gossip.map((t) => keyOf(t, subsystemGossip)),
  ]);

const peerNames = ["a", "b", "c", "d"] as const;

const action = fc.oneof(
  keyring.map((keys) => ({ kind: "keys" as const, keys })),
  fc.constantFrom(...peerNames).map((peer) => ({ kind: "toggle-peer" as const, peer })),
);

describe("agent key updates on one node", () => {
  test("the state after any sequence of updates equals the state built fresh from the latest keyring", () => {
    fc.assert(
      fc.property(keyring, fc.array(action, { maxLength: 20 }), (initial, actions) => {
        let state = createNodeSecurity({
          local: "self",
          subsystem: subsystemIpsec,
          keys: initial,
          peers: ["a"],
        });
        let latest = initial;
        const peers = new Set<string>(["a"]);
        for (const a of actions) {
          if (a.kind === "keys") {
            state = updateKeyring(state, a.keys).state;
            latest = a.keys;
          } else if (peers.delete(a.peer)) {
            state = removePeer(state, a.peer);
          } else {
            peers.add(a.peer);
            state = addPeer(state, a.peer);
          }
        }
        const fresh = createNodeSecurity({
          local: "self",
          subsystem: subsystemIpsec,
          keys: latest,
          peers: [...peers],
        });
        expect(state).toEqual(fresh);
        // Map equality ignores insertion order, so compare the peers' contents in a fixed order too.
        const byName = (s: NodeSecurity): unknown => [...s.peers].sort(([x], [y]) => x.localeCompare(y));
        expect(byName(state)).toEqual(byName(fresh));
      }),
      { numRuns: 200 },
    );
  });

  test("an update naming a key the node does not hold is a typed error and changes nothing", () => {
    const unknownTime = fc.integer({ min: 25, max: 40 });
    fc.assert(
      fc.property(
        keyring,
        keyring,
        unknownTime,
        fc.constantFrom("pruned", "primary"),
        (current, next, missing, role) => {
          const state = createNodeSecurity({
            local: "self",
            subsystem: subsystemIpsec,
            keys: current,
            peers: ["a", "b"],
          });
          const before = structuredClone(state);
          const good = computeKeyUpdate(current, next, subsystemIpsec);
          const bad: KeyUpdate =
            role === "pruned"
              ? { ...good, pruned: [...good.pruned, keyOf(missing)] }
              : { ...good, primary: keyOf(missing) };
          let thrown: unknown = null;
          try {
            applyKeyUpdate(state, bad);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(AgentKeyError);
          expect((thrown as AgentKeyError).type).toEqual({
            code: "KEY_NOT_FOUND",
            subsystem: subsystemIpsec,
            role,
            lamportTime: missing,
          });
          expect(state).toEqual(before);
          // The good update still applies to the untouched state.
          expect(applyKeyUpdate(state, good)).toEqual(
            createNodeSecurity({ local: "self", subsystem: subsystemIpsec, keys: next, peers: ["a", "b"] }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
