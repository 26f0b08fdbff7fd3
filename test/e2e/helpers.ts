// Shared set-up for the end-to-end tests: clusters closed after each test, a background load of
// secret creations that records what was acknowledged, and data-dir fingerprints.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, expect } from "vitest";
import { KeelCluster, pollUntil } from "../../src/harness/index.js";
import type { ClusterOptions, KeelProcess } from "../../src/harness/index.js";

/** Raft timing of a `keel` process (src/node defaults): 10 ticks of 100 ms, randomized up to 2x. */
export const electionTimeoutMs = 10 * 100 * 2;

/** useClusters: clusters started through it are closed (all processes killed, dirs removed) after each test. */
export function useClusters(): {
  start(options?: ClusterOptions): Promise<KeelCluster>;
  create(options?: ClusterOptions): Promise<KeelCluster>;
} {
  const open: KeelCluster[] = [];
  afterEach(async () => {
    await Promise.allSettled(open.splice(0).map((c) => c.close()));
  });
  return {
    async start(options) {
      const c = await KeelCluster.start(options);
      open.push(c);
      return c;
    },
    async create(options) {
      const c = await KeelCluster.create(options);
      open.push(c);
      return c;
    },
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** SecretLoad creates secrets one after another through whichever node `pick` gives. */
export class SecretLoad {
  readonly acked: string[] = [];
  failures = 0;
  #running = false;
  #loop: Promise<void> = Promise.resolve();
  #n = 0;

  constructor(
    private readonly prefix: string,
    private readonly pick: () => KeelProcess | undefined,
  ) {}

  start(): this {
    this.#running = true;
    this.#loop = (async () => {
      while (this.#running) {
        const p = this.pick();
        const name = `${this.prefix}-${++this.#n}`;
        if (p === undefined || !p.running) {
          await sleep(50);
          continue;
        }
        try {
          await p.secretCreate(name, `value of ${name}`);
          this.acked.push(name);
        } catch {
          this.failures++;
          await sleep(50);
        }
      }
    })();
    return this;
  }

  /** Waits until `count` more creations were acknowledged (bounded). */
  async more(count: number, timeoutMs = 20_000): Promise<void> {
    const target = this.acked.length + count;
    await pollUntil("load", `${count} more acknowledged secrets`, timeoutMs, () =>
      this.acked.length >= target ? true : undefined,
    );
  }

  async stop(): Promise<string[]> {
    this.#running = false;
    await this.#loop;
    return this.acked;
  }
}

/** expectSecrets: every name in `names` is a secret `p` lists. */
export async function expectSecrets(p: KeelProcess, names: readonly string[]): Promise<void> {
  const listed = new Set((await p.secretList()).map((s) => s.name ?? ""));
  const missing = names.filter((n) => !listed.has(n));
  expect(missing, `${p.name} lost acknowledged secrets`).toEqual([]);
}

/** caughtUp waits until `p` has applied everything `leader` had committed when called. */
export async function caughtUp(p: KeelProcess, leader: KeelProcess, timeoutMs = 20_000): Promise<void> {
  const commit = Number((await leader.status()).commit);
  await pollUntil(p.name, `applied index ${commit} (the leader's commit)`, timeoutMs, async () => {
    try {
      const s = await p.status();
      return Number(s.applied) >= commit ? true : undefined;
    } catch {
      return undefined;
    }
  });
}

/** fingerprint hashes every regular file of a data dir (names and contents), sockets aside. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile())
        out[`${prefix}${entry.name}`] = createHash("sha256")
          .update(await readFile(path))
          .digest("hex");
    }
  };
  await walk(dir, "");
  return out;
}
