// The package's main entry (`import ... from "keel"`): run a manager or a worker in this
// process (initCluster, joinCluster, runNode) and talk to any node with the typed KeelClient.
// Other entries: keel/client, keel/harness (real keel processes for tests), keel/sim (the
// deterministic in-process cluster), keel/raft (the Raft core).
export {
  Manager,
  ManagerError,
  Worker,
  codeOf,
  initCluster,
  isLogLevel,
  joinCluster,
  jsonLogger,
  runNode,
  silentLogger,
} from "./manager/index.js";
export type {
  InitOptions,
  Initialized,
  JoinOptions,
  LogFields,
  LogLevel,
  Logger,
  ManagerErrorCode,
  ManagerErrorType,
  ManagerTuning,
  NodeDeps,
  RunOptions,
  RunningNode,
} from "./manager/index.js";
export * from "./client/index.js";
