// The write path stays in V8's optimised code once it gets there. Each test warms a function
// in the interpreter, has TurboFan compile it for its next call, and asks V8 (natives syntax,
// enabled at run time) whether the optimised code still stands after a few more calls: a
// `wrong map` deoptimisation drops it at once. Array.prototype.map was one: the builtin makes
// a PACKED array, TurboFan's inlined map a HOLEY one, so the optimised caller deoptimised at
// the first array it made itself, and the watchers it handed them to deoptimised after it.
import { describe, expect, test } from "vitest";
import { Store, encodeProposal, newSecret } from "../../src/fsm/index.js";
import type { StoreAction } from "../../src/fsm/index.js";
import { keelstore } from "../../src/gen/objects.js";
import { isOptimised, warmThenOptimise } from "../v8-natives.js";

function secretAction(i: number): StoreAction {
  const data = new Uint8Array(32).fill(i & 0xff);
  return { action: "create", kind: "secret", object: newSecret({ id: `s${i}`, name: `n${i}`, data }) };
}

describe("the write path stays optimised", () => {
  test("a store applying proposals, with a watcher", () => {
    const store = new Store();
    const watcher = store.watch();
    // The private method the compiler inlines into apply; reached as V8 sees it.
    const applyProposal = (Store.prototype as unknown as Record<string, unknown>)["applyProposal"];
    warmThenOptimise([applyProposal], (i) => {
      const result = store.apply(
        i + 1,
        encodeProposal({ id: i + 1, timestampMs: i, actions: [secretAction(i)] }),
      );
      expect(result.status).toBe("applied");
      watcher.take();
    });
    expect(isOptimised(applyProposal)).toBe(true);
  });

  test("encoding a proposal, and protobufjs's encoder it calls", () => {
    const encode = keelstore.Proposal.encode;
    warmThenOptimise([encodeProposal, encode], (i) => {
      encodeProposal({ id: i + 1, timestampMs: i, actions: [secretAction(i)] });
    });
    expect(isOptimised(encode)).toBe(true);
  });
});
