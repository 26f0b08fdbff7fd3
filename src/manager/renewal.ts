// Certificate renewal at the edge (SwarmKit's node-side renewal loop): every node, manager or
// worker, asks for a new certificate when renewalDecision (src/ca) says so, authorized by the
// certificate it holds (no token), and swaps its TLS credentials in place. The window is counted
// from issuance (the CA backdates notBefore by certBackdateMs for clock skew; counting from
// there would put a short certificate's renewal point at or before its issuance, and renew in
// a loop).
//
// On disk a renewal writes the new certificate beside the old one, then the new key, then moves
// the certificate in place, so a crash leaves either pair whole: settleRenewal (run when a node
// opens) keeps the renewed certificate only if it matches the key on disk.
import { readFile, rename, rm } from "node:fs/promises";
import { createSecureContext } from "node:tls";
import type { NodeIdentity } from "../ca/index.js";
import { certBackdateMs, drawRenewalFraction, identityOf, renewalDecision, x509 } from "../ca/index.js";
import { ManagerError } from "./errors.js";
import type { EntropySource } from "../entropy.js";
import type { Cancel, Clock } from "../node/index.js";
import type { DataDir } from "./data-dir.js";
import type { Logger } from "./log.js";

/** How long the renewer sleeps at most before it looks at the certificate and the clock again. */
export const renewalCheckMsDefault = 10 * 60 * 1000;
const retryMsMin = 1_000;
const retryMsMax = 60_000;

export interface RenewerOptions {
  readonly clock: Clock;
  readonly entropy: EntropySource;
  readonly log: Logger;
  /** The certificate the node presents now. */
  readonly certificatePem: () => string;
  /** Gets a new certificate and swaps it in; a failure is retried with backoff. */
  readonly renew: () => Promise<void>;
  readonly checkMs?: number;
}

/** renewalWindow is a certificate's validity as renewal counts it: from issuance to notAfter. */
export function renewalWindow(certificatePem: string): { notBeforeMs: number; notAfterMs: number } {
  const certificate = new x509.X509Certificate(certificatePem);
  const notAfterMs = certificate.notAfter.getTime();
  const notBeforeMs = certificate.notBefore.getTime();
  const issuedMs = notBeforeMs + certBackdateMs;
  return { notBeforeMs: issuedMs < notAfterMs ? issuedMs : notBeforeMs, notAfterMs };
}

export class CertificateRenewer {
  #fraction: number;
  #cancel: Cancel | null = null;
  #running: Promise<void> = Promise.resolve();
  #closed = false;
  #retryMs = retryMsMin;
  /** A renewal was asked for whatever the renewal point (a root rotation): until one succeeds. */
  #forced = false;

  constructor(private readonly options: RenewerOptions) {
    this.#fraction = drawRenewalFraction(options.entropy);
  }

  /** start (or restart, after close) looks at the certificate now and then when it must. */
  start(): void {
    this.#closed = false;
    this.#schedule(0);
  }

  /**
   * renewNow renews at once, whatever the renewal point: a root rotation asks every node for a
   * certificate of the new root. A failure is retried with backoff, as any renewal.
   */
  renewNow(): void {
    if (this.#closed || this.#forced) return;
    this.#forced = true;
    // A check in progress (no timer set) schedules the next one soon (#schedule caps the wait).
    if (this.#cancel !== null) {
      this.#cancel();
      this.#cancel = null;
      this.#schedule(0);
    }
  }

  #schedule(ms: number): void {
    if (this.#closed) return;
    if (this.#forced && ms > this.#retryMs) ms = this.#retryMs;
    this.#cancel = this.options.clock.setTimeout(
      () => {
        this.#cancel = null;
        this.#running = this.#check();
      },
      Math.max(0, ms),
    );
  }

  async #check(): Promise<void> {
    if (this.#closed) return;
    const { clock, log } = this.options;
    const checkMs = this.options.checkMs ?? renewalCheckMsDefault;
    const nowMs = clock.realtimeMs();
    const window = renewalWindow(this.options.certificatePem());
    const due = renewalDecision({ nowMs, ...window, renewAtFraction: this.#fraction });
    const decision = this.#forced && due.action === "wait" ? { action: "renew" as const } : due;
    switch (decision.action) {
      case "wait":
        this.#schedule(Math.min(decision.renewAtMs - nowMs, checkMs));
        return;
      case "not-yet-valid":
        log.warn("certificate-not-yet-valid", { notBeforeMs: window.notBeforeMs, nowMs });
        this.#schedule(checkMs);
        return;
      case "expired":
        // mTLS cannot authorize a renewal any more: the node must join again with a token.
        log.error("certificate-expired", { notAfterMs: window.notAfterMs, hint: "join the cluster again" });
        return;
      case "renew":
        try {
          log.info("certificate-renewing", { notAfterMs: window.notAfterMs });
          await this.options.renew();
          const renewed = renewalWindow(this.options.certificatePem());
          log.info("certificate-renewed", { notAfterMs: renewed.notAfterMs });
          this.#fraction = drawRenewalFraction(this.options.entropy);
          this.#retryMs = retryMsMin;
          this.#forced = false;
          this.#schedule(0);
        } catch (error) {
          if (this.#closed) return;
          log.warn("certificate-renewal-failed", { error, retryMs: this.#retryMs });
          this.#schedule(this.#retryMs);
          this.#retryMs = Math.min(this.#retryMs * 2, retryMsMax);
        }
        return;
    }
  }

  /** close stops the loop and waits for a renewal in progress. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#cancel?.();
    this.#cancel = null;
    await this.#running;
  }
}

/**
 * settleRenewal finishes or undoes a renewal a crash interrupted: the renewed certificate is
 * moved in place when it matches `keyPem` (the key on disk), else removed.
 */
export async function settleRenewal(dir: DataDir, keyPem: string): Promise<void> {
  let renewed: string;
  try {
    renewed = await readFile(dir.renewedCertificate, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  let matches = true;
  try {
    createSecureContext({ key: keyPem, cert: renewed });
  } catch {
    matches = false;
  }
  if (matches) await rename(dir.renewedCertificate, dir.certificate);
  else await rm(dir.renewedCertificate, { force: true });
}

/** checkRenewed refuses a renewed certificate that is not for `identity` (node id, role, cluster). */
export function checkRenewed(certificatePem: string, identity: NodeIdentity): void {
  const renewed = identityOf(new x509.X509Certificate(certificatePem));
  if (
    renewed.nodeId !== identity.nodeId ||
    renewed.role !== identity.role ||
    renewed.clusterId !== identity.clusterId
  ) {
    throw new ManagerError({
      code: "FAILED_PRECONDITION",
      reason: `the renewed certificate is for ${renewed.role} ${renewed.nodeId}, not ${identity.role} ${identity.nodeId}`,
    });
  }
}
