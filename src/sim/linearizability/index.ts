// A Porcupine/Knossos-style linearizability checker for client histories the simulator records:
// Wing & Gong's search, Lowe's memoization, partitioning per independent object. Pure and
// synchronous. See README.md.
export type { CheckOptions, CheckResult, Model, Operation } from "./types.js";
export { stepsMaxDefault } from "./types.js";
export type { LinearizabilityErrorCode, LinearizabilityErrorType } from "./errors.js";
export { LinearizabilityError } from "./errors.js";
export { checkOperations } from "./check.js";
export type { SecretInput, SecretOperation, SecretOutput } from "./secrets.js";
export { checkSecretHistory, secretModel } from "./secrets.js";
