// Every limit of the transport, named, with its reason. Options may lower or raise them; the
// defaults are what a manager uses.
import { assert } from "../assert.js";

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * frameBytesMaxDefault bounds one frame and so what a connection buffers before it is decoded.
 * Raft batches and RPC bodies are kept under it; snapshots are streamed in chunks below it.
 */
export const frameBytesMaxDefault = 4 * MiB;
/** frameHeaderBytes is the big-endian length prefix of every frame. */
export const frameHeaderBytes = 4;
/** frameOverheadBytes is room for the protobuf fields around a payload in one frame. */
export const frameOverheadBytes = 64;
/** snapshotChunkBytesDefault: 256 KiB pieces keep heartbeats from waiting long behind a snapshot. */
export const snapshotChunkBytesDefault = 256 * KiB;
/** snapshotBytesMaxDefault bounds what a receiver reassembles in memory. */
export const snapshotBytesMaxDefault = 1024 * MiB;
/** snapshotAckTimeoutMsDefault: a snapshot not acknowledged by then is reported failed. */
export const snapshotAckTimeoutMsDefault = 60_000;
/**
 * queueMessagesMaxDefault bounds the outgoing queue per peer. Raft tolerates loss, so when it is
 * full the message is dropped and the peer reported unreachable instead of buffering without end.
 */
export const queueMessagesMaxDefault = 4096;
/** badFramesMaxDefault: a peer that sends this many bad frames on one connection is disconnected. */
export const badFramesMaxDefault = 16;
/**
 * connectionsMaxDefault bounds a listener's accepted client-channel connections, certified and
 * anonymous together. Raft peers are counted apart (peersMaxDefault): they always get in.
 */
export const connectionsMaxDefault = 512;
/** peersMaxDefault bounds raft-channel connections (managers of our cluster; a few per manager). */
export const peersMaxDefault = 64;
/**
 * handshakesMaxDefault bounds sockets still in their TLS handshake. Past it the oldest is
 * evicted, not the newcomer: a real handshake takes milliseconds, so silent sockets are the old
 * ones, and a manager reconnecting during a flood of them still gets through.
 */
export const handshakesMaxDefault = 128;
/**
 * handshakesPerSourceMaxDefault: one address may hold this many of them. A stranger's next is
 * refused at accept; a member's address evicts its own oldest (a manager dials once per peer).
 */
export const handshakesPerSourceMaxDefault = 32;
/**
 * connectsPerSourceBurstDefault and connectRefillMsDefault: a stranger's address may open 40 new
 * connections at once and 20 a second after that. A worker dials once and redials with backoff;
 * an address reconnecting faster is a flood, and each handshake it got would cost the manager an
 * ECDSA signature and a TLS socket. Members' addresses are not rate limited.
 */
export const connectsPerSourceBurstDefault = 40;
export const connectRefillMsDefault = 50;
/** anonymousPerSourceMaxDefault: one address may hold this many anonymous connections. */
export const anonymousPerSourceMaxDefault = 16;
/** anonymousIdleMsDefault: an anonymous connection with no call running is closed after it (and so is one that never sends a first frame). */
export const anonymousIdleMsDefault = 5_000;
/** anonymousFrameBytesMaxDefault: a join request is a token and a CSR, kilobytes. */
export const anonymousFrameBytesMaxDefault = 64 * KiB;
/** workerFrameBytesMaxDefault: a worker renews (a CSR) and watches; it sends no bulk. */
export const workerFrameBytesMaxDefault = 256 * KiB;
/**
 * peerBufferBytesMaxDefault bounds what a process buffers of partial frames from all client
 * connections together; a connection whose frame would go past it is closed. Raft peers are not
 * counted: managers' traffic is never refused for what strangers hold.
 */
export const peerBufferBytesMaxDefault = 32 * MiB;
/**
 * reclaimAbandonedBytesMinDefault, reclaimQuietMsDefault and reclaimQuietBytesMaxDefault: once
 * client connections have left half the buffer budget's worth of partial frames and then buffered
 * under 1 MiB in 2 s (workers' heartbeats and renewals go on), the process runs one
 * full garbage collection, and a second 2 s later (reclaim.ts): a flood's buffers go back instead
 * of staying resident. A full collection of a manager's heap takes tens of milliseconds, so it
 * waits for a quiet moment, and only floods cause it: well-behaved peers complete their frames.
 */
export const reclaimAbandonedBytesMinDefault = peerBufferBytesMaxDefault / 2;
export const reclaimQuietMsDefault = 2_000;
export const reclaimQuietBytesMaxDefault = 1 * MiB;
/**
 * anonymousConnectionsMaxDefault bounds a listener's connections without a certificate (joiners
 * fetching the root CA and a certificate), so that nobody can take the slots peers need.
 */
export const anonymousConnectionsMaxDefault = 64;
/** anonymousLifetimeMsDefault is how long an anonymous connection may stay open: a join takes seconds. */
export const anonymousLifetimeMsDefault = 60_000;
/**
 * handshakeTimeoutMsDefault bounds a TLS handshake from TCP accept on (the listener destroys the
 * socket then: Node's own handshakeTimeout only reports it), and a dialer's wait for Accept.
 */
export const handshakeTimeoutMsDefault = 5_000;
/** rpcInFlightMaxDefault bounds the calls one client connection may have running at once. */
export const rpcInFlightMaxDefault = 64;
/** rpcTimeoutMsDefault is a call's deadline when the caller gives none. */
export const rpcTimeoutMsDefault = 30_000;
/** rpcMethodBytesMax bounds a method name. */
export const rpcMethodBytesMax = 128;
/** Reconnection backoff: doubles from backoffBaseMs up to backoffMaxMs, with jitter. */
export const backoffBaseMsDefault = 100;
export const backoffMaxMsDefault = 5_000;

assert(snapshotChunkBytesDefault + frameOverheadBytes < frameBytesMaxDefault, "a chunk fits a frame");
assert(backoffBaseMsDefault <= backoffMaxMsDefault, "backoff base below its cap");
