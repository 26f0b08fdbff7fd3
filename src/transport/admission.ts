// Admission: which sockets a listener holds, at which stage, within which budget. A socket is
// counted from TCP accept on (a socket in its TLS handshake is the cheapest thing to flood with),
// so every stage has a bound: handshakes, anonymous clients, certified clients, raft peers.
// Strangers never take what certificate holders need: an address that is not a member's may hold
// only so many handshakes and open new connections only so fast — past either, the newcomer is
// refused at accept, before any TLS work, since a flood reopens what is closed and every accepted
// handshake costs the manager far more than a refused socket; past the global budget the oldest
// handshake makes room for a newer one, a certified client evicts an anonymous one, and raft
// peers have their own budget nothing else enters.
import { assert } from "../assert.js";
import type { RefusalReason } from "./errors.js";
import { TokenBuckets } from "./token-buckets.js";

export type Stage = "handshake" | "anonymous" | "client" | "peer";

export interface AdmissionLimits {
  /** Sockets in their TLS handshake, from all sources; past it the oldest is evicted. */
  readonly handshakesMax: number;
  /**
   * Of those, from one address: past it a stranger's newcomer is refused at accept, and a
   * member's address (shared with whoever else runs there) evicts its own oldest.
   */
  readonly handshakesPerSourceMax: number;
  /** New connections one stranger's address may open at once, from a full bucket. */
  readonly connectsPerSourceBurst: number;
  /** ...and it may open one more every connectRefillMs. Members' addresses are not limited. */
  readonly connectRefillMs: number;
  /** Client-channel connections, certified and anonymous together. */
  readonly connectionsMax: number;
  /** Of those, anonymous ones. */
  readonly anonymousConnectionsMax: number;
  /** Anonymous ones from one address. */
  readonly anonymousPerSourceMax: number;
  /** Raft-channel connections (certified managers of the cluster). */
  readonly peersMax: number;
}

/** Evict ends a held socket to make room; the admission has already forgotten it. */
export type Evict = (key: string, reason: RefusalReason, detail: string) => void;

interface Held {
  readonly source: string;
  stage: Stage;
}

export class Admission {
  /** Insertion order is arrival order: the first entry of a stage is its oldest. */
  private readonly held = new Map<string, Held>();
  private readonly counts: Record<Stage, number> = { handshake: 0, anonymous: 0, client: 0, peer: 0 };
  private readonly perSource = new Map<string, number>();
  private readonly connects: TokenBuckets;
  /** The addresses (source keys, see sourceOf) members of the cluster listen on. */
  private members: ReadonlySet<string> = new Set();

  constructor(
    readonly limits: AdmissionLimits,
    private readonly evict: Evict,
    /**
     * Whether a handshaking socket has sent nothing yet. A real dialer sends its ClientHello at
     * once, so silent sockets are evicted first: a flood of them, reopened as fast as they are
     * closed, only ever evicts its own.
     */
    private readonly isSilent: (key: string) => boolean = () => true,
  ) {
    this.connects = new TokenBuckets({
      burst: limits.connectsPerSourceBurst,
      refillMs: limits.connectRefillMs,
    });
  }

  /** setMembers names the addresses (source keys) the cluster's members listen on. */
  setMembers(sources: ReadonlySet<string>): void {
    this.members = sources;
  }

  /**
   * arrive holds a new TCP socket from `source` (a source key, see sourceOf) at `nowMs` in the
   * handshake stage, evicting older handshakes past the budgets, or answers why a stranger's
   * socket is refused (the caller destroys it; it was never held).
   */
  arrive(key: string, source: string, nowMs: number): RefusalReason | null {
    assert(!this.held.has(key), "a socket arrives once");
    const { handshakesPerSourceMax } = this.limits;
    if (this.members.has(source)) {
      if (this.sourceCount(source, "handshake") >= handshakesPerSourceMax) {
        this.evictOldest("handshake", source, `${handshakesPerSourceMax} handshakes from ${source}`);
      }
    } else if (this.sourceCount(source, "handshake") >= handshakesPerSourceMax) {
      return "too-many-from-source";
    } else if (this.connects.tryTake(source, nowMs) > 0) {
      return "connect-rate-limited";
    }
    if (this.counts.handshake >= this.limits.handshakesMax) {
      this.evictOldest("handshake", null, `${this.limits.handshakesMax} handshakes in progress`);
    }
    this.add(key, { source, stage: "handshake" });
    return null;
  }

