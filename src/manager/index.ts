// src/manager: a keel node process — manager (Raft, API, controllers) or worker — started by
// init, join or run, and the local control socket the `keel` command talks to.
export { ManagerError, codeOf } from "./errors.js";
export type { ManagerErrorCode, ManagerErrorType } from "./errors.js";
export { jsonLogger, silentLogger, isLogLevel } from "./log.js";
export type { LogLevel, Logger, LogFields } from "./log.js";
export { dataDir, readNodeFile } from "./data-dir.js";
export type { DataDir, NodeFile } from "./data-dir.js";
export { ControlCallError, ControlClient, ControlServer, controlCall } from "./control-socket.js";
export { Manager } from "./manager.js";
export type { ManagerTuning } from "./manager.js";
export { Worker } from "./worker.js";
export { initCluster } from "./bootstrap.js";
export type { InitOptions, Initialized } from "./bootstrap.js";
export { joinCluster } from "./join.js";
export type { JoinOptions } from "./join.js";
export { runNode } from "./open.js";
export type { RunOptions, RunningNode } from "./open.js";
export { checkUnlockKey, keyFileInfo } from "./unlock.js";
export { methods, localMethods } from "./api/methods.js";
export type { NodeDeps, NodeObserver } from "./options.js";
