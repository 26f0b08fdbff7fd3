// The typed client of a keel node: `keel/client`, and part of the package's main entry.
export { KeelClient } from "./client.js";
export type { ClientOptions, Label, NodeView, SecretView } from "./client.js";
export { ClientError } from "./errors.js";
export type { ClientOwnCode } from "./errors.js";
export type { ClientChannel } from "./channel.js";
export { controlChannel } from "./channel.js";
export type { TlsClientOptions } from "./tls.js";
export { connectFailure } from "./connect-failure.js";
