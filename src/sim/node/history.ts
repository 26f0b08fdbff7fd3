// The client history of a node simulation, in the shape the linearizability checker reads
// (src/sim/linearizability): one operation per call, with when it was invoked and returned
// (simulated true time) and its output, or undefined when the outcome is unknown (a timeout,
// a lost leader, a crash). Definitely-failed calls (refused before anything was proposed, or
// reads that failed) are left out: they changed nothing and observed nothing.

import type { SecretOperation } from "../linearizability/index.js";

export type { SecretInput, SecretOperation, SecretOutput } from "../linearizability/index.js";

/** What a write leaves behind when it takes effect: a value, or null for a removal. */
function effect(op: SecretOperation): { name: string; value: string | null } | null {
  const i = op.input;
  if (i.op === "get" || i.op === "list") return null;
  if (op.output !== undefined && !("ok" in op.output && op.output.ok)) return null; // Refused: no effect.
  return { name: i.name, value: i.op === "remove" ? null : i.value };
}

/**
 * checkAcknowledgedWrites compares the final state (after healing, on converged nodes) with
 * the history: for each name, the final value must be the effect of some write that could be
 * the last one, one that no acknowledged write started after (real time orders those). An
 * acknowledged write that was lost makes every candidate precede it. Values are unique per
 * write, so a final value names its write. Returns one line per violation.
 */
export function checkAcknowledgedWrites(
  history: readonly SecretOperation[],
  final: ReadonlyMap<string, string>,
): string[] {
  const names = new Set<string>(final.keys());
  for (const op of history) if (op.input.op !== "list") names.add(op.input.name);
  const violations: string[] = [];
  for (const name of [...names].sort()) {
    const writes = history.filter((op) => effect(op)?.name === name);
    const acked = writes.filter((op) => op.output !== undefined);
    const value = final.get(name) ?? null;
    const candidates = writes.filter((op) => effect(op)?.value === value);
    const lastPossible = (w: SecretOperation): boolean =>
      acked.every((a) => a === w || w.returnMs === null || a.invokeMs <= w.returnMs);
    // Nothing written yet stands for an absent name when no acknowledged write exists.
    if (value === null && acked.length === 0) continue;
    if (candidates.some(lastPossible)) continue;
    const shown = value === null ? "absent" : `"${value}"`;
    const latest = acked.reduce<SecretOperation | null>(
      (a, b) => (a === null || b.invokeMs > a.invokeMs ? b : a),
      null,
    );
    violations.push(
      latest === null
        ? `secret ${name} ends as ${shown}, which no write wrote`
        : `acknowledged write lost: secret ${name} ends as ${shown}, but op ${latest.id} (${latest.input.op}, ` +
            `acknowledged at ${latest.returnMs} ms) came after every write that leaves that`,
    );
  }
  return violations;
}
