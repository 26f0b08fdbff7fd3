// The database handle type the WAL works on.
import type { AbstractLevel } from "abstract-level";

/** LevelHandle is the database the WAL owns: string keys, Uint8Array values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- classic-level and memory-level differ in their format type
export type LevelHandle = AbstractLevel<any, string, Uint8Array>;