  /** stageOf is where a held socket is, or null once it left. */
  stageOf(key: string): Stage | null {
    return this.held.get(key)?.stage ?? null;
  }

  /**
   * promote moves a socket whose handshake finished to the stage its certificate earned, or
   * answers why it may not have one (the caller refuses it and it leaves).
   */
  promote(key: string, stage: Exclude<Stage, "handshake">): RefusalReason | null {
    const entry = this.held.get(key);
    assert(entry !== undefined && entry.stage === "handshake", "only a handshaking socket is promoted");
    const clients = this.counts.anonymous + this.counts.client;
    switch (stage) {
      case "peer":
        if (this.counts.peer >= this.limits.peersMax) return "too-many-peers";
        break;
      case "anonymous":
        if (
          this.counts.anonymous >= this.limits.anonymousConnectionsMax ||
          this.sourceCount(entry.source, "anonymous") >= this.limits.anonymousPerSourceMax
        ) {
          return "too-many-anonymous";
        }
        if (clients >= this.limits.connectionsMax) return "too-many-connections";
        break;
      case "client":
        if (clients >= this.limits.connectionsMax) {
          if (this.counts.anonymous === 0) return "too-many-connections";
          this.evictOldest("anonymous", null, "a certified client needed the slot");
        }
        break;
    }
    this.remove(key);
    this.add(key, { source: entry.source, stage });
    return null;
  }

  /** leave forgets a socket (closed, refused or evicted); idempotent. */
  leave(key: string): void {
    this.remove(key);
  }

  /** count is how many sockets a stage holds (tests and status). */
  count(stage: Stage): number {
    return this.counts[stage];
  }

  private evictOldest(stage: Stage, source: string | null, detail: string): void {
    let oldest: string | null = null;
    for (const [key, entry] of this.held) {
      if (entry.stage !== stage || (source !== null && entry.source !== source)) continue;
      if (stage !== "handshake" || this.isSilent(key)) {
        oldest = key;
        break;
      }
      oldest ??= key;
    }
    if (oldest === null) return;
    this.remove(oldest);
    this.evict(oldest, "evicted", detail);
  }

  private add(key: string, entry: Held): void {
    this.held.set(key, entry);
    this.counts[entry.stage] += 1;
    const sourceKey = `${entry.stage} ${entry.source}`;
    this.perSource.set(sourceKey, (this.perSource.get(sourceKey) ?? 0) + 1);
  }

  private remove(key: string): void {
    const entry = this.held.get(key);
    if (entry === undefined) return;
    this.held.delete(key);
    this.counts[entry.stage] -= 1;
    const sourceKey = `${entry.stage} ${entry.source}`;
    const left = (this.perSource.get(sourceKey) ?? 1) - 1;
    if (left === 0) this.perSource.delete(sourceKey);
    else this.perSource.set(sourceKey, left);
  }

  private sourceCount(source: string, stage: Stage): number {
    return this.perSource.get(`${stage} ${source}`) ?? 0;
  }
}

/**
 * sourceOf is the key an address is budgeted under: an IPv4 address (also when mapped into IPv6),
 * or an IPv6 address's /64 prefix — one host is commonly given a whole /64, so budgets per IPv6
 * address would give an attacker 2^64 of them.
 */
export function sourceOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.replace(/%.*$/, "").split("::");
  const parts = (text: string | undefined): string[] =>
    text === undefined || text === "" ? [] : text.split(":");
  const [first, last] = [parts(head), parts(tail)];
  // An IPv4 tail ("::1.2.3.4") fills two groups.
  const lastGroups = last.length + (last.at(-1)?.includes(".") === true ? 1 : 0);
  const zeros = tail === undefined ? [] : Array<string>(Math.max(0, 8 - first.length - lastGroups)).fill("0");
  const groups = [...first, ...zeros, ...last].slice(0, 4);
  return `${groups.map((g) => Number.parseInt(g, 16).toString(16)).join(":")}::/64`;
}
