// Clients of a node simulation: each creates, updates, removes, gets and lists secrets through
// the API of a manager it picks (a follower proposes and Raft forwards to the leader), one call
// at a time, with a timeout, retrying a call that was definitely refused on another manager.
// Every call is recorded (history.ts); a secret's value is its label "v", unique per write.
import { keelapi } from "../../gen/api.js";
import { methods } from "../../manager/api/methods.js";
import type { MethodName } from "../../manager/api/methods.js";
import type { Prng } from "../../raft/prng.js";
import type { ClockView } from "./time.js";
import type { SecretInput, SecretOperation, SecretOutput } from "./history.js";
import type { SimManager } from "./manager.js";

export interface WorkloadOptions {
  readonly clock: ClockView;
  readonly prng: Prng;
  readonly clients: number;
  readonly names: readonly string[];
  /** A call not answered within this is recorded as unknown and the client moves on. */
  readonly timeoutMs: number;
  readonly thinkMs: { readonly min: number; readonly max: number };
  /** The managers a client may call now (running ones). */
  readonly targets: () => readonly SimManager[];
  readonly mark: (name: string) => void;
  /** An error no fault explains: an untyped exception out of a handler. */
  readonly unexpected: (text: string) => void;
  readonly log: (line: string) => void;
}

type Outcome =
  | { readonly kind: "done"; readonly output: SecretOutput }
  | { readonly kind: "failed" }
  | { readonly kind: "unknown" };

const label = "v";
const retriesMax = 2;

export class Workload {
  readonly history: SecretOperation[] = [];
  #nextId = 1;
  #nextValue = 1;
  #stopped = false;
  readonly #running: Promise<void>[] = [];
  /** Calls whose client gave up waiting but which have not settled yet. */
  #straggling = 0;

  constructor(private readonly o: WorkloadOptions) {}

  start(): void {
    for (let c = 1; c <= this.o.clients; c++) this.#running.push(this.#client(c));
  }

