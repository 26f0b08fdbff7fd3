// The multi-process harness: real `keel` processes on 127.0.0.1 with temporary data dirs, for
// keel's end-to-end tests and for anyone testing against keel. See README.md beside this file.
export { HarnessError } from "./errors.js";
export type { HarnessErrorCode } from "./errors.js";
export { KeelProcess, bounded, keelNodeArgs, pollUntil, repoRoot, runKeel } from "./process.js";
export type { CliResult, ExitInfo, KeelProcessOptions, KeelRole, LogLevel, LogLine } from "./process.js";
export { KeelCluster } from "./cluster.js";
export type { ClusterOptions } from "./cluster.js";
