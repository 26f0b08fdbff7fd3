// Timing a test gives real `keel` processes through the environment (the harness sets it:
// ClusterOptions.heartbeatPeriodMs), so that acceptance tests of node liveness take seconds, not
// SwarmKit's 15 s grace. Unset in production: every node uses the defaults.
import type { ManagerTuning } from "../manager/index.js";
import { UsageError } from "./args.js";

/** The variable that sets how often nodes heartbeat to the leader (src/manager/liveness.ts). */
export const heartbeatPeriodEnv = "KEEL_HEARTBEAT_PERIOD_MS";

export function tuningFromEnv(env: NodeJS.ProcessEnv = process.env): ManagerTuning {
  const text = env[heartbeatPeriodEnv];
  if (text === undefined || text === "") return {};
  if (!/^\d{1,7}$/.test(text) || Number(text) < 10)
    throw new UsageError(`${heartbeatPeriodEnv} is a period in milliseconds, at least 10`);
  return { heartbeatPeriodMs: Number(text) };
}