  /** stop lets each client finish its call in progress, then end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await Promise.all(this.#running);
  }

  get straggling(): number {
    return this.#straggling;
  }

  async #client(client: number): Promise<void> {
    while (!this.#stopped) {
      await this.#sleep(this.o.prng.between(this.o.thinkMs.min, this.o.thinkMs.max));
      if (this.#stopped) return;
      const input = this.#draw(client);
      for (let attempt = 0; attempt <= retriesMax && !this.#stopped; attempt++) {
        const outcome = await this.#invoke(client, input);
        if (outcome.kind !== "failed") break;
        this.o.mark("client retries");
        await this.#sleep(this.o.prng.between(20, 200));
      }
    }
  }

  #draw(client: number): SecretInput {
    const name = this.o.names[this.o.prng.below(this.o.names.length)] ?? "none";
    const value = `c${client}-${this.#nextValue++}`;
    const roll = this.o.prng.below(100);
    if (roll < 25) return { op: "create", name, value };
    if (roll < 45) return { op: "update", name, value };
    if (roll < 60) return { op: "remove", name };
    if (roll < 85) return { op: "get", name };
    return { op: "list" };
  }

  async #invoke(client: number, input: SecretInput): Promise<Outcome> {
    const targets = this.o.targets();
    const target = targets[this.o.prng.below(Math.max(1, targets.length))];
    if (target === undefined) return { kind: "failed" };
    const write = input.op === "create" || input.op === "update" || input.op === "remove";
    if (write && !target.node.isLeader) this.o.mark("writes through a follower");
    const id = this.#nextId++;
    const invokeMs = this.o.clock.monotonicMs();
    const call = this.#call(target, input);
    const outcome = await this.#withTimeout(call);
    const returnMs = this.o.clock.monotonicMs();
    this.o.log(
      `op ${id} c${client} ${JSON.stringify(input)} at ${target.node.id.toString(36)}: ${JSON.stringify(outcome)}`,
    );
    if (outcome.kind === "failed") return outcome;
    if (outcome.kind === "unknown") this.o.mark("unknown outcomes");
    this.history.push({
      id,
      client,
      input,
      output: outcome.kind === "done" ? outcome.output : undefined,
      invokeMs,
      returnMs: outcome.kind === "done" ? returnMs : null,
    });
    return outcome;
  }

  async #withTimeout(call: Promise<Outcome>): Promise<Outcome> {
    let cancel = (): void => undefined;
    const timedOut = new Promise<Outcome>((resolve) => {
      cancel = this.o.clock.setTimeout(() => resolve({ kind: "unknown" }), this.o.timeoutMs);
    });
    let settled = false;
    const tracked = call.finally(() => {
      settled = true;
      cancel();
    });
    const outcome = await Promise.race([tracked, timedOut]);
    if (!settled) {
      this.#straggling++;
      void tracked.finally(() => this.#straggling--);
    }
    return outcome;
  }

  async #call(target: SimManager, input: SecretInput): Promise<Outcome> {
    const write = input.op === "create" || input.op === "update" || input.op === "remove";
    try {
      return { kind: "done", output: await this.#request(target, input) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code !== "string") {
        this.o.unexpected(`${input.op} threw an untyped ${String(error)}`);
        return { kind: write ? "unknown" : "failed" };
      }
      if (code === "NOT_FOUND" && input.op !== "list") {
        return {
          kind: "done",
          output: input.op === "get" ? { value: null } : { ok: false, code: "NOT_FOUND" },
        };
      }
      if (!write) return { kind: "failed" };
      if (code === "ALREADY_EXISTS" || code === "NAME_CONFLICT")
        return { kind: "done", output: { ok: false, code: "ALREADY_EXISTS" } };
      // Refused before anything reached the log, or rejected by the store as stale: no effect.
      if (definitelyNotApplied.has(code)) return { kind: "failed" };
      return { kind: "unknown" };
    }
  }

  async #request(target: SimManager, input: SecretInput): Promise<SecretOutput> {
    const labels = (value: string): keelapi.Label.$Properties[] => [{ key: label, value }];
    const ask = (method: MethodName, body: Uint8Array): Promise<Uint8Array> => target.call(method, body);
    switch (input.op) {
      case "create": {
        const body = keelapi.SecretCreateRequest.encode({
          name: input.name,
          data: new TextEncoder().encode(input.value),
          labels: labels(input.value),
        }).finish();
        await ask(methods.secretCreate, body);
        return { ok: true };
      }
      case "update":
        await ask(
          methods.secretUpdate,
          keelapi.SecretUpdateRequest.encode({ ref: input.name, labels: labels(input.value) }).finish(),
        );
        return { ok: true };
      case "remove":
        await ask(methods.secretRemove, keelapi.ObjectRef.encode({ ref: input.name }).finish());
        return { ok: true };
      case "get": {
        const body = await ask(methods.secretGet, keelapi.ObjectRef.encode({ ref: input.name }).finish());
        const view = keelapi.SecretResponse.decode(body).secret;
        return { value: valueOf(view?.labels) };
      }
      case "list": {
        const body = await ask(methods.secretList, new Uint8Array());
        const secrets: Record<string, string> = {};
        for (const s of keelapi.SecretListResponse.decode(body).secrets) {
          secrets[s.name ?? ""] = valueOf(s.labels) ?? "";
        }
        return { secrets };
      }
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.o.clock.setTimeout(resolve, ms));
  }
}

/**
 * Codes that prove a write changed nothing: refused by the node before Raft took it (no
 * leader known, dropped locally, too large), by the manager (stopped), or by the store
 * (a concurrent update won: VERSION_CONFLICT).
 */
const definitelyNotApplied: ReadonlySet<string> = new Set([
  "NOT_LEADER",
  "DROPPED",
  "TOO_LARGE",
  "VERSION_CONFLICT",
  "INVALID_ARGUMENT",
]);

function valueOf(labels: readonly keelapi.Label.$Properties[] | null | undefined): string | null {
  return labels?.find((l) => l.key === label)?.value ?? null;
}
