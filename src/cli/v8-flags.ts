// The V8 flags a keel process starts with. They size the heap, which V8 fixes as the process
// starts: v8.setFlagsFromString("--max-semi-space-size=…") at run time leaves the young
// generation at its default cap (measured on Node 20), so they must be on node's command line —
// main.ts's shebang, the harness's `node` arguments — or in NODE_OPTIONS.

/**
 * A young generation of up to 32 MiB per semi-space (V8's default cap is 16 MiB): a leader
 * writing thousands of proposals a second allocates ~15 kB per write and scavenged every
 * 75-185 ms, each scavenge copying (and the second promoting) whatever was in flight. With
 * 32 MiB the leader of
 * `npm run bench -- cluster` (a 100k-secret store, 20k writes at 64 in flight) ran half as
 * many scavenges with no longer pauses; 64 MiB halved them again but its pauses reached 19 ms.
 * The young generation grows to the cap only under allocation pressure: an idle process keeps
 * its small one.
 */
export const keelNodeFlags: readonly string[] = ["--max-semi-space-size=32"];
