// A node's side of liveness: one heartbeat to the leader each period, the period the leader
// answers with (SwarmKit's agent does the same). A failed heartbeat is tried again a period
// later: missing a few is what the leader's grace is for.
import { keelapi } from "../gen/api.js";
import type { Cancel, Clock } from "../node/index.js";
import { codeOf } from "./errors.js";
import { u64 } from "./ids.js";
import type { Logger } from "./log.js";

export class HeartbeatSender {
  #cancel: Cancel | null = null;
  #closed = false;
  /** Bumped by start: a heartbeat in flight from before a close does not start a second loop. */
  #generation = 0;
  #periodMs: number;

  constructor(
    private readonly deps: { clock: Clock; log: Logger },
    /** Sends one HeartbeatRequest body, resolves with the HeartbeatResponse body. */
    private readonly send: (body: Uint8Array) => Promise<Uint8Array>,
    periodMs: number,
  ) {
    this.#periodMs = periodMs;
  }

  /** start sends the first heartbeat now; a closed sender may start again. */
  start(): void {
    this.#closed = false;
    this.#cancel?.();
    this.#generation++;
    this.#beat();
  }

  #beat(): void {
    if (this.#closed) return;
    const generation = this.#generation;
    const sending = this.send(keelapi.HeartbeatRequest.encode({}).finish()).then(
      (body) => {
        const periodMs = u64(keelapi.HeartbeatResponse.decode(body).periodMs);
        if (periodMs > 0) this.#periodMs = periodMs;
      },
      (error: unknown) => this.deps.log.debug("heartbeat-failed", { code: codeOf(error) }),
    );
    void sending.then(() => {
      if (!this.#closed && generation === this.#generation)
        this.#cancel = this.deps.clock.setTimeout(() => this.#beat(), this.#periodMs);
    });
  }

  /**
   * close stops sending. Idempotent. A heartbeat in flight is not waited for: to a dead leader it
   * would hold a stop up to the RPC timeout; the connection it uses closes with the node.
   */
  close(): void {
    this.#closed = true;
    this.#cancel?.();
    this.#cancel = null;
  }
}
