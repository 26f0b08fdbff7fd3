// The V8 flags a keel process starts with. They size the heap, which V8 fixes as the process
// starts: v8.setFlagsFromString("--max-semi-space-size=…") at run time leaves the young
// generation at its default cap (measured on Node 20), so they must be on node's command line —
// main.ts's shebang, the harness's `node` arguments (NODE_OPTIONS refuses --min-semi-space-size).

/**
 * A young generation of 16 MiB per semi-space, from the start and always (min = max). A
 * scavenge copies what the writes since the last one keep (store records, log entries: ~1-2 kB
 * per write, copied twice), so its pause grows with the semi-space: at 32 MiB a busy manager
 * paused 10-14 ms per scavenge (mean; 3.3-4.1 MiB copied), at 16 MiB 4-6 ms (1.7-2.1 MiB),
 * the same GC time per write in twice the scavenges — and a write in flight waits for a
 * leader's whole pause, so the shorter ones are the tail's. The floor matters as much: V8
 * shrinks the young generation to 1 MiB when a process allocates little (a follower while
 * reads go to the leader), and the next burst then ran with a tiny one: a scavenge every few
 * hundred writes, objects promoted young and a full GC in the burst's first second.
 */
export const keelNodeFlags: readonly string[] = ["--max-semi-space-size=16", "--min-semi-space-size=16"];
