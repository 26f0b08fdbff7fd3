// Prometheus metrics and health endpoints of a node (--metrics-addr).
export { MetricsServer } from "./server.js";
export { NodeMetrics } from "./registry.js";
export { countingLogger, metricsObserver } from "./events.js";
export { sample } from "./sample.js";
export type { Readiness } from "./sample.js";
