// Peer and client traffic: protobuf frames over mutual TLS (node:tls) with certificates from the
// cluster CA. One TlsListener per node serves two channels told apart by ALPN: raft (managers
// only; TlsRaftTransport) and client (the API; RpcServer / RpcClient, anonymous callers allowed
// on public methods). The simulated twin of TlsRaftTransport is ./sim.ts. Admission (./admission.ts)
// bounds every socket from TCP accept on, by stage, so that strangers never take what managers
// and certified nodes need; frames are limited by role and partial ones share a process budget
// (./buffer-budget.ts); every refusal is counted with its source (./counters.ts).
export { TransportError } from "./errors.js";
export type { DropReason, RefusalReason, TransportErrorCode, TransportErrorType } from "./errors.js";
export { describeIdentity, identityFromPeerCertificate, isNodeId, nodeIdOf, raftIdOf } from "./identity.js";
export { anonymous, authenticate, describeCaller } from "./authenticate.js";
export type { Authentication, Caller, ChannelPolicy, PeerEvidence } from "./authenticate.js";
export { channelPolicies, channelProtocols } from "./channel.js";
export type { Channel } from "./channel.js";
export { Counters } from "./counters.js";
export type { CounterSnapshot, RefusalEvent, RefusalKind, RefusalObserver } from "./counters.js";
export { BufferBudget, processBufferBudget } from "./buffer-budget.js";
export { TlsCredentials, tlsMinVersion } from "./credentials.js";
export { connectionLimitsDefault, listenerLimitsDefault, TlsListener } from "./listener.js";
export type { Acceptor, ConnectionLimits, ListenerLimits, ListenerOptions } from "./listener.js";
export type { DialTrust } from "./dial.js";
export { Backoff } from "./backoff.js";
export { corkForTurn } from "./cork.js";
export type { JitterSource } from "./backoff.js";
export { raftTransportLimitsDefault, TlsRaftTransport } from "./raft-transport.js";
export type { RaftTransportLimits, TlsRaftTransportDeps, TlsRaftTransportOptions } from "./raft-transport.js";
export { RpcServer, rpcWireCodes } from "./rpc-server.js";
export type { Access, RpcHandler, RpcServerLimits } from "./rpc-server.js";
export { RpcClient } from "./rpc-client.js";
export type { RpcClientOptions } from "./rpc-client.js";
export { connectForJoin, fetchRootCa, rootCaMethod, serveRootCa } from "./join.js";
export type { JoinOptions, PinnedRoot } from "./join.js";
export * from "./limits.js";
