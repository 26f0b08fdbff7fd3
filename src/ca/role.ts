// A node's role as its certificate carries it: its own file, so that errors.ts and identity.ts
// each import it without importing each other.
export type NodeRole = "manager" | "worker";
