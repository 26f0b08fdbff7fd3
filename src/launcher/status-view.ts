// The launcher's live view: every second it asks each manager for its status (control socket)
// and shows a table. On a terminal the table is redrawn in place; otherwise it is printed again
// only when something other than the indexes changed. A change of leader is always printed as a
// `leader: ID (NAME), term T` line.
import { keelapi } from "../gen/api.js";
import { localMethods } from "../manager/index.js";
import type { KeelProcess } from "../harness/process.js";
import { looseU64 } from "../protobuf-u64.js";
import { table } from "../cli/render.js";

const header = [
  "NODE",
  "ID",
  "ADDRESS",
  "STATE",
  "RAFT",
  "TERM",
  "COMMIT",
  "APPLIED",
  "LEADER",
  "DEK",
  "KEK",
];

const num = looseU64;

function render(rows: readonly (readonly string[])[]): string[] {
  return table(header, rows);
}

export class StatusView {
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;
  #busy = false;
  #drawn = 0;
  #lastShape = "";
  #leader = "";
  readonly #tty: boolean;

  constructor(
    private readonly procs: readonly KeelProcess[],
    private readonly out: (line: string) => void,
  ) {
    this.#tty = process.stdout.isTTY;
  }

  start(): void {
    void this.#tick();
    this.#timer = setInterval(() => void this.#tick(), 1_000);
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== null) clearInterval(this.#timer);
  }

  async #tick(): Promise<void> {
    if (this.#busy || this.#stopped) return;
    this.#busy = true;
    try {
      const statuses = await Promise.all(
        this.procs.map(async (p) => {
          if (!p.running) return null;
          try {
            return keelapi.StatusResponse.decode(await p.call(localMethods.status, undefined, 1_000));
          } catch {
            return null;
          }
        }),
      );
      if (this.#stopped) return;
      const events: string[] = [];
      const leader = statuses.find((s) => s?.raftState === "leader");
      const leaderKey = leader === undefined || leader === null ? "" : `${leader.nodeId}/${num(leader.term)}`;
      if (leaderKey !== this.#leader && leader !== undefined && leader !== null) {
        const name = this.procs[statuses.indexOf(leader)]?.name ?? "?";
        events.push(`leader: ${leader.nodeId} (${name}), term ${num(leader.term)}`);
      }
      this.#leader = leaderKey;
      const rows = this.procs.map((p, i) => {
        const s = statuses[i];
        if (s === null || s === undefined) {
          return [p.name, p.nodeId, p.address, p.running ? "starting" : "down", "", "", "", "", "", "", ""];
        }
        return [
          p.name,
          s.nodeId,
          s.address,
          s.state,
          s.raftState,
          String(num(s.term)),
          String(num(s.commit)),
          String(num(s.applied)),
          s.leaderId,
          s.dekState === "" ? "" : `${s.dekState} ${s.dekCurrent.slice(0, 8)}`,
          `v${num(s.kekVersion)}${s.autolock ? ", autolock" : ""}`,
        ];
      });
      const shape = JSON.stringify(rows.map((r) => r.filter((_, i) => i !== 6 && i !== 7)));
      const table = render(rows);
      if (this.#tty) {
        if (this.#drawn > 0) process.stdout.write(`\x1b[${this.#drawn}A\x1b[0J`);
        for (const e of events) this.out(e);
        const stamp = `status at ${new Date().toISOString().slice(11, 19)} (Ctrl-C stops the cluster)`;
        for (const l of [stamp, ...table]) this.out(l);
        this.#drawn = table.length + 1;
      } else {
        for (const e of events) this.out(e);
        if (shape !== this.#lastShape) for (const l of table) this.out(l);
      }
      this.#lastShape = shape;
    } finally {
      this.#busy = false;
    }
  }
}
