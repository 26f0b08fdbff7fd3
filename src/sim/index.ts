// src/sim: deterministic simulation. The in-process cluster of production nodes is the part
// other programs embed (a multi-node test harness in one process).
export { ELECTION_MS, SimCluster, TICK_MS } from "./node/cluster.js";
export type { ClusterOptions, Member, NodeTuning } from "./node/cluster.js";
export { ClockView, SimTime, simEpochMs } from "./node/time.js";
