// When a node renews its certificate: a pure decision from the validity window and the time,
// so the renewer loop at the edge only supplies a clock. Like SwarmKit (ca/config.go,
// calculateRandomExpiry), each node renews at a random point between 50 % and 80 % of the window,
// so a cluster whose certificates were issued together does not renew all at once.
import type { EntropySource } from "../entropy.js";
import { randomBytes } from "../entropy.js";
import { CaError } from "./errors.js";

export const renewalFractionMin = 0.5;
export const renewalFractionMax = 0.8;

/** RenewalDecision is what to do about a certificate at a given time. */
export type RenewalDecision =
  | { readonly action: "wait"; readonly renewAtMs: number }
  | { readonly action: "renew" }
  /** Too late for a renewal over mTLS: the node must join again with a token. */
  | { readonly action: "expired" }
  /** The clock is before the certificate's start: the local clock is probably wrong. */
  | { readonly action: "not-yet-valid" };

/** renewalDecision decides, for a certificate valid over [notBeforeMs, notAfterMs], at `nowMs`. */
export function renewalDecision(options: {
  nowMs: number;
  notBeforeMs: number;
  notAfterMs: number;
  renewAtFraction: number;
}): RenewalDecision {
  const { nowMs, notBeforeMs, notAfterMs, renewAtFraction } = options;
  if (!(renewAtFraction >= renewalFractionMin && renewAtFraction <= renewalFractionMax)) {
    throw new CaError({
      code: "CONFIG_INVALID",
      field: "renewAtFraction",
      reason: `must be within [${renewalFractionMin}, ${renewalFractionMax}]`,
    });
  }
  if (!(notBeforeMs < notAfterMs)) {
    throw new CaError({
      code: "CONFIG_INVALID",
      field: "notAfterMs",
      reason: "the validity window is empty",
    });
  }
  if (nowMs > notAfterMs) return { action: "expired" };
  if (nowMs < notBeforeMs) return { action: "not-yet-valid" };
  const renewAtMs = notBeforeMs + Math.floor((notAfterMs - notBeforeMs) * renewAtFraction);
  return nowMs >= renewAtMs ? { action: "renew" } : { action: "wait", renewAtMs };
}

/** drawRenewalFraction picks a node's renewal point in [0.5, 0.8] from injected randomness. */
export function drawRenewalFraction(entropy: EntropySource): number {
  const [a = 0, b = 0] = randomBytes(entropy, 2);
  const unit = ((a << 8) | b) / 0xffff;
  return renewalFractionMin + unit * (renewalFractionMax - renewalFractionMin);
}
