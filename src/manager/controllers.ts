// The leader's controllers, run on a timer and after an applied batch that changed the cluster
// or a node (FollowedChanges): fill in join tokens, keep the unlock key in line with autolock,
// allocate and rotate network keys, drive a root CA rotation, and sign waiting certificates.
// Each decision is a pure function of the store (src/fsm/controllers); this loop proposes what
// they return, one at a time, re-reading the store in between, so two decisions made on one
// read never conflict. A follower runs nothing.
import { createJoinTokens, issueNodeCertificate } from "../ca/index.js";
import type { CertificateRequest, ProposalDraft, SignOutcome } from "../fsm/index.js";
import {
  NetworkKeyManager,
  certificateDecision,
  certificatesToSign,
  decideJoinTokens,
  decideUnlockKey,
  soleCluster,
} from "../fsm/index.js";
import type { ApiContext } from "./api/context.js";
import { propose } from "./api/context.js";
import { rootCaOf } from "./api/root.js";
import { decideRootRotation } from "./ca-rotation/reconciler.js";
import { presented, signerOf } from "./ca-rotation/roots.js";
import { codeOf } from "./errors.js";
import type { Cancel } from "../node/index.js";

/** How often the leader's controllers look at the store without being kicked. */
export const controllerIntervalMsDefault = 500;
/** Network-key rotation intervals count 1 s ticks (src/fsm defaults). */
const networkKeyTickMs = 1000;

export class Controllers {
  #cancel: Cancel | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #keyManager: NetworkKeyManager | null = null;
  #closed = false;

  constructor(
    private readonly ctx: ApiContext,
    private readonly intervalMs = controllerIntervalMsDefault,
  ) {}

  start(): void {
    this.#cancel = this.ctx.clock.setInterval(() => this.kick(), this.intervalMs);
  }

  /** kick runs a round now, or right after the one in progress. */
  kick(): void {
    if (this.#closed) return;
    if (this.#running !== null) {
      this.#again = true;
      return;
    }
    this.#running = this.#round()
      .catch((error: unknown) => this.ctx.log.warn("controllers-failed", { error }))
      .finally(() => {
        this.#running = null;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
  }

  /** close stops the timer and waits for the round in progress. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#cancel?.();
    this.#cancel = null;
    await this.#running;
  }

  async #round(): Promise<void> {
    const node = this.ctx.node;
    if (!node.isLeader || node.lifecycle !== "running") {
      this.#keyManager = null;
      return;
    }
    const cluster = soleCluster(node.store);
    if (cluster === undefined) return;
    const tick = Math.floor(this.ctx.clock.monotonicMs() / networkKeyTickMs);
    // A new leader adopts the stored keys and waits a full interval (SwarmKit 4e88734).
    this.#keyManager ??= new NetworkKeyManager({
      clusterId: cluster.id,
      startTick: tick,
      entropy: this.ctx.entropy,
    });
    const keyManager = this.#keyManager;
    const deciders: (() => Promise<ProposalDraft | null>)[] = [
      async () => {
        const c = soleCluster(node.store);
        if (c === undefined || (c.rootCa.joinTokens.worker !== "" && c.rootCa.joinTokens.manager !== ""))
          return null;
        return decideJoinTokens(c, createJoinTokens((await rootCaOf(c)).digest, this.ctx.entropy), {});
      },
      () => {
        const c = soleCluster(node.store);
        return Promise.resolve(
          c === undefined ? null : decideUnlockKey(c, { rotate: false }, this.ctx.entropy),
        );
      },
      () => Promise.resolve(keyManager.decide(node.store, tick)),
      () => decideRootRotation(node.store, this.ctx.entropy),
    ];
    for (const decide of deciders) await this.#propose(await decide());
    for (const request of certificatesToSign(node.store)) {
      await this.#propose(certificateDecision(node.store, request, await this.#sign(request)));
    }
  }

  async #propose(draft: ProposalDraft | null): Promise<void> {
    if (draft === null || this.#closed || !this.ctx.node.isLeader) return;
    try {
      await propose(this.ctx, draft.actions);
    } catch (error) {
      // Retried next round: a stale read (VERSION_CONFLICT) or a leadership change.
      this.ctx.log.debug("controller-proposal-failed", { code: codeOf(error), error });
    }
  }

  async #sign(request: CertificateRequest): Promise<SignOutcome> {
    const cluster = soleCluster(this.ctx.node.store);
    if (cluster === undefined) return { status: "retry", reason: "no cluster object" };
    if (request.csr.length === 0) return { status: "failed", reason: "certificate signing request is empty" };
    try {
      // During a root rotation, the new root's key with the cross-signed certificate.
      const signer = await signerOf(cluster);
      const issued = await issueNodeCertificate(
        signer.root,
        {
          csr: request.csr,
          identity: { nodeId: request.nodeId, role: request.role, clusterId: cluster.id },
          now: new Date(this.ctx.clock.realtimeMs()),
          validityMs: cluster.spec.ca.nodeCertExpiryMs,
        },
        { entropy: this.ctx.entropy },
      );
      this.ctx.log.info("certificate-issued", {
        subject: request.nodeId,
        role: request.role,
        reason: request.reason,
      });
      const certificatePem = presented(issued.certificatePem, signer);
      return { status: "issued", certificate: new Uint8Array(Buffer.from(certificatePem, "utf8")) };
    } catch (error) {
      const code = codeOf(error);
      if (code === null) return { status: "retry", reason: String(error) };
      this.ctx.log.warn("certificate-refused", { subject: request.nodeId, code });
      return { status: "failed", reason: (error as Error).message };
    }
  }
}
